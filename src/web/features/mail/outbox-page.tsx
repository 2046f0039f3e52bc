import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { formatDateTime } from '../../lib/format';

interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: 'outbox' | 'sent' | 'failed';
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

const STATUS: Record<Mail['status'], [string, string]> = {
  outbox: ['Chưa gửi (hộp thư đi)', 'default'],
  sent: ['Đã gửi', 'green'],
  failed: ['Gửi lỗi', 'red'],
};

/** The mail outbox for tenant administrators: every reminder and notice, sent over SMTP or waiting here. */
export default function OutboxPage() {
  const [status, setStatus] = useState<Mail['status'] | undefined>();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['mail', status, page],
    placeholderData: keepPreviousData,
    queryFn: () =>
      api.get<{ smtpConfigured: boolean; total: number; items: Mail[] }>('/api/mail/messages', {
        status,
        page,
        pageSize: 20,
      }),
  });
  return (
    <>
      <PageHeader
        title="Hộp thư đi"
        extra={
          <Select
            allowClear
            placeholder="Mọi trạng thái"
            style={{ minWidth: 200 }}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            options={Object.entries(STATUS).map(([value, [label]]) => ({ value, label }))}
            aria-label="Trạng thái thư"
          />
        }
      />
      {list.isError && <Alert type="error" showIcon message={errorMessage(list.error)} />}
      {list.data && !list.data.smtpConfigured && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="Chưa cấu hình máy chủ thư (SMTP_URL): thư được giữ tại đây để quản trị viên xem và chuyển tiếp."
        />
      )}
      <Table<Mail>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        expandable={{
          expandedRowRender: (m) => (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {m.text}
            </Typography.Paragraph>
          ),
        }}
        columns={[
          { title: 'Thời gian', dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
          { title: 'Người nhận', dataIndex: 'to' },
          { title: 'Tiêu đề', dataIndex: 'subject' },
          {
            title: 'Trạng thái',
            render: (_, m) => (
              <Tag color={STATUS[m.status][1]} title={m.error ?? undefined}>
                {STATUS[m.status][0]}
              </Tag>
            ),
          },
        ]}
      />
    </>
  );
}
