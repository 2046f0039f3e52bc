import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../app/page-header';
import { useAuth } from '../../app/auth';
import { CertificatesPanel } from './certificates-panel';
import { certificatesText as t } from './certificates.messages';

const NUMBER_PARAM = 'so';

/** /bang-khen-giay-khen: the certificates of a decision, chosen by its number (until the decision page exists). */
export default function CertificatesPage() {
  const [params, setParams] = useSearchParams();
  const decisionNumber = params.get(NUMBER_PARAM)?.trim() || undefined;
  const { can } = useAuth();
  return (
    <>
      <PageHeader title={t.title}>
        <Typography.Text type="secondary">{t.subtitle}</Typography.Text>
      </PageHeader>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Form
            layout="inline"
            initialValues={{ decisionNumber }}
            onFinish={(v: { decisionNumber?: string }) =>
              setParams(v.decisionNumber?.trim() ? { [NUMBER_PARAM]: v.decisionNumber.trim() } : {})
            }
          >
            <Form.Item name="decisionNumber" label={t.decisionNumber}>
              <Input placeholder={t.decisionNumberPlaceholder} maxLength={60} style={{ width: 240 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t.show}
            </Button>
          </Form>
        </Card>
        {decisionNumber ? (
          <CertificatesPanel
            key={decisionNumber}
            decisionNumber={decisionNumber}
            canIssue={can('decisions.manage')}
          />
        ) : (
          <Typography.Text type="secondary">{t.enterNumber}</Typography.Text>
        )}
      </Space>
    </>
  );
}
