import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  MOVEMENT_KIND_LABELS,
  MOVEMENT_KINDS,
  MOVEMENT_LEVEL_LABELS,
  MOVEMENT_LEVELS,
  type MovementKind,
  type MovementLevel,
  movementYears,
  openFlagPaths,
} from '../../../../domain/emulation/movement';
import { api, errorMessage, setServerErrors } from '../../../lib/api';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/dates';
import { UnitSelect } from '../../org/unit-select';
import { PersonSelect } from '../../people/person-select';
import { emulationKeys, type MovementDetail } from '../emulation.api';
import { et } from '../emulation.messages';
import { UnitMultiSelect } from '../shared/unit-multi-select';

const t = et.movements;

interface Values {
  name: string;
  level: MovementLevel;
  kind: MovementKind;
  launcherUnitId: string;
  launcherPersonId?: string | null;
  startDate: Dayjs | null;
  endDate: Dayjs | null;
  theme?: string;
  slogan?: string;
  objectives?: string;
  criteria?: string;
  participants?: string;
  scopeUnitIds: string[];
}

const blank = (s: string | undefined) => (s && s.trim() ? s.trim() : null);

/** Create or edit a movement; shows which flag paths the chosen duration opens. */
export function MovementFormModal({
  movement,
  open,
  onClose,
  onSaved,
}: {
  movement?: MovementDetail;
  open: boolean;
  onClose: () => void;
  onSaved?: (m: MovementDetail) => void;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body = {
        name: v.name.trim(),
        level: v.level,
        kind: v.kind,
        launcherUnitId: v.launcherUnitId,
        launcherPersonId: v.launcherPersonId ?? null,
        startDate: toIsoDate(v.startDate),
        endDate: toIsoDate(v.endDate),
        theme: blank(v.theme),
        slogan: blank(v.slogan),
        objectives: blank(v.objectives),
        criteria: blank(v.criteria),
        participants: blank(v.participants),
        scopeUnitIds: v.scopeUnitIds ?? [],
      };
      return movement
        ? api.patch<MovementDetail>(`/api/emulation/movements/${movement.id}`, {
            ...body,
            version: movement.version,
          })
        : api.post<MovementDetail>('/api/emulation/movements', body);
    },
    onSuccess: async (saved) => {
      void message.success(movement ? et.common.saved : et.common.created);
      await client.invalidateQueries({ queryKey: emulationKeys.all });
      onSaved?.(saved);
      onClose();
    },
    onError: (e) => {
      setServerErrors(form, e);
      void message.error(errorMessage(e));
    },
  });
  const kind = Form.useWatch('kind', form);
  const level = Form.useWatch('level', form);
  const start = Form.useWatch('startDate', form);
  const end = Form.useWatch('endDate', form);
  const years = start && end ? movementYears(toIsoDate(start)!, toIsoDate(end)!) : 0;
  const paths = kind && start && end ? openFlagPaths(kind, years, level) : [];

  return (
    <Modal
      open={open}
      title={movement ? t.editTitle : t.createTitle}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={et.common.save}
      cancelText={et.common.cancel}
      confirmLoading={save.isPending}
      width={860}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={
          movement
            ? {
                ...movement,
                launcherUnitId: movement.launcherUnit.id,
                launcherPersonId: movement.launcherPerson?.id ?? null,
                startDate: fromIsoDate(movement.startDate),
                endDate: fromIsoDate(movement.endDate),
                theme: movement.theme ?? '',
                slogan: movement.slogan ?? '',
                objectives: movement.objectives ?? '',
                criteria: movement.criteria ?? '',
                participants: movement.participants ?? '',
                scopeUnitIds: movement.scopeUnits.map((u) => u.id),
              }
            : { level: 'province', kind: 'thematic', scopeUnitIds: [] }
        }
      >
        <Form.Item
          name="name"
          label={t.name}
          rules={[{ required: true, whitespace: true, message: et.common.required('tên phong trào') }]}
        >
          <Input maxLength={500} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="level" label={t.level} rules={[{ required: true }]}>
              <Select options={MOVEMENT_LEVELS.map((l) => ({ value: l, label: MOVEMENT_LEVEL_LABELS[l] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t.kind} rules={[{ required: true }]}>
              <Select options={MOVEMENT_KINDS.map((k) => ({ value: k, label: MOVEMENT_KIND_LABELS[k] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="launcherUnitId"
              label={t.launcherUnit}
              rules={[{ required: true, message: et.common.requiredSelect('đơn vị phát động') }]}
            >
              <UnitSelect initialLabel={movement?.launcherUnit.name} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="launcherPersonId" label={t.launcherPerson}>
              <PersonSelect initialLabel={movement?.launcherPerson?.fullName} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="startDate"
              label={t.startDate}
              rules={[{ required: true, message: et.common.requiredSelect('ngày bắt đầu') }]}
            >
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="endDate"
              label={t.endDate}
              dependencies={['startDate']}
              rules={[
                { required: true, message: et.common.requiredSelect('ngày kết thúc') },
                ({ getFieldValue }) => ({
                  validator: (_, v: Dayjs | null) => {
                    const s = getFieldValue('startDate') as Dayjs | null;
                    return v && s && v.isBefore(s, 'day')
                      ? Promise.reject(new Error(t.endBeforeStart))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        {start && end && (
          <Alert
            style={{ marginBottom: 16 }}
            type={paths.length ? 'success' : 'info'}
            showIcon
            title={`${t.flagPreview}: ${t.yearsValue(years)}`}
            description={
              paths.length
                ? paths.map((p) => (
                    <div key={p.title}>
                      {p.label} ({p.citation})
                    </div>
                  ))
                : t.noFlagPath
            }
          />
        )}
        <Form.Item name="theme" label={t.theme}>
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item name="slogan" label={t.slogan}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="objectives" label={t.objectives}>
          <Input.TextArea rows={3} maxLength={20_000} />
        </Form.Item>
        <Form.Item name="criteria" label={t.criteria}>
          <Input.TextArea rows={3} maxLength={20_000} />
        </Form.Item>
        <Form.Item name="participants" label={t.participants}>
          <Input maxLength={5000} />
        </Form.Item>
        <Form.Item name="scopeUnitIds" label={t.scope}>
          <UnitMultiSelect known={movement?.scopeUnits} style={{ width: '100%' }} />
        </Form.Item>
        {save.error && !(save.error as { fieldErrors?: unknown[] }).fieldErrors?.length && (
          <Typography.Text type="danger">{errorMessage(save.error)}</Typography.Text>
        )}
      </Form>
    </Modal>
  );
}
