import { useMutation } from '@tanstack/react-query';
import { Button, Input, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  AWARD_GROUP_LABELS,
  AWARD_GROUPS,
  CATALOGUE,
  catalogueEntry,
  type AwardGroup,
} from '../../../domain/awards/catalogue';
import { VERDICT_LABELS, type SubjectType, type Verdict } from '../../../domain/awards/types';
import { ELIGIBILITY_TARGETS } from '../../../domain/eligibility';
import { errorMessage } from '../../lib/api';
import { todayIso } from '../../lib/dates';
import { formatDate } from '../../lib/format';
import { m } from '../../lib/messages';
import { searchText } from '../catalogue/award-select';
import { computeRewardMoney, formatDong } from '../catalogue/catalogue.api';
import { CheckList, VERDICT_ORDER, VerdictTag } from './check-list';
import type { EvaluateResult } from './eligibility.api';

const ORDER = new Map<string, number>(CATALOGUE.map((e, i) => [e.code, i]));
const DATA_CHECKABLE = new Map(ELIGIBILITY_TARGETS.map((t) => [t.code, t.dataCheckable]));

/** Titles and forms whose criteria the data decides come first; those only a council judges, last. */
const dataRank = (code: string, subjectType: SubjectType) =>
  DATA_CHECKABLE.get(code)?.includes(subjectType) ? 0 : 1;

/** The amount a decision dated today would carry, computed on demand for an eligible title or form. */
function MoneyLine({ code, subjectType }: { code: string; subjectType: SubjectType }) {
  const today = todayIso();
  const money = useMutation({
    mutationFn: () => computeRewardMoney({ awardCode: code, subjectType, decisionDate: today }),
  });
  if (money.data)
    return (
      <div className="tdkt-money">
        <Typography.Text strong>
          {m.eligibility.money}: {formatDong(money.data.amount)}
        </Typography.Text>{' '}
        <Typography.Text type="secondary">
          ({money.data.amountInWords}; {m.eligibility.moneyOn(formatDate(today))}; {money.data.citation})
        </Typography.Text>
        {money.data.note && (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {money.data.note}
            </Typography.Text>
          </div>
        )}
      </div>
    );
  return (
    <Space>
      <Button size="small" onClick={() => money.mutate()} loading={money.isPending}>
        {m.eligibility.computeMoney}
      </Button>
      {money.error && <Typography.Text type="danger">{errorMessage(money.error)}</Typography.Text>}
    </Space>
  );
}

/**
 * The line to read without opening the row: for an eligible title the path it is met by (or the counts);
 * otherwise the first condition that failed, else how many criteria a person must judge.
 */
function summaryOf(r: EvaluateResult): string {
  const counts = () => {
    const judgement = r.checks.filter((c) => c.status === 'needs_judgement').length;
    const passed = r.checks.filter((c) => c.status === 'passed').length;
    return [
      passed ? m.eligibility.passedCount(passed) : null,
      judgement ? m.eligibility.judgementCount(judgement) : null,
    ]
      .filter(Boolean)
      .join(', ');
  };
  if (r.verdict === 'eligible') {
    const open = (r.paths ?? []).filter((p) => p.kind === 'data' && p.status !== 'failed');
    return open.length && (r.paths?.length ?? 0) > 1
      ? m.eligibility.metBy(open.map((p) => p.label).join('; '))
      : counts();
  }
  return r.checks.find((c) => c.status === 'failed')?.message ?? counts();
}

/**
 * "Đủ điều kiện gì?": every title and form with its verdict; a row opens on its explanation — each check
 * with its status, message, citation and the ledger records it used — and, when eligible, the money.
 */
export function EligibilityPanel({
  results,
  subjectType,
  recordLabel,
  loading,
}: {
  results: EvaluateResult[];
  subjectType: SubjectType;
  recordLabel?: (id: string) => string | undefined;
  loading?: boolean;
}) {
  const [verdict, setVerdict] = useState<Verdict | 'all'>('all');
  const [group, setGroup] = useState<AwardGroup | undefined>();
  const [search, setSearch] = useState('');
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);

  const counts = useMemo(() => {
    const c: Record<Verdict, number> = { eligible: 0, needs_review: 0, not_eligible: 0 };
    for (const r of results) c[r.verdict]++;
    return c;
  }, [results]);

  const rows = useMemo(() => {
    const q = searchText(search);
    return results
      .filter(
        (r) =>
          (verdict === 'all' || r.verdict === verdict) &&
          (!group || catalogueEntry(r.target)?.group === group) &&
          (!q || searchText(`${r.targetName} ${r.target}`).includes(q)),
      )
      .sort(
        (a, b) =>
          dataRank(a.target, subjectType) - dataRank(b.target, subjectType) ||
          VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
          (ORDER.get(a.target) ?? 999) - (ORDER.get(b.target) ?? 999),
      );
  }, [results, verdict, group, search, subjectType]);

  const ruleSets = [...new Set(results.map((r) => r.ruleSet))];
  const groups = AWARD_GROUPS.filter((g) => results.some((r) => catalogueEntry(r.target)?.group === g));

  return (
    <>
      <div className="tdkt-filters" role="search">
        <Segmented
          aria-label={m.eligibility.filterVerdict}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
          value={verdict}
          onChange={(v) => setVerdict(v as Verdict | 'all')}
          options={[
            { value: 'all', label: `${m.eligibility.all} (${results.length})` },
            ...(['eligible', 'needs_review', 'not_eligible'] as const).map((v) => ({
              value: v,
              label: `${VERDICT_LABELS[v]} (${counts[v]})`,
            })),
          ]}
        />
        <Select
          aria-label={m.catalogue.filterGroup}
          placeholder={m.eligibility.group}
          allowClear
          value={group}
          onChange={(v: AwardGroup | undefined) => setGroup(v)}
          options={groups.map((g) => ({ value: g, label: AWARD_GROUP_LABELS[g] }))}
          style={{ width: 220 }}
        />
        <Input.Search
          aria-label={m.eligibility.search}
          placeholder={m.eligibility.searchPlaceholder}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          style={{ width: 260 }}
        />
      </div>
      {ruleSets.length === 1 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {m.simulator.ruleSet}: <Tag color="red">{ruleSets[0]}</Tag>
        </Typography.Paragraph>
      )}
      <Table<EvaluateResult>
        rowKey="target"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: m.eligibility.noResults }}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: (keys) => setExpanded(keys),
          expandRowByClick: true,
          expandedRowRender: (r) => (
            <div style={{ padding: '4px 8px' }}>
              <CheckList
                checks={r.checks}
                paths={r.paths}
                transitional={r.transitional}
                recordLabel={recordLabel}
              />
              {r.verdict === 'eligible' && (
                <div style={{ marginTop: 8 }}>
                  <MoneyLine code={r.target} subjectType={subjectType} />
                </div>
              )}
            </div>
          ),
        }}
        columns={[
          {
            key: 'name',
            title: m.eligibility.target,
            render: (_, r) => (
              <div>
                <Typography.Text strong>{r.targetName}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {AWARD_GROUP_LABELS[catalogueEntry(r.target)?.group ?? 'emulation_title']}
                  </Typography.Text>
                </div>
              </div>
            ),
          },
          {
            key: 'verdict',
            title: m.eligibility.verdict,
            width: 170,
            render: (_, r) => <VerdictTag verdict={r.verdict} />,
          },
          {
            key: 'summary',
            title: m.eligibility.checks,
            render: (_, r) => <Typography.Text type="secondary">{summaryOf(r)}</Typography.Text>,
          },
          ...(ruleSets.length > 1
            ? [{ key: 'rs', title: m.eligibility.ruleSet, width: 110, dataIndex: 'ruleSet' }]
            : []),
        ]}
      />
    </>
  );
}
