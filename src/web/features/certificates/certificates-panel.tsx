import {
  DownloadOutlined,
  FilePdfOutlined,
  LinkOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Progress, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { isFinished, type Job, percentOf } from '../import/import-job';
import {
  type BulkResult,
  bulkRequest,
  type Certificate,
  certificateKeys,
  type PrintOptions,
} from './certificates.api';
import { certificatesText as t } from './certificates.messages';

const POLL_MS = 700;

/**
 * The certificates of one decision: generate them all (a job with a progress bar), download the merged PDF,
 * list them with registry numbers, per-certificate PDFs and links to the public verification page.
 * Used on the decision page (`decisionId`) and on the certificates page (`decisionNumber`).
 */
export function CertificatesPanel({
  decisionId,
  decisionNumber,
  canIssue = true,
}: {
  decisionId?: string;
  decisionNumber?: string;
  canIssue?: boolean;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<PrintOptions>();
  const [jobId, setJobId] = useState<string | null>(null);
  const filter = decisionId ? { decisionId } : { decisionNumber };
  const list = useQuery({
    queryKey: certificateKeys.list(filter),
    queryFn: () => api.get<{ items: Certificate[]; total: number }>('/api/certificates', filter),
    enabled: Boolean(decisionId ?? decisionNumber),
  });
  const job = useQuery({
    queryKey: ['jobs', jobId],
    queryFn: () => api.get<Job>(`/api/jobs/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (q) => (isFinished(q.state.data) ? false : POLL_MS),
    staleTime: 0,
  });
  const finished = isFinished(job.data);
  useEffect(() => {
    if (finished) void client.invalidateQueries({ queryKey: ['certificates'] });
  }, [finished, client]);

  const start = useMutation({
    mutationFn: (options: PrintOptions) => {
      const { url, body } = bulkRequest({ decisionId, decisionNumber }, options);
      return api.post<{ jobId: string }>(url, body);
    },
    onSuccess: (r) => setJobId(r.jobId),
    onError: (e) => void message.error(errorMessage(e)),
  });
  const download = (url: string, name: string) =>
    api.download(url, undefined, name).catch((e: unknown) => void message.error(errorMessage(e)));
  const result = job.data?.status === 'succeeded' ? (job.data.result as unknown as BulkResult) : null;
  const running = jobId !== null && !finished;

  return (
    <Card title={t.panelTitle} size="small">
      {canIssue && (
        <Form
          form={form}
          layout="inline"
          onFinish={(v) => start.mutate(v)}
          style={{ marginBottom: 16, rowGap: 8 }}
        >
          <Form.Item name="signerTitle" label={t.signerTitle}>
            <Input placeholder="CHỦ TỊCH" maxLength={100} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="signerName" label={t.signerName}>
            <Input maxLength={100} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="place" label={t.place}>
            <Input maxLength={100} style={{ width: 160 }} />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SafetyCertificateOutlined />}
            loading={start.isPending || running}
          >
            {t.generate}
          </Button>
        </Form>
      )}
      {jobId !== null && job.data && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
          {!finished && <Typography.Text>{t.generating}</Typography.Text>}
          <Progress
            percent={percentOf(job.data)}
            status={job.data.status === 'failed' ? 'exception' : finished ? 'success' : 'active'}
            aria-label={t.generating}
          />
          {job.data.status === 'failed' && <Alert type="error" showIcon message={job.data.error} />}
          {result && (
            <Alert
              type={result.skipped.length ? 'warning' : 'success'}
              showIcon
              message={t.done(result.count)}
              description={
                result.skipped.length ? (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {result.skipped.map((s) => (
                      <li key={s.awardRecordId}>
                        {t.skipped}: {s.reason}
                      </li>
                    ))}
                  </ul>
                ) : undefined
              }
              action={
                <Button
                  icon={<DownloadOutlined />}
                  onClick={() => void download(`/api/certificates/jobs/${jobId}/pdf`, 'bang-khen.pdf')}
                >
                  {t.downloadMerged}
                </Button>
              }
            />
          )}
        </Space>
      )}
      <Table<Certificate>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t.empty }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        columns={[
          { title: t.colRegistry, dataIndex: 'registryNumber', width: 130 },
          {
            title: t.colHolder,
            render: (_, c) => (
              <>
                {c.holderLine}
                {c.holderUnit && <Typography.Text type="secondary"> — {c.holderUnit}</Typography.Text>}
              </>
            ),
          },
          {
            title: t.colForm,
            render: (_, c) =>
              `${c.formLabel}: ${c.heading} (QĐ ${c.decisionNumber}, ${formatDate(c.decisionDate)})`,
          },
          {
            title: t.colStatus,
            width: 130,
            render: (_, c) =>
              c.status === 'valid' ? <Tag color="green">{t.valid}</Tag> : <Tag color="red">{t.revoked}</Tag>,
          },
          {
            title: t.colActions,
            width: 200,
            render: (_, c) => (
              <Space>
                <Button
                  size="small"
                  icon={<FilePdfOutlined />}
                  onClick={() => void download(`/api/certificates/${c.id}/pdf`, `${c.publicCode}.pdf`)}
                >
                  {t.pdf}
                </Button>
                <a href={`/xac-minh/${c.publicCode}`} target="_blank" rel="noreferrer">
                  <LinkOutlined /> {t.verify}
                </a>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
