import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../../lib/api';
import { checkXlsxFile } from '../../../lib/xlsx-file';
import { UnitSelect } from '../../org/unit-select';
import { emulationKeys, type RegistrationImportResult } from '../emulation.api';
import { et } from '../emulation.messages';

const t = et.registrations;
const MAX_MB = 5;

/** Template download (optionally pre-filled for a unit) and upload of a filled sheet, with per-row errors. */
export function RegistrationImportModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (f: File) => {
      const form = new FormData();
      form.append('file', f);
      return api.post<RegistrationImportResult>(`/api/emulation/registrations/import?year=${year}`, form);
    },
    onSuccess: async (r) => {
      const text = t.importDone(r.created, r.updated, r.rejected);
      if (r.rejected) void message.warning(text);
      else void message.success(text);
      await client.invalidateQueries({ queryKey: emulationKeys.all });
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const download = () =>
    api
      .download(
        '/api/emulation/registrations/import-template',
        { year, unitId },
        `dang-ky-thi-dua-${year}.xlsx`,
      )
      .catch((e: unknown) => void message.error(errorMessage(e)));
  const result = upload.data;

  return (
    <Modal
      open
      title={t.importTitle(year)}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{et.common.close}</Button>}
      width={760}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>{t.templateHint}</Typography.Paragraph>
        <Space wrap>
          <UnitSelect
            aria-label={t.templateUnit}
            placeholder={t.templateUnit}
            value={unitId}
            onChange={setUnitId}
            style={{ width: 280 }}
          />
          <Button icon={<DownloadOutlined />} onClick={() => void download()}>
            {t.template}
          </Button>
        </Space>
        <Upload.Dragger
          accept=".xlsx"
          maxCount={1}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done', size: file.size }] : []}
          onRemove={() => setFile(null)}
          beforeUpload={(f) => {
            const check = checkXlsxFile(f);
            if (check === 'type') void message.error(t.onlyXlsx);
            else if (check === 'size' || f.size > MAX_MB * 1024 * 1024)
              void message.error(t.tooLarge(MAX_MB));
            else {
              setFile(f);
              upload.reset();
            }
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t.dragger}</p>
        </Upload.Dragger>
        <Button
          type="primary"
          disabled={!file}
          loading={upload.isPending}
          onClick={() => file && upload.mutate(file)}
        >
          {t.upload}
        </Button>
        {upload.error && <Alert type="error" showIcon title={errorMessage(upload.error)} />}
        {result && (
          <>
            <Space size="large" wrap>
              <Statistic title={t.resultCreated} value={result.created} />
              <Statistic title={t.resultUpdated} value={result.updated} />
              <Statistic title={t.resultUnchanged} value={result.unchanged} />
              <Statistic
                title={t.resultRejected}
                value={result.rejected}
                styles={{ content: { color: result.rejected ? '#cf1322' : undefined } }}
              />
            </Space>
            {result.errors.length > 0 && (
              <Table
                size="small"
                rowKey="row"
                pagination={result.errors.length > 10 ? { pageSize: 10 } : false}
                dataSource={result.errors}
                columns={[
                  { title: t.row, dataIndex: 'row', width: 80 },
                  { title: t.errors, dataIndex: 'messages', render: (ms: string[]) => ms.join('; ') },
                ]}
              />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
