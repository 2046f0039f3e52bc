import {
  DOCUMENT_ITEM_STATUS_LABELS,
  DOCUMENT_LABELS,
  missingDocuments,
  reportTemplate,
  type DocumentCode,
  type DocumentItemStatus,
} from '../../../domain/commendation/documents';
import {
  dossierActions,
  dossierEditable,
  PROPOSER_ACTIONS,
  type DossierAction,
} from '../../../domain/commendation/dossier';
import { roundAcceptsProposals } from '../../../domain/commendation/round';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, type Executor, inTransaction, type Tx } from '../../lib/context';
import { notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import {
  applyTransition,
  invalidTransition,
  NOMINATION,
  presentNomination,
  type TransitionResult,
} from './nominations.core';
import { allows, assertMayAppraise, assertMayPropose, assertMayReadDossier } from './nominations.policy';
import * as repo from './nominations.repo';
import type { NominationCreate, NominationDetail, NominationPatch } from './nominations.schemas';
import {
  eligibilityFor,
  evaluationYearOf,
  insertChecklist,
  requireAwardFor,
  requireSubject,
} from './nominations.shared';
import * as roundsRepo from './rounds.repo';
import { findUnits } from './rounds.repo';
import { loadRound, ROUND, unitMayProposeIn } from './rounds.service';

/** Dossiers: propose, read, edit while editable, act (submit, withdraw, return, not eligible), checklist. */

/** A dossier of the tenant the actor may read (404 otherwise). */
export async function loadNomination(ctx: Ctx, id: string) {
  const row = await repo.findNominationRow(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound(NOMINATION);
  assertMayReadDossier(ctx, row);
  return row;
}

/** The actions the actor may take now (state machine × permissions); drives the buttons. */
function allowedActions(ctx: Ctx, row: repo.JoinedNomination): DossierAction[] {
  const n = row.nomination;
  const next = dossierActions(n.status, n.awardCode, row.roundLevel);
  const proposer = allows(ctx, 'nominations.propose', row.unitPath);
  const board = allows(ctx, 'nominations.appraise', row.organiserPath);
  return next.filter((a) => (PROPOSER_ACTIONS.includes(a) ? proposer : board));
}

export async function getNomination(ctx: Ctx, id: string): Promise<NominationDetail> {
  const row = await loadNomination(ctx, id);
  const tenantId = ctx.actor.tenantId;
  const [docs, attachments, forwardedToId] = await Promise.all([
    repo.listDocuments(ctx.db, tenantId, id),
    repo.listAttachments(ctx.db, tenantId, id),
    repo.findForwardedTo(ctx.db, tenantId, id),
  ]);
  const n = row.nomination;
  return {
    ...presentNomination(row),
    report: n.report ?? {},
    reportText: n.reportText,
    reportTemplate: reportTemplate(n.awardCode, row.roundType, n.subjectType),
    documents: docs.map((d) => ({
      code: d.code,
      label: DOCUMENT_LABELS[d.code],
      required: d.required,
      status: d.status,
      statusLabel: DOCUMENT_ITEM_STATUS_LABELS[d.status],
      note: d.note,
    })),
    missingDocuments: missingDocuments(docs),
    attachments: attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    forwardedToId,
    allowedActions: allowedActions(ctx, row),
  };
}

type LoadedRound = Awaited<ReturnType<typeof loadRound>>;
type ProposingUnit = { id: string; name: string; path: string };
type Verdict = Awaited<ReturnType<typeof eligibilityFor>>;

async function requireProposingUnit(ctx: Ctx, db: Executor, unitId: string): Promise<ProposingUnit> {
  const [unit] = await findUnits(db, ctx.actor.tenantId, [unitId]);
  if (!unit) throw notFound('Đơn vị đề nghị');
  return unit;
}

/**
 * The one way a dossier is filed (shared by createNomination and fileNomination): checks that the round takes
 * proposals, that the unit may propose in it, the award code and the subject, then writes the draft row, its
 * §7.1 checklist and the audit row in `tx`. Returns the new dossier's id.
 */
async function fileDraft(
  ctx: Ctx,
  db: Executor,
  round: LoadedRound,
  unit: ProposingUnit,
  input: NominationCreate,
  verdictOf: (subjectId: string, year: number) => Promise<Verdict>,
  inTx: <T>(work: (tx: Tx) => Promise<T>) => Promise<T>,
): Promise<string> {
  if (!roundAcceptsProposals(round.round.status))
    throw invalidTransition('Đợt khen thưởng không ở trạng thái nhận hồ sơ, không thể lập hồ sơ mới');
  if (!unitMayProposeIn(round, unit))
    throw invalidTransition(`${unit.name} không thuộc danh sách đơn vị tham gia đợt khen thưởng này`);
  requireAwardFor(input.awardCode, input.subjectType, round.round.commendationType);
  const subject = await requireSubject(ctx, input.subjectType, input.subjectId, unit.path, db);
  const verdict = await verdictOf(subject.id, evaluationYearOf(ctx, round.round));
  const id = newId();
  await inTx(async (tx) => {
    await repo.insertNomination(tx, {
      id,
      tenantId: ctx.actor.tenantId,
      roundId: round.round.id,
      proposingUnitId: unit.id,
      subjectType: input.subjectType,
      subjectId: subject.id,
      subjectName: subject.name,
      subjectPosition: input.report?.position || subject.position,
      subjectUnitName: subject.unitName,
      awardCode: input.awardCode,
      status: 'draft',
      report: input.report ?? {},
      reportText: input.reportText || null,
      eligibility: verdict.snapshot as never,
      eligible: verdict.eligible,
      eligibilityCheckedAt: verdict.snapshot ? ctx.now : null,
      createdBy: ctx.actor.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await insertChecklist(tx, ctx, id, input.awardCode, round.round.commendationType, input.subjectType);
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'nomination',
      entityId: id,
      summary: `Lập hồ sơ đề nghị: ${subject.name} — ${input.awardCode} (${unit.name})`,
      after: { ...input, eligibility: verdict.snapshot?.verdict ?? null },
    });
  });
  return id;
}

export async function createNomination(ctx: Ctx, input: NominationCreate): Promise<NominationDetail> {
  const round = await loadRound(ctx, input.roundId);
  const unit = await requireProposingUnit(ctx, ctx.db, input.proposingUnitId);
  assertMayPropose(ctx, unit.path);
  const id = await fileDraft(
    ctx,
    ctx.db,
    round,
    unit,
    input,
    (subjectId, year) => eligibilityFor(ctx, input.subjectType, subjectId, input.awardCode, year),
    (work) => inTransaction(ctx, work),
  );
  return getNomination(ctx, id);
}

/**
 * Files a draft dossier inside the caller's transaction (e.g. the emulation bloc's leader vote filing its Cờ
 * thi đua / Bằng khen proposals when the vote concludes). Same checks and writes as POST /api/nominations
 * (round takes proposals, unit may propose in it, award code fits the subject type and the round, subject
 * inside the proposing unit's subtree; 404/409/400 as there), NOT the actor's permissions (the caller's policy
 * decides). No eligibility verdict is attached: the check reads the ledger through its own connection, which
 * would wait on the caller's open transaction (PGlite has one); the proposer runs "Kiểm tra lại điều kiện"
 * (refreshEligibility) on the dossier.
 */
export async function fileNomination(
  ctx: Ctx,
  input: NominationCreate,
  opts: { tx: Tx },
): Promise<{ id: string; status: 'draft' }> {
  const { tx } = opts;
  const found = await roundsRepo.findRound(tx, ctx.actor.tenantId, input.roundId);
  if (!found) throw notFound(ROUND);
  const units = await roundsRepo.listRoundUnits(tx, ctx.actor.tenantId, input.roundId);
  const unit = await requireProposingUnit(ctx, tx, input.proposingUnitId);
  const id = await fileDraft(
    ctx,
    tx,
    { ...found, units },
    unit,
    input,
    () => Promise.resolve({ snapshot: null, eligible: null }),
    (work) => work(tx),
  );
  return { id, status: 'draft' };
}

export async function updateNomination(
  ctx: Ctx,
  id: string,
  patch: NominationPatch,
): Promise<NominationDetail> {
  const row = await loadNomination(ctx, id);
  assertMayPropose(ctx, row.unitPath);
  const n = row.nomination;
  if (!dossierEditable(n.status))
    throw invalidTransition(
      'Hồ sơ đã nộp, không sửa được; chỉ sửa khi đang soạn hoặc được trả lại để bổ sung',
    );
  const awardCode = patch.awardCode ?? n.awardCode;
  if (patch.awardCode) requireAwardFor(awardCode, n.subjectType, row.roundType);
  const codeChanged = awardCode !== n.awardCode;
  const verdict = codeChanged
    ? await eligibilityFor(
        ctx,
        n.subjectType,
        n.subjectId,
        awardCode,
        evaluationYearOf(ctx, {
          year: row.roundYear,
          periodTo: row.roundPeriodTo,
        }),
      )
    : null;
  const changes = {
    awardCode,
    ...(patch.report
      ? { report: patch.report, subjectPosition: patch.report.position || n.subjectPosition }
      : {}),
    ...(patch.reportText !== undefined ? { reportText: patch.reportText || null } : {}),
    ...(verdict
      ? { eligibility: verdict.snapshot as never, eligible: verdict.eligible, eligibilityCheckedAt: ctx.now }
      : {}),
    updatedAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    const locked = await repo.lockNomination(tx, ctx.actor.tenantId, id);
    if (!locked) throw notFound(NOMINATION);
    if (!dossierEditable(locked.status)) throw invalidTransition('Hồ sơ đã nộp, không sửa được');
    if (!(await repo.updateNomination(tx, ctx.actor.tenantId, id, patch.version, changes)))
      throw versionConflict();
    if (codeChanged) {
      await repo.deleteDocuments(tx, ctx.actor.tenantId, id);
      await insertChecklist(tx, ctx, id, awardCode, row.roundType, n.subjectType);
    }
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'nomination',
      entityId: id,
      summary: `Sửa hồ sơ đề nghị: ${n.subjectName}`,
      before: { awardCode: n.awardCode, report: n.report, reportText: n.reportText },
      after: { awardCode, report: changes.report, reportText: changes.reportText },
    });
  });
  return getNomination(ctx, id);
}

/**
 * The actions of this module's route: the unit submits (locks editing; from a draft only while the round
 * takes proposals) or withdraws; the board returns with a reason (unlocks) or concludes not eligible.
 */
export async function actOnNomination(
  ctx: Ctx,
  id: string,
  action: 'submit' | 'withdraw' | 'return' | 'mark_not_eligible',
  body: { version: number; reason?: string | null },
): Promise<NominationDetail> {
  const row = await loadNomination(ctx, id);
  if (PROPOSER_ACTIONS.includes(action)) assertMayPropose(ctx, row.unitPath);
  else assertMayAppraise(ctx, row.organiserPath);
  if (action === 'submit' && row.nomination.status === 'draft' && !roundAcceptsProposals(row.roundStatus))
    throw invalidTransition('Đợt khen thưởng đã khoá nhận hồ sơ, không thể nộp hồ sơ mới');
  await inTransaction(ctx, (tx) =>
    applyTransition(ctx, tx, id, action, { reason: body.reason, version: body.version }),
  );
  return getNomination(ctx, id);
}

/** Re-runs the eligibility check for the dossier's award code and keeps the verdict. */
export async function refreshEligibility(ctx: Ctx, id: string): Promise<NominationDetail> {
  const row = await loadNomination(ctx, id);
  const n = row.nomination;
  const year = evaluationYearOf(ctx, { year: row.roundYear, periodTo: row.roundPeriodTo });
  const verdict = await eligibilityFor(ctx, n.subjectType, n.subjectId, n.awardCode, year);
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.lockNomination(tx, ctx.actor.tenantId, id))) throw notFound(NOMINATION);
    await repo.updateNomination(tx, ctx.actor.tenantId, id, undefined, {
      eligibility: verdict.snapshot as never,
      eligible: verdict.eligible,
      eligibilityCheckedAt: ctx.now,
      updatedAt: ctx.now,
    });
    await writeAudit(tx, ctx, {
      action: 'refresh_eligibility',
      entityType: 'nomination',
      entityId: id,
      summary: `Kiểm tra lại điều kiện: ${n.subjectName} — ${verdict.snapshot?.verdictLabel ?? 'không xác định'}`,
      before: { verdict: (n.eligibility as { verdict?: string } | null)?.verdict ?? null },
      after: { verdict: verdict.snapshot?.verdict ?? null },
    });
  });
  return getNomination(ctx, id);
}

/**
 * One checklist item: the unit marks it provided or missing while the dossier is editable; the board marks
 * it accepted or insufficient while appraising.
 */
export async function setDocumentStatus(
  ctx: Ctx,
  id: string,
  code: DocumentCode,
  body: { status: DocumentItemStatus; note?: string | null },
): Promise<NominationDetail> {
  const row = await loadNomination(ctx, id);
  const boardStatus = body.status === 'accepted' || body.status === 'insufficient';
  if (boardStatus) assertMayAppraise(ctx, row.organiserPath);
  else assertMayPropose(ctx, row.unitPath);
  await inTransaction(ctx, async (tx) => {
    const locked = await repo.lockNomination(tx, ctx.actor.tenantId, id);
    if (!locked) throw notFound(NOMINATION);
    if (!boardStatus && !dossierEditable(locked.status))
      throw invalidTransition('Hồ sơ đã nộp, không thay đổi được danh mục tài liệu');
    if (boardStatus && !['submitted', 'in_appraisal'].includes(locked.status))
      throw invalidTransition('Chỉ đánh giá tài liệu khi hồ sơ đã nộp hoặc đang thẩm định');
    if (
      !(await repo.setDocument(tx, ctx.actor.tenantId, id, code, {
        status: body.status,
        note: body.note ?? null,
        updatedAt: ctx.now,
      }))
    )
      throw notFound('Tài liệu trong danh mục hồ sơ');
    await writeAudit(tx, ctx, {
      action: 'document_status',
      entityType: 'nomination',
      entityId: id,
      summary: `${DOCUMENT_LABELS[code]}: ${DOCUMENT_ITEM_STATUS_LABELS[body.status]} (${locked.subjectName})`,
      after: { code, ...body },
    });
  });
  return getNomination(ctx, id);
}

export type { TransitionResult };
