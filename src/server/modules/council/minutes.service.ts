import type { Ctx } from '../../lib/context';
import { tally } from './ballots.service';
import { countingMinutesDocument, meetingMinutesDocument, type MinutesInput } from './minutes';
import { getSession, loadSession } from './sessions.service';

/** Loads what both minutes need: attendance counts, agenda and the CLOSED ballots' counts (no marks). */
async function minutesInput(ctx: Ctx, sessionId: string): Promise<MinutesInput> {
  const { council } = await loadSession(ctx, sessionId);
  const s = await getSession(ctx, sessionId);
  const closed = s.ballots.filter((b) => b.status === 'closed');
  const tallies = await Promise.all(closed.map((b) => tally(ctx, b.id)));
  const chair = s.attendance.find((a) => a.roleLabel === 'Chủ tịch Hội đồng');
  return {
    unitName: council.unitName,
    council: {
      name: s.council.name,
      foundingDecisionNumber: s.council.foundingDecisionNumber,
      foundingDecisionDate: council.council.foundingDecisionDate,
    },
    session: { ...s, chairedBy: s.chairedBy ?? chair?.fullName ?? null },
    members: s.attendance.map((a) => ({
      fullName: a.fullName,
      position: a.position,
      roleLabel: a.roleLabel,
      attendanceLabel: a.statusLabel,
    })),
    counts: {
      total: s.totalMembers,
      present: s.quorum.present,
      written: s.quorum.written,
      absent: s.totalMembers - s.quorum.present - s.quorum.written,
    },
    quorumMessage: s.quorum.message,
    agenda: s.agenda,
    rounds: tallies.map((t) => ({
      round: t.round,
      issued: t.issued,
      returned: t.returned,
      valid: t.valid,
      invalid: t.invalid,
      written: t.written,
      candidates: t.candidates.map((c) => ({
        label: c.label,
        detail: c.detail,
        agree: c.counts.agree,
        disagree: c.counts.disagree,
        lowerForm: c.counts.lower_form,
        percentOfTotal: c.percentOfTotal,
        requiredVotes: c.requiredVotes,
        passed: c.verdict === 'passed',
      })),
    })),
    results: s.agenda.map((a) => ({ subjectName: a.subjectName, awardName: a.awardName, result: a.result })),
  };
}

export async function meetingMinutes(ctx: Ctx, sessionId: string) {
  const body = await meetingMinutesDocument(await minutesInput(ctx, sessionId));
  return { filename: `bien-ban-hop-hoi-dong-${sessionId.slice(0, 8)}.docx`, body };
}

export async function countingMinutes(ctx: Ctx, sessionId: string) {
  const body = await countingMinutesDocument(await minutesInput(ctx, sessionId));
  return { filename: `bien-ban-kiem-phieu-${sessionId.slice(0, 8)}.docx`, body };
}
