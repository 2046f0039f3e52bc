import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth, type Session } from '../../app/auth';
import { api, errorMessage, setCsrfToken } from '../../lib/api';
import { m } from '../../lib/messages';

interface SignInForm {
  email: string;
  password: string;
}

export default function SignInPage() {
  const { session, setSession } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: string; expired?: boolean } | null;
  const from = state?.from && state.from !== '/dang-nhap' ? state.from : '/';
  const [form] = Form.useForm<SignInForm>();

  useEffect(() => {
    document.title = `${m.auth.title} — ${m.app.title}`;
  }, []);

  const signIn = useMutation({
    mutationFn: (values: SignInForm) =>
      api.post<Session>(
        '/api/auth/sign-in',
        { email: values.email.trim(), password: values.password },
        { quiet401: true },
      ),
    onSuccess: (result) => {
      setCsrfToken(result.csrfToken);
      setSession(result);
      void navigate(from, { replace: true });
    },
  });

  if (session) return <Navigate to={from} replace />;

  return (
    <main className="tdkt-signin">
      <Card className="tdkt-signin-card">
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <Typography.Title level={1} className="tdkt-h1">
            {m.auth.title}
          </Typography.Title>
          <Typography.Text type="secondary">{m.auth.subtitle}</Typography.Text>
        </div>
        {state?.expired && !signIn.error && (
          <Alert type="info" showIcon title={m.auth.sessionExpired} style={{ marginBottom: 16 }} />
        )}
        {signIn.error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={errorMessage(signIn.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<SignInForm>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => signIn.mutate(values)}
          disabled={signIn.isPending}
        >
          <Form.Item
            label={m.auth.email}
            name="email"
            rules={[
              { required: true, whitespace: true, message: m.auth.emailRequired },
              { type: 'email', message: m.auth.emailInvalid },
            ]}
          >
            <Input
              prefix={<MailOutlined />}
              autoComplete="username"
              placeholder={m.auth.emailPlaceholder}
              autoFocus
              size="large"
            />
          </Form.Item>
          <Form.Item
            label={m.auth.password}
            name="password"
            rules={[{ required: true, message: m.auth.passwordRequired }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
            {m.auth.submit}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
