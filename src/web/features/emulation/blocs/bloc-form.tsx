import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Radio } from 'antd';
import { BLOC_KIND_LABELS, BLOC_KINDS, type BlocKind } from '../../../../domain/emulation/bloc';
import { api, errorMessage, setServerErrors } from '../../../lib/api';
import { UnitSelect } from '../../org/unit-select';
import { type BlocDetail, emulationKeys } from '../emulation.api';
import { et } from '../emulation.messages';
import { UnitMultiSelect } from '../shared/unit-multi-select';

const t = et.blocs;

interface Values {
  kind: BlocKind;
  name: string;
  organiserUnitId: string;
  rotationOrder: string[];
  note?: string;
}

/** Create or edit a bloc or cluster: kind, name, organiser, the agreed rotation order. */
export function BlocFormModal({
  bloc,
  onClose,
  onSaved,
}: {
  bloc?: BlocDetail;
  onClose: () => void;
  onSaved?: (b: BlocDetail) => void;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        kind: v.kind,
        name: v.name.trim(),
        organiserUnitId: v.organiserUnitId,
        rotationOrder: v.rotationOrder ?? [],
        note: v.note?.trim() ? v.note.trim() : null,
      };
      return bloc
        ? api.patch<BlocDetail>(`/api/emulation/blocs/${bloc.id}`, { ...body, version: bloc.version })
        : api.post<BlocDetail>('/api/emulation/blocs', body);
    },
    onSuccess: async (b) => {
      void message.success(bloc ? et.common.saved : et.common.created);
      await client.invalidateQueries({ queryKey: emulationKeys.all });
      onSaved?.(b);
      onClose();
    },
    onError: (e) => {
      setServerErrors(form, e);
      void message.error(errorMessage(e));
    },
  });
  return (
    <Modal
      open
      title={bloc ? t.editTitle : t.createTitle}
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
          bloc
            ? {
                kind: bloc.kind,
                name: bloc.name,
                organiserUnitId: bloc.organiserUnit.id,
                rotationOrder: bloc.rotationOrder.map((u) => u.id),
                note: bloc.note ?? '',
              }
            : { kind: 'bloc', rotationOrder: [] }
        }
      >
        <Form.Item name="kind" label={t.kind}>
          <Radio.Group options={BLOC_KINDS.map((k) => ({ value: k, label: BLOC_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t.name}
          rules={[{ required: true, whitespace: true, message: et.common.required('tên cụm, khối') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="organiserUnitId"
          label={t.organiser}
          rules={[{ required: true, message: et.common.requiredSelect('đơn vị tổ chức') }]}
        >
          <UnitSelect initialLabel={bloc?.organiserUnit.name} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="rotationOrder" label={t.rotation} extra={t.rotationHint}>
          <UnitMultiSelect known={bloc?.rotationOrder} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t.note}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
