import { Form, Input, Modal } from 'antd';

/** Asks for the reason of an action (return, not eligible, withdraw). */
export function ReasonModal({
  title,
  required,
  loading,
  onOk,
  onCancel,
}: {
  title: string;
  required: boolean;
  loading?: boolean;
  onOk: (reason: string) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={title}
      okText="Xác nhận"
      cancelText="Huỷ"
      confirmLoading={loading}
      onCancel={onCancel}
      onOk={() => void form.validateFields().then((v) => onOk(v.reason?.trim() ?? ''))}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label="Lý do"
          rules={required ? [{ required: true, whitespace: true, message: 'Cần ghi lý do' }] : []}
        >
          <Input.TextArea rows={4} maxLength={5000} aria-label="Lý do" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
