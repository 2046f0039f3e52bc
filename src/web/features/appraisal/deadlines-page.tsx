import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { formatDate, formatDateTime } from '../../lib/format';
import { DEADLINE_COLORS, type DeadlineItem } from './appraisal.api';

/** "Hạn xử lý": the appraisal steps due soon or overdue (law-reference §7.2, working days). */
export default function DeadlinesPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [filter, setFilter] = useState<'attention' | 'all'>('attention');
  const auth = useAuth();
  const list = useQuery({
    queryKey: ['appraisal-deadlines', filter],
    queryFn: () =>
      api.get<{ today: string; total: number; items: DeadlineItem[] }>('/api/appraisal/deadlines', {
        filter,
      }),
  });
  const sweep = useMutation({
    mutationFn: () => api.post<{ reminders: number; mails: number }>('/api/appraisal/reminders/sweep'),
    onSuccess: (r) => {
      void message.success(`Đã gửi ${r.reminders} nhắc hạn (${r.mails} thư).`);
      void client.invalidateQueries({ queryKey: ['appraisal-deadlines'] });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const isAdmin =
    JSON.stringify(auth).includes('tenant_admin') || JSON.stringify(auth).includes('system_admin');
  return (
    <>
      <PageHeader
        title="Hạn xử lý hồ sơ"
        extra={
          isAdmin && (
            <Button loading={sweep.isPending} onClick={() => sweep.mutate()}>
              Gửi nhắc hạn ngay
            </Button>
          )
        }
      />
      <Typography.Paragraph type="secondary">
        Thời hạn các bước thẩm định tính theo ngày làm việc kể từ ngày nhận đủ hồ sơ (trừ thứ bảy, chủ nhật và
        ngày nghỉ lễ theo lịch của đơn vị). Hệ thống tự gửi thư nhắc trước hạn và khi quá hạn, mỗi nhắc một
        lần.
      </Typography.Paragraph>
      <Segmented
        value={filter}
        onChange={(v) => setFilter(v as 'attention' | 'all')}
        options={[
          { value: 'attention', label: 'Sắp đến hạn / Quá hạn' },
          { value: 'all', label: 'Tất cả bước đang mở' },
        ]}
        style={{ marginBottom: 12 }}
      />
      {list.isError && <Alert type="error" showIcon message={errorMessage(list.error)} />}
      <Table<DeadlineItem>
        rowKey={(r) => `${r.nominationId}:${r.step}`}
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: 'Không có bước nào sắp đến hạn hoặc quá hạn' }}
        columns={[
          {
            title: 'Hồ sơ',
            render: (_, r) => (
              <>
                <Link to={`/ho-so-de-nghi/${r.nominationId}`}>{r.subjectName}</Link>
                <br />
                <Typography.Text type="secondary">
                  {r.awardName} — {r.proposingUnit}
                </Typography.Text>
              </>
            ),
          },
          { title: 'Đợt', dataIndex: 'roundName', responsive: ['lg'] },
          { title: 'Bước', dataIndex: 'stepLabel' },
          {
            title: 'Nhận đủ hồ sơ',
            dataIndex: 'receivedOn',
            render: (v: string) => formatDate(v),
            responsive: ['md'],
          },
          { title: 'Hạn', dataIndex: 'dueOn', render: (v: string) => formatDate(v) },
          {
            title: 'Tình trạng',
            render: (_, r) => (
              <Tag color={DEADLINE_COLORS[r.state]}>
                {r.stateLabel}
                {r.state === 'overdue'
                  ? ` ${-r.workingDaysLeft} ngày làm việc`
                  : ` — còn ${r.workingDaysLeft} ngày làm việc`}
              </Tag>
            ),
          },
          {
            title: 'Đã nhắc',
            dataIndex: 'remindedAt',
            render: (v: string | null) => (v ? formatDateTime(v) : '—'),
            responsive: ['md'],
          },
        ]}
      />
    </>
  );
}
