import { Modal } from 'antd';
import { m } from '../../lib/messages';
import { ChangePasswordForm } from './change-password-form';

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} title={m.auth.changePasswordTitle} onCancel={onClose} footer={null} destroyOnHidden>
      <ChangePasswordForm onDone={onClose} />
    </Modal>
  );
}
