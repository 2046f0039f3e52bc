import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { m } from '../../lib/messages';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Current password, new password twice. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const change = useMutation({
    mutationFn: (v: Values) =>
      api.post('/api/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      void message.success(m.auth.passwordChanged);
      form.resetFields();
      onDone?.();
    },
    onError: (error) => setServerErrors(form, error),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={(v) => change.mutate(v)}
      disabled={change.isPending}
    >
      {change.error && (
        <Alert type="error" showIcon title={errorMessage(change.error)} style={{ marginBottom: 16 }} />
      )}
      <Form.Item
        label={m.auth.currentPassword}
        name="currentPassword"
        rules={[{ required: true, message: m.auth.passwordRequired }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={m.auth.newPassword}
        name="newPassword"
        rules={[
          { required: true, message: m.auth.passwordRequired },
          { min: 10, message: m.auth.passwordMin },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={m.auth.confirmPassword}
        name="confirm"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: m.auth.passwordRequired },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error(m.auth.passwordMismatch)),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {m.common.save}
      </Button>
    </Form>
  );
}
