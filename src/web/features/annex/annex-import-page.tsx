import { DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Progress,
  Result,
  Select,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { COMMENDATION_TYPE_LABELS, COMMENDATION_TYPES } from '../../../domain/awards/types';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { currentYear } from '../../lib/dates';
import { formatDateTime } from '../../lib/format';
import { isFinished, type Job, percentOf } from '../import/import-job';
import { type AnnexImport, type AnnexImportItem, annexKeys, uploadForm } from './annex.api';
import { annexText as t } from './annex.messages';
import { AnnexResult } from './annex-result';
import { AnnexReview } from './annex-review';

const POLL_MS = 500;
export const MAX_ANNEX_MB = 5;
const SESSION_PARAM = 'phien';

/** /nhap-phu-luc-quyet-dinh: file and defaults → reading and matching → review → written to the ledger. */
export default function AnnexImportPage() {
  const [params, setParams] = useSearchParams();
  const id = params.get(SESSION_PARAM);
  const client = useQueryClient();
  const session = useQuery({
    queryKey: annexKeys.session(id ?? ''),
    queryFn: () => api.get<AnnexImport>(`/api/annex-imports/${id}`, { pageSize: 1 }),
    enabled: id !== null,
  });
  const s = session.data;
  const job = useQuery({
    queryKey: ['jobs', s?.jobId],
    queryFn: () => api.get<Job>(`/api/jobs/${s!.jobId}`),
    enabled: s?.status === 'processing' && Boolean(s.jobId),
    refetchInterval: (q) => (isFinished(q.state.data) ? false : POLL_MS),
    staleTime: 0,
  });
  const jobDone = isFinished(job.data);
  useEffect(() => {
    if (jobDone && id) void client.invalidateQueries({ queryKey: annexKeys.session(id) });
  }, [jobDone, id, client]);

  const open = (next: string | null) => setParams(next ? { [SESSION_PARAM]: next } : {});
  const step =
    !id || !s ? 0 : s.status === 'processing' || s.status === 'failed' ? 1 : s.status === 'ready' ? 2 : 3;

  return (
    <>
      <PageHeader title={t.title}>
        <Typography.Text type="secondary">{t.subtitle}</Typography.Text>
      </PageHeader>
      <Card>
        <Steps
          current={step}
          status={s?.status === 'failed' ? 'error' : step === 3 ? 'finish' : 'process'}
          style={{ marginBottom: 24 }}
          items={[
            { title: t.stepFile },
            { title: t.stepProcessing },
            { title: t.stepReview },
            { title: t.stepResult },
          ]}
        />
        {id && session.error && (
          <Result
            status="warning"
            title={errorMessage(session.error)}
            extra={<Button onClick={() => open(null)}>{t.again}</Button>}
          />
        )}
        {!id && <UploadStep onStarted={open} />}
        {id && s?.status === 'processing' && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Text>{t.processing}</Typography.Text>
            {job.error && <Alert type="error" showIcon title={errorMessage(job.error)} />}
            <Progress
              percent={job.data ? percentOf(job.data) : 0}
              status="active"
              aria-label={t.stepProcessing}
            />
            <Typography.Text type="secondary">
              {!job.data || job.data.status === 'queued' || !job.data.total
                ? t.queued
                : t.progress(job.data.processed, job.data.total)}
            </Typography.Text>
          </Space>
        )}
        {id && s?.status === 'failed' && (
          <Result
            status="error"
            title={t.failed}
            subTitle={s.error ?? ''}
            extra={
              <Button icon={<ReloadOutlined />} onClick={() => open(null)}>
                {t.again}
              </Button>
            }
          />
        )}
        {id && s?.status === 'ready' && <AnnexReview session={s} onDiscarded={() => open(null)} />}
        {id && s?.status === 'committed' && <AnnexResult session={s} onAgain={() => open(null)} />}
      </Card>
    </>
  );
}

interface UploadValues {
  evaluationYear?: number | null;
  commendationType: string;
  decisionAuthority?: string;
}

function UploadStep({ onStarted }: { onStarted: (id: string) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<UploadValues>();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (values: UploadValues) =>
      api.post<{ id: string; jobId: string }>('/api/annex-imports', uploadForm(file!, values)),
    onSuccess: (r) => onStarted(r.id),
  });
  const recent = useQuery({
    queryKey: annexKeys.list,
    queryFn: () => api.get<{ items: AnnexImportItem[] }>('/api/annex-imports'),
  });
  const download = () =>
    api
      .download('/api/annex-imports/template', undefined, 'mau-phu-luc-quyet-dinh-khen-thuong.xlsx')
      .catch((e: unknown) => void message.error(errorMessage(e)));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space orientation="vertical" size="small">
        <Typography.Paragraph style={{ margin: 0 }}>{t.templateHint}</Typography.Paragraph>
        <Button icon={<DownloadOutlined />} onClick={() => void download()}>
          {t.downloadTemplate}
        </Button>
      </Space>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        maxCount={1}
        multiple={false}
        fileList={file ? [{ uid: '1', name: file.name, status: 'done', size: file.size }] : []}
        onRemove={() => setFile(null)}
        beforeUpload={(f) => {
          if (!/\.xlsx$/i.test(f.name)) void message.error(t.onlyXlsx);
          else if (f.size > MAX_ANNEX_MB * 1024 * 1024) void message.error(t.tooLarge(MAX_ANNEX_MB));
          else setFile(f);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t.dragger}</p>
        <p className="ant-upload-hint">{t.draggerHint(MAX_ANNEX_MB)}</p>
      </Upload.Dragger>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ commendationType: 'cong_trang', evaluationYear: currentYear() - 1 }}
        onFinish={(values) => (file ? upload.mutate(values) : void message.error(t.chooseFile))}
        style={{ maxWidth: 640 }}
      >
        <Form.Item name="evaluationYear" label={t.defaultYear} extra={t.defaultYearHint}>
          <InputNumber min={1945} max={currentYear() + 1} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="commendationType" label={t.commendationType}>
          <Select
            options={COMMENDATION_TYPES.map((c) => ({ value: c, label: COMMENDATION_TYPE_LABELS[c] }))}
          />
        </Form.Item>
        <Form.Item name="decisionAuthority" label={t.authority}>
          <Input maxLength={300} placeholder={t.authorityPlaceholder} />
        </Form.Item>
        {upload.error && (
          <Alert type="error" showIcon title={errorMessage(upload.error)} style={{ marginBottom: 16 }} />
        )}
        <Button type="primary" htmlType="submit" disabled={!file} loading={upload.isPending}>
          {t.upload}
        </Button>
      </Form>
      {(recent.data?.items.length ?? 0) > 0 && (
        <div>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t.recent}
          </Typography.Title>
          <Table
            size="small"
            rowKey="id"
            dataSource={recent.data?.items}
            pagination={{ pageSize: 5, hideOnSinglePage: true }}
            columns={[
              { key: 'filename', title: t.stepFile, dataIndex: 'filename' },
              { key: 'rows', title: t.total, render: (_, r) => t.rowsCount(r.rows), width: 120 },
              {
                key: 'status',
                title: t.statusColumn,
                width: 150,
                render: (_, r) => <Tag>{t.sessionStatus[r.status] ?? r.status}</Tag>,
              },
              { key: 'createdAt', title: '', width: 180, render: (_, r) => formatDateTime(r.createdAt) },
              {
                key: 'open',
                title: '',
                width: 90,
                render: (_, r) => (
                  <Button size="small" onClick={() => onStarted(r.id)}>
                    {t.open}
                  </Button>
                ),
              },
            ]}
          />
        </div>
      )}
    </Space>
  );
}
