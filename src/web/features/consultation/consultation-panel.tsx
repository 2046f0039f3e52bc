import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, errorMessage } from '../../lib/api';
import { DATE_FORMAT, toIsoDate } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { CommentList } from './comment-list';
import type { DossierConsultations } from './consultation.api';

/**
 * Public consultation of one dossier (law-reference §4.4), for the dossier page: open it (summary, start day;
 * the window is counted in working days), see the public page, moderate the comments, close it after the end.
 */
export function ConsultationPanel({ nominationId }: { nominationId: string }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const key = ['consultations', nominationId];
  const query = useQuery({
    queryKey: key,
    queryFn: () => api.get<DossierConsultations>(`/api/nominations/${nominationId}/consultations`),
  });
  const [opening, setOpening] = useState(false);
  const [form] = Form.useForm<{ summary: string; startOn?: Dayjs }>();
  const refresh = () => {
    void client.invalidateQueries({ queryKey: key });
    void client.invalidateQueries({ queryKey: ['appraisal', nominationId] });
  };
  const open = useMutation({
    mutationFn: (v: { summary: string; startOn?: Dayjs }) =>
      api.post(`/api/nominations/${nominationId}/consultations`, {
        summary: v.summary,
        startOn: toIsoDate(v.startOn) ?? undefined,
        version: query.data?.nominationVersion,
      }),
    onSuccess: () => {
      void message.success('Đã mở lấy ý kiến công khai');
      setOpening(false);
      refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const close = useMutation({
    mutationFn: (id: string) => api.post(`/api/consultations/${id}/close`),
    onSuccess: () => {
      void message.success('Đã kết thúc lấy ý kiến');
      refresh();
    },
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (query.isError) return <Alert type="error" showIcon message={errorMessage(query.error)} />;
  const d = query.data;
  if (!d) return <Card title="Lấy ý kiến công khai" loading />;
  const current = d.consultations.find((c) => c.status === 'open');
  if (!d.required && d.consultations.length === 0) return null;
  return (
    <Card
      title="Lấy ý kiến công khai"
      extra={
        d.canModerate &&
        d.nominationStatus === 'appraised' &&
        !current && (
          <Button type="primary" onClick={() => setOpening(true)}>
            Mở lấy ý kiến
          </Button>
        )
      }
    >
      {d.consultations.length === 0 && (
        <Alert
          type="info"
          showIcon
          message="Hình thức này phải lấy ý kiến công khai trước khi trình Hội đồng (sau khi thẩm định đạt)."
        />
      )}
      {d.consultations.map((c) => (
        <Descriptions key={c.id} size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 8 }}>
          <Descriptions.Item label="Thời gian">
            {formatDate(c.startsOn)} – {formatDate(c.endsOn)} ({c.workingDays} ngày làm việc)
          </Descriptions.Item>
          <Descriptions.Item label="Trạng thái">
            <Tag color={c.phase === 'open' ? 'green' : 'default'}>
              {c.phase === 'scheduled'
                ? 'Chưa bắt đầu'
                : c.phase === 'open'
                  ? 'Đang lấy ý kiến'
                  : c.statusLabel}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="Trang công khai">
            <a href={c.publicPath} target="_blank" rel="noreferrer">
              {c.publicPath}
            </a>
          </Descriptions.Item>
          {d.canModerate && c.status === 'open' && c.phase === 'ended' && (
            <Descriptions.Item label="">
              <Button loading={close.isPending} onClick={() => close.mutate(c.id)}>
                Kết thúc lấy ý kiến
              </Button>
            </Descriptions.Item>
          )}
        </Descriptions>
      ))}
      {d.consultations.length > 0 && (
        <CommentList comments={d.comments} canModerate={d.canModerate} onChanged={refresh} />
      )}
      {opening && (
        <Modal
          open
          title="Mở lấy ý kiến công khai"
          okText="Công bố"
          cancelText="Huỷ"
          confirmLoading={open.isPending}
          onCancel={() => setOpening(false)}
          onOk={() => void form.validateFields().then((v) => open.mutate(v))}
        >
          <Form form={form} layout="vertical">
            <Form.Item
              name="summary"
              label="Tóm tắt thành tích công bố"
              extra="Số định danh cá nhân và ngày sinh được che tự động."
              rules={[
                { required: true, whitespace: true, message: 'Cần nhập tóm tắt thành tích' },
                { max: 8000 },
              ]}
            >
              <Input.TextArea rows={8} aria-label="Tóm tắt thành tích công bố" />
            </Form.Item>
            <Form.Item name="startOn" label="Ngày bắt đầu (để trống: hôm nay)">
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}
