import { awardName } from '../../../domain/awards/catalogue';
import { ruleSetOn } from '../../../domain/awards/rule-sets';
import { DOSSIER_STATUS_LABELS } from '../../../domain/commendation/dossier';
import {
  checkHeadsDecision,
  checkRepresentatives,
  checkSettings,
  judgeRound,
  LEADER_VOTE_STATUS_LABELS,
  leaderVoteDefaults,
  type LeaderVoteSettings,
  planProposals,
  type RoundTally,
} from '../../../domain/emulation/leader-vote';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction, type Tx } from '../../lib/context';
import { badRequest, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import {
  castVote,
  closeBallot,
  createBallot,
  getBallot,
  openBallot,
  startRoundTwo,
  tally,
  type BallotCandidateInput,
} from '../council';
import { findReadableRound } from '../nominations';
import * as blocsRepo from './blocs.repo';
import { BLOC, loadBloc, loadWritableBloc } from './blocs.service';
import { invalidTransition, uniqueAs409 } from './emulation.shared';
import { fileProposals } from './leader-vote.proposals';
import * as repo from './leader-vote.repo';
import type { LeaderVote, LeaderVoteBallot, LeaderVoteDecide, LeaderVoteOpen } from './leader-vote.schemas';

/**
 * The leader vote (suy tôn) of a bloc-year on the generic secret ballot (law-reference §8.2, §4.3):
 * candidates = the member units, voters = one representative (a user) per member unit, each votes once for
 * one unit; the count is read only after the round is closed; at most two rounds; the result proposes Cờ
 * thi đua bộ/tỉnh for the leader and Bằng khen for the next units.
 */

const VOTE = 'Cuộc bỏ phiếu suy tôn của khối trong năm';
const CANDIDATE_KIND = 'org_unit';

async function requireVote(ctx: Ctx, blocId: string, year: number) {
  const vote = await repo.findVote(ctx.db, ctx.actor.tenantId, blocId, year);
  if (!vote) throw notFound(VOTE);
  return vote;
}

const settingsOf = (v: repo.LeaderVoteRow): LeaderVoteSettings => ({
  thresholdPercent: v.thresholdPercent,
  maxRounds: v.maxRounds,
  runnerUpCount: v.runnerUpCount,
});

const openBallotId = (v: repo.LeaderVoteRow) =>
  v.status === 'round1' ? v.round1BallotId : v.status === 'round2' ? v.round2BallotId : null;

export async function getLeaderVote(ctx: Ctx, blocId: string, year: number): Promise<LeaderVote> {
  await loadBloc(ctx, blocId);
  return present(ctx, await requireVote(ctx, blocId, year));
}

async function present(ctx: Ctx, v: repo.LeaderVoteRow, tx?: Tx): Promise<LeaderVote> {
  const db = tx ?? ctx.db;
  const tenantId = ctx.actor.tenantId;
  const [members, users, proposals] = await Promise.all([
    blocsRepo.listMembers(db, tenantId, v.blocId, v.year),
    repo.findUsers(
      db,
      tenantId,
      v.representatives.map((r) => r.userId),
    ),
    repo.listProposals(db, tenantId, v.id),
  ]);
  const unitName = new Map(members.map((m) => [m.id, m.name]));
  const userLabel = new Map(users.map((u) => [u.id, u.label]));
  const current = openBallotId(v);
  const open = current ? await getBallot(ctx, current, tx) : null;
  const voted = new Set(open?.voters.filter((x) => x.voted).map((x) => x.ref) ?? []);
  const ballots = [v.round1BallotId, v.round2BallotId].filter((id): id is string => id !== null);
  const tallies = [v.round1Tally, v.round2Tally];
  const rounds = await Promise.all(
    ballots.map(async (id, i) => {
      const counted = tallies[i];
      const b = counted ? null : await getBallot(ctx, id, tx);
      const refs = counted ? counted.candidates : (b?.candidates.map((c) => c.ref) ?? []);
      return {
        round: i + 1,
        open: counted === null || counted === undefined,
        totalVoters: counted?.totalVoters ?? b?.totalVoters ?? 0,
        ballotsCast: counted?.ballotsCast ?? b?.cast ?? 0,
        candidates: refs.map((ref) => {
          const votes = counted ? (counted.votes[ref] ?? 0) : null;
          return {
            id: ref,
            name: unitName.get(ref) ?? '',
            votes,
            percentOfTotal:
              votes === null || !counted ? null : Math.round((votes * 1000) / counted.totalVoters) / 10,
          };
        }),
      };
    }),
  );
  return {
    id: v.id,
    blocId: v.blocId,
    year: v.year,
    heldOn: v.heldOn,
    status: v.status,
    statusLabel: LEADER_VOTE_STATUS_LABELS[v.status],
    thresholdPercent: v.thresholdPercent,
    thresholdCitation: v.thresholdCitation,
    maxRounds: v.maxRounds,
    runnerUpCount: v.runnerUpCount,
    representatives: v.representatives.map((r) => ({
      unit: { id: r.unitId, name: unitName.get(r.unitId) ?? '' },
      userId: r.userId,
      userLabel: userLabel.get(r.userId) ?? '',
      votedInOpenRound: voted.has(r.userId),
    })),
    rounds,
    outcomeMessage: v.outcomeMessage,
    leader: v.leaderUnitId ? { id: v.leaderUnitId, name: unitName.get(v.leaderUnitId) ?? '' } : null,
    decidedBy: v.decidedBy,
    decisionReason: v.decisionReason,
    youMayVote: open !== null && open.voters.some((x) => x.ref === ctx.actor.userId && !x.voted),
    proposals: proposals.map((p) => ({
      unit: { id: p.unitId, name: p.unitName },
      awardCode: p.awardCode,
      awardName: awardName(p.awardCode),
      position: p.position,
      nominationId: p.nominationId,
      nominationStatus: p.nominationStatus,
      nominationStatusLabel: p.nominationStatus ? DOSSIER_STATUS_LABELS[p.nominationStatus] : null,
    })),
    awardRoundId: v.awardRoundId,
    version: v.version,
  };
}

/** Opens the vote of a bloc-year: its settings, representatives and the round-1 ballot (open at once). */
export async function openLeaderVote(ctx: Ctx, blocId: string, year: number, input: LeaderVoteOpen) {
  const { bloc } = await loadWritableBloc(ctx, blocId);
  const tenantId = ctx.actor.tenantId;
  const members = await blocsRepo.listMembers(ctx.db, tenantId, blocId, year);
  const defaults = leaderVoteDefaults(ruleSetOn(input.heldOn)?.id ?? null);
  const settings: LeaderVoteSettings = {
    thresholdPercent: input.thresholdPercent ?? defaults.thresholdPercent,
    maxRounds: input.maxRounds ?? defaults.maxRounds,
    runnerUpCount: input.runnerUpCount ?? Math.min(defaults.runnerUpCount, Math.max(0, members.length - 1)),
  };
  const checked = checkSettings(settings, members.length);
  if (!checked.ok) throw badRequest(`${checked.reason}.`);
  const reps = checkRepresentatives(
    members.map((m) => m.id),
    input.representatives,
  );
  if (!reps.ok) throw badRequest(`${reps.reason}.`);
  const users = await repo.findUsers(
    ctx.db,
    tenantId,
    input.representatives.map((r) => r.userId),
  );
  if (users.length !== input.representatives.length) throw notFound('Người đại diện');
  // Proposals are filed in the named round: it must be a round of this tenant the actor can see.
  if (input.awardRoundId) await findReadableRound(ctx, input.awardRoundId);
  const userLabel = new Map(users.map((u) => [u.id, u.label]));
  const unitName = new Map(members.map((m) => [m.id, m.name]));
  const citation =
    input.thresholdPercent === undefined ? defaults.citation : 'Do khối quyết định khi mở cuộc bỏ phiếu';
  const id = newId();
  await uniqueAs409(`${bloc.name} đã có cuộc bỏ phiếu suy tôn năm ${year}.`, () =>
    inTransaction(ctx, async (tx) => {
      if (!(await blocsRepo.lockBloc(tx, tenantId, blocId))) throw notFound(BLOC);
      if (await repo.findVote(tx, tenantId, blocId, year))
        throw invalidTransition(`${bloc.name} đã có cuộc bỏ phiếu suy tôn năm ${year}`);
      const ballot = await createBallot(
        ctx,
        {
          kind: 'bloc_leader',
          ownerId: id,
          title: `Suy tôn đơn vị dẫn đầu ${bloc.name} năm ${year}`,
          voters: input.representatives.map((r) => ({
            ref: r.userId,
            label: `${userLabel.get(r.userId)} (${unitName.get(r.unitId)})`,
          })),
          candidates: members.map((m) => candidate(m, settings.thresholdPercent)),
          choices: { mode: 'pick', maxPicks: 1 },
        },
        tx,
      );
      await openBallot(ctx, ballot.id, tx);
      await repo.insertVote(tx, {
        id,
        tenantId,
        blocId,
        year,
        status: 'round1',
        ...settings,
        thresholdCitation: citation,
        representatives: input.representatives,
        heldOn: input.heldOn,
        round1BallotId: ballot.id,
        awardRoundId: input.awardRoundId ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      await writeAudit(tx, ctx, {
        action: 'leader_vote.open',
        entityType: 'emulation_bloc',
        entityId: blocId,
        summary: `Mở bỏ phiếu suy tôn đơn vị dẫn đầu ${bloc.name} năm ${year} (${members.length} đơn vị, từ ${settings.thresholdPercent}% tổng số)`,
        after: { year, ...settings, representatives: input.representatives },
      });
    }),
  );
  return getLeaderVote(ctx, blocId, year);
}

const candidate = (m: { id: string; name: string }, threshold: number): BallotCandidateInput => ({
  ref: m.id,
  kind: CANDIDATE_KIND,
  label: m.name,
  thresholdPercent: threshold,
});

/** The actor, a representative, votes for one unit in the open round (403 otherwise; once). */
export async function castLeaderBallot(ctx: Ctx, blocId: string, year: number, input: LeaderVoteBallot) {
  await loadBloc(ctx, blocId);
  const vote = await requireVote(ctx, blocId, year);
  const ballotId = openBallotId(vote);
  if (!ballotId) throw invalidTransition('Cuộc bỏ phiếu suy tôn không có vòng nào đang mở');
  const ballot = await getBallot(ctx, ballotId);
  const choice = ballot.candidates.find((c) => c.ref === input.unitId);
  if (!choice) throw badRequest('Đơn vị được chọn không phải ứng viên của vòng bỏ phiếu này.');
  await castVote(ctx, ballotId, ctx.actor.userId, { [choice.id]: 'selected' });
}

/** The counted round as the domain's tally: votes per unit, never per voter. */
async function countRound(ctx: Ctx, tx: Tx, ballotId: string, round: 1 | 2): Promise<RoundTally> {
  const t = await tally(ctx, ballotId, tx);
  return {
    round,
    candidates: t.candidates.map((c) => c.ref),
    votes: Object.fromEntries(t.candidates.map((c) => [c.ref, c.votesFor])),
    totalVoters: t.totalVoters,
    ballotsCast: t.returned,
  };
}

/**
 * Closes the open round and counts it: a leader reaching the threshold → decided, proposals made; else a
 * second round between the leading units (opened at once), or after the last round undecided.
 */
export async function closeLeaderRound(ctx: Ctx, blocId: string, year: number) {
  const { bloc } = await loadWritableBloc(ctx, blocId);
  const tenantId = ctx.actor.tenantId;
  await inTransaction(ctx, async (tx) => {
    const vote = await repo.lockVote(tx, tenantId, blocId, year);
    if (!vote) throw notFound(VOTE);
    const ballotId = openBallotId(vote);
    if (!ballotId) throw invalidTransition('Cuộc bỏ phiếu suy tôn không có vòng nào đang mở');
    const round = vote.status === 'round1' ? 1 : 2;
    await closeBallot(ctx, ballotId, tx);
    const counted = await countRound(ctx, tx, ballotId, round);
    const outcome = judgeRound(counted, settingsOf(vote));
    const tallyField = round === 1 ? { round1Tally: counted } : { round2Tally: counted };
    const values = { ...tallyField, outcomeMessage: outcome.message, updatedAt: ctx.now };
    if (outcome.kind === 'elected') {
      const round1 = round === 1 ? counted : vote.round1Tally!;
      await decide(ctx, tx, bloc, vote, values, outcome.leaderUnitId, 'vote', null, round1);
    } else if (outcome.kind === 'second_round') {
      const round2 = await openRoundTwo(ctx, tx, ballotId, outcome, vote.thresholdPercent);
      if (
        !(await repo.updateVote(tx, tenantId, vote.id, vote.version, {
          ...values,
          status: 'round2',
          round2BallotId: round2,
        }))
      )
        throw versionConflict();
    } else if (
      !(await repo.updateVote(tx, tenantId, vote.id, vote.version, { ...values, status: 'undecided' }))
    )
      throw versionConflict();
    await writeAudit(tx, ctx, {
      action: 'leader_vote.close_round',
      entityType: 'emulation_bloc',
      entityId: blocId,
      summary: `Kết thúc vòng ${round} bỏ phiếu suy tôn ${bloc.name} năm ${year}: ${outcome.message}`,
      after: { year, round, tally: counted, outcome: outcome.kind },
    });
  });
  return getLeaderVote(ctx, blocId, year);
}

/** Round 2 on the generic ballot: its own second round when it takes up the same units, else a new ballot. */
async function openRoundTwo(
  ctx: Ctx,
  tx: Tx,
  ballotId: string,
  outcome: { candidates: readonly string[] },
  threshold: number,
): Promise<string> {
  const counted = await tally(ctx, ballotId, tx);
  const byRef = new Map(counted.candidates.map((c) => [c.ref, c]));
  const eligible = new Set(counted.roundTwoCandidateIds);
  const ids = outcome.candidates.map((ref) => byRef.get(ref)!.candidateId);
  if (ids.every((id) => eligible.has(id))) {
    const b = await startRoundTwo(ctx, ballotId, { candidateIds: ids }, tx);
    await openBallot(ctx, b.id, tx);
    return b.id;
  }
  const first = await getBallot(ctx, ballotId, tx);
  const b = await createBallot(
    ctx,
    {
      kind: 'bloc_leader',
      ownerId: first.ownerId,
      title: `${first.title} — vòng 2`,
      voters: first.voters.map((v) => ({ ref: v.ref, label: v.label })),
      candidates: outcome.candidates.map((ref) =>
        candidate({ id: ref, name: byRef.get(ref)!.label }, threshold),
      ),
      choices: { mode: 'pick', maxPicks: 1 },
    },
    tx,
  );
  await openBallot(ctx, b.id, tx);
  return b.id;
}

async function decide(
  ctx: Ctx,
  tx: Tx,
  bloc: { organiserUnitId: string },
  vote: repo.LeaderVoteRow,
  values: Partial<repo.NewLeaderVoteRow>,
  leaderUnitId: string,
  decidedBy: 'vote' | 'head_deputy',
  reason: string | null,
  round1: RoundTally,
) {
  const tenantId = ctx.actor.tenantId;
  const scoring = await repo.scoringResults(tx, tenantId, vote.blocId, vote.year);
  const scoreRanks = Object.fromEntries(scoring.rows.map((r) => [r.unitId, r.rank]));
  const planned = planProposals({ leaderUnitId, round1, runnerUpCount: vote.runnerUpCount, scoreRanks });
  const changed = await repo.updateVote(tx, tenantId, vote.id, vote.version, {
    ...values,
    status: 'decided',
    leaderUnitId,
    decidedBy,
    decisionReason: reason,
  });
  if (!changed) throw versionConflict();
  await fileProposals(ctx, tx, vote, bloc.organiserUnitId, planned);
}

/** After two rounds without a result the head and deputy decide among the last round's units (§4.3 [L]). */
export async function decideLeader(ctx: Ctx, blocId: string, year: number, input: LeaderVoteDecide) {
  const { bloc } = await loadWritableBloc(ctx, blocId);
  await inTransaction(ctx, async (tx) => {
    const vote = await repo.lockVote(tx, ctx.actor.tenantId, blocId, year);
    if (!vote) throw notFound(VOTE);
    if (vote.status !== 'undecided')
      throw invalidTransition(
        `Trưởng khối, Phó khối chỉ quyết định khi đã bỏ phiếu đủ số vòng mà chưa có đơn vị đạt tỷ lệ (hiện: ${LEADER_VOTE_STATUS_LABELS[vote.status].toLowerCase()})`,
      );
    const last = vote.round2Tally ?? vote.round1Tally!;
    const outcome = judgeRound(last, settingsOf(vote));
    const candidates = outcome.kind === 'elected' ? [outcome.leaderUnitId] : outcome.candidates;
    const check = checkHeadsDecision(candidates, input.unitId, input.reason);
    if (!check.ok) throw badRequest(`${check.reason}.`);
    await decide(
      ctx,
      tx,
      bloc,
      vote,
      { updatedAt: ctx.now },
      input.unitId,
      'head_deputy',
      input.reason,
      vote.round1Tally!,
    );
    await writeAudit(tx, ctx, {
      action: 'leader_vote.decide',
      entityType: 'emulation_bloc',
      entityId: blocId,
      summary: `Trưởng khối, Phó khối quyết định đơn vị dẫn đầu ${bloc.name} năm ${year}`,
      after: { year, unitId: input.unitId, reason: input.reason },
    });
  });
  return getLeaderVote(ctx, blocId, year);
}
