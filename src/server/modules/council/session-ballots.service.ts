import { COUNCIL_CHOICES, type Paper } from '../../../domain/ballot/ballot';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, type Executor, inTransaction, type Tx } from '../../lib/context';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../lib/errors';
import { markCouncilResult } from '../nominations';
import {
  BALLOT,
  castVote,
  closeBallot,
  createBallot,
  getBallot,
  guard,
  listBallots,
  openBallot,
  openBallotsFor,
  startRoundTwo,
  tally,
  voterStatus,
} from './ballots.service';
import { assertMayManage, assertMayVote } from './council.policy';
import * as repo from './council.repo';
import type { OpenBallot, RoundTwo, Vote, WrittenVote } from './council.schemas';
import {
  attendanceAndQuorum,
  getSession,
  guardSession,
  loadManagedSession,
  loadSession,
  thresholdFor,
} from './sessions.service';

/**
 * Council ballots (law-reference §4.2–4.3): opened after the quorum check, one paper per member present
 * (own, online) or absent with a written opinion (entered by the secretary), closed → tallied against ALL
 * members → results to the nominations module; at most two rounds; the session concludes the rest.
 */

type Found = Awaited<ReturnType<typeof loadSession>>;

/** The council ballot and its session (404 for another tenant's ballot or another kind of ballot). */
async function loadCouncilBallot(ctx: Ctx, ballotId: string, db: Executor = ctx.db) {
  const ballot = await getBallot(ctx, ballotId, db);
  if (ballot.kind !== 'council') throw notFound(BALLOT);
  const found = await loadSession(ctx, ballot.ownerId, db);
  return { ballot, ...found };
}

async function requireQuorum(ctx: Ctx, tx: Tx, f: Found) {
  const aq = await attendanceAndQuorum(ctx, tx, f.session, f.council.council);
  if (!aq.quorum.met) throw conflict(aq.quorum.message, { quorum: aq.quorum });
  const voters = aq.attendance
    .filter((a) => a.status === 'present' || a.status === 'absent_written')
    .map((a) => ({ ref: a.member.userId, label: a.member.fullName }));
  return { voters, totalMembers: aq.members.length };
}

/** Opens a round-1 ballot on the agenda items not yet balloted (or the listed ones). 409 without quorum. */
export async function openSessionBallot(ctx: Ctx, sessionId: string, input: OpenBallot) {
  return inTransaction(ctx, async (tx) => {
    const f = await loadManagedSession(ctx, sessionId, tx, true);
    const { session, council } = f;
    if (session.status === 'concluded') guardSession(session.status, 'start');
    const existing = await listBallots(ctx, 'council', sessionId, tx);
    if (existing.some((b) => b.status !== 'closed'))
      throw conflict('Đang có cuộc bỏ phiếu chưa kết thúc trong phiên họp này.');
    const balloted = new Set(existing.flatMap((b) => b.candidates.map((c) => c.ref)));
    const agenda = (await repo.agendaOf(tx, ctx.actor.tenantId, sessionId)).filter(
      (a) => a.result === null && !balloted.has(a.nominationId),
    );
    const wanted = input.nominationIds ? new Set(input.nominationIds) : null;
    if (wanted && [...wanted].some((id) => !agenda.some((a) => a.nominationId === id)))
      throw badRequest('Chỉ bỏ phiếu cho hồ sơ trong chương trình họp chưa được bỏ phiếu.');
    const items = wanted ? agenda.filter((a) => wanted.has(a.nominationId)) : agenda;
    if (items.length === 0) throw conflict('Không còn hồ sơ nào trong chương trình họp cần bỏ phiếu.');
    const { voters, totalMembers } = await requireQuorum(ctx, tx, f);
    if (session.status === 'planned') {
      const to = guardSession(session.status, 'start');
      await repo.updateSession(tx, ctx.actor.tenantId, sessionId, { status: to, updatedAt: ctx.now });
    }
    const ballot = await createBallot(
      ctx,
      {
        kind: 'council',
        ownerId: sessionId,
        title: `${session.title} — bỏ phiếu kín`,
        voters,
        totalVoters: totalMembers,
        candidates: items.map((a) => ({
          ref: a.nominationId,
          kind: 'nomination',
          label: a.subjectName,
          detail: [a.awardName, a.unitName].filter(Boolean).join(' — '),
          thresholdPercent: thresholdFor(a.awardCode, session.heldOn, council.council.defaultThresholdPercent)
            .percent,
        })),
        choices: COUNCIL_CHOICES,
      },
      tx,
    );
    await openBallot(ctx, ballot.id, tx);
    return getSession(ctx, sessionId, tx);
  });
}

/** Closes the ballot, counts it and hands the decided results to the nominations module. */
export async function closeSessionBallot(ctx: Ctx, ballotId: string) {
  return inTransaction(ctx, async (tx) => {
    const { ballot, session, council } = await loadCouncilBallot(ctx, ballotId, tx);
    assertMayManage(ctx, council.unitPath);
    await closeBallot(ctx, ballotId, tx);
    const t = await tally(ctx, ballotId, tx);
    for (const c of t.candidates) {
      const result = c.verdict === 'passed' ? 'approved' : ballot.round >= 2 ? 'rejected' : null;
      if (!result) continue;
      await repo.setAgendaResult(tx, ctx.actor.tenantId, session.id, c.ref, result, ctx.now);
      await markCouncilResult(ctx, c.ref, result, { tx, reason: c.message });
    }
    return t;
  });
}

/** Round 2 for candidates that did not pass round 1 (all, or the listed nominations); quorum rechecked. */
export async function openRoundTwo(ctx: Ctx, ballotId: string, input: RoundTwo) {
  return inTransaction(ctx, async (tx) => {
    const { ballot, ...f } = await loadCouncilBallot(ctx, ballotId, tx);
    assertMayManage(ctx, f.council.unitPath);
    if (f.session.status === 'concluded') guardSession(f.session.status, 'conclude');
    const candidateIds = input.nominationIds?.map((n) => {
      const c = ballot.candidates.find((x) => x.ref === n);
      if (!c) throw badRequest('Hồ sơ không có trong vòng bỏ phiếu trước.');
      return c.id;
    });
    const { voters } = await requireQuorum(ctx, tx, f);
    const next = await startRoundTwo(ctx, ballotId, { candidateIds, voters, title: ballot.title }, tx);
    await openBallot(ctx, next.id, tx);
    return getSession(ctx, f.session.id, tx);
  });
}

/** Concludes the session: candidates left undecided after their last ballot are recorded as rejected. */
export async function concludeSession(ctx: Ctx, sessionId: string) {
  return inTransaction(ctx, async (tx) => {
    const { session } = await loadManagedSession(ctx, sessionId, tx, true);
    const to = guardSession(session.status, 'conclude');
    const ballots = await listBallots(ctx, 'council', sessionId, tx);
    if (ballots.some((b) => b.status !== 'closed')) throw conflict('Còn cuộc bỏ phiếu chưa kết thúc.');
    const agenda = await repo.agendaOf(tx, ctx.actor.tenantId, sessionId);
    const balloted = new Set(ballots.flatMap((b) => b.candidates.map((c) => c.ref)));
    for (const a of agenda.filter((x) => x.result === null && balloted.has(x.nominationId))) {
      await repo.setAgendaResult(tx, ctx.actor.tenantId, sessionId, a.nominationId, 'rejected', ctx.now);
      await markCouncilResult(ctx, a.nominationId, 'rejected', {
        tx,
        reason: 'Không đạt tỷ lệ phiếu đồng ý theo quy định.',
      });
    }
    await repo.updateSession(tx, ctx.actor.tenantId, sessionId, { status: to, updatedAt: ctx.now });
    await writeAudit(tx, ctx, {
      action: 'council.session.conclude',
      entityType: 'council_session',
      entityId: sessionId,
      summary: `Kết thúc phiên họp "${session.title}"`,
      before: { status: session.status },
      after: { status: to },
    });
    return getSession(ctx, sessionId, tx);
  });
}

/** The ballot as a member or a manager sees it, with `me` (eligible / voted) — never a choice. */
export async function getSessionBallot(ctx: Ctx, ballotId: string) {
  const { ballot } = await loadCouncilBallot(ctx, ballotId);
  return { ...ballot, me: await voterStatus(ctx, ballotId, ctx.actor.userId) };
}

export async function sessionBallotResults(ctx: Ctx, ballotId: string) {
  await loadCouncilBallot(ctx, ballotId);
  return tally(ctx, ballotId);
}

async function memberOf(ctx: Ctx, tx: Tx, f: Found, match: (m: repo.MemberRow) => boolean) {
  const members = await repo.membersOf(tx, ctx.actor.tenantId, [f.council.council.id]);
  const member = members.find(match);
  const att = await repo.attendanceOf(tx, ctx.actor.tenantId, f.session.id);
  return { member, status: member ? att.find((a) => a.memberId === member.id)?.status : undefined };
}

/** A member casts their own paper (present at the session). 403 non-member, 409 twice or closed. */
export async function castMemberVote(ctx: Ctx, ballotId: string, input: Vote) {
  assertMayVote(ctx);
  return inTransaction(ctx, async (tx) => {
    const { ballot, ...f } = await loadCouncilBallot(ctx, ballotId, tx);
    if (ballot.status !== 'open') await castVote(ctx, ballotId, ctx.actor.userId, input.choices, {}, tx);
    const { member, status } = await memberOf(ctx, tx, f, (m) => m.userId === ctx.actor.userId);
    if (!member) throw forbidden('Bạn không phải thành viên Hội đồng này.');
    if (status === 'absent_written')
      throw forbidden('Bạn được ghi vắng mặt có ý kiến bằng văn bản: phiếu của bạn do thư ký Hội đồng nhập.');
    return castVote(ctx, ballotId, ctx.actor.userId, input.choices, {}, tx);
  });
}

/** The secretary enters an absent member's written paper (flagged written, still secret). */
export async function castWrittenVote(ctx: Ctx, ballotId: string, input: WrittenVote) {
  return inTransaction(ctx, async (tx) => {
    const { ballot, ...f } = await loadCouncilBallot(ctx, ballotId, tx);
    assertMayManage(ctx, f.council.unitPath);
    const { member, status } = await memberOf(ctx, tx, f, (m) => m.id === input.memberId);
    if (!member) throw badRequest('Hội đồng không có thành viên này.');
    guard(ballot.status, 'vote', ballot.round);
    if (status !== 'absent_written')
      throw new AppError(
        'CONFLICT',
        'Chỉ nhập phiếu bằng văn bản cho thành viên vắng mặt có ý kiến bằng văn bản.',
      );
    const paper: Paper | 'invalid' = input.invalid ? 'invalid' : (input.choices as Paper);
    return castVote(ctx, ballotId, member.userId, paper, { written: true }, tx);
  });
}

/** The open council ballots where the signed-in user may vote, and whether they have. */
export async function myBallots(ctx: Ctx) {
  const rows = await openBallotsFor(ctx, 'council', ctx.actor.userId);
  return {
    items: rows.map((r) => ({
      ballotId: r.ballotId,
      sessionId: r.ownerId,
      title: r.title,
      round: r.round,
      candidateCount: r.candidateCount,
      voted: r.voted,
    })),
  };
}
