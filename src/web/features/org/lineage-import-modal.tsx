import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { api, errorMessage } from '../../lib/api';
import { m } from '../../lib/messages';
import { checkXlsxFile, MAX_UPLOAD_MB, rowErrorText } from '../../lib/xlsx-file';

interface ImportResult {
  created: number;
  skipped: number;
  errors: { row: number; messages: string[] }[];
}

/** Template download, upload, and the row report for lineage events. */
export function LineageImportModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => api.upload<ImportResult>('/api/org-unit-events/import', file),
    onSuccess: () => client.invalidateQueries({ queryKey: ['org-units'] }),
  });
  const download = () =>
    api
      .download('/api/org-unit-events/import-template', undefined, 'mau-lich-su-don-vi.xlsx')
      .catch((e: unknown) => void message.error(errorMessage(e)));

  return (
    <Modal open={open} title={m.org.importTitle} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph style={{ margin: 0 }}>{m.importer.templateHint}</Typography.Paragraph>
        <Button icon={<DownloadOutlined />} onClick={() => void download()}>
          {m.importer.downloadTemplate}
        </Button>
        <Upload.Dragger
          accept=".xlsx"
          maxCount={1}
          showUploadList={false}
          disabled={upload.isPending}
          beforeUpload={(file) => {
            const check = checkXlsxFile(file);
            if (check === 'type') void message.error(m.importer.onlyXlsx);
            else if (check === 'size') void message.error(m.importer.tooLarge(MAX_UPLOAD_MB));
            else upload.mutate(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{m.importer.dragger}</p>
          <p className="ant-upload-hint">{m.importer.draggerHint(MAX_UPLOAD_MB)}</p>
        </Upload.Dragger>
        {upload.isPending && <Alert type="info" showIcon title={m.importer.processing} />}
        {upload.error && <Alert type="error" showIcon title={errorMessage(upload.error)} />}
        {upload.data && (
          <>
            <Alert
              type={upload.data.errors.length ? 'warning' : 'success'}
              showIcon
              title={m.org.importResult(upload.data.created, upload.data.skipped)}
            />
            {upload.data.errors.length > 0 && (
              <Table
                size="small"
                rowKey={(r) => `${r.row}-${rowErrorText(r)}`}
                dataSource={upload.data.errors}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                columns={[
                  { title: m.importer.row, dataIndex: 'row', width: 80 },
                  { title: m.importer.errors, render: (_, r) => rowErrorText(r) },
                ]}
              />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
