import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { catalogueEntry } from '../../../domain/awards/catalogue';
import { SUBJECT_TYPE_LABELS, SUBJECT_TYPES, type SubjectType } from '../../../domain/awards/types';
import { PageHeader } from '../../app/page-header';
import { useAuth } from '../../app/auth';
import { api, errorMessage, setServerErrors } from '../../lib/api';
import { currentYear, toIsoDate, todayPicker } from '../../lib/dates';
import { m } from '../../lib/messages';
import { AwardSelect } from '../catalogue/award-select';
import {
  computeRewardMoney,
  formatCoefficient,
  formatDong,
  type RewardMoney,
} from '../catalogue/catalogue.api';
import { ConfidenceTag } from '../catalogue/confidence-tag';
import { describeRecord, recordIndex } from '../ledger/records';
import { getAchievementFile, type AchievementFile } from '../ledger/ledger.api';
import { DateInput } from '../ledger/ledger-forms';
import type { PersonDetail } from '../people/people.api';
import { PersonSelect } from '../people/person-select';
import { CheckList, StatusIcon, VerdictTag } from './check-list';
import type { EvaluateResult } from './eligibility.api';
import { EMPTY_FACTS, factsBody, factsFromFile, isoDate, type FactsValues } from './facts';
import { FactsEditor } from './facts-editor';

interface Values {
  target: string | null;
  subjectType: SubjectType;
  evaluationYear: number;
  receivedOn: Dayjs | null;
  judgedOn: Dayjs | null;
  settings: { evaluationCalendar: 'calendar_year' | 'school_year'; enableRs2026DraftCriteria: boolean };
  facts: FactsValues;
}

const SUBJECT_OPTIONS = SUBJECT_TYPES.map((s) => ({ value: s, label: SUBJECT_TYPE_LABELS[s] }));

/** law-reference §2.2 worked example: CSTĐ cơ sở three years running and a province-level initiative. */
function exampleValues(): Partial<Values> {
  return {
    target: 'cstd_bo_tinh',
    subjectType: 'individual',
    evaluationYear: 2025,
    receivedOn: dayjs('2026-03-02'),
    facts: {
      ...EMPTY_FACTS,
      ratings: [2023, 2024, 2025].map((year) => ({ year, rating: 'HTXS' as const })),
      awards: [2023, 2024, 2025].map((year) => ({ code: 'cstd_co_so', year, type: 'cong_trang' as const })),
      initiatives: [
        { id: 'SK-2025-01', scope: 'bo_tinh', recognizedOn: dayjs('2025-11-20'), usedByAward: null },
      ],
      recruitedOn: dayjs('2015-09-01'),
    },
  };
}

function ResultCard({
  result,
  error,
  recordLabel,
}: {
  result: EvaluateResult | undefined;
  error: unknown;
  recordLabel?: (id: string) => string | undefined;
}) {
  return (
    <Card size="small" title={m.simulator.result} style={{ marginBottom: 16 }}>
      {error ? (
        <Alert type="error" showIcon title={errorMessage(error)} style={{ marginBottom: 12 }} />
      ) : null}
      {!result ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.simulator.resultEmpty} />
      ) : (
        <section aria-label={m.simulator.result}>
          <Space wrap align="center" style={{ marginBottom: 8 }}>
            <VerdictTag verdict={result.verdict} large />
            <Typography.Text strong style={{ fontSize: 16 }}>
              {result.targetName}
            </Typography.Text>
          </Space>
          <div style={{ marginBottom: 8 }}>
            <Typography.Text type="secondary">
              {m.simulator.ruleSet}: <Tag color="red">{result.ruleSet}</Tag>
              {m.simulator.evaluationYear}: <Typography.Text strong>{result.evaluationYear}</Typography.Text>
              {' · '}
              {SUBJECT_TYPE_LABELS[result.subjectType]}
            </Typography.Text>
          </div>
          {result.paths && result.paths.length > 1 && (
            <div style={{ marginBottom: 8 }}>
              <Typography.Text strong>{m.eligibility.paths}:</Typography.Text>
              <ul style={{ listStyle: 'none', paddingInlineStart: 0, margin: '4px 0' }}>
                {result.paths.map((p) => (
                  <li key={p.id} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                    <StatusIcon status={p.status} /> {p.label}{' '}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      ({m.eligibility.pathKinds[p.kind]}; {p.citation})
                    </Typography.Text>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <CheckList
            checks={result.checks}
            paths={result.paths}
            transitional={result.transitional}
            recordLabel={recordLabel}
          />
        </section>
      )}
    </Card>
  );
}

interface MoneyValues {
  awardCode: string;
  subjectType: SubjectType;
  decisionDate: Dayjs | null;
}

/** Reward money for a title or form, a subject type and a decision date (POST /api/reward-money/compute). */
function MoneyCard() {
  const [form] = Form.useForm<MoneyValues>();
  const subjectType = Form.useWatch('subjectType', form) ?? 'individual';
  const compute = useMutation({
    mutationFn: (v: MoneyValues) =>
      computeRewardMoney({
        awardCode: v.awardCode,
        subjectType: v.subjectType,
        decisionDate: toIsoDate(v.decisionDate) ?? '',
      }),
    onError: (error) => setServerErrors(form, error),
  });
  const r: RewardMoney | undefined = compute.data;
  return (
    <Card size="small" title={m.simulator.moneyCard}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {m.simulator.moneyHint}
      </Typography.Paragraph>
      <Form<MoneyValues>
        form={form}
        layout="vertical"
        initialValues={{
          awardCode: 'lao_dong_tien_tien',
          subjectType: 'individual',
          decisionDate: todayPicker(),
        }}
        onFinish={(v) => compute.mutate(v)}
      >
        <Form.Item
          name="awardCode"
          label={m.ledger.award}
          rules={[{ required: true, message: m.common.requiredSelect(m.ledger.award) }]}
        >
          <AwardSelect subjectType={subjectType} aria-label={m.ledger.award} />
        </Form.Item>
        <Space wrap size="middle">
          <Form.Item name="subjectType" label={m.simulator.subjectType}>
            <Select options={SUBJECT_OPTIONS} style={{ width: 160 }} aria-label={m.simulator.subjectType} />
          </Form.Item>
          <Form.Item
            name="decisionDate"
            label={m.simulator.decisionDate}
            rules={[{ required: true, message: m.common.requiredSelect(m.simulator.decisionDate) }]}
          >
            <DateInput label={m.simulator.decisionDate} />
          </Form.Item>
          <Form.Item label=" ">
            <Button htmlType="submit" type="primary" loading={compute.isPending}>
              {m.simulator.compute}
            </Button>
          </Form.Item>
        </Space>
      </Form>
      {compute.error && !r ? <Alert type="error" showIcon title={errorMessage(compute.error)} /> : null}
      {r && (
        <section aria-label={m.simulator.amount} className="tdkt-money-result">
          <div style={{ fontSize: 22, fontWeight: 600, color: '#7f1212' }}>{formatDong(r.amount)}</div>
          <div style={{ marginBottom: 8 }}>
            <Typography.Text italic>{r.amountInWords}</Typography.Text>
          </div>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'award', label: m.ledger.award, children: r.awardName },
              {
                key: 'calc',
                label: m.simulator.coefficient,
                children: `${formatCoefficient(r.coefficient)} × ${formatDong(r.baseSalary)} = ${formatDong(r.rawAmount)}`,
              },
              {
                key: 'base',
                label: m.simulator.baseSalary,
                children: `${formatDong(r.baseSalary)} (${r.baseSalaryAct})`,
              },
              { key: 'rs', label: m.simulator.ruleSet, children: r.ruleSet },
              {
                key: 'cit',
                label: m.simulator.citation,
                children: (
                  <>
                    {r.citation} <ConfidenceTag tag={r.confidence} />
                    {!r.confirmed && <Tag color="orange">{m.simulator.unconfirmed}</Tag>}
                  </>
                ),
              },
              ...(r.note ? [{ key: 'note', label: m.catalogue.note, children: r.note }] : []),
            ]}
          />
        </section>
      )}
    </Card>
  );
}

/** /mo-phong-xet-khen: what-if over POST /api/rules/evaluate, and the reward-money calculator. */
export default function SimulatorPage() {
  const { can } = useAuth();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const subjectType = (Form.useWatch('subjectType', form) as SubjectType | undefined) ?? 'individual';
  const [file, setFile] = useState<AchievementFile | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const evaluate = useMutation({
    mutationFn: (v: Values) =>
      api.post<EvaluateResult>('/api/rules/evaluate', {
        target: v.target,
        subjectType: v.subjectType,
        evaluationYear: v.evaluationYear,
        receivedOn: isoDate(v.receivedOn),
        ...(v.judgedOn ? { judgedOn: isoDate(v.judgedOn) } : {}),
        settings: v.settings,
        facts: factsBody({ ...EMPTY_FACTS, ...v.facts }, v.subjectType),
      }),
    onError: (error) => setServerErrors(form, error),
  });
  const loadFile = useMutation({
    mutationFn: async (id: string) => {
      const [f, person] = await Promise.all([
        getAchievementFile('individual', id),
        api.get<PersonDetail>(`/api/people/${id}`),
      ]);
      return { f, person };
    },
    onSuccess: ({ f, person }) => {
      setFile(f);
      form.setFieldsValue({ subjectType: 'individual', facts: factsFromFile(f, person.recruitedOn) });
      void message.success(m.simulator.loadedFromFile(person.fullName));
    },
    onError: (error) => void message.error(errorMessage(error)),
  });
  const index = file ? recordIndex(file) : null;
  /** A record the check used: from the loaded file, else the row of the facts that carries the id. */
  const recordLabel = (id: string) => {
    const r = index?.get(id);
    if (r) return describeRecord(r).title;
    const facts = form.getFieldValue('facts') as FactsValues | undefined;
    const initiative = facts?.initiatives?.find((i) => i.id === id);
    return initiative ? `${m.simulator.initiativeLabel} ${id}` : undefined;
  };

  const initial: Values = {
    target: 'cstd_co_so',
    subjectType: 'individual',
    evaluationYear: currentYear() - 1,
    receivedOn: todayPicker(),
    judgedOn: null,
    settings: { evaluationCalendar: 'calendar_year', enableRs2026DraftCriteria: false },
    facts: EMPTY_FACTS,
  };

  return (
    <>
      <PageHeader title={m.simulator.title}>
        <Typography.Text type="secondary">{m.simulator.subtitle}</Typography.Text>
      </PageHeader>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={initial}
            onFinish={(v) => evaluate.mutate(v)}
            onValuesChange={(changed: Partial<Values>) => {
              if (changed.subjectType) {
                const target = form.getFieldValue('target') as string | null;
                if (target && !catalogueEntry(target)?.subjectTypes.includes(changed.subjectType))
                  form.setFieldValue('target', null);
              }
            }}
          >
            <Card
              size="small"
              title={m.simulator.subject}
              style={{ marginBottom: 16 }}
              extra={
                <Space>
                  <Button
                    size="small"
                    title={m.simulator.exampleHint}
                    onClick={() => {
                      setFile(null);
                      setPersonId(null);
                      form.setFieldsValue(exampleValues());
                    }}
                  >
                    {m.simulator.example}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => {
                      setFile(null);
                      setPersonId(null);
                      form.setFieldsValue({ facts: EMPTY_FACTS });
                    }}
                  >
                    {m.simulator.clear}
                  </Button>
                </Space>
              }
            >
              <Form.Item
                name="target"
                label={m.simulator.target}
                rules={[{ required: true, message: m.common.requiredSelect(m.simulator.target) }]}
              >
                <AwardSelect subjectType={subjectType} aria-label={m.simulator.target} />
              </Form.Item>
              <Space wrap size="middle" style={{ display: 'flex' }}>
                <Form.Item name="subjectType" label={m.simulator.subjectType}>
                  <Select
                    options={SUBJECT_OPTIONS}
                    style={{ width: 150 }}
                    aria-label={m.simulator.subjectType}
                  />
                </Form.Item>
                <Form.Item
                  name="evaluationYear"
                  label={m.simulator.evaluationYear}
                  rules={[{ required: true, message: m.common.required(m.simulator.evaluationYear) }]}
                >
                  <InputNumber
                    aria-label={m.simulator.evaluationYear}
                    controls={false}
                    style={{ width: 100 }}
                  />
                </Form.Item>
                <Form.Item
                  name="receivedOn"
                  label={m.simulator.receivedOn}
                  rules={[{ required: true, message: m.common.requiredSelect(m.simulator.receivedOn) }]}
                >
                  <DateInput label={m.simulator.receivedOn} />
                </Form.Item>
                <Form.Item name="judgedOn" label={m.simulator.judgedOn} tooltip={m.simulator.judgedOnHint}>
                  <DateInput label={m.simulator.judgedOn} />
                </Form.Item>
              </Space>
              <Space wrap size="large" style={{ display: 'flex' }}>
                <Form.Item
                  name={['settings', 'evaluationCalendar']}
                  label={m.simulator.calendar}
                  style={{ marginBottom: 0 }}
                >
                  <Select
                    aria-label={m.simulator.calendar}
                    style={{ width: 170 }}
                    options={[
                      { value: 'calendar_year', label: m.simulator.calendars.calendar_year },
                      { value: 'school_year', label: m.simulator.calendars.school_year },
                    ]}
                  />
                </Form.Item>
                <Form.Item
                  name={['settings', 'enableRs2026DraftCriteria']}
                  label={m.simulator.draft2026}
                  valuePropName="checked"
                  style={{ marginBottom: 0 }}
                >
                  <Switch aria-label={m.simulator.draft2026} />
                </Form.Item>
              </Space>
            </Card>
            <Card size="small" title={m.simulator.facts} style={{ marginBottom: 16 }}>
              {can('ledger.read') && (
                <Space wrap style={{ marginBottom: 4 }}>
                  <Typography.Text type="secondary">{m.simulator.fromFile}:</Typography.Text>
                  <PersonSelect
                    aria-label={m.simulator.fromFile}
                    value={personId}
                    onChange={(id) => {
                      setPersonId(id);
                      if (id) loadFile.mutate(id);
                    }}
                    style={{ width: 260, maxWidth: '100%' }}
                  />
                </Space>
              )}
              <FactsEditor form={form} subjectType={subjectType} />
            </Card>
            <Button type="primary" htmlType="submit" loading={evaluate.isPending} size="large">
              {m.simulator.evaluate}
            </Button>
          </Form>
        </Col>
        <Col xs={24} xl={10}>
          <ResultCard result={evaluate.data} error={evaluate.error} recordLabel={recordLabel} />
          <MoneyCard />
        </Col>
      </Row>
    </>
  );
}
