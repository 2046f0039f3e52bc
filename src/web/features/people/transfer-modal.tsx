import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { DATE_FORMAT, toIsoDate, todayPicker } from '../../lib/dates';
import { m } from '../../lib/messages';
import { UnitSelect } from '../org/unit-select';
import { peopleKeys, type PersonDetail } from './people.api';

interface Values {
  unitId: string | null;
  position?: string;
  fromDate: Dayjs | null;
}

/** Moves a person to another unit from a date; the server closes the current membership. */
export function TransferModal({
  person,
  open,
  onClose,
}: {
  person: PersonDetail;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const client = useQueryClient();
  const transfer = useMutation({
    mutationFn: (v: Values) =>
      api.post(`/api/people/${person.id}/transfer`, {
        unitId: v.unitId,
        position: v.position?.trim() || null,
        fromDate: toIsoDate(v.fromDate),
        version: person.version,
      }),
    onSuccess: async () => {
      void message.success(m.people.transferred);
      await client.invalidateQueries({ queryKey: peopleKeys.all });
      onClose();
    },
    onError: (error) => setServerErrors(form, error),
  });
  return (
    <Modal
      open={open}
      title={`${m.people.transferTitle}: ${person.fullName}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={m.people.transfer}
      cancelText={m.common.cancel}
      confirmLoading={transfer.isPending}
      destroyOnHidden
    >
      {transfer.error && (
        <Alert type="error" showIcon title={errorMessage(transfer.error)} style={{ marginBottom: 16 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ position: person.position ?? '', fromDate: todayPicker() }}
        onFinish={(v) => transfer.mutate(v)}
      >
        <Form.Item
          name="unitId"
          label={m.people.newUnit}
          rules={[{ required: true, message: m.common.requiredSelect(m.people.newUnit) }]}
        >
          <UnitSelect aria-label={m.people.newUnit} />
        </Form.Item>
        <Form.Item
          name="position"
          label={m.people.newPosition}
          rules={[{ max: 200, message: m.common.tooLong(200) }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="fromDate"
          label={m.people.fromDate}
          rules={[{ required: true, message: m.common.requiredSelect(m.people.fromDate) }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder={m.common.datePlaceholder}
            aria-label={m.people.fromDate}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
