import { awardName } from '../../../domain/awards/catalogue';
import { SUBJECT_TYPE_LABELS, VERDICT_LABELS, type Verdict } from '../../../domain/awards/types';
import {
  checkDecisionLevel,
  DOSSIER_ACTION_LABELS,
  DOSSIER_ACTIONS_WITH_REASON,
  DOSSIER_STATUS_LABELS,
  dossierEditable,
  dossierTransition,
  type DossierAction,
  type DossierStatus,
} from '../../../domain/commendation/dossier';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction, type Tx } from '../../lib/context';
import { AppError, notFound, versionConflict } from '../../lib/errors';
import * as repo from './nominations.repo';

/**
 * The dossier state machine applied to stored dossiers, and the read model other modules use (appraisal,
 * consultation, council, decisions). These functions check the tenant (another tenant's id → 404) and the
 * state machine (409 INVALID_TRANSITION) but NOT the actor's permissions: the calling module's policy does.
 */

export const NOMINATION = 'Hồ sơ đề nghị';

/** The eligibility verdict kept on a dossier for its award code (refreshed on demand). */
export interface EligibilitySnapshot {
  verdict: Verdict;
  verdictLabel: string;
  ruleSet: string;
  evaluationYear: number;
  failed: { code: string; message: string; citation: string }[];
  needsJudgement: number;
  checkedAt: string;
  /** Set when the check could not run (e.g. the subject is outside the actor's ledger scope). */
  error?: string;
}

/** A dossier as every module sees it. */
export interface NominationView {
  id: string;
  roundId: string;
  roundName: string;
  roundLevel: string;
  roundStatus: string;
  commendationType: string;
  organiser: { id: string; name: string };
  proposingUnit: { id: string; name: string };
  subject: {
    type: 'individual' | 'collective' | 'household';
    id: string;
    name: string;
    position: string | null;
    unitName: string | null;
  };
  subjectTypeLabel: string;
  awardCode: string;
  awardName: string;
  status: DossierStatus;
  statusLabel: string;
  editable: boolean;
  eligibility: EligibilitySnapshot | null;
  returnReason: string | null;
  notEligibleReason: string | null;
  withdrawReason: string | null;
  proposalLetterNumber: string | null;
  proposalLetterDate: string | null;
  forwardedFromId: string | null;
  decisionId: string | null;
  submittedAt: string | null;
  receivedAt: string | null;
  decidedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentNomination(j: repo.JoinedNomination): NominationView {
  const n = j.nomination;
  return {
    id: n.id,
    roundId: n.roundId,
    roundName: j.roundName,
    roundLevel: j.roundLevel,
    roundStatus: j.roundStatus,
    commendationType: j.roundType,
    organiser: { id: j.organiserId, name: j.organiserName },
    proposingUnit: { id: n.proposingUnitId, name: j.unitName },
    subject: {
      type: n.subjectType,
      id: n.subjectId,
      name: n.subjectName,
      position: n.subjectPosition,
      unitName: n.subjectUnitName,
    },
    subjectTypeLabel: SUBJECT_TYPE_LABELS[n.subjectType],
    awardCode: n.awardCode,
    awardName: awardName(n.awardCode),
    status: n.status,
    statusLabel: DOSSIER_STATUS_LABELS[n.status],
    editable: dossierEditable(n.status),
    eligibility: (n.eligibility as EligibilitySnapshot | null) ?? null,
    returnReason: n.returnReason,
    notEligibleReason: n.notEligibleReason,
    withdrawReason: n.withdrawReason,
    proposalLetterNumber: n.proposalLetterNumber,
    proposalLetterDate: n.proposalLetterDate,
    forwardedFromId: n.forwardedFromId,
    decisionId: n.decisionId,
    submittedAt: iso(n.submittedAt),
    receivedAt: iso(n.receivedAt),
    decidedAt: iso(n.decidedAt),
    version: n.version,
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
  };
}

export const verdictLabel = (v: Verdict) => VERDICT_LABELS[v];

/** 409 INVALID_TRANSITION with the domain's Vietnamese message. */
export const invalidTransition = (message: string) =>
  new AppError('INVALID_TRANSITION', message.endsWith('.') ? message : `${message}.`);

export interface TransitionOptions {
  /** Required for `return` and `mark_not_eligible`; kept on the dossier and in the audit row. */
  reason?: string | null;
  /** Optimistic concurrency: the version the actor saw (409 VERSION_CONFLICT when it moved on). */
  version?: number;
  /** Run inside the caller's transaction (its change and this one commit together). */
  tx?: Tx;
  /** For `decide`: the decision that decided it. */
  decisionId?: string;
  /** Extra fields recorded in the audit row. */
  audit?: Record<string, unknown>;
}

export interface TransitionResult {
  id: string;
  from: DossierStatus;
  to: DossierStatus;
  version: number;
}

async function withTx<T>(ctx: Ctx, tx: Tx | undefined, work: (tx: Tx) => Promise<T>): Promise<T> {
  return tx ? work(tx) : inTransaction(ctx, work);
}

/** The change of fields an action makes besides the status. */
function fieldsFor(action: DossierAction, ctx: Ctx, reason: string | null, decisionId?: string) {
  switch (action) {
    case 'submit':
      return { submittedAt: ctx.now };
    case 'return':
      return { returnReason: reason };
    case 'mark_not_eligible':
      return { notEligibleReason: reason };
    case 'withdraw':
      return { withdrawReason: reason };
    case 'receive':
      return { receivedAt: ctx.now };
    case 'decide':
      return { decidedAt: ctx.now, ...(decisionId ? { decisionId } : {}) };
    default:
      return {};
  }
}

/**
 * Applies one action to a locked dossier (internal: `forward` goes through the forwarding service, which
 * also creates the submission upward).
 */
export async function applyTransition(
  ctx: Ctx,
  tx: Tx,
  id: string,
  action: DossierAction,
  opts: Omit<TransitionOptions, 'tx'> = {},
): Promise<TransitionResult> {
  const tenantId = ctx.actor.tenantId;
  const locked = await repo.lockNomination(tx, tenantId, id);
  if (!locked) throw notFound(NOMINATION);
  if (opts.version !== undefined && opts.version !== locked.version) throw versionConflict();
  const step = dossierTransition(locked.status, action);
  if (!step.ok) throw invalidTransition(step.message);
  const reason = opts.reason?.trim() || null;
  if (DOSSIER_ACTIONS_WITH_REASON.includes(action) && !reason)
    throw new AppError(
      'VALIDATION_ERROR',
      `Cần ghi lý do khi "${DOSSIER_ACTION_LABELS[action].toLowerCase()}".`,
      {
        path: 'body.reason',
      },
    );
  if (action === 'decide' || action === 'forward') {
    const joined = await repo.findNominationRow(tx, tenantId, id);
    const level = checkDecisionLevel(action, locked.awardCode, joined!.roundLevel);
    if (!level.ok) throw invalidTransition(level.message);
  }
  const changes = { status: step.to, ...fieldsFor(action, ctx, reason, opts.decisionId), updatedAt: ctx.now };
  if (!(await repo.updateNomination(tx, tenantId, id, undefined, changes))) throw notFound(NOMINATION);
  await writeAudit(tx, ctx, {
    action,
    entityType: 'nomination',
    entityId: id,
    summary: `${DOSSIER_ACTION_LABELS[action]}: ${locked.subjectName} — ${awardName(locked.awardCode)}${reason ? ` (lý do: ${reason})` : ''}`,
    before: { status: locked.status, version: locked.version },
    after: {
      status: step.to,
      reason,
      ...(opts.decisionId ? { decisionId: opts.decisionId } : {}),
      ...opts.audit,
    },
  });
  return { id, from: locked.status, to: step.to, version: locked.version + 1 };
}

/**
 * Moves a dossier through the state machine of src/domain/commendation/dossier.ts (law-reference §7.2):
 * locks the row, checks the tenant (404), the optional `version` (409 VERSION_CONFLICT), the transition
 * (409 INVALID_TRANSITION, Vietnamese message), the reason for `return` / `mark_not_eligible` (400) and, for
 * `decide`, that the round's level may decide the form; writes the audit row in the same transaction. Pass
 * `{ tx }` to run inside your own transaction. `forward` is refused here: use the forwarding route, which also
 * creates the province's submission upward. Permissions are the caller's business.
 */
export async function transitionNomination(
  ctx: Ctx,
  nominationId: string,
  action: DossierAction,
  opts: TransitionOptions = {},
): Promise<TransitionResult> {
  if (action === 'forward')
    throw invalidTransition(
      'Trình cấp trên phải qua chức năng "Trình cấp trên" (tạo hồ sơ trình kèm tờ trình)',
    );
  const { tx, ...rest } = opts;
  return withTx(ctx, tx, (t) => applyTransition(ctx, t, nominationId, action, rest));
}

/** One dossier of the tenant with its round, units, subject and award (404 for unknown / other tenants). */
export async function findNomination(ctx: Ctx, id: string, opts: { tx?: Tx } = {}): Promise<NominationView> {
  const row = await repo.findNominationRow(opts.tx ?? ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound(NOMINATION);
  return presentNomination(row);
}

export interface RoundNominationFilter {
  statuses?: readonly DossierStatus[];
  proposingUnitId?: string;
  awardCode?: string;
  ids?: readonly string[];
}

/** The dossiers of a round (ordered by unit, then name), optionally filtered; tenant-checked, no scope. */
export async function listRoundNominations(
  ctx: Ctx,
  roundId: string,
  filter: RoundNominationFilter = {},
  opts: { tx?: Tx } = {},
): Promise<NominationView[]> {
  const rows = await repo.listNominationRows(opts.tx ?? ctx.db, {
    tenantId: ctx.actor.tenantId,
    roundId,
    ...filter,
  });
  return rows.map(presentNomination);
}

/**
 * Records that a decision decided these dossiers (`decide` on each, decision id kept), in the caller's
 * transaction when `tx` is given. All or nothing: one illegal transition (e.g. a dossier not approved by the
 * council) aborts with 409 INVALID_TRANSITION naming it.
 */
export async function markNominationsDecided(
  ctx: Ctx,
  nominationIds: readonly string[],
  decisionId: string,
  opts: { tx?: Tx } = {},
): Promise<TransitionResult[]> {
  return withTx(ctx, opts.tx, async (tx) => {
    const out: TransitionResult[] = [];
    for (const id of [...new Set(nominationIds)])
      out.push(await applyTransition(ctx, tx, id, 'decide', { decisionId }));
    return out;
  });
}
