import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, List, Popconfirm, Space, Typography, Upload } from 'antd';
import { api, errorMessage } from '../../../lib/api';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { type Attachment, uploadAttachment } from '../emulation.api';
import { et } from '../emulation.messages';

const MAX_MB = 10;
const ACCEPT = '.pdf,.doc,.docx,.png,.jpg,.jpeg,.gif,.webp';

/** The size of a file in words: 12.345 B, 1,2 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024)
    return `${(bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** Files attached to a stage or meeting: download, delete, and a button to add one. */
export function AttachmentList({
  items,
  uploadUrl,
  writable,
  onChanged,
  fileBase = '/api/emulation/attachments',
}: {
  items: Attachment[];
  uploadUrl: string;
  writable: boolean;
  onChanged: () => void;
  /** Where a file is downloaded (GET) and deleted (DELETE) by id. */
  fileBase?: string;
}) {
  const { message } = App.useApp();
  const upload = useMutation({
    mutationFn: (file: File) => uploadAttachment(uploadUrl, file),
    onSuccess: () => {
      void message.success(et.common.uploaded);
      onChanged();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const remove = useMutation({
    mutationFn: (a: Attachment) => api.delete(`${fileBase}/${a.id}`),
    onSuccess: () => {
      void message.success(et.common.fileDeleted);
      onChanged();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const download = (a: Attachment) =>
    api.download(`${fileBase}/${a.id}`, undefined, a.fileName).catch((e: unknown) => {
      void message.error(errorMessage(e));
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="small">
      {items.length > 0 && (
        <List
          size="small"
          dataSource={items}
          renderItem={(a) => (
            <List.Item
              actions={
                writable
                  ? [
                      <Popconfirm
                        key="del"
                        title={et.common.confirmDeleteFile}
                        onConfirm={() => remove.mutate(a)}
                        okText={et.common.delete}
                        cancelText={et.common.cancel}
                      >
                        <Button
                          type="text"
                          danger
                          size="small"
                          icon={<DeleteOutlined />}
                          aria-label={`${et.common.delete} ${a.fileName}`}
                        />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Space>
                <PaperClipOutlined />
                <Typography.Link onClick={() => void download(a)}>{a.fileName}</Typography.Link>
                <Typography.Text type="secondary">
                  {fileSize(a.sizeBytes)} · {formatDateTime(a.createdAt)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {writable && (
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          beforeUpload={(f) => {
            if (f.size > MAX_MB * 1024 * 1024) void message.error(et.common.fileTooLarge(MAX_MB));
            else upload.mutate(f);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={upload.isPending}>
            {et.common.attach}
          </Button>
        </Upload>
      )}
    </Space>
  );
}
