import {
  BALLOT_STATUS_LABELS,
  type BallotAction,
  type BallotKind,
  type BallotOption,
  type BallotStatus,
  ballotTransition,
  type ChoiceSet,
  checkChoiceSet,
  checkPaper,
  type Paper,
} from '../../../domain/ballot/ballot';
import { randomBytes, randomInt } from 'node:crypto';
import { roundTwoCandidates, type Tally, tallyBallot } from '../../../domain/ballot/tally';
import { writeAudit } from '../../lib/audit.repo';
import { openWithKey, sealWithKey } from '../../lib/crypto';
import { type Ctx, type Executor, inTransaction } from '../../lib/context';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import * as repo from './ballots.repo';

/**
 * The generic secret ballot as a service other modules call (the council sessions here, the emulation bloc
 * leader vote): create, open, cast, close, tally, round two. Permission checks are the calling module's;
 * this layer guards the ballot itself (tenant, status, voter list, one paper per voter, tally only when
 * closed). Every function takes an optional executor to join the caller's transaction.
 */

export const BALLOT = 'Cuộc bỏ phiếu';

export interface BallotVoterInput {
  /** The voter's key (a user id for council members; the caller decides). */
  ref: string;
  label: string;
}

export interface BallotCandidateInput {
  /** What the candidate is (a nomination id, a unit id). */
  ref: string;
  kind: string;
  label: string;
  detail?: string | null;
  /** % of total voters required; null = more than half. */
  thresholdPercent: number | null;
}

export interface CreateBallotInput {
  kind: BallotKind;
  /** The session, bloc year … that runs the ballot. */
  ownerId: string;
  title: string;
  voters: BallotVoterInput[];
  /** The denominator: all members per the founding decision (≥ voters); defaults to the number of voters. */
  totalVoters?: number;
  candidates: BallotCandidateInput[];
  choices: ChoiceSet;
}

export interface BallotCandidateView {
  id: string;
  ref: string;
  kind: string;
  label: string;
  detail: string | null;
  thresholdPercent: number | null;
}

/** What anyone allowed to see the ballot sees: never a mark, only who voted and how many papers. */
export interface BallotView {
  id: string;
  kind: BallotKind;
  ownerId: string;
  title: string;
  round: number;
  previousBallotId: string | null;
  status: BallotStatus;
  statusLabel: string;
  mode: ChoiceSet['mode'];
  options: string[];
  maxPicks: number | null;
  totalVoters: number;
  /** Papers issued (voters on the ballot) and cast so far. */
  issued: number;
  cast: number;
  openedAt: string | null;
  closedAt: string | null;
  candidates: BallotCandidateView[];
  voters: { ref: string; label: string; voted: boolean; written: boolean }[];
}

export interface BallotTally extends Tally {
  ballotId: string;
  round: number;
  /** Papers that were written opinions of absent members. */
  written: number;
  candidates: (Tally['candidates'][number] & { ref: string; label: string; detail: string | null })[];
  /** Candidates a second round may take up (empty after round 2). */
  roundTwoCandidateIds: string[];
}

const run = <T>(ctx: Ctx, tx: Executor | undefined, work: (tx: Executor) => Promise<T>) =>
  tx ? work(tx) : inTransaction(ctx, work);

/** 409 INVALID_TRANSITION when the ballot's status does not allow `action`. */
export function guard(status: BallotStatus, action: BallotAction, round: number) {
  const t = ballotTransition(status, action, round);
  if (!t.ok) throw new AppError('INVALID_TRANSITION', `${t.message}.`);
  return t.to;
}

async function load(ctx: Ctx, db: Executor, id: string, lock?: 'share' | 'update') {
  const b = await repo.findBallot(db, ctx.actor.tenantId, id, lock);
  if (!b) throw notFound(BALLOT);
  return b;
}

const choiceSetOf = (b: repo.BallotRow): ChoiceSet =>
  b.mode === 'pick'
    ? { mode: 'pick', maxPicks: b.maxPicks ?? 1 }
    : { mode: 'per_candidate', options: b.options as ('agree' | 'disagree' | 'lower_form')[] };

async function view(ctx: Ctx, db: Executor, b: repo.BallotRow): Promise<BallotView> {
  const [candidates, voters] = await Promise.all([
    repo.candidatesOf(db, ctx.actor.tenantId, b.id),
    repo.votersOf(db, ctx.actor.tenantId, b.id),
  ]);
  return {
    id: b.id,
    kind: b.kind,
    ownerId: b.ownerId,
    title: b.title,
    round: b.round,
    previousBallotId: b.previousBallotId,
    status: b.status,
    statusLabel: BALLOT_STATUS_LABELS[b.status],
    mode: b.mode,
    options: b.options,
    maxPicks: b.maxPicks,
    totalVoters: b.totalVoters,
    issued: voters.length,
    cast: voters.filter((v) => v.votedAt !== null).length,
    openedAt: b.openedAt?.toISOString() ?? null,
    closedAt: b.closedAt?.toISOString() ?? null,
    candidates: candidates.map((c) => ({
      id: c.id,
      ref: c.candidateRef,
      kind: c.candidateKind,
      label: c.label,
      detail: c.detail,
      thresholdPercent: c.thresholdPercent,
    })),
    voters: voters.map((v) => ({
      ref: v.voterRef,
      label: v.voterLabel,
      voted: v.votedAt !== null,
      written: v.written,
    })),
  };
}

export async function getBallot(ctx: Ctx, id: string, tx?: Executor): Promise<BallotView> {
  const db = tx ?? ctx.db;
  return view(ctx, db, await load(ctx, db, id));
}

export async function listBallots(ctx: Ctx, kind: BallotKind, ownerId: string, tx?: Executor) {
  const db = tx ?? ctx.db;
  const rows = await repo.listBallotsOf(db, ctx.actor.tenantId, kind, ownerId);
  return Promise.all(rows.map((b) => view(ctx, db, b)));
}

function checkCreate(input: CreateBallotInput) {
  const total = input.totalVoters ?? input.voters.length;
  if (input.voters.length === 0) throw badRequest('Cuộc bỏ phiếu phải có ít nhất một người bỏ phiếu.');
  if (input.candidates.length === 0) throw badRequest('Cuộc bỏ phiếu phải có ít nhất một ứng viên.');
  if (new Set(input.voters.map((v) => v.ref)).size !== input.voters.length)
    throw badRequest('Danh sách người bỏ phiếu có người trùng lặp.');
  if (new Set(input.candidates.map((c) => c.ref)).size !== input.candidates.length)
    throw badRequest('Danh sách ứng viên có ứng viên trùng lặp.');
  if (!Number.isInteger(total) || total < input.voters.length)
    throw badRequest('Tổng số thành viên phải là số nguyên không nhỏ hơn số người bỏ phiếu.');
  const bad = input.candidates.find(
    (c) =>
      c.thresholdPercent !== null &&
      (!Number.isInteger(c.thresholdPercent) || c.thresholdPercent < 1 || c.thresholdPercent > 100),
  );
  if (bad) throw badRequest('Tỷ lệ phiếu yêu cầu phải là số nguyên từ 1 đến 100 (%).');
  const set = checkChoiceSet(input.choices, input.candidates.length);
  if (!set.ok) throw badRequest(`${set.message}.`);
  return total;
}

async function insert(
  ctx: Ctx,
  tx: Executor,
  input: CreateBallotInput,
  round: number,
  previousBallotId: string | null,
) {
  const total = checkCreate(input);
  const tenantId = ctx.actor.tenantId;
  const id = newId();
  const set = input.choices;
  await repo.insertBallot(
    tx,
    {
      id,
      tenantId,
      kind: input.kind,
      ownerId: input.ownerId,
      title: input.title,
      round,
      previousBallotId,
      mode: set.mode,
      options: set.mode === 'pick' ? ['selected'] : [...set.options],
      maxPicks: set.mode === 'pick' ? set.maxPicks : null,
      totalVoters: total,
      status: 'draft',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    },
    input.candidates.map((c, i) => ({
      id: newId(),
      tenantId,
      ballotId: id,
      candidateRef: c.ref,
      candidateKind: c.kind,
      label: c.label,
      detail: c.detail ?? null,
      thresholdPercent: c.thresholdPercent,
      position: i,
    })),
    input.voters.map((v) => ({ tenantId, ballotId: id, voterRef: v.ref, voterLabel: v.label })),
  );
  await writeAudit(tx, ctx, {
    action: 'ballot.create',
    entityType: 'ballot',
    entityId: id,
    summary: `Tạo cuộc bỏ phiếu kín "${input.title}" (vòng ${round}, ${input.candidates.length} ứng viên, ${input.voters.length}/${total} người bỏ phiếu)`,
    after: {
      kind: input.kind,
      ownerId: input.ownerId,
      round,
      candidates: input.candidates.map((c) => c.label),
    },
  });
  return id;
}

/** A draft ballot with its voters and candidates (round 1). */
export async function createBallot(ctx: Ctx, input: CreateBallotInput, tx?: Executor): Promise<BallotView> {
  return run(ctx, tx, async (t) => {
    const id = await insert(ctx, t, input, 1, null);
    return view(ctx, t, await load(ctx, t, id));
  });
}

// ── Papers sealed while the ballot is open (ADR 0011) ──────────────────────────────────────────────────
// A cast paper is sealed with the ballot's own key, itself wrapped by the server's DATA_KEY, so a reader of
// the database, its WAL or a backup sees only same-length ciphertexts. The close opens them, shuffles every
// mark and writes them in its one transaction, then deletes the sealed papers and the key.

type Mark = { candidateId: string; option: BallotOption };

/** Every sealed paper of a ballot has the same length: the marks' JSON padded to this many characters. */
const paddedLength = (candidates: number) => 64 * candidates + 16;

function sealPaper(key: Buffer, ballotId: string, marks: Mark[], candidates: number): string {
  const json = JSON.stringify(marks.map((m) => [m.candidateId, m.option]));
  const size = paddedLength(candidates);
  if (json.length > size) throw new Error('Phiếu dài hơn khuôn niêm phong');
  return sealWithKey(key, json.padEnd(size, ' '), ballotId);
}

function openPaper(key: Buffer, ballotId: string, sealed: string): Mark[] {
  const marks = JSON.parse(openWithKey(key, sealed, ballotId)) as [string, BallotOption][];
  return marks.map(([candidateId, option]) => ({ candidateId, option }));
}

const wrapKey = (ctx: Ctx, key: Buffer) => ctx.deps.protector.encrypt(key.toString('base64'));

function unwrapKey(ctx: Ctx, wrapped: string | null): Buffer {
  try {
    if (!wrapped) throw new Error('no key');
    return Buffer.from(ctx.deps.protector.decrypt(wrapped), 'base64');
  } catch {
    throw conflict(
      'Không mở được các phiếu đã niêm phong: khoá của cuộc bỏ phiếu không giải mã được bằng khoá dữ liệu (DATA_KEY) hiện tại của máy chủ.',
    );
  }
}

/** Fisher–Yates with the CSPRNG: the order of the written marks says nothing about the order of voting. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** At the close: opens every sealed paper, writes all marks shuffled, deletes the papers and the key. */
async function unsealPapers(ctx: Ctx, t: Executor, b: repo.BallotRow) {
  const tenantId = ctx.actor.tenantId;
  const sealed = await repo.sealedPapersOf(t, tenantId, b.id);
  if (sealed.length > 0) {
    const key = unwrapKey(ctx, b.sealedKey);
    const marks = shuffle(sealed.flatMap((p) => openPaper(key, b.id, p)));
    await repo.insertMarks(t, tenantId, b.id, marks);
    await repo.deleteSealedPapers(t, tenantId, b.id);
  }
  await repo.setSealedKey(t, tenantId, b.id, null);
}

async function move(ctx: Ctx, id: string, action: 'open' | 'close', tx?: Executor) {
  return run(ctx, tx, async (t) => {
    const b = await load(ctx, t, id, 'update');
    const to = guard(b.status, action, b.round);
    await repo.setStatus(t, ctx.actor.tenantId, id, {
      status: to,
      updatedAt: ctx.now,
      ...(action === 'open' ? { openedAt: ctx.now } : { closedAt: ctx.now }),
    });
    if (action === 'open') await repo.setSealedKey(t, ctx.actor.tenantId, id, wrapKey(ctx, randomBytes(32)));
    else await unsealPapers(ctx, t, b);
    const counts = action === 'close' ? await repo.castCounts(t, ctx.actor.tenantId, id) : null;
    await writeAudit(t, ctx, {
      action: `ballot.${action}`,
      entityType: 'ballot',
      entityId: id,
      summary:
        action === 'open'
          ? `Mở bỏ phiếu "${b.title}" (vòng ${b.round})`
          : `Kết thúc bỏ phiếu "${b.title}" (vòng ${b.round}): ${counts?.cast ?? 0} phiếu`,
      before: { status: b.status },
      after: { status: to },
    });
    return view(ctx, t, await load(ctx, t, id));
  });
}

export const openBallot = (ctx: Ctx, id: string, tx?: Executor) => move(ctx, id, 'open', tx);
export const closeBallot = (ctx: Ctx, id: string, tx?: Executor) => move(ctx, id, 'close', tx);

export interface CastOptions {
  /** A written opinion of an absent member, entered by someone else (the secretary). */
  written?: boolean;
}

/**
 * Casts `voterRef`'s paper: 404 other tenant, 409 not open, 403 not on the voter list, 409 already voted,
 * 400 a paper that does not fit the ballot. Marks the voter as having voted and stores the paper SEALED
 * with the ballot's key (no voter, no time, random id) in one transaction — one paper per voter, atomically;
 * the readable marks are only written, shuffled, by the close (ADR 0011). The audit row names the voter,
 * never the marks.
 */
export async function castVote(
  ctx: Ctx,
  ballotId: string,
  voterRef: string,
  paper: Paper | 'invalid',
  options: CastOptions = {},
  tx?: Executor,
): Promise<{ ballotId: string; voted: true }> {
  return run(ctx, tx, async (t) => {
    const tenantId = ctx.actor.tenantId;
    // A ballot opened before papers were sealed has no key yet: the first paper makes one under the row lock.
    const before = await load(ctx, t, ballotId);
    const keyless = before.status === 'open' && !before.sealedKey;
    let b = await load(ctx, t, ballotId, keyless ? 'update' : 'share');
    guard(b.status, 'vote', b.round);
    if (!b.sealedKey) {
      await repo.setSealedKey(t, tenantId, ballotId, wrapKey(ctx, randomBytes(32)), true);
      b = await load(ctx, t, ballotId);
    }
    const voter = await repo.findVoter(t, tenantId, ballotId, voterRef);
    if (!voter) throw forbidden('Bạn không có tên trong danh sách bỏ phiếu của cuộc bỏ phiếu này.');
    if (voter.votedAt) throw conflict('Đã bỏ phiếu: mỗi người chỉ được bỏ phiếu một lần.');
    if (paper === 'invalid' && !options.written)
      throw badRequest('Chỉ phiếu ý kiến bằng văn bản do thư ký nhập mới được ghi là không hợp lệ.');
    const candidates = await repo.candidatesOf(t, tenantId, ballotId);
    const checked = checkPaper(
      choiceSetOf(b),
      candidates.map((c) => c.id),
      paper,
    );
    if (!checked.ok) throw badRequest(`${checked.message}.`);
    const written = options.written === true;
    const marked = await repo.markVoted(
      t,
      { tenantId, ballotId, voterRef },
      ctx.now,
      written,
      written ? ctx.actor.userId : null,
    );
    if (!marked) throw conflict('Đã bỏ phiếu: mỗi người chỉ được bỏ phiếu một lần.');
    await repo.insertSealedPaper(
      t,
      tenantId,
      ballotId,
      sealPaper(unwrapKey(ctx, b.sealedKey), ballotId, checked.marks, candidates.length),
    );
    await writeAudit(t, ctx, {
      action: 'ballot.vote',
      entityType: 'ballot',
      entityId: ballotId,
      summary: written
        ? `Nhập phiếu ý kiến bằng văn bản của ${voter.voterLabel} ("${b.title}", vòng ${b.round})`
        : `${voter.voterLabel} đã bỏ phiếu ("${b.title}", vòng ${b.round})`,
    });
    return { ballotId, voted: true as const };
  });
}

/** Whether `voterRef` is on the ballot and has voted (for "Đã bỏ phiếu" — never what). */
export async function voterStatus(ctx: Ctx, ballotId: string, voterRef: string, tx?: Executor) {
  const db = tx ?? ctx.db;
  await load(ctx, db, ballotId);
  const v = await repo.findVoter(db, ctx.actor.tenantId, ballotId, voterRef);
  return { eligible: v !== undefined, voted: v?.votedAt != null };
}

/** The count of a CLOSED ballot (409 before): papers issued, returned, valid, invalid, and per candidate. */
export async function tally(ctx: Ctx, ballotId: string, tx?: Executor): Promise<BallotTally> {
  const db = tx ?? ctx.db;
  const tenantId = ctx.actor.tenantId;
  const b = await load(ctx, db, ballotId);
  guard(b.status, 'tally', b.round);
  const [candidates, voters, marks, counts] = await Promise.all([
    repo.candidatesOf(db, tenantId, ballotId),
    repo.votersOf(db, tenantId, ballotId),
    repo.markCounts(db, tenantId, ballotId),
    repo.castCounts(db, tenantId, ballotId),
  ]);
  const invalidPapers = Math.max(
    0,
    ...candidates.map((c) => marks.find((m) => m.candidateId === c.id && m.option === 'invalid')?.count ?? 0),
  );
  const t = tallyBallot({
    mode: b.mode,
    maxPicks: b.maxPicks ?? 1,
    totalVoters: b.totalVoters,
    issued: voters.length,
    returned: counts.cast,
    invalidPapers,
    candidates: candidates.map((c) => ({ id: c.id, thresholdPercent: c.thresholdPercent })),
    marks: marks.map((m) => ({
      candidateId: m.candidateId,
      option: m.option,
      count: m.count,
    })),
  });
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return {
    ...t,
    ballotId,
    round: b.round,
    written: counts.written,
    candidates: t.candidates.map((c) => {
      const row = byId.get(c.candidateId)!;
      return { ...c, ref: row.candidateRef, label: row.label, detail: row.detail };
    }),
    roundTwoCandidateIds: roundTwoCandidates(b.round, t, b.mode),
  };
}

/**
 * A second round (draft) for candidates undecided after round 1: `candidateIds` (default: all of them) must
 * be among them; the voters default to those of round 1. 409 after round 2 or when a round 2 exists.
 */
export async function startRoundTwo(
  ctx: Ctx,
  ballotId: string,
  input: { candidateIds?: string[]; voters?: BallotVoterInput[]; title?: string } = {},
  tx?: Executor,
): Promise<BallotView> {
  return run(ctx, tx, async (t) => {
    const tenantId = ctx.actor.tenantId;
    const b = await load(ctx, t, ballotId, 'update');
    guard(b.status, 'start_round_2', b.round);
    if (await repo.findRoundTwo(t, tenantId, ballotId))
      throw new AppError('INVALID_TRANSITION', 'Cuộc bỏ phiếu này đã có vòng 2.');
    const counted = await tally(ctx, ballotId, t);
    const eligible = new Set(counted.roundTwoCandidateIds);
    const wanted = input.candidateIds ?? [...eligible];
    if (wanted.length === 0) throw conflict('Không còn ứng viên nào cần bỏ phiếu vòng 2.');
    if (wanted.some((id) => !eligible.has(id)))
      throw badRequest('Vòng 2 chỉ dành cho ứng viên chưa đạt (hoặc chưa xác định) ở vòng 1.');
    const candidates = await repo.candidatesOf(t, tenantId, ballotId);
    const voters =
      input.voters ??
      (await repo.votersOf(t, tenantId, ballotId)).map((v) => ({ ref: v.voterRef, label: v.voterLabel }));
    const id = await insert(
      ctx,
      t,
      {
        kind: b.kind,
        ownerId: b.ownerId,
        title: input.title ?? b.title,
        voters,
        totalVoters: b.totalVoters,
        candidates: candidates
          .filter((c) => wanted.includes(c.id))
          .map((c) => ({
            ref: c.candidateRef,
            kind: c.candidateKind,
            label: c.label,
            detail: c.detail,
            thresholdPercent: c.thresholdPercent,
          })),
        choices: choiceSetOf(b),
      },
      2,
      b.id,
    );
    return view(ctx, t, await load(ctx, t, id));
  });
}

/** The open ballots of `kind` where `voterRef` may vote, and whether they have (for "Phiếu bầu"). */
export async function openBallotsFor(ctx: Ctx, kind: BallotKind, voterRef: string) {
  const rows = await repo.openBallotsOfVoter(ctx.db, ctx.actor.tenantId, kind, voterRef);
  return rows.map((r) => ({
    ballotId: r.ballotId,
    ownerId: r.ownerId,
    title: r.title,
    round: r.round,
    candidateCount: r.candidateCount,
    voted: r.votedAt !== null,
  }));
}
