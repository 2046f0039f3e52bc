import { vietnamDate } from '../../../domain/calendar';
import {
  awardName,
  DECISION_FUND_LABELS,
  decisionTotal,
  defaultWording,
  itemAmounts,
} from '../../../domain/commendation/decision';
import { numberLine } from '../../../domain/commendation/numbering';
import { DEFAULT_NUMBER_PATTERN } from '../../../domain/commendation/numbering';
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

const DEFAULT_BASES = [
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  'Xét đề nghị của Hội đồng Thi đua - Khen thưởng.',
];

/** The tenant's numbering scheme and draft defaults; national defaults named after the tenant when unset. */
export async function decisionDefaults(ctx: Ctx, db: Executor = ctx.db): Promise<DecisionDefaults> {
  const stored = await repo.findSettings(db, ctx.actor.tenantId);
  if (stored) {
    const { tenantId: _t, createdAt: _c, updatedAt: _u, ...rest } = stored;
    return { ...rest, isDefault: false };
  }
  const tenant = (await repo.tenantName(db, ctx.actor.tenantId)) ?? '';
  const place = tenant.replace(/^(tỉnh|thành phố|xã|phường|đặc khu)\s+/i, '');
  return {
    numberPattern: DEFAULT_NUMBER_PATTERN,
    issuingSuperior: null,
    issuingBody: `Ủy ban nhân dân\n${tenant}`,
    authorityLine: `Chủ tịch Ủy ban nhân dân ${tenant}`,
    place: place || tenant,
    legalBases: DEFAULT_BASES,
    recipients: ['Như Điều 3;', 'Lưu: VT.'],
    signerCapacity: 'TM. Ủy ban nhân dân',
    signerTitle: 'Chủ tịch',
    signerName: '',
    fund: 'province',
    version: 0,
    isDefault: true,
  };
}

/** The articles as printed: the stored ones, else Điều 1 (award), Điều 2 (money), Điều 3 (execution). */
export function printedArticles(
  d: Pick<repo.DecisionRow, 'articles' | 'awardCode' | 'fund'>,
  items: readonly { subjectType: SubjectType }[],
): string[] {
  if (d.articles.length > 0) return d.articles;
  const wording = defaultWording(
    d.awardCode,
    items.map((i) => i.subjectType),
  );
  const fund = DECISION_FUND_LABELS[d.fund];
  return [
    wording.articleOne,
    `Tiền thưởng kèm theo thực hiện theo Nghị định số 152/2025/NĐ-CP, chi từ ${fund.charAt(0).toLowerCase()}${fund.slice(1)}.`,
    'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
  ];
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
    articles: printedArticles(d, items),
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
