import { Card } from 'antd';
import { PageHeader } from '../../app/page-header';
import { m } from '../../lib/messages';
import { ChangePasswordForm } from './change-password-form';

export default function ChangePasswordPage() {
  return (
    <>
      <PageHeader title={m.auth.changePasswordTitle} />
      <Card style={{ maxWidth: 480 }}>
        <ChangePasswordForm />
      </Card>
    </>
  );
}
