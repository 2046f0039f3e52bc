import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, ApiError, errorMessage } from '../../lib/api';
import { checkXlsxFile, rowErrorText } from '../../lib/xlsx-file';
import { UnitSelect } from '../org/unit-select';
import type { RoundDetail } from './nominations.api';

/** The server's limit (nominations-import.service.ts IMPORT_MAX_BYTES). */
const MAX_MB = 2;

/** Downloads the round's nominee template (the round's titles as a drop-down). */
export function downloadNomineeTemplate(roundId: string): Promise<void> {
  return api.download(
    `/api/award-rounds/${roundId}/nominations/template`,
    undefined,
    'mau-de-nghi-khen-thuong.xlsx',
  );
}

/** The per-row errors of a 400 from the import ({ row, message } each), else none. */
function rowErrors(error: unknown): { row: number; text: string }[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as { row?: unknown; message?: unknown; messages?: unknown }[])
    .filter((d) => typeof d?.row === 'number')
    .map((d) => ({ row: d.row as number, text: rowErrorText(d) }));
}

/** "Nhập từ Excel": pick the proposing unit and a filled template; nothing is created when a row is wrong. */
export function NomineeImportModal({ round, onClose }: { round: RoundDetail; onClose: () => void }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [unitId, setUnitId] = useState<string | null>(round.units.length === 1 ? round.units[0]!.id : null);
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: ({ f, unit }: { f: File; unit: string }) =>
      api.upload<{ created: number; ids: string[] }>(
        `/api/award-rounds/${round.id}/nominations/import?proposingUnitId=${encodeURIComponent(unit)}`,
        f,
      ),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: ['nominations'] });
      void message.success(`Đã lập ${r.created} hồ sơ đề nghị từ tệp Excel`);
      onClose();
    },
  });
  const errors = rowErrors(upload.error);
  return (
    <Modal
      open
      title="Nhập từ Excel"
      onCancel={onClose}
      width={720}
      footer={[
        <Button key="close" onClick={onClose}>
          Đóng
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={!file || !unitId}
          loading={upload.isPending}
          onClick={() => file && unitId && upload.mutate({ f: file, unit: unitId })}
        >
          Nhập danh sách
        </Button>,
      ]}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ margin: 0 }}>
          Dùng tệp mẫu của đợt (nút “Tải mẫu Excel”). Mỗi dòng là một cá nhân: hệ thống tìm theo mã cán bộ, nếu
          không có thì theo họ tên trong đơn vị đề nghị. Có dòng lỗi thì chưa hồ sơ nào được tạo.
        </Typography.Paragraph>
        <Space wrap>
          {round.units.length ? (
            <Select
              aria-label="Đơn vị đề nghị"
              placeholder="Đơn vị đề nghị"
              style={{ width: 320 }}
              value={unitId}
              onChange={setUnitId}
              options={round.units.map((u) => ({ value: u.id, label: u.name }))}
            />
          ) : (
            <UnitSelect
              aria-label="Đơn vị đề nghị"
              placeholder="Đơn vị đề nghị"
              style={{ width: 320 }}
              value={unitId}
              onChange={setUnitId}
            />
          )}
        </Space>
        <Upload.Dragger
          accept=".xlsx"
          maxCount={1}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done', size: file.size }] : []}
          onRemove={() => setFile(null)}
          beforeUpload={(f) => {
            const check = checkXlsxFile(f);
            if (check === 'type') void message.error('Chỉ nhận tệp Excel (.xlsx)');
            else if (check === 'size' || f.size > MAX_MB * 1024 * 1024)
              void message.error(`Tệp quá lớn (tối đa ${MAX_MB} MB)`);
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
          <p className="ant-upload-text">Kéo thả hoặc bấm để chọn tệp Excel đã điền</p>
        </Upload.Dragger>
        {upload.error && <Alert type="error" showIcon title={errorMessage(upload.error)} />}
        {errors.length > 0 && (
          <Table
            size="small"
            rowKey="row"
            pagination={errors.length > 10 ? { pageSize: 10 } : false}
            dataSource={errors}
            columns={[
              { title: 'Dòng', dataIndex: 'row', width: 80 },
              { title: 'Lỗi', dataIndex: 'text' },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}
