import { DownloadOutlined, InboxOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Progress,
  Result,
  Space,
  Statistic,
  Steps,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage } from '../../lib/api';
import { m } from '../../lib/messages';
import { checkXlsxFile, MAX_UPLOAD_MB } from '../../lib/xlsx-file';
import { groupRowErrors, isFinished, percentOf, type Job } from './import-job';

const POLL_MS = 500;

/** /nhap-du-lieu: template → file → progress → result. */
export default function ImportPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);

  const upload = useMutation({
    mutationFn: (f: File) => api.upload<{ jobId: string }>('/api/people/import', f),
    onSuccess: (r) => {
      setJobId(r.jobId);
      setStep(2);
    },
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
    if (!finished) return;
    setStep((s) => (s === 2 ? 3 : s));
    void client.invalidateQueries({ queryKey: ['people'] });
  }, [finished, client]);

  const download = (url: string, name: string) =>
    api.download(url, undefined, name).catch((e: unknown) => void message.error(errorMessage(e)));
  const restart = () => {
    setStep(1);
    setFile(null);
    setJobId(null);
    upload.reset();
  };

  return (
    <>
      <PageHeader title={m.importer.title}>
        <Typography.Text type="secondary">{m.importer.subtitle}</Typography.Text>
      </PageHeader>
      <Card>
        <Steps
          current={step}
          status={step === 3 ? (job.data?.status === 'failed' ? 'error' : 'finish') : 'process'}
          style={{ marginBottom: 24 }}
          items={[
            { title: m.importer.stepTemplate },
            { title: m.importer.stepFile },
            { title: m.importer.stepProcessing },
            { title: m.importer.stepResult },
          ]}
        />
        {step === 0 && (
          <Space orientation="vertical" size="middle">
            <Typography.Paragraph style={{ margin: 0 }}>{m.importer.templateHint}</Typography.Paragraph>
            <Space wrap>
              <Button
                icon={<DownloadOutlined />}
                onClick={() => void download('/api/people/import-template', 'mau-nhap-ca-nhan.xlsx')}
              >
                {m.importer.downloadTemplate}
              </Button>
              <Button type="primary" onClick={() => setStep(1)}>
                {m.importer.next}
              </Button>
            </Space>
          </Space>
        )}
        {step === 1 && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              multiple={false}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done', size: file.size }] : []}
              onRemove={() => setFile(null)}
              beforeUpload={(f) => {
                const check = checkXlsxFile(f);
                if (check === 'type') void message.error(m.importer.onlyXlsx);
                else if (check === 'size') void message.error(m.importer.tooLarge(MAX_UPLOAD_MB));
                else setFile(f);
                return Upload.LIST_IGNORE;
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{m.importer.dragger}</p>
              <p className="ant-upload-hint">{m.importer.draggerHint(MAX_UPLOAD_MB)}</p>
            </Upload.Dragger>
            {upload.error && <Alert type="error" showIcon title={errorMessage(upload.error)} />}
            <Space wrap>
              <Button onClick={() => setStep(0)}>{m.importer.previous}</Button>
              <Button
                type="primary"
                disabled={!file}
                loading={upload.isPending}
                onClick={() => file && upload.mutate(file)}
              >
                {m.importer.upload}
              </Button>
            </Space>
          </Space>
        )}
        {step === 2 && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Text>{m.importer.processing}</Typography.Text>
            {job.error && <Alert type="error" showIcon title={errorMessage(job.error)} />}
            <Progress
              percent={job.data ? percentOf(job.data) : 0}
              status="active"
              aria-label={m.importer.stepProcessing}
            />
            <Typography.Text type="secondary">
              {!job.data || job.data.status === 'queued'
                ? m.importer.queued
                : job.data.total > 0
                  ? m.importer.progress(job.data.processed, job.data.total)
                  : m.importer.processedOnly(job.data.processed)}
            </Typography.Text>
          </Space>
        )}
        {step === 3 && job.data && (
          <ImportResultView job={job.data} onDownload={download} onRestart={restart} />
        )}
      </Card>
    </>
  );
}

function ImportResultView({
  job,
  onDownload,
  onRestart,
}: {
  job: Job;
  onDownload: (url: string, name: string) => Promise<void>;
  onRestart: () => void;
}) {
  const again = (
    <Button icon={<ReloadOutlined />} onClick={onRestart}>
      {m.importer.again}
    </Button>
  );
  if (job.status === 'failed') {
    return <Result status="error" title={m.importer.jobFailed} subTitle={job.error ?? ''} extra={again} />;
  }
  const r = job.result ?? {};
  const failed = r.failed ?? r.rejected ?? 0;
  const rows = groupRowErrors(r.errors ?? []);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space size="large" wrap>
        <Statistic title={m.importer.created} value={r.created ?? 0} groupSeparator="." />
        <Statistic title={m.importer.updated} value={r.updated ?? 0} groupSeparator="." />
        <Statistic
          title={m.importer.failed}
          value={failed}
          groupSeparator="."
          styles={{ content: failed ? { color: '#a8071a' } : {} }}
        />
      </Space>
      {failed === 0 ? (
        <Alert type="success" showIcon title={m.importer.allGood} />
      ) : (
        <>
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void onDownload(`/api/people/import/${job.id}/report`, 'bao-cao-loi-nhap.xlsx')}
          >
            {m.importer.downloadReport}
          </Button>
          <Table
            size="small"
            rowKey="row"
            dataSource={rows}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { key: 'row', title: m.importer.row, dataIndex: 'row', width: 90 },
              {
                key: 'errors',
                title: m.importer.errors,
                render: (_, e) => (
                  <ul style={{ margin: 0, paddingLeft: 18 }}>
                    {e.messages.map((msg, i) => (
                      <li key={i}>{msg}</li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </>
      )}
      {again}
    </Space>
  );
}
