import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { ETHNIC_GROUPS } from '../../../domain/people/ethnic-groups';
import {
  GENDER_LABELS,
  GENDERS,
  OCCUPATION_GROUP_LABELS,
  OCCUPATION_GROUPS,
  type GenderCode,
  type OccupationGroup,
} from '../../../domain/people/person';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { DATE_FORMAT, fromIsoDate, isAfterToday, toIsoDate } from '../../lib/dates';
import { m } from '../../lib/messages';
import { UnitSelect } from '../org/unit-select';
import { peopleKeys, type PersonDetail } from './people.api';

interface Values {
  fullName: string;
  gender: GenderCode;
  birthDate: Dayjs | null;
  ethnicity: string;
  citizenId?: string;
  externalCode?: string;
  position?: string;
  isLeader: boolean;
  occupationGroup: OccupationGroup;
  recruitedOn: Dayjs | null;
  phone?: string;
  email?: string;
  unitId?: string | null;
}

export const ETHNIC_OPTIONS = ETHNIC_GROUPS.map(([code, name]) => ({ value: code, label: name }));
export const GENDER_OPTIONS = GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }));
export const OCCUPATION_OPTIONS = OCCUPATION_GROUPS.map((g) => ({
  value: g,
  label: OCCUPATION_GROUP_LABELS[g],
}));

const blank = (v: string | undefined) => (v?.trim() ? v.trim() : null);

function toBody(v: Values, person: PersonDetail | undefined) {
  const body: Record<string, unknown> = {
    fullName: v.fullName.trim(),
    gender: v.gender,
    birthDate: toIsoDate(v.birthDate),
    ethnicity: v.ethnicity,
    externalCode: blank(v.externalCode),
    position: blank(v.position),
    isLeader: v.isLeader,
    occupationGroup: v.occupationGroup,
    recruitedOn: toIsoDate(v.recruitedOn),
    phone: blank(v.phone),
    email: blank(v.email),
  };
  // A masked ID shown back unchanged must not be sent (it would overwrite the real one).
  const id = v.citizenId?.trim() ?? '';
  if (!person || id !== (person.citizenId ?? '')) body.citizenId = id || null;
  if (!person) body.unitId = v.unitId ?? null;
  else body.version = person.version;
  return body;
}

function initial(person: PersonDetail | undefined): Partial<Values> {
  if (!person) return { gender: 'male', ethnicity: '01', isLeader: false, occupationGroup: 'civil_servant' };
  return {
    fullName: person.fullName,
    gender: person.gender,
    birthDate: fromIsoDate(person.birthDate),
    ethnicity: person.ethnicity,
    citizenId: person.citizenId ?? '',
    externalCode: person.externalCode ?? '',
    position: person.position ?? '',
    isLeader: person.isLeader,
    occupationGroup: person.occupationGroup,
    recruitedOn: fromIsoDate(person.recruitedOn),
    phone: person.phone ?? '',
    email: person.email ?? '',
  };
}

/** Create (no `person`) or edit a person in a drawer; field errors from the server land on the fields. */
export function PersonFormDrawer({
  open,
  person,
  onClose,
  onSaved,
}: {
  open: boolean;
  person?: PersonDetail;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) =>
      person
        ? api.patch<{ id: string }>(`/api/people/${person.id}`, toBody(v, person))
        : api.post<{ id: string }>('/api/people', toBody(v, undefined)),
    onSuccess: async (result) => {
      void message.success(person ? m.common.saved : m.common.created);
      await client.invalidateQueries({ queryKey: peopleKeys.all });
      onSaved?.(result?.id ?? person?.id ?? '');
      onClose();
    },
    onError: (error) => setServerErrors(form, error),
  });
  const req = (label: string) => [{ required: true, whitespace: true, message: m.common.required(label) }];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={person ? m.people.editTitle : m.people.createTitle}
      size="large"
      destroyOnHidden
      footer={
        <Space>
          <Button type="primary" onClick={() => form.submit()} loading={save.isPending}>
            {m.common.save}
          </Button>
          <Button onClick={onClose}>{m.common.cancel}</Button>
        </Space>
      }
    >
      {save.error && (
        <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial(person)}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item
          name="fullName"
          label={m.people.fullName}
          rules={[...req(m.people.fullName), { max: 200, message: m.common.tooLong(200) }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Space wrap size="middle" style={{ display: 'flex' }}>
          <Form.Item
            name="gender"
            label={m.people.gender}
            rules={[{ required: true, message: m.common.requiredSelect(m.people.gender) }]}
          >
            <Select options={GENDER_OPTIONS} style={{ width: 140 }} aria-label={m.people.gender} />
          </Form.Item>
          <Form.Item
            name="birthDate"
            label={m.people.birthDate}
            rules={[
              {
                validator: (_, value: Dayjs | null) =>
                  isAfterToday(value)
                    ? Promise.reject(new Error(m.people.birthDateFuture))
                    : Promise.resolve(),
              },
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              placeholder={m.common.datePlaceholder}
              aria-label={m.people.birthDate}
            />
          </Form.Item>
          <Form.Item
            name="ethnicity"
            label={m.people.ethnicity}
            rules={[{ required: true, message: m.common.requiredSelect(m.people.ethnicity) }]}
          >
            <Select
              options={ETHNIC_OPTIONS}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 180 }}
              aria-label={m.people.ethnicity}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="citizenId"
          label={m.people.citizenId}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                !value || value.includes('*') || /^\d{12}$/.test(value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error(m.people.citizenIdInvalid)),
            },
          ]}
        >
          <Input inputMode="numeric" maxLength={20} autoComplete="off" />
        </Form.Item>
        {!person && (
          <Form.Item name="unitId" label={m.people.unit}>
            <UnitSelect aria-label={m.people.unit} />
          </Form.Item>
        )}
        <Form.Item
          name="position"
          label={m.people.position}
          rules={[{ max: 200, message: m.common.tooLong(200) }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="isLeader" valuePropName="checked">
          <Checkbox>{m.people.leaderOnly}</Checkbox>
        </Form.Item>
        <Space wrap size="middle" style={{ display: 'flex' }}>
          <Form.Item name="occupationGroup" label={m.people.occupationGroup}>
            <Select
              options={OCCUPATION_OPTIONS}
              style={{ width: 260 }}
              aria-label={m.people.occupationGroup}
            />
          </Form.Item>
          <Form.Item name="recruitedOn" label={m.people.recruitedOn}>
            <DatePicker
              format={DATE_FORMAT}
              placeholder={m.common.datePlaceholder}
              aria-label={m.people.recruitedOn}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="externalCode"
          label={m.people.externalCode}
          rules={[{ max: 50, message: m.common.tooLong(50) }]}
        >
          <Input />
        </Form.Item>
        <Space wrap size="middle" style={{ display: 'flex' }}>
          <Form.Item name="phone" label={m.people.phone} rules={[{ max: 20, message: m.common.tooLong(20) }]}>
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item
            name="email"
            label={m.people.email}
            rules={[{ type: 'email', message: m.auth.emailInvalid }]}
          >
            <Input />
          </Form.Item>
        </Space>
      </Form>
    </Drawer>
  );
}
