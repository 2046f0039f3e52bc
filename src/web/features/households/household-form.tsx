import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { m } from '../../lib/messages';
import { UnitSelect } from '../org/unit-select';
import type { Household } from '../people/people.api';
import { PersonSelect } from '../people/person-select';

interface Values {
  name: string;
  unitId: string | null;
  headPersonId: string | null;
  address?: string;
  externalCode?: string;
}

/** Create (no `household`) or edit a household. */
export function HouseholdFormModal({
  open,
  household,
  onClose,
  onSaved,
}: {
  open: boolean;
  household?: Household;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        name: v.name.trim(),
        unitId: v.unitId,
        headPersonId: v.headPersonId ?? null,
        address: v.address?.trim() || null,
        externalCode: v.externalCode?.trim() || null,
      };
      return household
        ? api.patch<Household>(`/api/households/${household.id}`, { ...body, version: household.version })
        : api.post<Household>('/api/households', body);
    },
    onSuccess: async (result) => {
      void message.success(household ? m.common.saved : m.common.created);
      await client.invalidateQueries({ queryKey: ['households'] });
      onSaved?.(result?.id ?? household?.id ?? '');
      onClose();
    },
    onError: (error) => setServerErrors(form, error),
  });
  return (
    <Modal
      open={open}
      title={household ? m.households.editTitle : m.households.createTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={m.common.save}
      cancelText={m.common.cancel}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error && (
        <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          household
            ? {
                name: household.name,
                unitId: household.unit.id,
                headPersonId: household.head?.id ?? null,
                address: household.address ?? '',
                externalCode: household.externalCode ?? '',
              }
            : {}
        }
      >
        <Form.Item
          name="name"
          label={m.households.name}
          rules={[{ required: true, whitespace: true, message: m.common.required(m.households.name) }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={m.households.unit}
          rules={[{ required: true, message: m.common.requiredSelect(m.households.unit) }]}
        >
          <UnitSelect aria-label={m.households.unit} initialLabel={household?.unit.name} />
        </Form.Item>
        <Form.Item name="headPersonId" label={m.households.head}>
          <PersonSelect aria-label={m.households.head} initialLabel={household?.head?.fullName} />
        </Form.Item>
        <Form.Item
          name="address"
          label={m.households.address}
          rules={[{ max: 300, message: m.common.tooLong(300) }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="externalCode"
          label={m.households.code}
          rules={[{ max: 50, message: m.common.tooLong(50) }]}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
