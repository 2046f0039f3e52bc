import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio, Select } from 'antd';
import type { RegistrationSubject } from '../../../../domain/emulation/registration';
import { api, errorMessage, setServerErrors } from '../../../lib/api';
import { UnitSelect } from '../../org/unit-select';
import { PersonSelect } from '../../people/person-select';
import { emulationKeys, type Registration, type RegistrationTitle } from '../emulation.api';
import { et } from '../emulation.messages';

const t = et.registrations;

interface Values {
  subjectType: RegistrationSubject;
  orgUnitId?: string;
  personId?: string;
  titleCode: string;
  note?: string;
}

export function useRegistrationTitles() {
  return useQuery({
    queryKey: emulationKeys.titles,
    queryFn: () => api.get<{ items: RegistrationTitle[] }>('/api/emulation/registration-titles'),
    staleTime: Infinity,
  });
}

/** Register a collective or a person for a title in a year, or change a registration's title and note. */
export function RegistrationModal({
  year,
  registration,
  onClose,
}: {
  year: number;
  registration?: Registration;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const titles = useRegistrationTitles();
  const subject = Form.useWatch('subjectType', form) ?? registration?.subjectType ?? 'collective';
  const save = useMutation({
    mutationFn: (v: Values) => {
      const note = v.note?.trim() ? v.note.trim() : null;
      if (registration)
        return api.patch<Registration>(`/api/emulation/registrations/${registration.id}`, {
          titleCode: v.titleCode,
          note,
        });
      return api.post<Registration>(
        '/api/emulation/registrations',
        v.subjectType === 'collective'
          ? { subjectType: 'collective', year, orgUnitId: v.orgUnitId, titleCode: v.titleCode, note }
          : { subjectType: 'individual', year, personId: v.personId, titleCode: v.titleCode, note },
      );
    },
    onSuccess: async (r) => {
      void message.success(r.late ? `${et.common.saved} (${t.late.toLowerCase()})` : et.common.saved);
      await client.invalidateQueries({ queryKey: emulationKeys.all });
      onClose();
    },
    onError: (e) => {
      setServerErrors(form, e);
      void message.error(errorMessage(e));
    },
  });
  const options = (titles.data?.items ?? [])
    .filter((x) => x.subjectType === subject)
    .map((x) => ({ value: x.code, label: x.label }));

  return (
    <Modal
      open
      title={registration ? t.editTitle : `${t.createTitle} — ${year}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={et.common.save}
      cancelText={et.common.cancel}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          registration
            ? {
                subjectType: registration.subjectType,
                titleCode: registration.titleCode,
                note: registration.note ?? '',
              }
            : { subjectType: 'collective' }
        }
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.subjectType) form.setFieldValue('titleCode', undefined);
        }}
      >
        <Form.Item name="subjectType" label={t.subjectType}>
          <Radio.Group
            disabled={Boolean(registration)}
            options={[
              { value: 'collective', label: 'Tập thể' },
              { value: 'individual', label: 'Cá nhân' },
            ]}
          />
        </Form.Item>
        {registration ? (
          <Form.Item label={t.subject}>
            <Input
              disabled
              value={registration.person?.fullName ?? registration.orgUnit?.name ?? registration.unit.name}
            />
          </Form.Item>
        ) : subject === 'collective' ? (
          <Form.Item
            name="orgUnitId"
            label={t.collectiveUnit}
            rules={[{ required: true, message: et.common.requiredSelect('đơn vị') }]}
          >
            <UnitSelect style={{ width: '100%' }} />
          </Form.Item>
        ) : (
          <Form.Item
            name="personId"
            label={t.person}
            rules={[{ required: true, message: et.common.requiredSelect('cá nhân') }]}
          >
            <PersonSelect style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item
          name="titleCode"
          label={t.titleCode}
          rules={[{ required: true, message: et.common.requiredSelect('danh hiệu') }]}
        >
          <Select options={options} loading={titles.isLoading} />
        </Form.Item>
        <Form.Item name="note" label={t.note}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
