import { BLOC_KIND_LABELS } from '../../../domain/emulation/bloc';
import { SCORING_FLOW_STATE_LABELS } from '../../../domain/scoring/flow';
import { type BlocMinutesInput, blocMinutesDocx } from '../../lib/documents/bloc-minutes';
import type { Ctx } from '../../lib/context';
import * as blocsRepo from './blocs.repo';
import { loadBloc } from './blocs.service';
import * as repo from './leader-vote.repo';
import { getLeaderVote } from './leader-vote.service';

/**
 * The bloc-year's minutes (Biên bản họp Khối thi đua …) as Word: members present with their
 * representatives, the scoring results, the vote, the proposals and the handover to next year's head and
 * deputy. Works before the vote too (the parts not held yet say so).
 */
export async function blocMinutes(ctx: Ctx, blocId: string, year: number) {
  const { bloc, organiserName } = await loadBloc(ctx, blocId);
  const tenantId = ctx.actor.tenantId;
  const [members, [leadership], [next], meetings, scoring, voteRow] = await Promise.all([
    blocsRepo.listMembers(ctx.db, tenantId, blocId, year),
    blocsRepo.listLeaderships(ctx.db, tenantId, blocId, year),
    blocsRepo.listLeaderships(ctx.db, tenantId, blocId, year + 1),
    blocsRepo.listMeetings(ctx.db, tenantId, blocId, year),
    repo.scoringResults(ctx.db, tenantId, blocId, year),
    repo.findVote(ctx.db, tenantId, blocId, year),
  ]);
  const vote = voteRow ? await getLeaderVote(ctx, blocId, year) : null;
  const review = meetings.find((m) => m.kind === 'year_end_review');
  const headId = leadership?.leadership.headUnitId;
  const deputyId = leadership?.leadership.deputyUnitId;
  const rep = new Map(vote?.representatives.map((r) => [r.unit.id, r.userLabel]) ?? []);
  const input: BlocMinutesInput = {
    bloc: { name: bloc.name, kindLabel: BLOC_KIND_LABELS[bloc.kind], organiserName },
    year,
    date: review?.date ?? vote?.heldOn ?? null,
    place: review?.place ?? null,
    locality: organiserName.replace(/^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường)\s+/u, ''),
    head: leadership?.headName ?? null,
    deputy: leadership?.deputyName ?? null,
    members: members.map((m) => ({
      name: m.name,
      representative: rep.get(m.id) ?? null,
      role: m.id === headId ? 'Trưởng khối' : m.id === deputyId ? 'Phó khối' : null,
    })),
    scoring:
      scoring.rows.length === 0
        ? null
        : {
            statusLabel: scoring.status ? SCORING_FLOW_STATE_LABELS[scoring.status] : 'Chưa công bố',
            rows: scoring.rows.map((r) => ({
              rank: r.rank,
              unit: r.unitName,
              total: r.total,
              classification: r.classification,
            })),
          },
    vote: vote && {
      thresholdPercent: vote.thresholdPercent,
      rounds: vote.rounds
        .filter((r) => !r.open)
        .map((r) => ({
          round: r.round,
          totalVoters: r.totalVoters,
          ballotsCast: r.ballotsCast,
          candidates: [...r.candidates]
            .sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0))
            .map((c) => ({ unit: c.name, votes: c.votes ?? 0, percentOfTotal: c.percentOfTotal ?? 0 })),
        })),
      outcome: vote.outcomeMessage,
      leader: vote.leader?.name ?? null,
      headsDecision:
        vote.decidedBy === 'head_deputy'
          ? `Sau hai vòng bỏ phiếu chưa có đơn vị đạt tỷ lệ, Trưởng khối và Phó khối quyết định chọn ${vote.leader?.name ?? ''}: ${vote.decisionReason ?? ''}`
          : null,
    },
    proposals: (vote?.proposals ?? []).map((p) => ({
      position: p.position,
      unit: p.unit.name,
      award: p.awardName,
    })),
    handover: next ? { year: year + 1, head: next.headName, deputy: next.deputyName } : null,
  };
  const buffer = await blocMinutesDocx(input);
  return { buffer, fileName: `Bien-ban-hop-khoi-${year}.docx` };
}
