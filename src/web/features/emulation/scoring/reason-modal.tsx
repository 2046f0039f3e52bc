import { Form, Input, Modal } from 'antd';
import { et } from '../emulation.messages';
import { st } from './scoring.messages';

/** Asks for a written reason before an action that needs one (cross-check change, return, reopen). */
export function ReasonModal({
  title,
  loading,
  onOk,
  onCancel,
}: {
  title: string;
  loading?: boolean;
  onOk: (reason: string) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={title}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={et.common.save}
      cancelText={et.common.cancel}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => onOk(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={st.reasonLabel}
          rules={[{ required: true, whitespace: true, message: st.reasonRequired }]}
        >
          <Input.TextArea rows={3} maxLength={2000} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
