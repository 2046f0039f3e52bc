import { awardName } from '../../../domain/awards/catalogue';
import { roundAcceptsProposals } from '../../../domain/commendation/round';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { newId } from '../../lib/ids';
import { applyTransition, invalidTransition } from './nominations.core';
import { assertMayAppraise } from './nominations.policy';
import { getNomination, loadNomination } from './nominations.service';
import * as repo from './nominations.repo';
import { insertChecklist } from './nominations.shared';
import { loadRound } from './rounds.service';

/**
 * Forwarding upward (Law Điều 84; QĐ 311/QĐ-BNV 2025). A form the province cannot decide (authority = Prime
 * Minister or President: Bằng khen Thủ tướng, orders, CSTĐ toàn quốc, Cờ thi đua Chính phủ…) that the
 * province's council approved becomes the province's own submission: a NEW dossier in a central-level round
 * of the same tenant (the round that gathers the province's submissions upward), proposed by the organiser
 * of the provincial round, with the province's proposal letter (number, date), `forwarded_from_id` pointing
 * at the provincial dossier, status `submitted`, the report and eligibility copied, and the central checklist
 * (tờ trình and council minutes provided). The provincial dossier moves to `forwarded`. One transaction.
 */
export async function forwardNomination(
  ctx: Ctx,
  id: string,
  body: { version: number; targetRoundId: string; proposalLetterNumber: string; proposalLetterDate: string },
) {
  const row = await loadNomination(ctx, id);
  assertMayAppraise(ctx, row.organiserPath);
  const target = await loadRound(ctx, body.targetRoundId);
  assertMayAppraise(ctx, target.organiserPath);
  if (target.round.level !== 'central')
    throw invalidTransition('Đợt nhận hồ sơ trình phải là đợt khen thưởng cấp trung ương');
  if (!roundAcceptsProposals(target.round.status))
    throw invalidTransition('Đợt cấp trung ương chưa mở hoặc đã khoá nhận hồ sơ');
  const n = row.nomination;
  const newIdValue = newId();
  await inTransaction(ctx, async (tx) => {
    await applyTransition(ctx, tx, id, 'forward', {
      version: body.version,
      audit: { targetRoundId: target.round.id, forwardedToId: newIdValue },
    });
    await repo.insertNomination(tx, {
      id: newIdValue,
      tenantId: ctx.actor.tenantId,
      roundId: target.round.id,
      proposingUnitId: row.organiserId,
      subjectType: n.subjectType,
      subjectId: n.subjectId,
      subjectName: n.subjectName,
      subjectPosition: n.subjectPosition,
      subjectUnitName: n.subjectUnitName,
      awardCode: n.awardCode,
      status: 'submitted',
      report: n.report,
      reportText: n.reportText,
      eligibility: n.eligibility,
      eligible: n.eligible,
      eligibilityCheckedAt: n.eligibilityCheckedAt,
      proposalLetterNumber: body.proposalLetterNumber,
      proposalLetterDate: body.proposalLetterDate,
      forwardedFromId: id,
      submittedAt: ctx.now,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await insertChecklist(tx, ctx, newIdValue, n.awardCode, target.round.commendationType, n.subjectType, [
      'to_trinh',
      'bien_ban_hoi_dong',
    ]);
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'nomination',
      entityId: newIdValue,
      summary: `Trình cấp trên: ${n.subjectName} — ${awardName(n.awardCode)}, tờ trình số ${body.proposalLetterNumber}`,
      after: { forwardedFromId: id, roundId: target.round.id, ...body },
    });
  });
  return getNomination(ctx, newIdValue);
}
