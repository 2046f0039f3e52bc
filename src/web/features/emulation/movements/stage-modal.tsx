import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  MOVEMENT_STAGE_LABELS,
  MOVEMENT_STAGES,
  type MovementStage,
} from '../../../../domain/emulation/movement';
import { api, errorMessage, setServerErrors } from '../../../lib/api';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/dates';
import type { Stage } from '../emulation.api';
import { et } from '../emulation.messages';

const t = et.movements;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Values {
  stage: MovementStage;
  date: Dayjs | null;
  report?: string;
  awardIds?: string;
}

const idsOf = (text: string | undefined) =>
  (text ?? '')
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Record or edit a stage (launch, sơ kết, tổng kết) with its report and the awards given there. */
export function StageModal({
  movementId,
  stage,
  open,
  onClose,
  onSaved,
}: {
  movementId: string;
  stage?: Stage;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        date: toIsoDate(v.date),
        report: v.report?.trim() ? v.report.trim() : null,
        awardRecordIds: idsOf(v.awardIds),
      };
      return stage
        ? api.patch(`/api/emulation/movements/${movementId}/stages/${stage.id}`, {
            ...body,
            version: stage.version,
          })
        : api.post(`/api/emulation/movements/${movementId}/stages`, { ...body, stage: v.stage });
    },
    onSuccess: () => {
      void message.success(t.stageSaved);
      onSaved();
      onClose();
    },
    onError: (e) => {
      setServerErrors(form, e);
      void message.error(errorMessage(e));
    },
  });
  return (
    <Modal
      open={open}
      title={stage ? `${et.common.edit}: ${stage.stageLabel}` : t.addStage}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={et.common.save}
      cancelText={et.common.cancel}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          stage
            ? {
                stage: stage.stage,
                date: fromIsoDate(stage.date),
                report: stage.report ?? '',
                awardIds: stage.awardRecordIds.join('\n'),
              }
            : { stage: 'launch' }
        }
      >
        <Form.Item name="stage" label={t.stage} rules={[{ required: true }]}>
          <Select
            disabled={Boolean(stage)}
            options={MOVEMENT_STAGES.map((s) => ({ value: s, label: MOVEMENT_STAGE_LABELS[s] }))}
          />
        </Form.Item>
        <Form.Item
          name="date"
          label={t.stageDate}
          rules={[{ required: true, message: et.common.requiredSelect('ngày') }]}
        >
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="report" label={t.report}>
          <Input.TextArea rows={6} maxLength={50_000} />
        </Form.Item>
        <Form.Item
          name="awardIds"
          label={t.awards}
          extra={t.awardIdsHint}
          rules={[
            {
              validator: (_, v: string | undefined) =>
                idsOf(v).every((id) => UUID.test(id))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t.badAwardId)),
            },
          ]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
