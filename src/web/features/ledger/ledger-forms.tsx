import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  type FormInstance,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { catalogueEntry } from '../../../domain/awards/catalogue';
import {
  LEDGER_FIRST_YEAR,
  PENDING_CASE_KIND_LABELS,
  PENDING_CASE_KINDS,
} from '../../../domain/awards/ledger';
import {
  COMMENDATION_TYPE_LABELS,
  COMMENDATION_TYPES,
  DISCIPLINE_FORM_LABELS,
  DISCIPLINE_FORMS,
  RATING_LABELS,
  RATINGS,
  type SubjectType,
} from '../../../domain/awards/types';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { currentYear, DATE_FORMAT, fromIsoDate, isAfterToday, toIsoDate, todayPicker } from '../../lib/dates';
import { m } from '../../lib/messages';
import { AwardSelect } from '../catalogue/award-select';
import type { AchievementFile, Award, Discipline, Maternity, PendingCase, RatingRecord } from './ledger.api';

/** Everything that depends on the ledger: the files, the registers and every eligibility answer. */
export function useInvalidateLedger() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['ledger'] }),
      client.invalidateQueries({ queryKey: ['eligibility'] }),
    ]);
}

export const lastYear = () => currentYear() + 1;

const blank = (v: string | null | undefined) => (v?.trim() ? v.trim() : null);

const selectOptions = <T extends string>(codes: readonly T[], labels: Record<T, string>) =>
  codes.map((c) => ({ value: c, label: labels[c] }));

export const RATING_OPTIONS = RATINGS.map((r) => ({ value: r, label: `${r} — ${RATING_LABELS[r]}` }));
export const COMMENDATION_TYPE_OPTIONS = selectOptions(COMMENDATION_TYPES, COMMENDATION_TYPE_LABELS);
export const DISCIPLINE_FORM_OPTIONS = selectOptions(DISCIPLINE_FORMS, DISCIPLINE_FORM_LABELS);
const PENDING_KIND_OPTIONS = selectOptions(PENDING_CASE_KINDS, PENDING_CASE_KIND_LABELS);

/** A date picker in dd/mm/yyyy whose accessible name is its label. */
export function DateInput({
  label,
  ...rest
}: {
  label: string;
  value?: Dayjs | null;
  onChange?: (v: Dayjs | null) => void;
  id?: string;
}) {
  return (
    <DatePicker
      {...rest}
      format={DATE_FORMAT}
      placeholder={m.common.datePlaceholder}
      aria-label={label}
      style={{ width: 170 }}
    />
  );
}

const requiredDate = (label: string) => [{ required: true, message: m.common.requiredSelect(label) }];
const notFuture = {
  validator: (_: unknown, v: Dayjs | null | undefined) =>
    isAfterToday(v) ? Promise.reject(new Error(m.ledger.futureDate)) : Promise.resolve(),
};
/** `to` must not precede the field `fromName`. */
const afterField = (fromName: string) => (form: { getFieldValue: (name: string) => unknown }) => ({
  validator: (_: unknown, v: Dayjs | null | undefined) => {
    const from = form.getFieldValue(fromName) as Dayjs | null | undefined;
    return v && from && v.isBefore(from, 'day')
      ? Promise.reject(new Error(m.ledger.endBeforeStart))
      : Promise.resolve();
  },
});
const yearRule = {
  validator: (_: unknown, v: number | null | undefined) =>
    v === null || v === undefined || (v >= LEDGER_FIRST_YEAR && v <= lastYear())
      ? Promise.resolve()
      : Promise.reject(new Error(m.ledger.yearRange(LEDGER_FIRST_YEAR, lastYear()))),
};

/** A modal holding one form: submit → mutation; server field errors on the fields, others above. */
function FormModal<V extends object>({
  open,
  title,
  form,
  onClose,
  save,
  initialValues,
  children,
  okText,
  danger,
}: {
  open: boolean;
  title: string;
  form: FormInstance<V>;
  onClose: () => void;
  save: { mutate: (v: V) => void; isPending: boolean; error: unknown };
  initialValues?: Partial<V>;
  children: React.ReactNode;
  okText?: string;
  danger?: boolean;
}) {
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? m.common.save}
      okButtonProps={{ danger }}
      cancelText={m.common.cancel}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      {save.error ? (
        <Alert type="error" showIcon title={errorMessage(save.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<V>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => save.mutate(v)}
        preserve={false}
      >
        {children}
      </Form>
    </Modal>
  );
}

/** A mutation that refreshes the ledger, says so and closes; server field errors land on `form`. */
function useSave<V, R>(form: FormInstance<V>, fn: (v: V) => Promise<R>, done: string, onClose: () => void) {
  const { message } = App.useApp();
  const invalidate = useInvalidateLedger();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      void message.success(done);
      await invalidate();
      onClose();
    },
    onError: (error) => setServerErrors(form, error),
  });
}

// ------------------------------------------------------------------------------------------ awards

interface AwardValues {
  awardCode: string;
  evaluationYear?: number | null;
  periodFrom?: Dayjs | null;
  periodTo?: Dayjs | null;
  commendationType: string;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  decisionAuthority?: string;
  achievementSummary?: string;
  moneyAmount?: number | null;
  initiativeIds?: string[];
}

function awardBody(v: AwardValues) {
  return {
    awardCode: v.awardCode,
    evaluationYear: v.evaluationYear ?? null,
    periodFrom: toIsoDate(v.periodFrom),
    periodTo: toIsoDate(v.periodTo),
    commendationType: v.commendationType,
    decisionNumber: blank(v.decisionNumber),
    decisionDate: toIsoDate(v.decisionDate),
    decisionAuthority: blank(v.decisionAuthority),
    achievementSummary: blank(v.achievementSummary),
    moneyAmount: v.moneyAmount ?? null,
    initiativeIds: v.initiativeIds ?? [],
  };
}

export function AwardModal({
  open,
  file,
  award,
  onClose,
}: {
  open: boolean;
  file: AchievementFile;
  award?: Award;
  onClose: () => void;
}) {
  const [form] = Form.useForm<AwardValues>();
  const subject = file.subject;
  const save = useSave(
    form,
    (v: AwardValues) =>
      award
        ? api.patch<Award>(`/api/awards/${award.id}`, { ...awardBody(v), version: award.version })
        : api.post<Award>('/api/awards', {
            subjectType: subject.type,
            subjectId: subject.id,
            ...awardBody(v),
          }),
    award ? m.common.saved : m.common.created,
    onClose,
  );
  const code = Form.useWatch('awardCode', form);
  const isTitle = catalogueEntry(code ?? '')?.group === 'emulation_title';
  const initiativeOptions = file.initiatives
    .filter((i) => !i.usedByAward || i.usedByAward.id === award?.id)
    .map((i) => ({ value: i.id, label: `${i.title} (${i.scopeLabel})` }));
  const initial: Partial<AwardValues> = award
    ? {
        awardCode: award.awardCode,
        evaluationYear: award.evaluationYear,
        periodFrom: fromIsoDate(award.periodFrom),
        periodTo: fromIsoDate(award.periodTo),
        commendationType: award.commendationType,
        decisionNumber: award.decisionNumber ?? '',
        decisionDate: fromIsoDate(award.decisionDate),
        decisionAuthority: award.decisionAuthority ?? '',
        achievementSummary: award.achievementSummary ?? '',
        moneyAmount: award.moneyAmount,
        initiativeIds: award.initiatives.map((i) => i.id),
      }
    : { commendationType: 'cong_trang', evaluationYear: currentYear() - 1 };
  return (
    <FormModal
      open={open}
      title={award ? m.ledger.awardTitleEdit : m.ledger.awardTitleCreate}
      form={form}
      onClose={onClose}
      save={save}
      initialValues={initial}
    >
      <Form.Item
        name="awardCode"
        label={m.ledger.award}
        rules={[{ required: true, message: m.common.requiredSelect(m.ledger.award) }]}
      >
        <AwardSelect subjectType={subject.type} aria-label={m.ledger.award} />
      </Form.Item>
      <Space wrap size="middle" style={{ display: 'flex' }}>
        <Form.Item
          name="evaluationYear"
          label={m.ledger.evaluationYear}
          rules={[
            ...(isTitle ? [{ required: true, message: m.common.required(m.ledger.evaluationYear) }] : []),
            yearRule,
          ]}
          tooltip={m.ledger.evaluationYearHint}
        >
          <InputNumber aria-label={m.ledger.evaluationYear} style={{ width: 120 }} controls={false} />
        </Form.Item>
        <Form.Item name="commendationType" label={m.ledger.commendationType}>
          <Select
            options={COMMENDATION_TYPE_OPTIONS}
            style={{ width: 280 }}
            aria-label={m.ledger.commendationType}
          />
        </Form.Item>
      </Space>
      <Space wrap size="middle" style={{ display: 'flex' }}>
        <Form.Item
          name="decisionNumber"
          label={m.ledger.decisionNumber}
          rules={[{ max: 100, message: m.common.tooLong(100) }]}
        >
          <Input autoComplete="off" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="decisionDate" label={m.ledger.decisionDate} rules={[notFuture]}>
          <DateInput label={m.ledger.decisionDate} />
        </Form.Item>
      </Space>
      <Form.Item
        name="decisionAuthority"
        label={m.ledger.decisionAuthority}
        rules={[{ max: 300, message: m.common.tooLong(300) }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Space wrap size="middle" style={{ display: 'flex' }}>
        <Form.Item name="periodFrom" label={m.ledger.periodFrom}>
          <DateInput label={m.ledger.periodFrom} />
        </Form.Item>
        <Form.Item
          name="periodTo"
          label={m.ledger.periodTo}
          dependencies={['periodFrom']}
          rules={[afterField('periodFrom')]}
        >
          <DateInput label={m.ledger.periodTo} />
        </Form.Item>
        <Form.Item name="moneyAmount" label={m.ledger.moneyAmount}>
          <InputNumber<number>
            aria-label={m.ledger.moneyAmount}
            min={0}
            step={10000}
            style={{ width: 180 }}
            formatter={(v) =>
              v === undefined || v === null || `${v}` === ''
                ? ''
                : `${v}`.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
            }
            parser={(v) => Number((v ?? '').replace(/\./g, '')) || 0}
          />
        </Form.Item>
      </Space>
      {initiativeOptions.length > 0 && (
        <Form.Item name="initiativeIds" label={m.ledger.initiativesUsed} extra={m.ledger.initiativesUsedHint}>
          <Select mode="multiple" options={initiativeOptions} aria-label={m.ledger.initiativesUsed} />
        </Form.Item>
      )}
      <Form.Item
        name="achievementSummary"
        label={m.ledger.achievementSummary}
        rules={[{ max: 4000, message: m.common.tooLong(4000) }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

interface RevokeValues {
  reason: string;
  revokedOn: Dayjs | null;
}

export function RevokeAwardModal({ award, onClose }: { award: Award | null; onClose: () => void }) {
  const [form] = Form.useForm<RevokeValues>();
  const save = useSave(
    form,
    (v: RevokeValues) =>
      api.post(`/api/awards/${award?.id}/revoke`, {
        reason: v.reason.trim(),
        revokedOn: toIsoDate(v.revokedOn),
        version: award?.version,
      }),
    m.ledger.revoked,
    onClose,
  );
  return (
    <FormModal
      open={award !== null}
      title={award ? `${m.ledger.revokeTitle}: ${award.awardName}` : m.ledger.revokeTitle}
      form={form}
      onClose={onClose}
      save={save}
      okText={m.ledger.revoke}
      danger
      initialValues={{ revokedOn: todayPicker() }}
    >
      <Alert type="warning" showIcon title={m.ledger.revokeHint} style={{ marginBottom: 16 }} />
      <Form.Item
        name="reason"
        label={m.ledger.revokeReason}
        rules={[
          { required: true, whitespace: true, message: m.common.required(m.ledger.revokeReason) },
          { max: 1000, message: m.common.tooLong(1000) },
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item
        name="revokedOn"
        label={m.ledger.revokedOn}
        rules={[...requiredDate(m.ledger.revokedOn), notFuture]}
      >
        <DateInput label={m.ledger.revokedOn} />
      </Form.Item>
    </FormModal>
  );
}

// ------------------------------------------------------------------------------------------ ratings

interface RatingValues {
  year: number;
  rating: string;
  note?: string;
}

export function RatingModal({
  open,
  subject,
  rating,
  onClose,
}: {
  open: boolean;
  subject: { type: SubjectType; id: string };
  rating?: RatingRecord;
  onClose: () => void;
}) {
  const [form] = Form.useForm<RatingValues>();
  const save = useSave(
    form,
    (v: RatingValues) =>
      api.post('/api/ratings', {
        subjectType: subject.type,
        subjectId: subject.id,
        year: v.year,
        rating: v.rating,
        note: blank(v.note),
      }),
    rating ? m.common.saved : m.common.created,
    onClose,
  );
  return (
    <FormModal
      open={open}
      title={rating ? m.ledger.ratingTitleEdit : m.ledger.ratingTitleCreate}
      form={form}
      onClose={onClose}
      save={save}
      initialValues={
        rating
          ? { year: rating.year, rating: rating.rating, note: rating.note ?? '' }
          : { year: currentYear() - 1 }
      }
    >
      <Alert type="info" showIcon title={m.ledger.ratingHint} style={{ marginBottom: 16 }} />
      <Space wrap size="middle" style={{ display: 'flex' }}>
        <Form.Item
          name="year"
          label={m.ledger.year}
          rules={[{ required: true, message: m.common.required(m.ledger.year) }, yearRule]}
        >
          <InputNumber
            aria-label={m.ledger.year}
            style={{ width: 120 }}
            controls={false}
            disabled={!!rating}
          />
        </Form.Item>
        <Form.Item
          name="rating"
          label={m.ledger.rating}
          rules={[{ required: true, message: m.common.requiredSelect(m.ledger.rating) }]}
        >
          <Select options={RATING_OPTIONS} style={{ width: 340 }} aria-label={m.ledger.rating} />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={m.ledger.note} rules={[{ max: 1000, message: m.common.tooLong(1000) }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

// -------------------------------------------------------------------------------------- disciplines

interface DisciplineValues {
  form: string;
  fromDate: Dayjs | null;
  toDate?: Dayjs | null;
  decisionNumber?: string;
  note?: string;
}

export function DisciplineModal({
  open,
  personId,
  discipline,
  onClose,
}: {
  open: boolean;
  personId: string;
  discipline?: Discipline;
  onClose: () => void;
}) {
  const [form] = Form.useForm<DisciplineValues>();
  const save = useSave(
    form,
    (v: DisciplineValues) => {
      const body = {
        form: v.form,
        fromDate: toIsoDate(v.fromDate),
        toDate: toIsoDate(v.toDate),
        decisionNumber: blank(v.decisionNumber),
        note: blank(v.note),
      };
      return discipline
        ? api.patch(`/api/disciplines/${discipline.id}`, body)
        : api.post('/api/disciplines', { personId, ...body });
    },
    discipline ? m.common.saved : m.common.created,
    onClose,
  );
  return (
    <FormModal
      open={open}
      title={discipline ? m.ledger.disciplineTitleEdit : m.ledger.disciplineTitleCreate}
      form={form}
      onClose={onClose}
      save={save}
      initialValues={
        discipline
          ? {
              form: discipline.form,
              fromDate: fromIsoDate(discipline.fromDate),
              toDate: fromIsoDate(discipline.toDate),
              decisionNumber: discipline.decisionNumber ?? '',
              note: discipline.note ?? '',
            }
          : {}
      }
    >
      <Form.Item
        name="form"
        label={m.ledger.disciplineForm}
        rules={[{ required: true, message: m.common.requiredSelect(m.ledger.disciplineForm) }]}
      >
        <Select
          options={DISCIPLINE_FORM_OPTIONS}
          aria-label={m.ledger.disciplineForm}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Space wrap size="middle" style={{ display: 'flex' }}>
        <Form.Item
          name="fromDate"
          label={m.ledger.disciplineFrom}
          rules={requiredDate(m.ledger.disciplineFrom)}
        >
          <DateInput label={m.ledger.disciplineFrom} />
        </Form.Item>
        <Form.Item
          name="toDate"
          label={m.ledger.disciplineTo}
          extra={m.ledger.disciplineToHint}
          dependencies={['fromDate']}
          rules={[afterField('fromDate')]}
        >
          <DateInput label={m.ledger.disciplineTo} />
        </Form.Item>
      </Space>
      <Form.Item
        name="decisionNumber"
        label={m.ledger.decisionNumber}
        rules={[{ max: 100, message: m.common.tooLong(100) }]}
      >
        <Input autoComplete="off" style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="note" label={m.ledger.note} rules={[{ max: 2000, message: m.common.tooLong(2000) }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

// ------------------------------------------------------------------------------------ pending cases

interface PendingValues {
  kind: string;
  openedOn: Dayjs | null;
  closedOn?: Dayjs | null;
  note?: string;
}

export function PendingCaseModal({
  open,
  subject,
  pendingCase,
  closing,
  onClose,
}: {
  open: boolean;
  subject: { type: SubjectType; id: string };
  pendingCase?: PendingCase;
  /** Only ask for the closing date (and a note). */
  closing?: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<PendingValues>();
  const save = useSave(
    form,
    (v: PendingValues) => {
      if (closing && pendingCase)
        return api.post(`/api/pending-cases/${pendingCase.id}/close`, {
          closedOn: toIsoDate(v.closedOn),
          note: blank(v.note),
        });
      const body = {
        kind: v.kind,
        openedOn: toIsoDate(v.openedOn),
        closedOn: toIsoDate(v.closedOn),
        note: blank(v.note),
      };
      return pendingCase
        ? api.patch(`/api/pending-cases/${pendingCase.id}`, body)
        : api.post('/api/pending-cases', { subjectType: subject.type, subjectId: subject.id, ...body });
    },
    closing ? m.ledger.closed : pendingCase ? m.common.saved : m.common.created,
    onClose,
  );
  const title = closing
    ? m.ledger.closeTitle
    : pendingCase
      ? m.ledger.pendingTitleEdit
      : m.ledger.pendingTitleCreate;
  return (
    <FormModal
      open={open}
      title={title}
      form={form}
      onClose={onClose}
      save={save}
      initialValues={
        pendingCase
          ? {
              kind: pendingCase.kind,
              openedOn: fromIsoDate(pendingCase.openedOn),
              closedOn: closing ? todayPicker() : fromIsoDate(pendingCase.closedOn),
              note: pendingCase.note ?? '',
            }
          : { openedOn: todayPicker() }
      }
    >
      {!closing && (
        <>
          <Form.Item
            name="kind"
            label={m.ledger.pendingKind}
            rules={[{ required: true, message: m.common.requiredSelect(m.ledger.pendingKind) }]}
          >
            <Select options={PENDING_KIND_OPTIONS} aria-label={m.ledger.pendingKind} />
          </Form.Item>
          <Form.Item
            name="openedOn"
            label={m.ledger.openedOn}
            rules={[...requiredDate(m.ledger.openedOn), notFuture]}
          >
            <DateInput label={m.ledger.openedOn} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="closedOn"
        label={m.ledger.closedOn}
        extra={closing ? undefined : m.ledger.closedOnHint}
        dependencies={['openedOn']}
        rules={[...(closing ? requiredDate(m.ledger.closedOn) : []), afterField('openedOn'), notFuture]}
      >
        <DateInput label={m.ledger.closedOn} />
      </Form.Item>
      <Form.Item name="note" label={m.ledger.note} rules={[{ max: 2000, message: m.common.tooLong(2000) }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

// ---------------------------------------------------------------------------------- maternity leave

interface MaternityValues {
  fromDate: Dayjs | null;
  toDate: Dayjs | null;
  note?: string;
}

export function MaternityModal({
  open,
  personId,
  leave,
  onClose,
}: {
  open: boolean;
  personId: string;
  leave?: Maternity;
  onClose: () => void;
}) {
  const [form] = Form.useForm<MaternityValues>();
  const save = useSave(
    form,
    (v: MaternityValues) => {
      const body = { fromDate: toIsoDate(v.fromDate), toDate: toIsoDate(v.toDate), note: blank(v.note) };
      return leave
        ? api.patch(`/api/maternity-leaves/${leave.id}`, body)
        : api.post('/api/maternity-leaves', { personId, ...body });
    },
    leave ? m.common.saved : m.common.created,
    onClose,
  );
  return (
    <FormModal
      open={open}
      title={leave ? m.ledger.maternityTitleEdit : m.ledger.maternityTitleCreate}
      form={form}
      onClose={onClose}
      save={save}
      initialValues={
        leave
          ? {
              fromDate: fromIsoDate(leave.fromDate),
              toDate: fromIsoDate(leave.toDate),
              note: leave.note ?? '',
            }
          : {}
      }
    >
      <Alert type="info" showIcon title={m.ledger.maternityHint} style={{ marginBottom: 16 }} />
      <Space wrap size="middle" style={{ display: 'flex' }}>
        <Form.Item
          name="fromDate"
          label={m.ledger.maternityFrom}
          rules={requiredDate(m.ledger.maternityFrom)}
        >
          <DateInput label={m.ledger.maternityFrom} />
        </Form.Item>
        <Form.Item
          name="toDate"
          label={m.ledger.maternityTo}
          dependencies={['fromDate']}
          rules={[...requiredDate(m.ledger.maternityTo), afterField('fromDate')]}
        >
          <DateInput label={m.ledger.maternityTo} />
        </Form.Item>
      </Space>
      <Form.Item name="note" label={m.ledger.note} rules={[{ max: 1000, message: m.common.tooLong(1000) }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
