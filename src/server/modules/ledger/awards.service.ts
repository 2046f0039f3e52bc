import { vietnamDate } from '../../../domain/calendar';
import { awardName, catalogueEntry } from '../../../domain/awards/catalogue';
import {
  checkDate,
  checkNotFuture,
  checkPeriod,
  checkYear,
  type Problem,
} from '../../../domain/awards/ledger';
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../../../domain/awards/types';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction, type Tx } from '../../lib/context';
import { AppError, badRequest, conflict, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import {
  assertNoProblems,
  iso,
  loadSubject,
  pageOf,
  pgError,
  presentSubject,
  scopeFilter,
  subjectFilter,
} from './ledger.common';
import { assertLedgerVisible, assertLedgerWritable, mayReadLedger } from './ledger.policy';
import * as repo from './ledger.repo';
import type { Award, AwardCreate, AwardListQuery, AwardPatch, RevokeInput } from './ledger.schemas';

/**
 * Award records: emulation titles and commendation forms a subject received (issue 3 item 3). The code
 * must be in the catalogue and allowed for the subject type; an emulation title needs its evaluation year
 * and is held once per subject and year (G7); revoked awards stay with their status (Law Điều 93).
 */

const AWARD = 'Khen thưởng';

function present(row: repo.AwardRow, inits: { id: string; title: string }[]): Award {
  const a = row.award;
  const subjectId = (a.personId ?? a.orgUnitId ?? a.householdId)!;
  return {
    id: a.id,
    subject: presentSubject(a.subjectType, subjectId, row.subjectName, {
      id: row.unitId,
      name: row.unitName,
    }),
    awardCode: a.awardCode,
    awardName: awardName(a.awardCode),
    isEmulationTitle: a.isEmulationTitle,
    evaluationYear: a.evaluationYear,
    periodFrom: a.periodFrom,
    periodTo: a.periodTo,
    countedYear: a.countedYear,
    commendationType: a.commendationType,
    decisionNumber: a.decisionNumber,
    decisionDate: a.decisionDate,
    decisionAuthority: a.decisionAuthority,
    achievementSummary: a.achievementSummary,
    movementId: a.movementId,
    status: a.status,
    revokedOn: a.revokedOn,
    revokeReason: a.revokeReason,
    moneyAmount: a.moneyAmount,
    source: a.source,
    initiatives: inits,
    version: a.version,
    createdAt: iso(a.createdAt),
    updatedAt: iso(a.updatedAt),
  };
}

export async function presentAwards(ctx: Ctx, rows: repo.AwardRow[]): Promise<Award[]> {
  const used = await repo.listInitiativesUsedBy(
    ctx.db,
    ctx.actor.tenantId,
    rows.map((r) => r.award.id),
  );
  return rows.map((r) =>
    present(
      r,
      used.filter((u) => u.awardId === r.award.id).map((u) => ({ id: u.id, title: u.title })),
    ),
  );
}

async function loadAward(ctx: Ctx, id: string, mode: 'read' | 'write') {
  const row = await repo.findAward(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound(AWARD);
  if (mode === 'write') assertLedgerWritable(ctx, row.unitPath, AWARD);
  else assertLedgerVisible(ctx, row.unitPath, AWARD);
  return row;
}

export async function getAward(ctx: Ctx, id: string): Promise<Award> {
  const [award] = await presentAwards(ctx, [await loadAward(ctx, id, 'read')]);
  return award!;
}

export async function listAwards(ctx: Ctx, q: AwardListQuery) {
  const where = repo.awardWhere({
    ...(await scopeFilter(ctx, q)),
    subject: await subjectFilter(ctx, q),
    subjectType: q.subjectType,
    code: q.code,
    status: q.status,
  });
  const { limit, offset } = pageOf(q);
  const [rows, total] = await Promise.all([
    repo.listAwards(ctx.db, where, limit, offset),
    repo.countAwards(ctx.db, where),
  ]);
  return { items: await presentAwards(ctx, rows), total };
}

interface AwardFacts {
  subjectType: SubjectType;
  awardCode: string;
  evaluationYear: number | null;
  periodFrom: string | null;
  periodTo: string | null;
  decisionDate: string | null;
}

/** The catalogue entry of the code and the plain checks of a record; returns whether it is an emulation title. */
function checkAward(f: AwardFacts, today: string): boolean {
  const entry = catalogueEntry(f.awardCode);
  if (!entry)
    throw badRequest(
      `Mã "${f.awardCode}" không có trong danh mục danh hiệu thi đua và hình thức khen thưởng.`,
    );
  if (!entry.subjectTypes.includes(f.subjectType))
    throw badRequest(
      `"${entry.name}" không dành cho đối tượng ${SUBJECT_TYPE_LABELS[f.subjectType].toLowerCase()}.`,
    );
  const isTitle = entry.group === 'emulation_title';
  const problems: Problem[] = [];
  if (f.evaluationYear !== null) problems.push(...checkYear('evaluationYear', f.evaluationYear, today));
  else if (isTitle)
    problems.push({ path: 'evaluationYear', message: `Danh hiệu "${entry.name}" cần năm đánh giá` });
  problems.push(...checkPeriod('periodFrom', f.periodFrom, 'periodTo', f.periodTo, today));
  problems.push(...checkDate('decisionDate', f.decisionDate, today));
  problems.push(...checkNotFuture('decisionDate', f.decisionDate, today));
  if (f.evaluationYear === null && f.periodTo === null && f.decisionDate === null)
    problems.push({
      path: 'evaluationYear',
      message: 'Cần năm đánh giá, thời gian được khen (đến ngày) hoặc ngày quyết định',
    });
  assertNoProblems(problems);
  return isTitle;
}

/**
 * The initiatives an award uses as its ground (G7): in the tenant, visible, not used by another award,
 * and — for an individual — authored by that person.
 */
async function checkInitiatives(
  ctx: Ctx,
  ids: string[],
  subject: { type: SubjectType; id: string },
  awardId: string | null,
) {
  const unique = [...new Set(ids)];
  const found = await repo.findInitiativesForUse(ctx.db, ctx.actor.tenantId, unique);
  for (const id of unique) {
    const i = found.find((f) => f.id === id);
    if (!i || !mayReadLedger(ctx, i.unitPath)) throw notFound('Sáng kiến');
    if (i.usedByAwardId && i.usedByAwardId !== awardId)
      throw conflict(
        `Sáng kiến "${i.title}" đã được dùng làm căn cứ cho một khen thưởng khác; mỗi sáng kiến chỉ được dùng một lần.`,
      );
    if (subject.type === 'individual' && !i.authorIds.includes(subject.id))
      throw badRequest(`Người được khen không phải tác giả của sáng kiến "${i.title}".`);
  }
  return unique;
}

async function linkAll(tx: Tx, ctx: Ctx, awardId: string, ids: string[]) {
  await repo.unlinkInitiatives(tx, ctx.actor.tenantId, awardId, ids);
  const linked = await repo.linkInitiatives(tx, ctx.actor.tenantId, awardId, ids);
  if (linked.length !== ids.length)
    throw conflict('Một sáng kiến vừa được dùng cho khen thưởng khác; mỗi sáng kiến chỉ được dùng một lần.');
}

/** A unique index refused the record: say which rule in Vietnamese (409, never 500). */
async function guardUnique<T>(
  f: { subjectName: string; code: string; year: number | null; decision: string | null },
  work: () => Promise<T>,
) {
  try {
    return await work();
  } catch (error) {
    const { code, constraint } = pgError(error);
    if (code !== '23505') throw error;
    if (constraint === 'award_records_decision_once_uq')
      throw conflict(
        `${f.subjectName} đã được khen "${awardName(f.code)}" trong quyết định số ${f.decision ?? ''}.`,
      );
    throw conflict(
      `${f.subjectName} đã có danh hiệu "${awardName(f.code)}" năm ${f.year ?? ''}; mỗi danh hiệu thi đua chỉ được công nhận một lần mỗi năm (mỗi thành tích chỉ được khen một lần).`,
    );
  }
}

export async function createAward(ctx: Ctx, input: AwardCreate): Promise<Award> {
  const today = vietnamDate(ctx.now);
  const subject = await loadSubject(ctx, input.subjectType, input.subjectId, 'write');
  const facts: AwardFacts = {
    subjectType: input.subjectType,
    awardCode: input.awardCode,
    evaluationYear: input.evaluationYear ?? null,
    periodFrom: input.periodFrom ?? null,
    periodTo: input.periodTo ?? null,
    decisionDate: input.decisionDate ?? null,
  };
  const isTitle = checkAward(facts, today);
  const id = newId();
  const initiativeIds = input.initiativeIds
    ? await checkInitiatives(ctx, input.initiativeIds, { type: input.subjectType, id: subject.id }, null)
    : [];
  const record: repo.NewAwardRecord = {
    id,
    tenantId: ctx.actor.tenantId,
    personId: input.subjectType === 'individual' ? subject.id : null,
    orgUnitId: input.subjectType === 'collective' ? subject.id : null,
    householdId: input.subjectType === 'household' ? subject.id : null,
    isEmulationTitle: isTitle,
    ...facts,
    commendationType: input.commendationType ?? 'cong_trang',
    decisionNumber: input.decisionNumber || null,
    decisionAuthority: input.decisionAuthority || null,
    achievementSummary: input.achievementSummary || null,
    movementId: input.movementId ?? null,
    moneyAmount: input.moneyAmount ?? null,
    source: input.source ?? 'manual',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await guardUnique(
    {
      subjectName: subject.name,
      code: input.awardCode,
      year: facts.evaluationYear,
      decision: record.decisionNumber ?? null,
    },
    () =>
      inTransaction(ctx, async (tx) => {
        await repo.insertAward(tx, record);
        if (initiativeIds.length) await linkAll(tx, ctx, id, initiativeIds);
        await writeAudit(tx, ctx, {
          action: 'create',
          entityType: 'award_record',
          entityId: id,
          summary: `Thêm khen thưởng: ${awardName(input.awardCode)} — ${subject.name}${facts.evaluationYear ? ` (năm ${facts.evaluationYear})` : ''}`,
          after: { ...record, initiativeIds },
        });
      }),
  );
  return getAward(ctx, id);
}

function assertValid(row: repo.AwardRow) {
  if (row.award.status === 'revoked')
    throw new AppError(
      'INVALID_TRANSITION',
      'Khen thưởng đã bị huỷ bỏ; bản ghi được giữ nguyên trong sổ (Luật TĐKT Điều 93) và không sửa được.',
    );
}

export async function updateAward(ctx: Ctx, id: string, patch: AwardPatch): Promise<Award> {
  const today = vietnamDate(ctx.now);
  const row = await loadAward(ctx, id, 'write');
  assertValid(row);
  const a = row.award;
  if (patch.version !== a.version) throw versionConflict();
  const pick = <K extends keyof AwardPatch>(k: K, current: NonNullable<AwardPatch[K]> | null) =>
    patch[k] === undefined ? current : (patch[k] ?? null);
  const facts: AwardFacts = {
    subjectType: a.subjectType,
    awardCode: patch.awardCode ?? a.awardCode,
    evaluationYear: pick('evaluationYear', a.evaluationYear),
    periodFrom: pick('periodFrom', a.periodFrom),
    periodTo: pick('periodTo', a.periodTo),
    decisionDate: pick('decisionDate', a.decisionDate),
  };
  const isTitle = checkAward(facts, today);
  const subjectId = (a.personId ?? a.orgUnitId ?? a.householdId)!;
  const initiativeIds =
    patch.initiativeIds === undefined
      ? undefined
      : await checkInitiatives(ctx, patch.initiativeIds, { type: a.subjectType, id: subjectId }, id);
  const text = (v: string | null | undefined, current: string | null) =>
    v === undefined ? current : v || null;
  const changes: Partial<repo.NewAwardRecord> = {
    ...facts,
    isEmulationTitle: isTitle,
    commendationType: patch.commendationType ?? a.commendationType,
    decisionNumber: text(patch.decisionNumber, a.decisionNumber),
    decisionAuthority: text(patch.decisionAuthority, a.decisionAuthority),
    achievementSummary: text(patch.achievementSummary, a.achievementSummary),
    movementId: patch.movementId === undefined ? a.movementId : patch.movementId,
    moneyAmount: patch.moneyAmount === undefined ? a.moneyAmount : patch.moneyAmount,
    source: patch.source ?? a.source,
    updatedAt: ctx.now,
  };
  await guardUnique(
    {
      subjectName: row.subjectName,
      code: facts.awardCode,
      year: facts.evaluationYear,
      decision: changes.decisionNumber ?? null,
    },
    () =>
      inTransaction(ctx, async (tx) => {
        if (!(await repo.updateAward(tx, ctx.actor.tenantId, id, patch.version, changes)))
          throw versionConflict();
        if (initiativeIds) await linkAll(tx, ctx, id, initiativeIds);
        await writeAudit(tx, ctx, {
          action: 'update',
          entityType: 'award_record',
          entityId: id,
          summary: `Sửa khen thưởng: ${awardName(facts.awardCode)} — ${row.subjectName}`,
          before: a,
          after: { ...changes, ...(initiativeIds ? { initiativeIds } : {}) },
        });
      }),
  );
  return getAward(ctx, id);
}

/**
 * Law Điều 93: the decision is cancelled; the record stays, marked revoked, and never counts again. The
 * initiatives it rested on are released (a cancelled award no longer uses them — the eligibility engine
 * reads them as free too); the audit row names them.
 */
export async function revokeAward(ctx: Ctx, id: string, input: RevokeInput): Promise<Award> {
  const today = vietnamDate(ctx.now);
  const row = await loadAward(ctx, id, 'write');
  const a = row.award;
  if (a.status === 'revoked')
    throw new AppError('INVALID_TRANSITION', 'Khen thưởng này đã bị huỷ bỏ trước đó.');
  if (input.version !== undefined && input.version !== a.version) throw versionConflict();
  const problems = [
    ...checkDate('revokedOn', input.revokedOn, today),
    ...checkNotFuture('revokedOn', input.revokedOn, today),
  ];
  if (a.decisionDate && input.revokedOn < a.decisionDate)
    problems.push({
      path: 'revokedOn',
      message: `Ngày huỷ bỏ phải từ ngày quyết định khen thưởng (${a.decisionDate})`,
    });
  assertNoProblems(problems);
  const changes = {
    status: 'revoked' as const,
    revokedOn: input.revokedOn,
    revokeReason: input.reason,
    updatedAt: ctx.now,
  };
  const released = await repo.listInitiativesUsedBy(ctx.db, ctx.actor.tenantId, [id]);
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.updateAward(tx, ctx.actor.tenantId, id, a.version, changes))) throw versionConflict();
    await repo.unlinkInitiatives(tx, ctx.actor.tenantId, id, []);
    await writeAudit(tx, ctx, {
      action: 'revoke',
      entityType: 'award_record',
      entityId: id,
      summary: `Huỷ bỏ khen thưởng: ${awardName(a.awardCode)} — ${row.subjectName}. Lý do: ${input.reason}`,
      before: {
        status: a.status,
        revokedOn: a.revokedOn,
        revokeReason: a.revokeReason,
        initiativeIds: released.map((i) => i.id),
      },
      after: { ...changes, initiativeIds: [] },
    });
  });
  return getAward(ctx, id);
}

/** Deletes a record typed in by mistake (its initiatives become free again). Revoked awards stay. */
export async function deleteAward(ctx: Ctx, id: string) {
  const row = await loadAward(ctx, id, 'write');
  if (row.award.status === 'revoked')
    throw new AppError(
      'INVALID_TRANSITION',
      'Khen thưởng đã bị huỷ bỏ được giữ lại trong sổ (Luật TĐKT Điều 93); không xoá được.',
    );
  await inTransaction(ctx, async (tx) => {
    await repo.deleteAward(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'award_record',
      entityId: id,
      summary: `Xoá khen thưởng: ${awardName(row.award.awardCode)} — ${row.subjectName}`,
      before: row.award,
    });
  });
}
