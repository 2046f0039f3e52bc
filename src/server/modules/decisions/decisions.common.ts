import { vietnamDate } from '../../../domain/calendar';
import { awardName } from '../../../domain/awards/catalogue';
import { decisionTotal, itemAmounts } from '../../../domain/commendation/decision';
import {
  DEFAULT_LEGAL_BASES,
  defaultDecisionHeading,
  printedArticles,
} from '../../../domain/commendation/decision-wording';
import { DEFAULT_NUMBER_PATTERN, numberLine } from '../../../domain/commendation/numbering';
import type { SubjectType } from '../../../domain/awards/types';
import type { Ctx, Executor } from '../../lib/context';
import { notFound } from '../../lib/errors';
import { loadLegalSettings } from '../settings';
import { assertDecisionManageable, assertDecisionVisible } from './decisions.policy';
import * as repo from './decisions.repo';

/** What the decision services share: loading with the policy, defaults, money, presenting. */

export async function loadDecision(ctx: Ctx, id: string, mode: 'read' | 'manage', db: Executor = ctx.db) {
  const row = await repo.findDecision(db, ctx.actor.tenantId, id);
  if (!row) throw notFound('Quyết định');
  if (mode === 'manage') assertDecisionManageable(ctx, row.unitPath);
  else assertDecisionVisible(ctx, row.unitPath);
  return row;
}

export type DecisionDefaults = Omit<repo.SettingsRow, 'tenantId' | 'createdAt' | 'updatedAt'> & {
  isDefault: boolean;
};

/** The tenant's numbering scheme and draft defaults; national defaults named after the tenant when unset. */
export async function decisionDefaults(ctx: Ctx, db: Executor = ctx.db): Promise<DecisionDefaults> {
  const stored = await repo.findSettings(db, ctx.actor.tenantId);
  if (stored) {
    const { tenantId: _t, createdAt: _c, updatedAt: _u, ...rest } = stored;
    return { ...rest, isDefault: false };
  }
  const tenant = (await repo.tenantName(db, ctx.actor.tenantId)) ?? '';
  return {
    ...defaultDecisionHeading(tenant),
    numberPattern: DEFAULT_NUMBER_PATTERN,
    issuingSuperior: null,
    legalBases: [...DEFAULT_LEGAL_BASES],
    signerName: '',
    fund: 'province',
    version: 0,
    isDefault: true,
  };
}

/** Amounts of the items at `date` (the tenant's rounding), with notes for forms whose money is not set. */
export async function amountsAt(
  ctx: Ctx,
  awardCode: string,
  date: string,
  items: readonly { subjectType: SubjectType; displayName: string }[],
) {
  const legal = await loadLegalSettings(ctx.db, ctx.actor.tenantId);
  const results = itemAmounts(awardCode, date, items, legal.roundingMode);
  const notes: string[] = [];
  const amounts = results.map((r, i) => {
    if (r.ok) return r.amount;
    notes.push(`${items[i]!.displayName}: ${r.error.message}`);
    return null;
  });
  return { amounts, results, notes: [...new Set(notes)] };
}

export function presentSummary(row: {
  decision: repo.DecisionRow;
  unitName: string;
  itemCount: number;
  total: number;
}) {
  const d = row.decision;
  return {
    id: d.id,
    status: d.status,
    number: d.number,
    decisionDate: d.decisionDate,
    summary: d.summary,
    awardCode: d.awardCode,
    awardName: awardName(d.awardCode),
    orgUnit: { id: d.orgUnitId, name: row.unitName },
    roundId: d.roundId,
    fund: d.fund,
    itemCount: row.itemCount,
    total: row.total,
    version: d.version,
    updatedAt: d.updatedAt.toISOString(),
  };
}

export async function presentDecision(
  ctx: Ctx,
  row: { decision: repo.DecisionRow; unitName: string },
  items: repo.ItemRow[],
  pattern: string,
) {
  const d = row.decision;
  const amounts = items.map((i) => i.amount ?? 0);
  const { total, inWords } = decisionTotal(amounts);
  const notes =
    d.status === 'draft'
      ? (await amountsAt(ctx, d.awardCode, d.decisionDate ?? vietnamDate(ctx.now), items)).notes
      : [];
  return {
    ...presentSummary({ ...row, itemCount: items.length, total }),
    commendationType: d.commendationType,
    evaluationYear: d.evaluationYear,
    issuingSuperior: d.issuingSuperior,
    issuingBody: d.issuingBody,
    authorityLine: d.authorityLine,
    place: d.place,
    legalBases: d.legalBases,
    articles: printedArticles(
      d,
      items.map((i) => i.subjectType),
    ),
    recipients: d.recipients,
    signerCapacity: d.signerCapacity,
    signerTitle: d.signerTitle,
    signerName: d.signerName,
    totalInWords: inWords,
    numberLine: numberLine(d.number, pattern, Number((d.decisionDate ?? vietnamDate(ctx.now)).slice(0, 4))),
    issuedAt: d.issuedAt?.toISOString() ?? null,
    revokedOn: d.revokedOn,
    revokeReason: d.revokeReason,
    revokeDocument: d.revokeDocument,
    recoverTotal: items.reduce((a, i) => a + (i.recoverAmount ?? 0), 0),
    moneyNotes: notes,
    items: items.map((i) => ({
      id: i.id,
      position: i.position,
      subjectType: i.subjectType,
      subjectId: (i.personId ?? i.orgUnitId ?? i.householdId)!,
      nominationId: i.nominationId,
      displayName: i.displayName,
      positionUnit: i.positionUnit,
      achievement: i.achievement,
      amount: i.amount,
      awardRecordId: i.awardRecordId,
      recoverAmount: i.recoverAmount,
    })),
  };
}
export type DecisionView = Awaited<ReturnType<typeof presentDecision>>;
