import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  INITIATIVE_SCOPE_LABELS,
  INITIATIVE_SCOPES,
  type InitiativeScope,
} from '../../../domain/awards/types';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { fromIsoDate, isAfterToday, toIsoDate } from '../../lib/dates';
import { m } from '../../lib/messages';
import { UnitSelect } from '../org/unit-select';
import { PersonSelect } from '../people/person-select';
import type { Initiative } from './ledger.api';
import { DateInput, useInvalidateLedger } from './ledger-forms';

interface AuthorValue {
  personId: string | null;
  sharePercent?: number | null;
  fullName?: string;
}

interface Values {
  title: string;
  authors: AuthorValue[];
  recognizingBody: string;
  decisionNumber?: string;
  decisionDate: Dayjs | null;
  scope: InitiativeScope;
  appliedFrom?: Dayjs | null;
  summary?: string;
  unitId?: string | null;
}

export const SCOPE_OPTIONS = INITIATIVE_SCOPES.map((s) => ({ value: s, label: INITIATIVE_SCOPE_LABELS[s] }));

const FIELDSET: React.CSSProperties = {
  border: '1px solid #f0f0f0',
  borderRadius: 6,
  padding: '8px 12px 12px',
  margin: '0 0 16px',
};
const LEGEND: React.CSSProperties = { fontSize: 14, width: 'auto', padding: '0 4px', margin: 0, border: 0 };

const blank = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

const authorsBody = (authors: AuthorValue[]) =>
  authors
    .filter((a) => a.personId)
    .map((a) => ({ personId: a.personId as string, sharePercent: a.sharePercent ?? null }));

const sameAuthors = (a: Initiative, b: ReturnType<typeof authorsBody>) =>
  a.authors.length === b.length &&
  a.authors.every((x, i) => x.personId === b[i]?.personId && x.sharePercent === b[i]?.sharePercent);

/**
 * Create or edit an initiative (law-reference §2.6): title, authors with their shares, recognising body,
 * decision, scope and date. `author` pre-fills the first author (from a person's achievement file).
 */
export function InitiativeModal({
  open,
  initiative,
  author,
  onClose,
}: {
  open: boolean;
  initiative?: Initiative;
  author?: { id: string; fullName: string };
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const invalidate = useInvalidateLedger();
  const save = useMutation({
    mutationFn: async (v: Values) => {
      const fields = {
        title: v.title.trim(),
        recognizingBody: v.recognizingBody.trim(),
        decisionNumber: blank(v.decisionNumber),
        decisionDate: toIsoDate(v.decisionDate),
        scope: v.scope,
        appliedFrom: toIsoDate(v.appliedFrom),
        summary: blank(v.summary),
        unitId: v.unitId ?? null,
      };
      const authors = authorsBody(v.authors);
      if (!initiative) return api.post<Initiative>('/api/initiatives', { ...fields, authors });
      const saved = await api.patch<Initiative>(`/api/initiatives/${initiative.id}`, {
        ...fields,
        version: initiative.version,
      });
      if (!sameAuthors(initiative, authors))
        return api.put<Initiative>(`/api/initiatives/${initiative.id}/authors`, { authors });
      return saved;
    },
    onSuccess: async () => {
      void message.success(initiative ? m.common.saved : m.common.created);
      await invalidate();
      onClose();
    },
    onError: (error) => setServerErrors(form, error),
  });

  const initial: Partial<Values> = initiative
    ? {
        title: initiative.title,
        authors: initiative.authors.map((a) => ({
          personId: a.personId,
          sharePercent: a.sharePercent,
          fullName: a.fullName,
        })),
        recognizingBody: initiative.recognizingBody,
        decisionNumber: initiative.decisionNumber ?? '',
        decisionDate: fromIsoDate(initiative.decisionDate),
        scope: initiative.scope,
        appliedFrom: fromIsoDate(initiative.appliedFrom),
        summary: initiative.summary ?? '',
        unitId: initiative.unit?.id ?? null,
      }
    : {
        authors: [{ personId: author?.id ?? null, sharePercent: 100, fullName: author?.fullName }],
        scope: 'co_so',
      };

  return (
    <Modal
      open={open}
      title={initiative ? m.initiatives.editTitle : m.initiatives.createTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={m.common.save}
      cancelText={m.common.cancel}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={720}
    >
      {save.error ? (
        <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) => save.mutate(v)}
        preserve={false}
      >
        <Form.Item
          name="title"
          label={m.initiatives.name}
          rules={[
            { required: true, whitespace: true, message: m.common.required(m.initiatives.name) },
            { max: 500, message: m.common.tooLong(500) },
          ]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.List
          name="authors"
          rules={[
            {
              validator: (_, authors: AuthorValue[] | undefined) => {
                const list = (authors ?? []).filter((a) => a?.personId);
                if (list.length === 0) return Promise.reject(new Error(m.initiatives.authorsRequired));
                const sum = list.reduce((s, a) => s + (a.sharePercent ?? 0), 0);
                if (sum > 100) return Promise.reject(new Error(m.initiatives.sharesOver(sum)));
                if (new Set(list.map((a) => a.personId)).size !== list.length)
                  return Promise.reject(new Error(m.initiatives.duplicateAuthor));
                return Promise.resolve();
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <fieldset style={FIELDSET}>
              <legend style={LEGEND}>{m.initiatives.authors}</legend>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item
                    name={[field.name, 'personId']}
                    rules={[{ required: true, message: m.common.requiredSelect(m.initiatives.author) }]}
                    style={{ minWidth: 320, marginBottom: 8 }}
                  >
                    <PersonSelect
                      aria-label={`${m.initiatives.author} ${index + 1}`}
                      initialLabel={
                        (form.getFieldValue(['authors', field.name, 'fullName']) as string | undefined) ??
                        undefined
                      }
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'sharePercent']} style={{ marginBottom: 8 }}>
                    <InputNumber
                      aria-label={`${m.initiatives.share} ${index + 1}`}
                      placeholder={m.initiatives.share}
                      min={1}
                      max={100}
                      suffix="%"
                      style={{ width: 130 }}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={`${m.initiatives.removeAuthor} ${index + 1}`}
                    onClick={() => remove(field.name)}
                    disabled={fields.length === 1}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ personId: null, sharePercent: null })}>
                {m.initiatives.addAuthor}
              </Button>
              <Form.ErrorList errors={errors} />
            </fieldset>
          )}
        </Form.List>
        <Form.Item
          name="recognizingBody"
          label={m.initiatives.recognizingBody}
          rules={[
            { required: true, whitespace: true, message: m.common.required(m.initiatives.recognizingBody) },
            { max: 300, message: m.common.tooLong(300) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Space wrap size="middle" style={{ display: 'flex' }}>
          <Form.Item
            name="decisionNumber"
            label={m.initiatives.decisionNumber}
            rules={[{ max: 100, message: m.common.tooLong(100) }]}
          >
            <Input autoComplete="off" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            name="decisionDate"
            label={m.initiatives.decisionDate}
            rules={[
              { required: true, message: m.common.requiredSelect(m.initiatives.decisionDate) },
              {
                validator: (_, v: Dayjs | null) =>
                  isAfterToday(v) ? Promise.reject(new Error(m.ledger.futureDate)) : Promise.resolve(),
              },
            ]}
          >
            <DateInput label={m.initiatives.decisionDate} />
          </Form.Item>
          <Form.Item name="appliedFrom" label={m.initiatives.appliedFrom}>
            <DateInput label={m.initiatives.appliedFrom} />
          </Form.Item>
        </Space>
        <Space wrap size="middle" style={{ display: 'flex' }}>
          <Form.Item
            name="scope"
            label={m.initiatives.scope}
            rules={[{ required: true, message: m.common.requiredSelect(m.initiatives.scope) }]}
          >
            <Select options={SCOPE_OPTIONS} style={{ width: 260 }} aria-label={m.initiatives.scope} />
          </Form.Item>
          <Form.Item name="unitId" label={m.initiatives.unit}>
            <UnitSelect
              aria-label={m.initiatives.unit}
              initialLabel={initiative?.unit?.name}
              style={{ width: 300 }}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="summary"
          label={m.initiatives.summary}
          rules={[{ max: 4000, message: m.common.tooLong(4000) }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
