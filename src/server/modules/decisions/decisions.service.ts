import { vietnamDate } from '../../../domain/calendar';
import { catalogueEntry } from '../../../domain/awards/catalogue';
import type { SubjectType } from '../../../domain/awards/types';
import { decisionEditable } from '../../../domain/commendation/decision';
import { defaultWording } from '../../../domain/commendation/decision-wording';
import { checkNumberPattern, formatDecisionNumber } from '../../../domain/commendation/numbering';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction, type Tx } from '../../lib/context';
import { AppError, conflict, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { findSubjects, findUnit } from '../ledger';
import { assertNominationsOfTenant, findApprovedNominations, findReadableRound } from '../nominations';
import {
  amountsAt,
  decisionDefaults,
  type DecisionView,
  loadDecision,
  presentDecision,
  presentSummary,
} from './decisions.common';
import { assertDecisionManageable, assertTenantWideManager, decisionReadScopes } from './decisions.policy';
import * as repo from './decisions.repo';
import type {
  DecisionCreateInput,
  DecisionItemInput,
  DecisionPatchInput,
  NumberingSettingsInput,
} from './decisions.schemas';

/** Drafts (create, from a round, edit), reading, lists, and the tenant's numbering scheme. */

const invalid = (message: string, details?: unknown) =>
  new AppError('VALIDATION_ERROR', `Dữ liệu không hợp lệ: ${message}`, details);

/** The award code must be in the catalogue and given to every item's subject type. */
function checkAward(awardCode: string, items: readonly { subjectType: SubjectType }[]) {
  const entry = catalogueEntry(awardCode);
  if (!entry) throw invalid(`hình thức khen thưởng "${awardCode}" không có trong danh mục.`);
  const wrong = [...new Set(items.map((i) => i.subjectType))].filter((t) => !entry.subjectTypes.includes(t));
  if (wrong.length) throw invalid(`${entry.name} không tặng cho đối tượng ${wrong.join(', ')}.`, { wrong });
  return entry;
}

type ItemRowInput = DecisionItemInput & { displayName?: string; positionUnitDefault?: string | null };

/** Annex rows for the items: subjects of the tenant (400 for unknown ids), amounts at the draft's date. */
async function buildItems(
  ctx: Ctx,
  decision: { id: string; awardCode: string; decisionDate: string | null },
  items: readonly ItemRowInput[],
): Promise<repo.NewItemRow[]> {
  const tenantId = ctx.actor.tenantId;
  const seen = new Set<string>();
  for (const i of items) {
    if (seen.has(i.subjectId))
      throw invalid('một đối tượng xuất hiện hai lần trong phụ lục.', { subjectId: i.subjectId });
    seen.add(i.subjectId);
  }
  const found = new Map<string, { name: string; unitName: string | null }>();
  for (const type of ['individual', 'collective', 'household'] as const) {
    const ids = items.filter((i) => i.subjectType === type).map((i) => i.subjectId);
    for (const s of await findSubjects(ctx.db, tenantId, type, ids)) found.set(`${type}|${s.id}`, s);
  }
  await assertNominationsOfTenant(
    ctx,
    items.flatMap((i) => (i.nominationId ? [i.nominationId] : [])),
  );
  const missing = items.filter((i) => !found.has(`${i.subjectType}|${i.subjectId}`));
  if (missing.length)
    throw invalid(`không tìm thấy ${missing.length} đối tượng trong phụ lục.`, {
      subjectIds: missing.slice(0, 20).map((m) => m.subjectId),
    });
  const rows = items.map((i) => {
    const s = found.get(`${i.subjectType}|${i.subjectId}`)!;
    return {
      subjectType: i.subjectType,
      subjectId: i.subjectId,
      nominationId: i.nominationId ?? null,
      displayName: i.displayName ?? s.name,
      positionUnit:
        i.positionUnit || (i.positionUnitDefault ?? (i.subjectType === 'collective' ? null : s.unitName)),
      achievement: i.achievement || null,
    };
  });
  const { amounts } = await amountsAt(
    ctx,
    decision.awardCode,
    decision.decisionDate ?? vietnamDate(ctx.now),
    rows,
  );
  return rows.map((r, n) => ({
    id: newId(),
    tenantId,
    decisionId: decision.id,
    position: n + 1,
    subjectType: r.subjectType,
    personId: r.subjectType === 'individual' ? r.subjectId : null,
    orgUnitId: r.subjectType === 'collective' ? r.subjectId : null,
    householdId: r.subjectType === 'household' ? r.subjectId : null,
    nominationId: r.nominationId,
    displayName: r.displayName,
    positionUnit: r.positionUnit,
    achievement: r.achievement,
    amount: amounts[n] ?? null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }));
}

export async function createDecision(ctx: Ctx, input: DecisionCreateInput, itemsIn?: ItemRowInput[]) {
  const unit = await findUnit(ctx.db, ctx.actor.tenantId, input.orgUnitId);
  if (!unit) throw notFound('Đơn vị ban hành');
  assertDecisionManageable(ctx, unit.path);
  if (input.roundId) await findReadableRound(ctx, input.roundId);
  const items = itemsIn ?? input.items ?? [];
  const entry = checkAward(input.awardCode, items);
  const defaults = await decisionDefaults(ctx);
  const id = newId();
  const row: repo.NewDecisionRow = {
    id,
    tenantId: ctx.actor.tenantId,
    orgUnitId: unit.id,
    roundId: input.roundId ?? null,
    status: 'draft',
    awardCode: entry.code,
    commendationType: input.commendationType ?? 'cong_trang',
    evaluationYear: input.evaluationYear ?? null,
    decisionDate: input.decisionDate ?? null,
    summary:
      input.summary ??
      defaultWording(
        entry.code,
        items.map((i) => i.subjectType),
      ).summary,
    issuingSuperior: input.issuingSuperior !== undefined ? input.issuingSuperior : defaults.issuingSuperior,
    issuingBody: input.issuingBody ?? defaults.issuingBody,
    authorityLine: input.authorityLine ?? defaults.authorityLine,
    place: input.place ?? defaults.place,
    legalBases: input.legalBases ?? defaults.legalBases,
    articles: input.articles ?? [],
    recipients: input.recipients ?? defaults.recipients,
    signerCapacity: input.signerCapacity !== undefined ? input.signerCapacity : defaults.signerCapacity,
    signerTitle: input.signerTitle ?? defaults.signerTitle,
    signerName: input.signerName ?? defaults.signerName,
    fund: input.fund ?? defaults.fund,
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const itemRows = await buildItems(
    ctx,
    { id, awardCode: entry.code, decisionDate: row.decisionDate ?? null },
    items,
  );
  await inTransaction(ctx, async (tx) => {
    await repo.insertDecision(tx, row);
    await repo.replaceItems(tx, ctx.actor.tenantId, id, itemRows);
    await writeAudit(tx, ctx, {
      action: 'decision.create',
      entityType: 'decision',
      entityId: id,
      summary: `Soạn dự thảo quyết định: ${row.summary} (${itemRows.length} dòng phụ lục)`,
      after: { ...row, items: itemRows.length },
    });
  });
  return getDecision(ctx, id);
}

/**
 * A draft from the approved dossiers of a round (council_approved; the nominations module checks the round
 * and the tenant). One award code per decision: the round's most frequent one unless `awardCode` is given.
 */
export async function draftFromRound(
  ctx: Ctx,
  input: { roundId: string; orgUnitId?: string; awardCode?: string },
) {
  const approved = await findApprovedNominations(ctx, input.roundId);
  const codes = new Map<string, number>();
  for (const n of approved) codes.set(n.awardCode, (codes.get(n.awardCode) ?? 0) + 1);
  const awardCode = input.awardCode ?? [...codes].sort((a, b) => b[1] - a[1])[0]?.[0];
  const chosen = approved.filter((n) => n.awardCode === awardCode);
  if (!awardCode || chosen.length === 0)
    throw conflict(
      'Đợt khen thưởng chưa có hồ sơ được Hội đồng thống nhất đề nghị khen thưởng cho hình thức này.',
    );
  const first = chosen[0]!;
  return createDecision(
    ctx,
    {
      orgUnitId: input.orgUnitId ?? first.organiser.id,
      awardCode,
      roundId: input.roundId,
      commendationType: first.commendationType as DecisionCreateInput['commendationType'],
    },
    chosen.map((n) => ({
      subjectType: n.subject.type,
      subjectId: n.subject.id,
      nominationId: n.id,
      displayName: n.subject.name,
      positionUnitDefault: [n.subject.position, n.subject.unitName].filter(Boolean).join(', ') || null,
    })),
  );
}

export async function updateDraft(ctx: Ctx, id: string, input: DecisionPatchInput) {
  const row = await loadDecision(ctx, id, 'manage');
  const d = row.decision;
  if (!decisionEditable(d.status))
    throw new AppError('INVALID_TRANSITION', 'Chỉ sửa được quyết định đang là dự thảo.');
  if (input.version !== d.version) throw versionConflict();
  const { version: _v, items, ...fields } = input;
  const current = await repo.listItems(ctx.db, ctx.actor.tenantId, id);
  const itemsInput: ItemRowInput[] =
    items ??
    current.map((i) => ({
      subjectType: i.subjectType,
      subjectId: (i.personId ?? i.orgUnitId ?? i.householdId)!,
      nominationId: i.nominationId ?? undefined,
      displayName: i.displayName,
      positionUnit: i.positionUnit ?? undefined,
      achievement: i.achievement ?? undefined,
    }));
  checkAward(d.awardCode, itemsInput);
  const decisionDate = fields.decisionDate !== undefined ? fields.decisionDate : d.decisionDate;
  const itemRows = await buildItems(ctx, { id, awardCode: d.awardCode, decisionDate }, itemsInput);
  await inTransaction(ctx, async (tx) => {
    if (
      !(await repo.updateDecision(tx, ctx.actor.tenantId, id, d.version, { ...fields, updatedAt: ctx.now }))
    )
      throw versionConflict();
    await repo.replaceItems(tx, ctx.actor.tenantId, id, itemRows);
    await writeAudit(tx, ctx, {
      action: 'decision.update',
      entityType: 'decision',
      entityId: id,
      summary: `Sửa dự thảo quyết định: ${fields.summary ?? d.summary}`,
      before: { ...d, items: current.length },
      after: { ...fields, items: itemRows.length },
    });
  });
  return getDecision(ctx, id);
}

export async function getDecision(ctx: Ctx, id: string, tx?: Tx): Promise<DecisionView> {
  const row = await loadDecision(ctx, id, 'read', tx);
  const items = await repo.listItems(tx ?? ctx.db, ctx.actor.tenantId, id);
  const { numberPattern } = await decisionDefaults(ctx, tx);
  return presentDecision(ctx, row, items, numberPattern);
}

export async function listDecisions(
  ctx: Ctx,
  q: {
    page: number;
    pageSize: number;
    status?: repo.DecisionWhere['status'];
    year?: number;
    roundId?: string;
    q?: string;
  },
) {
  const where = repo.decisionWhere({ tenantId: ctx.actor.tenantId, scopes: decisionReadScopes(ctx), ...q });
  const [rows, total] = await Promise.all([
    repo.listDecisions(ctx.db, where, q.pageSize, (q.page - 1) * q.pageSize),
    repo.countDecisions(ctx.db, where),
  ]);
  return { items: rows.map(presentSummary), total };
}

// -------------------------------------------------------------------------------------- settings

export async function getNumberingSettings(ctx: Ctx) {
  const d = await decisionDefaults(ctx);
  const year = Number(vietnamDate(ctx.now).slice(0, 4));
  const next = await repo.peekSequence(ctx.db, ctx.actor.tenantId, year);
  return { ...d, nextNumber: formatDecisionNumber(d.numberPattern, next, year) };
}

/** Tenant-wide: only a tenant-wide decisions.manage grant changes the scheme. */
export async function saveNumberingSettings(ctx: Ctx, input: NumberingSettingsInput) {
  assertTenantWideManager(ctx);
  const check = checkNumberPattern(input.numberPattern);
  if (!check.ok) throw invalid(`${check.message}.`, [{ path: 'numberPattern', message: check.message }]);
  const before = await decisionDefaults(ctx);
  const version = input.version ?? before.version;
  if (version !== before.version) throw versionConflict();
  const { version: _v, ...fields } = input;
  await inTransaction(ctx, async (tx) => {
    const saved = await repo.saveSettings(
      tx,
      {
        ...fields,
        numberPattern: fields.numberPattern.trim(),
        tenantId: ctx.actor.tenantId,
        updatedAt: ctx.now,
      },
      version,
    );
    if (!saved) throw versionConflict();
    await writeAudit(tx, ctx, {
      action: 'decision.settings',
      entityType: 'decision_settings',
      entityId: ctx.actor.tenantId,
      summary: `Cập nhật mẫu số, ký hiệu và thông tin mặc định của quyết định: ${fields.numberPattern}`,
      before,
      after: fields,
    });
  });
  return getNumberingSettings(ctx);
}
