import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { rotateLeadership } from '../../../../domain/emulation/bloc';
import { api, errorMessage, setServerErrors } from '../../../lib/api';
import { type BlocDetail, type BlocYear, emulationKeys } from '../emulation.api';
import { et } from '../emulation.messages';
import { UnitMultiSelect } from '../shared/unit-multi-select';

const t = et.blocs;

function useBlocMutation<V>(
  fn: (v: V) => Promise<unknown>,
  success: string,
  onClose: () => void,
  form?: unknown,
) {
  const { message } = App.useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      void message.success(success);
      await client.invalidateQueries({ queryKey: emulationKeys.all });
      onClose();
    },
    onError: (e) => {
      if (form) setServerErrors(form as { setFields: (f: never[]) => void }, e);
      void message.error(errorMessage(e));
    },
  });
}

/** Replace the year's member list. */
export function MembersModal({
  blocId,
  year,
  onClose,
}: {
  blocId: string;
  year: BlocYear;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ unitIds: string[] }>();
  const save = useBlocMutation(
    (v: { unitIds: string[] }) => api.put(`/api/emulation/blocs/${blocId}/years/${year.year}/members`, v),
    t.membersSaved,
    onClose,
    form,
  );
  return (
    <Modal
      open
      title={t.membersOf(year.year)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={et.common.save}
      cancelText={et.common.cancel}
      confirmLoading={save.isPending}
      width={680}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ unitIds: year.members.map((u) => u.id) }}
      >
        <Form.Item
          name="unitIds"
          label={t.members}
          rules={[{ required: true, message: et.common.requiredSelect('ít nhất một đơn vị') }]}
        >
          <UnitMultiSelect known={year.members} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface LeadershipValues {
  headUnitId: string;
  deputyUnitId?: string | null;
  note?: string;
}

/** Name the year's head and deputy among its members. */
export function LeadershipModal({
  blocId,
  year,
  onClose,
}: {
  blocId: string;
  year: BlocYear;
  onClose: () => void;
}) {
  const [form] = Form.useForm<LeadershipValues>();
  const save = useBlocMutation(
    (v: LeadershipValues) =>
      api.put(`/api/emulation/blocs/${blocId}/years/${year.year}/leadership`, {
        headUnitId: v.headUnitId,
        deputyUnitId: v.deputyUnitId ?? null,
        note: v.note?.trim() ? v.note.trim() : null,
        version: year.leadership?.version,
      }),
    t.leadershipSaved,
    onClose,
    form,
  );
  const options = year.members.map((u) => ({ value: u.id, label: u.name }));
  return (
    <Modal
      open
      title={t.leadershipTitle(year.year)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={et.common.save}
      cancelText={et.common.cancel}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{
          headUnitId: year.leadership?.head.id,
          deputyUnitId: year.leadership?.deputy?.id ?? null,
          note: year.leadership?.note ?? '',
        }}
      >
        <Form.Item
          name="headUnitId"
          label={t.head}
          rules={[{ required: true, message: et.common.requiredSelect('Trưởng khối') }]}
        >
          <Select options={options} />
        </Form.Item>
        <Form.Item
          name="deputyUnitId"
          label={t.deputy}
          dependencies={['headUnitId']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v: string | null) =>
                v && v === getFieldValue('headUnitId')
                  ? Promise.reject(new Error(t.sameHeadDeputy))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Select options={options} allowClear />
        </Form.Item>
        <Form.Item name="note" label={t.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface HandoverValues {
  method: 'rotation' | 'vote';
  headUnitId?: string;
  deputyUnitId?: string;
  note?: string;
}

/** Year-end handover: next year's head and deputy by the agreed rotation or by the vote's result. */
export function HandoverModal({
  bloc,
  year,
  onClose,
  preferVote,
}: {
  bloc: BlocDetail;
  year: BlocYear;
  onClose: () => void;
  preferVote?: { headUnitId?: string; deputyUnitId?: string };
}) {
  const [form] = Form.useForm<HandoverValues>();
  const save = useBlocMutation(
    (v: HandoverValues) =>
      api.post(`/api/emulation/blocs/${bloc.id}/years/${year.year}/handover`, {
        method: v.method,
        ...(v.method === 'vote' ? { headUnitId: v.headUnitId, deputyUnitId: v.deputyUnitId } : {}),
        note: v.note?.trim() ? v.note.trim() : null,
      }),
    t.handoverDone(year.year + 1),
    onClose,
    form,
  );
  const method = Form.useWatch('method', form) ?? (preferVote ? 'vote' : 'rotation');
  const names = new Map([...bloc.rotationOrder, ...year.members].map((u) => [u.id, u.name]));
  const rotation = year.leadership
    ? rotateLeadership(
        bloc.rotationOrder.map((u) => u.id),
        year.leadership.head.id,
        year.members.map((u) => u.id),
      )
    : null;
  const options = year.members.map((u) => ({ value: u.id, label: u.name }));
  return (
    <Modal
      open
      title={t.handoverTitle(year.year)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t.handover}
      cancelText={et.common.cancel}
      confirmLoading={save.isPending}
    >
      <Typography.Paragraph type="secondary">{t.handoverHint}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ method: preferVote ? 'vote' : 'rotation', ...preferVote }}
      >
        <Form.Item name="method" label={t.handoverMethod}>
          <Radio.Group
            options={[
              { value: 'rotation', label: t.byRotation },
              { value: 'vote', label: t.byVote },
            ]}
          />
        </Form.Item>
        {method === 'rotation' && rotation && (
          <Alert
            style={{ marginBottom: 16 }}
            showIcon
            type={rotation.ok ? 'info' : 'warning'}
            title={
              rotation.ok
                ? t.rotationPreview(
                    names.get(rotation.headUnitId) ?? '',
                    names.get(rotation.deputyUnitId) ?? '',
                  )
                : rotation.reason
            }
          />
        )}
        {method === 'vote' && (
          <>
            <Form.Item
              name="headUnitId"
              label={`${t.head} năm ${year.year + 1}`}
              rules={[{ required: true, message: et.common.requiredSelect('Trưởng khối') }]}
            >
              <Select options={options} />
            </Form.Item>
            <Form.Item
              name="deputyUnitId"
              label={`${t.deputy} năm ${year.year + 1}`}
              dependencies={['headUnitId']}
              rules={[
                { required: true, message: et.common.requiredSelect('Phó khối') },
                ({ getFieldValue }) => ({
                  validator: (_, v: string) =>
                    v && v === getFieldValue('headUnitId')
                      ? Promise.reject(new Error(t.sameHeadDeputy))
                      : Promise.resolve(),
                }),
              ]}
            >
              <Select options={options} />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t.note}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
