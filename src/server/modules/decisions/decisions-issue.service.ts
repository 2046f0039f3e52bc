import { isNotAfterToday, vietnamDate } from '../../../domain/calendar';
import { awardName, catalogueEntry } from '../../../domain/awards/catalogue';
import { decisionTransition, type DecisionAction, dmy } from '../../../domain/commendation/decision';
import { formatDecisionNumber } from '../../../domain/commendation/numbering';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { AppError, conflict, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { insertAwardRecords, type NewAwardRecord, revokeAwardRecords } from '../ledger';
import { markNominationsDecided } from '../nominations';
import { amountsAt, decisionDefaults, loadDecision } from './decisions.common';
import * as repo from './decisions.repo';
import { getDecision } from './decisions.service';

/**
 * The decision's state changes (src/domain/commendation/decision.ts). Issuing assigns the number, writes the
 * awards into the ledger, links the items and marks the dossiers decided — all in ONE transaction with the
 * status change and one audit row. Revocation (Law Điều 93) marks the awards revoked set-based and records
 * the money to recover per item.
 */

function assertTransition(status: repo.DecisionRow['status'], action: DecisionAction) {
  const t = decisionTransition(status, action);
  if (!t.ok) throw new AppError('INVALID_TRANSITION', `${t.message}.`);
  return t.to;
}

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_ERROR', `Dữ liệu không hợp lệ: ${message}.`, [{ path, message }]);

/** "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG" → "Ủy ban nhân dân tỉnh Hà Giang"-like one line for the ledger. */
const oneLine = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');

export async function issueDecision(ctx: Ctx, id: string, input: { version: number; decisionDate: string }) {
  const row = await loadDecision(ctx, id, 'manage');
  const d = row.decision;
  assertTransition(d.status, 'issue');
  if (input.version !== d.version) throw versionConflict();
  const today = vietnamDate(ctx.now);
  if (input.decisionDate > today)
    throw invalid('decisionDate', `ngày ký (${dmy(input.decisionDate)}) không được sau hôm nay`);
  if (!d.signerName.trim()) throw invalid('signerName', 'chưa nhập họ tên người ký');
  const tenantId = ctx.actor.tenantId;
  const items = await repo.listItems(ctx.db, tenantId, id);
  if (items.length === 0) throw invalid('items', 'phụ lục chưa có đối tượng nào được khen thưởng');
  // Money at the base salary of the signing date (ND 152/2025 Điều 49 k1).
  const money = await amountsAt(ctx, d.awardCode, input.decisionDate, items);
  const blocking = money.results.find((r) => !r.ok && r.error.code !== 'coefficient_not_determined');
  if (blocking && !blocking.ok) throw invalid('decisionDate', blocking.error.message.replace(/\.$/, ''));
  const { numberPattern } = await decisionDefaults(ctx);
  const entry = catalogueEntry(d.awardCode)!;
  const isTitle = entry.group === 'emulation_title';
  const year = Number(input.decisionDate.slice(0, 4));
  const authority = oneLine(d.issuingBody);

  await inTransaction(ctx, async (tx) => {
    // The counter row stays locked until commit: issues of one tenant and year take turns here.
    const seq = await repo.nextSequence(tx, tenantId, year);
    const number = formatDecisionNumber(numberPattern, seq, year);
    if (await repo.numberTaken(tx, tenantId, year, number))
      throw conflict(`Số ${number} năm ${year} đã được dùng; hãy kiểm tra mẫu số, ký hiệu của đơn vị.`);
    const changes = {
      status: 'issued' as const,
      number,
      numberSeq: seq,
      numberYear: year,
      decisionDate: input.decisionDate,
      issuedAt: ctx.now,
      issuedBy: ctx.actor.userId,
      updatedAt: ctx.now,
    };
    if (!(await repo.updateDecision(tx, tenantId, id, d.version, changes))) throw versionConflict();
    const records: NewAwardRecord[] = items.map((i, n) => ({
      id: newId(),
      tenantId,
      subjectType: i.subjectType,
      personId: i.personId,
      orgUnitId: i.orgUnitId,
      householdId: i.householdId,
      awardCode: d.awardCode,
      isEmulationTitle: isTitle,
      evaluationYear: isTitle ? (d.evaluationYear ?? year) : d.evaluationYear,
      commendationType: d.commendationType,
      decisionNumber: number,
      decisionDate: input.decisionDate,
      decisionAuthority: authority,
      achievementSummary: i.achievement,
      moneyAmount: money.amounts[n] ?? null,
      source: 'decision',
      status: 'valid',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    }));
    const written = await insertAwardRecords(tx, records);
    if (written.size < records.length) {
      const refused = items.filter((_, n) => !written.has(records[n]!.id)).map((i) => i.displayName);
      throw conflict(
        `Sổ khen thưởng đã có ${awardName(d.awardCode)} ${isTitle ? `năm ${d.evaluationYear ?? year} ` : ''}của: ${refused
          .slice(0, 10)
          .join(
            ', ',
          )}${refused.length > 10 ? '…' : ''}. Hãy bỏ các dòng này khỏi phụ lục trước khi ban hành.`,
        { duplicates: refused.slice(0, 100) },
      );
    }
    await repo.setIssuedItems(
      tx,
      tenantId,
      items.map((i, n) => ({ id: i.id, amount: money.amounts[n] ?? null, awardRecordId: records[n]!.id })),
      ctx.now,
    );
    const nominationIds = items.flatMap((i) => (i.nominationId ? [i.nominationId] : []));
    if (nominationIds.length) await markNominationsDecided(ctx, nominationIds, id, { tx });
    await writeAudit(tx, ctx, {
      action: 'decision.issue',
      entityType: 'decision',
      entityId: id,
      summary: `Ban hành quyết định số ${number} ngày ${dmy(input.decisionDate)}: ${d.summary} — ${items.length} đối tượng, ghi ${records.length} khen thưởng vào sổ`,
      before: { status: d.status, number: d.number, decisionDate: d.decisionDate },
      after: { ...changes, awardRecords: records.length, nominations: nominationIds.length },
    });
  });
  return getDecision(ctx, id);
}

export async function revokeDecision(
  ctx: Ctx,
  id: string,
  input: { version: number; revokedOn: string; reason: string; revokeDocument?: string },
) {
  const row = await loadDecision(ctx, id, 'manage');
  const d = row.decision;
  assertTransition(d.status, 'revoke');
  if (input.version !== d.version) throw versionConflict();
  if (!isNotAfterToday(input.revokedOn, ctx.now))
    throw invalid('revokedOn', 'ngày huỷ bỏ không được sau hôm nay');
  if (d.decisionDate && input.revokedOn < d.decisionDate)
    throw invalid('revokedOn', `ngày huỷ bỏ phải từ ngày ký quyết định (${dmy(d.decisionDate)})`);
  const tenantId = ctx.actor.tenantId;
  await inTransaction(ctx, async (tx) => {
    const changes = {
      status: 'revoked' as const,
      revokedOn: input.revokedOn,
      revokeReason: input.reason,
      revokeDocument: input.revokeDocument || null,
      updatedAt: ctx.now,
    };
    if (!(await repo.updateDecision(tx, tenantId, id, d.version, changes))) throw versionConflict();
    const items = await repo.markItemsToRecover(tx, tenantId, id, ctx.now);
    const recordIds = items.flatMap((i) => (i.awardRecordId ? [i.awardRecordId] : []));
    const revoked = await revokeAwardRecords(tx, tenantId, recordIds, {
      revokedOn: input.revokedOn,
      reason: `Huỷ bỏ Quyết định số ${d.number}: ${input.reason}`,
      now: ctx.now,
    });
    const recover = items.reduce((a, i) => a + (i.recoverAmount ?? 0), 0);
    await writeAudit(tx, ctx, {
      action: 'decision.revoke',
      entityType: 'decision',
      entityId: id,
      summary: `Huỷ bỏ quyết định số ${d.number} (Luật TĐKT Điều 93). Lý do: ${input.reason}. Thu hồi ${revoked.length} khen thưởng, tiền thưởng phải thu hồi ${recover.toLocaleString('vi-VN')} đồng`,
      before: { status: d.status },
      after: { ...changes, awardRecordsRevoked: revoked.length, moneyToRecover: recover },
    });
  });
  return getDecision(ctx, id);
}

export async function cancelDraft(ctx: Ctx, id: string, input: { version: number }) {
  const row = await loadDecision(ctx, id, 'manage');
  const d = row.decision;
  assertTransition(d.status, 'cancel');
  if (input.version !== d.version) throw versionConflict();
  await inTransaction(ctx, async (tx) => {
    if (
      !(await repo.updateDecision(tx, ctx.actor.tenantId, id, d.version, {
        status: 'cancelled',
        updatedAt: ctx.now,
      }))
    )
      throw versionConflict();
    await writeAudit(tx, ctx, {
      action: 'decision.cancel',
      entityType: 'decision',
      entityId: id,
      summary: `Huỷ dự thảo quyết định: ${d.summary}`,
      before: { status: d.status },
      after: { status: 'cancelled' },
    });
  });
  return getDecision(ctx, id);
}
