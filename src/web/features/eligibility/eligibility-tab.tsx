import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { SubjectType } from '../../../domain/awards/types';
import { api, errorMessage } from '../../lib/api';
import { currentYear, fromIsoDate, toIsoDate, todayIso } from '../../lib/dates';
import { m } from '../../lib/messages';
import { describeRecord, recordIndex } from '../ledger/records';
import { getAchievementFile, ledgerKeys } from '../ledger/ledger.api';
import { DateInput } from '../ledger/ledger-forms';
import { eligibilityKeys, type SubjectCheckResult } from './eligibility.api';
import { EligibilityPanel } from './eligibility-panel';

/** The years an officer may ask about: the last ten and the current one. */
export function evaluationYears(now: Date = new Date()) {
  const current = currentYear(now);
  return Array.from({ length: 11 }, (_, i) => current - i);
}

/** POST /api/eligibility/check for one subject and every title and form (no `targets`). */
const checkSubject = (type: SubjectType, id: string, evaluationYear: number, receivedOn: string) =>
  api.post<SubjectCheckResult>('/api/eligibility/check', {
    subjectType: type,
    subjectId: id,
    evaluationYear,
    receivedOn,
  });

/**
 * "Đủ điều kiện gì?" for a person, a collective or a household of the ledger: pick the evaluation year and
 * the dossier date; the panel lists every title and form with its verdict and explanation, naming the
 * records of the achievement file each check used.
 */
export function EligibilityTab({ type, id }: { type: SubjectType; id: string }) {
  const [year, setYear] = useState(() => currentYear() - 1);
  const [receivedOn, setReceivedOn] = useState(() => todayIso());
  const check = useQuery({
    queryKey: eligibilityKeys.subject(type, id, year, receivedOn),
    queryFn: () => checkSubject(type, id, year, receivedOn),
  });
  const file = useQuery({ queryKey: ledgerKeys.file(type, id), queryFn: () => getAchievementFile(type, id) });
  const index = useMemo(() => (file.data ? recordIndex(file.data) : null), [file.data]);
  // One picker value per date: a new object on every render would reset what the officer is typing.
  const receivedValue = useMemo(() => fromIsoDate(receivedOn), [receivedOn]);
  const recordLabel = (recordId: string) => {
    const r = index?.get(recordId);
    return r ? describeRecord(r).title : undefined;
  };

  return (
    <section aria-label={m.eligibility.title}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {m.eligibility.intro}
      </Typography.Paragraph>
      <Form layout="vertical" component={false}>
        <Space wrap size="large" style={{ marginBottom: 12 }}>
          <Form.Item
            label={m.eligibility.evaluationYear}
            style={{ marginBottom: 0 }}
            htmlFor="eligibility-year"
          >
            <Select
              id="eligibility-year"
              aria-label={m.eligibility.evaluationYear}
              value={year}
              onChange={setYear}
              options={evaluationYears().map((y) => ({ value: y, label: String(y) }))}
              style={{ width: 110 }}
            />
          </Form.Item>
          <Form.Item
            label={m.eligibility.receivedOn}
            tooltip={m.eligibility.receivedOnHint}
            style={{ marginBottom: 0 }}
            htmlFor="eligibility-received"
          >
            <DateInput
              id="eligibility-received"
              label={m.eligibility.receivedOn}
              value={receivedValue}
              onChange={(v) => setReceivedOn(toIsoDate(v) ?? todayIso())}
            />
          </Form.Item>
        </Space>
      </Form>
      {check.error && (
        <Alert type="error" showIcon title={errorMessage(check.error)} style={{ marginBottom: 12 }} />
      )}
      <EligibilityPanel
        results={check.data?.results ?? []}
        subjectType={type}
        recordLabel={recordLabel}
        loading={check.isFetching}
      />
    </section>
  );
}
