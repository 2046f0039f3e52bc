import { Alert, Button, Modal, Typography } from 'antd';
import { m } from '../../lib/messages';

/** Shows a password or token exactly once, with a copy button. */
export function SecretModal({
  secret,
  title,
  text,
  onClose,
}: {
  secret: string | null;
  title: string;
  text: string;
  onClose: () => void;
}) {
  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {m.common.secretDone}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={text} style={{ marginBottom: 16 }} />
      <Typography.Paragraph
        className="tdkt-secret"
        copyable={{ text: secret ?? '', tooltips: [m.common.copy, m.common.copied] }}
        aria-label={title}
      >
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
