import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { CommentList } from './comment-list';
import type { Comment, Consultation } from './consultation.api';

/** Moderation of citizens' comments on public consultations (law-reference §4.4). */
export default function ModerationPage() {
  const client = useQueryClient();
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const [selected, setSelected] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['consultation-list', status],
    queryFn: () =>
      api.get<{ items: Consultation[]; total: number }>('/api/consultations', { status, pageSize: 100 }),
  });
  const detail = useQuery({
    queryKey: ['consultation', selected],
    enabled: selected !== null,
    queryFn: () => api.get<Consultation & { comments: Comment[] }>(`/api/consultations/${selected}`),
  });
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['consultation', selected] });
    void client.invalidateQueries({ queryKey: ['consultation-list'] });
  };
  return (
    <>
      <PageHeader title="Kiểm duyệt ý kiến nhân dân" />
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as 'open' | 'closed')}
        options={[
          { value: 'open', label: 'Đang lấy ý kiến' },
          { value: 'closed', label: 'Đã kết thúc' },
        ]}
        style={{ marginBottom: 12 }}
      />
      {list.isError && <Alert type="error" showIcon message={errorMessage(list.error)} />}
      <Table<Consultation>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
        rowClassName={(r) => (r.id === selected ? 'ant-table-row-selected' : '')}
        locale={{ emptyText: 'Không có đợt lấy ý kiến nào' }}
        columns={[
          {
            title: 'Người / tập thể được đề nghị',
            render: (_, r) => (
              <>
                <Link to={`/ho-so-de-nghi/${r.nominationId}`} onClick={(e) => e.stopPropagation()}>
                  {r.nomineeName}
                </Link>
                <br />
                <Typography.Text type="secondary">{r.awardName}</Typography.Text>
              </>
            ),
          },
          { title: 'Thời gian', render: (_, r) => `${formatDate(r.startsOn)} – ${formatDate(r.endsOn)}` },
          {
            title: 'Ý kiến',
            render: (_, r) => (
              <Space>
                {r.totalComments}
                {r.pendingComments > 0 && <Tag color="orange">{r.pendingComments} chờ duyệt</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {selected && detail.data && (
        <Card title={`Ý kiến về ${detail.data.nomineeName}`} style={{ marginTop: 16 }}>
          <CommentList comments={detail.data.comments} canModerate onChanged={refresh} />
        </Card>
      )}
    </>
  );
}
