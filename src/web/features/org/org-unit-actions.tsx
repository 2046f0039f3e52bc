import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  LINEAGE_KINDS,
  LINEAGE_KIND_LABELS,
  ORG_UNIT_TYPES,
  ORG_UNIT_TYPE_LABELS,
} from '../../../domain/org/org-unit';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../lib/dates';
import { m } from '../../lib/messages';
import type { OrgUnitDetail } from './org.api';
import { UnitSelect } from './unit-select';

export type OrgAction = 'addRoot' | 'addChild' | 'edit' | 'rename' | 'move' | 'end' | 'event';

type Values = Record<string, string | Dayjs | null | undefined>;

const TITLES: Record<OrgAction, string> = {
  addRoot: m.org.addRoot,
  addChild: m.org.addChild,
  edit: m.org.editUnit,
  rename: m.org.rename,
  move: m.org.move,
  end: m.org.end,
  event: m.org.addEvent,
};

const SUCCESS: Record<OrgAction, string> = {
  addRoot: m.common.created,
  addChild: m.common.created,
  edit: m.common.saved,
  rename: m.org.renamed,
  move: m.org.moved,
  end: m.org.endedOk,
  event: m.org.eventCreated,
};

const DATE_FIELDS = ['validFrom', 'validTo', 'effectiveDate'];

function clean(values: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (DATE_FIELDS.includes(k)) out[k] = toIsoDate(v as Dayjs | null);
    else out[k] = typeof v === 'string' ? v.trim() || null : (v ?? null);
  }
  return out;
}

/** Sends the action; answers the id of the unit to show afterwards. */
async function submit(
  action: OrgAction,
  unit: OrgUnitDetail | null,
  body: Record<string, unknown>,
): Promise<string | undefined> {
  switch (action) {
    case 'addRoot':
    case 'addChild': {
      const created = await api.post<{ id: string }>('/api/org-units', {
        ...body,
        parentId: unit?.id ?? null,
      });
      return created.id;
    }
    case 'edit':
      await api.patch(`/api/org-units/${unit?.id}`, { ...body, version: unit?.version });
      return unit?.id;
    case 'rename': {
      const r = await api.post<{ unit?: { id: string } }>(`/api/org-units/${unit?.id}/rename`, body);
      return r?.unit?.id ?? unit?.id;
    }
    case 'move': {
      const r = await api.post<{ unit?: { id: string } }>(`/api/org-units/${unit?.id}/move`, body);
      return r?.unit?.id ?? unit?.id;
    }
    case 'end':
      await api.post(`/api/org-units/${unit?.id}/end`, body);
      return unit?.id;
    case 'event':
      await api.post('/api/org-unit-events', body);
      return unit?.id;
  }
}

function initialValues(action: OrgAction, unit: OrgUnitDetail | null): Values {
  if (action === 'edit' && unit) {
    return {
      name: unit.name,
      code: unit.code ?? '',
      validFrom: fromIsoDate(unit.validFrom),
      validTo: fromIsoDate(unit.validTo),
      note: unit.note ?? '',
    };
  }
  if (action === 'rename' && unit) return { name: unit.name };
  if (action === 'event' && unit) return { fromUnitId: unit.id };
  return {};
}

const dateInput = (label: string) => (
  <DatePicker
    format={DATE_FORMAT}
    placeholder={m.common.datePlaceholder}
    aria-label={label}
    style={{ width: '100%' }}
  />
);
const required = (label: string) => [{ required: true, message: m.common.required(label) }];
const requiredSelect = (label: string) => [{ required: true, message: m.common.requiredSelect(label) }];

function Fields({ action, unit }: { action: OrgAction; unit: OrgUnitDetail | null }) {
  const legal = (
    <Form.Item
      name="legalBasis"
      label={m.org.legalBasis}
      rules={[{ max: 500, message: m.common.tooLong(500) }]}
    >
      <Input />
    </Form.Item>
  );
  switch (action) {
    case 'addRoot':
    case 'addChild':
    case 'edit':
      return (
        <>
          <Form.Item
            name="name"
            label={m.org.name}
            rules={[...required(m.org.name), { max: 300, message: m.common.tooLong(300) }]}
          >
            <Input />
          </Form.Item>
          {action !== 'edit' && (
            <Form.Item name="type" label={m.org.type} rules={requiredSelect(m.org.type)}>
              <Select options={ORG_UNIT_TYPES.map((t) => ({ value: t, label: ORG_UNIT_TYPE_LABELS[t] }))} />
            </Form.Item>
          )}
          <Form.Item name="code" label={m.org.code} rules={[{ max: 50, message: m.common.tooLong(50) }]}>
            <Input />
          </Form.Item>
          <Form.Item name="validFrom" label={m.org.validFrom}>
            {dateInput(m.org.validFrom)}
          </Form.Item>
          <Form.Item name="validTo" label={m.org.validTo}>
            {dateInput(m.org.validTo)}
          </Form.Item>
          <Form.Item name="note" label={m.org.note}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      );
    case 'rename':
      return (
        <>
          <Form.Item name="name" label={m.org.newName} rules={required(m.org.newName)}>
            <Input />
          </Form.Item>
          <Form.Item
            name="effectiveDate"
            label={m.org.effectiveDate}
            rules={requiredSelect(m.org.effectiveDate)}
          >
            {dateInput(m.org.effectiveDate)}
          </Form.Item>
          {legal}
        </>
      );
    case 'move':
      return (
        <>
          <Form.Item name="parentId" label={m.org.newParent} rules={requiredSelect(m.org.newParent)}>
            <UnitSelect aria-label={m.org.newParent} />
          </Form.Item>
          <Form.Item
            name="effectiveDate"
            label={m.org.effectiveDate}
            rules={requiredSelect(m.org.effectiveDate)}
          >
            {dateInput(m.org.effectiveDate)}
          </Form.Item>
          {legal}
        </>
      );
    case 'end':
      return (
        <>
          <Form.Item name="validTo" label={m.org.validTo} rules={requiredSelect(m.org.validTo)}>
            {dateInput(m.org.validTo)}
          </Form.Item>
          {legal}
        </>
      );
    case 'event':
      return (
        <>
          <Form.Item name="kind" label={m.org.eventKind} rules={requiredSelect(m.org.eventKind)}>
            <Select options={LINEAGE_KINDS.map((k) => ({ value: k, label: LINEAGE_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="fromUnitId" label={m.org.fromUnit} rules={requiredSelect(m.org.fromUnit)}>
            <UnitSelect aria-label={m.org.fromUnit} initialLabel={unit?.name} />
          </Form.Item>
          <Form.Item name="toUnitId" label={m.org.toUnit} rules={requiredSelect(m.org.toUnit)}>
            <UnitSelect aria-label={m.org.toUnit} />
          </Form.Item>
          <Form.Item
            name="effectiveDate"
            label={m.org.effectiveDate}
            rules={requiredSelect(m.org.effectiveDate)}
          >
            {dateInput(m.org.effectiveDate)}
          </Form.Item>
          {legal}
          <Form.Item name="note" label={m.org.note}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      );
  }
}

interface Props {
  action: OrgAction | null;
  unit: OrgUnitDetail | null;
  onClose: () => void;
  onDone: (unitId: string | undefined) => void;
}

/** One modal for every change to the org structure; server field errors land on their fields. */
export function OrgUnitActionModal({ action, unit, onClose, onDone }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: Values) => submit(action ?? 'edit', unit, clean(values)),
    onSuccess: async (id) => {
      void message.success(SUCCESS[action ?? 'edit']);
      await client.invalidateQueries({ queryKey: ['org-units'] });
      onDone(id);
    },
    onError: (error) => setServerErrors(form, error),
  });
  if (!action) return null;
  const title = action === 'addRoot' || !unit ? TITLES[action] : `${TITLES[action]}: ${unit.name}`;
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={m.common.save}
      cancelText={m.common.cancel}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      {mutation.error && (
        <Alert type="error" showIcon title={errorMessage(mutation.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues(action, unit)}
        onFinish={(v) => mutation.mutate(v)}
      >
        <Fields action={action} unit={unit} />
      </Form>
    </Modal>
  );
}
