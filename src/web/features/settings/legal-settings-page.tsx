import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Radio,
  Space,
  Spin,
  Switch,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { EVALUATION_CALENDARS, ROUNDING_MODES, type LegalSettings } from '../../../domain/awards/settings';
import { useAuth } from '../../app/auth';
import { PageHeader } from '../../app/page-header';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { m } from '../../lib/messages';

interface LegalSettingsView {
  legal: LegalSettings;
  isDefault: boolean;
  defaults: LegalSettings;
  updatedAt: string | null;
  updatedBy: string | null;
}

const KEY = ['settings', 'legal'] as const;

/** /cai-dat-xet-khen: the tenant's legal configuration (GET/PUT /api/settings/legal), for tenant admins. */
export default function LegalSettingsPage() {
  const { can } = useAuth();
  const writable = can('settings.manage');
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<LegalSettings>();
  const settings = useQuery({
    queryKey: KEY,
    queryFn: () => api.get<LegalSettingsView>('/api/settings/legal'),
  });
  const save = useMutation({
    mutationFn: (v: LegalSettings) =>
      api.put<LegalSettingsView>('/api/settings/legal', {
        ...v,
        localCriteria: {
          bangKhenTinh: v.localCriteria.bangKhenTinh?.trim() ?? '',
          giayKhen: v.localCriteria.giayKhen?.trim() ?? '',
        },
      }),
    onSuccess: async (view) => {
      client.setQueryData(KEY, view);
      void message.success(m.legalSettings.saved);
      await client.invalidateQueries({ queryKey: ['eligibility'] });
    },
    onError: (error) => setServerErrors(form, error),
  });
  const draft = Form.useWatch('enableRs2026DraftCriteria', form);

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data.legal);
  }, [settings.data, form]);

  if (settings.isPending) return <Spin description={m.app.loading} />;
  if (settings.error)
    return (
      <>
        <PageHeader title={m.legalSettings.title} />
        <Alert type="error" showIcon title={errorMessage(settings.error)} />
      </>
    );
  const view = settings.data;

  return (
    <>
      <PageHeader title={m.legalSettings.title}>
        <Typography.Text type="secondary">
          {view.updatedAt
            ? `${m.legalSettings.updatedAt}: ${formatDateTime(view.updatedAt)}${view.updatedBy ? ` — ${view.updatedBy}` : ''}`
            : null}
        </Typography.Text>
      </PageHeader>
      <Typography.Paragraph type="secondary">{m.legalSettings.intro}</Typography.Paragraph>
      {!writable && (
        <Alert type="info" showIcon title={m.legalSettings.noPermission} style={{ marginBottom: 16 }} />
      )}
      {save.error ? (
        <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<LegalSettings>
        form={form}
        layout="vertical"
        initialValues={view.legal}
        onFinish={(v) => save.mutate(v)}
        disabled={!writable}
        style={{ maxWidth: 860 }}
      >
        <Card size="small" title={m.legalSettings.calendar} style={{ marginBottom: 16 }}>
          <Form.Item
            name="evaluationCalendar"
            extra={m.legalSettings.calendarHint}
            style={{ marginBottom: 0 }}
          >
            <Radio.Group
              aria-label={m.legalSettings.calendar}
              options={EVALUATION_CALENDARS.map((c) => ({ value: c, label: m.legalSettings.calendars[c] }))}
            />
          </Form.Item>
        </Card>
        <Card size="small" title={m.legalSettings.moneyAndPublicity} style={{ marginBottom: 16 }}>
          <Form.Item
            name="publicityWorkingDays"
            label={m.legalSettings.publicity}
            extra={m.legalSettings.publicityHint}
            rules={[{ required: true, message: m.common.required(m.legalSettings.publicity) }]}
          >
            <InputNumber min={1} max={60} precision={0} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="roundingMode" label={m.legalSettings.rounding} style={{ marginBottom: 0 }}>
            <Radio.Group
              aria-label={m.legalSettings.rounding}
              options={ROUNDING_MODES.map((r) => ({ value: r, label: m.legalSettings.roundings[r] }))}
            />
          </Form.Item>
        </Card>
        <Card size="small" title={m.legalSettings.collectives} style={{ marginBottom: 16 }}>
          <Form.Item
            name="memberTitleSharePercent"
            label={m.legalSettings.memberShare}
            extra={m.legalSettings.memberShareHint}
            rules={[{ required: true, message: m.common.required(m.legalSettings.memberShare) }]}
          >
            <InputNumber min={1} max={100} precision={0} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            name="flagsPerBloc"
            label={m.legalSettings.flagsPerBloc}
            extra={m.legalSettings.flagsPerBlocHint}
            rules={[{ required: true, message: m.common.required(m.legalSettings.flagsPerBloc) }]}
            style={{ marginBottom: 0 }}
          >
            <InputNumber min={1} max={20} precision={0} style={{ width: 120 }} />
          </Form.Item>
        </Card>
        <Card size="small" title={m.legalSettings.draft} style={{ marginBottom: 16 }}>
          <Alert
            type="warning"
            showIcon
            title={m.legalSettings.draftWarningTitle}
            description={m.legalSettings.draftWarning}
            style={{ marginBottom: 12 }}
          />
          <Space>
            <Form.Item name="enableRs2026DraftCriteria" valuePropName="checked" noStyle>
              <Switch aria-label={m.legalSettings.draft} />
            </Form.Item>
            <Typography.Text strong={!!draft}>{m.legalSettings.draft}</Typography.Text>
          </Space>
        </Card>
        <Card size="small" title={m.legalSettings.localCriteria} style={{ marginBottom: 16 }}>
          <Form.Item
            name={['localCriteria', 'bangKhenTinh']}
            label={m.legalSettings.bangKhenTinh}
            extra={m.legalSettings.localHint}
            rules={[{ max: 4000, message: m.common.tooLong(4000) }]}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item
            name={['localCriteria', 'giayKhen']}
            label={m.legalSettings.giayKhen}
            rules={[{ max: 4000, message: m.common.tooLong(4000) }]}
            style={{ marginBottom: 0 }}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
        </Card>
        {writable && (
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {m.common.save}
            </Button>
            <Button onClick={() => form.setFieldsValue(view.defaults)}>{m.legalSettings.reset}</Button>
          </Space>
        )}
      </Form>
    </>
  );
}
