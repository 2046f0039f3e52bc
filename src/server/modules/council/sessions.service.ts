import { ballotRule } from '../../../domain/awards/council';
import { ruleSetOn } from '../../../domain/awards/rule-sets';
import {
  ATTENDANCE_LABELS,
  type AttendanceStatus,
  COUNCIL_ROLE_LABELS,
  SESSION_STATUS_LABELS,
  type SessionAction,
  sessionTransition,
} from '../../../domain/ballot/council';
import { quorumCheck } from '../../../domain/ballot/tally';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, type Executor, inTransaction, type Tx } from '../../lib/context';
import { AppError, badRequest, conflict, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import {
  findNomination,
  findNominationsForCouncil,
  findReadableRound,
  type NominationView,
} from '../nominations';
import { listBallots } from './ballots.service';
import { assertMayManage } from './council.policy';
import * as repo from './council.repo';
import type {
  AttendancePut,
  SessionCreate,
  SessionListQuery,
  SessionPatch,
  SessionView,
} from './council.schemas';
import { COUNCIL, loadCouncil } from './councils.service';

export const SESSION = 'Phiên họp Hội đồng';

export async function loadSession(ctx: Ctx, id: string, db: Executor = ctx.db, lock = false) {
  const session = await repo.findSession(db, ctx.actor.tenantId, id, lock);
  if (!session) throw notFound(SESSION);
  const council = await loadCouncil(ctx, session.councilId, false, db);
  return { session, council };
}

/** The session, when the actor may manage its council. */
export async function loadManagedSession(ctx: Ctx, id: string, db: Executor = ctx.db, lock = false) {
  const found = await loadSession(ctx, id, db, lock);
  assertMayManage(ctx, found.council.unitPath);
  return found;
}

export function guardSession(status: repo.SessionRow['status'], action: SessionAction) {
  const t = sessionTransition(status, action);
  if (!t.ok) throw new AppError('INVALID_TRANSITION', `${t.message}.`);
  return t.to;
}

/** The threshold (% of total members) of an award at a session: rule set, else the council's default. */
export function thresholdFor(awardCode: string, heldOn: string, councilDefault: number | null) {
  const rs = ruleSetOn(heldOn);
  const rule = rs ? ballotRule(awardCode, rs.id) : null;
  if (rule?.thresholdPercent != null)
    return {
      percent: rule.thresholdPercent,
      label: `Từ ${rule.thresholdPercent}% tổng số thành viên (${rule.citation})`,
    };
  if (councilDefault !== null)
    return {
      percent: councilDefault,
      label: `Từ ${councilDefault}% tổng số thành viên (quy chế của Hội đồng)`,
    };
  return { percent: null, label: 'Quá nửa tổng số thành viên (không có tỷ lệ chung)' };
}

/** Members with their attendance and the quorum (§4.2: members present; written opinions do not count). */
export async function attendanceAndQuorum(
  ctx: Ctx,
  db: Executor,
  session: repo.SessionRow,
  council: repo.CouncilRow,
) {
  const [members, rows] = await Promise.all([
    repo.membersOf(db, ctx.actor.tenantId, [council.id]),
    repo.attendanceOf(db, ctx.actor.tenantId, session.id),
  ]);
  const byMember = new Map(rows.map((r) => [r.memberId, r]));
  const attendance = members.map((m) => {
    const a = byMember.get(m.id);
    const status: AttendanceStatus = a?.status ?? 'absent';
    return { member: m, status, note: a?.note ?? null };
  });
  const present = attendance.filter((a) => a.status === 'present').length;
  const written = attendance.filter((a) => a.status === 'absent_written').length;
  const q = quorumCheck({
    totalMembers: Math.max(1, members.length),
    present,
    quorumPercent: council.quorumPercent,
  });
  if (!q.ok) throw badRequest(q.message);
  return { members, attendance, quorum: { ...q.value, totalMembers: members.length, written } };
}

export async function getSession(ctx: Ctx, id: string, db: Executor = ctx.db): Promise<SessionView> {
  const { session, council } = await loadSession(ctx, id, db);
  const c = council.council;
  const [{ attendance, quorum }, agenda, ballots] = await Promise.all([
    attendanceAndQuorum(ctx, db, session, c),
    repo.agendaOf(db, ctx.actor.tenantId, id),
    listBallots(ctx, 'council', id, db),
  ]);
  return {
    id: session.id,
    council: { id: c.id, name: c.name, foundingDecisionNumber: c.foundingDecisionNumber },
    roundId: session.roundId,
    title: session.title,
    heldOn: session.heldOn,
    place: session.place,
    chairedBy: session.chairedBy,
    secretary: session.secretary,
    discussion: session.discussion,
    conclusion: session.conclusion,
    status: session.status,
    statusLabel: SESSION_STATUS_LABELS[session.status],
    totalMembers: quorum.totalMembers,
    attendance: attendance.map((a) => ({
      memberId: a.member.id,
      userId: a.member.userId,
      fullName: a.member.fullName,
      position: a.member.position,
      roleLabel: COUNCIL_ROLE_LABELS[a.member.role],
      status: a.status,
      statusLabel: ATTENDANCE_LABELS[a.status],
      note: a.note,
    })),
    quorum,
    agenda: agenda.map((a) => {
      const t = thresholdFor(a.awardCode, session.heldOn, c.defaultThresholdPercent);
      return {
        nominationId: a.nominationId,
        subjectName: a.subjectName,
        unitName: a.unitName,
        awardCode: a.awardCode,
        awardName: a.awardName,
        thresholdPercent: t.percent,
        thresholdLabel: t.label,
        result: a.result as 'approved' | 'rejected' | null,
      };
    }),
    ballots: ballots.map(({ kind: _k, ownerId: _o, maxPicks: _m, ...b }) => b),
    version: session.version,
  };
}

export async function listSessions(ctx: Ctx, q: SessionListQuery) {
  const { items, total } = await repo.listSessions(
    ctx.db,
    ctx.actor.tenantId,
    q.councilId,
    q.page,
    q.pageSize,
  );
  return {
    items: items.map(({ session: s, councilName }) => ({
      id: s.id,
      councilName,
      title: s.title,
      heldOn: s.heldOn,
      place: s.place,
      status: s.status,
      statusLabel: SESSION_STATUS_LABELS[s.status],
    })),
    total,
  };
}

/** The agenda: the round's dossiers ready for the council, or the listed dossiers (appraised). */
async function agendaFor(ctx: Ctx, tx: Tx, input: SessionCreate): Promise<NominationView[]> {
  if (input.nominationIds && input.nominationIds.length > 0) {
    const list: NominationView[] = [];
    for (const id of new Set(input.nominationIds)) {
      const n = await findNomination(ctx, id, { tx });
      if (n.status !== 'appraised')
        throw conflict(
          `Hồ sơ "${n.subject.name}" chưa ở trạng thái "đã thẩm định" nên chưa thể đưa ra Hội đồng.`,
        );
      if (input.roundId && n.roundId !== input.roundId)
        throw badRequest(`Hồ sơ "${n.subject.name}" không thuộc đợt khen thưởng đã chọn.`);
      list.push(n);
    }
    return list;
  }
  if (!input.roundId) throw badRequest('Chọn đợt khen thưởng hoặc các hồ sơ đưa ra Hội đồng.');
  return findNominationsForCouncil(ctx, input.roundId, { tx });
}

export async function createSession(ctx: Ctx, input: SessionCreate) {
  // A round of another tenant (or out of sight) is not found: the session may not refer to it.
  if (input.roundId) await findReadableRound(ctx, input.roundId);
  return inTransaction(ctx, async (tx) => {
    const council = await loadCouncil(ctx, input.councilId, false, tx);
    assertMayManage(ctx, council.unitPath);
    const nominations = await agendaFor(ctx, tx, input);
    const id = newId();
    const tenantId = ctx.actor.tenantId;
    await repo.insertSession(
      tx,
      {
        id,
        tenantId,
        councilId: council.council.id,
        roundId: input.roundId ?? nominations[0]?.roundId ?? null,
        title: input.title,
        heldOn: input.heldOn,
        place: input.place,
        chairedBy: input.chairedBy ?? null,
        secretary: input.secretary ?? null,
        status: 'planned',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      nominations.map((n, i) => ({
        id: newId(),
        tenantId,
        sessionId: id,
        nominationId: n.id,
        subjectName: n.subject.name,
        unitName: n.subject.unitName ?? n.proposingUnit.name,
        awardCode: n.awardCode,
        awardName: n.awardName,
        position: i,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    );
    await writeAudit(tx, ctx, {
      action: 'council.session.create',
      entityType: 'council_session',
      entityId: id,
      summary: `Tạo phiên họp "${input.title}" của ${council.council.name} (${nominations.length} hồ sơ)`,
      after: { ...input, nominationIds: nominations.map((n) => n.id) },
    });
    return getSession(ctx, id, tx);
  });
}

export async function updateSession(ctx: Ctx, id: string, input: SessionPatch) {
  return inTransaction(ctx, async (tx) => {
    const { session } = await loadManagedSession(ctx, id, tx, true);
    if (session.status === 'concluded')
      throw new AppError('INVALID_TRANSITION', 'Phiên họp đã kết thúc, biên bản không sửa được nữa.');
    const { version, ...values } = input;
    const ok = await repo.updateSession(
      tx,
      ctx.actor.tenantId,
      id,
      { ...values, updatedAt: ctx.now },
      version,
    );
    if (!ok) throw versionConflict();
    await writeAudit(tx, ctx, {
      action: 'council.session.update',
      entityType: 'council_session',
      entityId: id,
      summary: `Sửa phiên họp "${session.title}"`,
      before: session,
      after: values,
    });
    return getSession(ctx, id, tx);
  });
}

/** Records attendance; frozen while a ballot is open and once the session is concluded. */
export async function putAttendance(ctx: Ctx, id: string, input: AttendancePut) {
  return inTransaction(ctx, async (tx) => {
    const { session, council } = await loadManagedSession(ctx, id, tx, true);
    if (session.status === 'concluded')
      throw new AppError('INVALID_TRANSITION', 'Phiên họp đã kết thúc, không sửa được danh sách tham dự.');
    const ballots = await listBallots(ctx, 'council', id, tx);
    if (ballots.some((b) => b.status === 'open'))
      throw conflict('Đang bỏ phiếu: kết thúc cuộc bỏ phiếu trước khi sửa danh sách tham dự.');
    const members = await repo.membersOf(tx, ctx.actor.tenantId, [council.council.id]);
    const ids = new Set(members.map((m) => m.id));
    const seen = new Set<string>();
    for (const item of input.items) {
      if (!ids.has(item.memberId))
        throw badRequest(`${COUNCIL} không có thành viên này.`, { memberId: item.memberId });
      if (seen.has(item.memberId)) throw badRequest('Một thành viên chỉ được ghi một lần.');
      seen.add(item.memberId);
    }
    await repo.replaceAttendance(
      tx,
      ctx.actor.tenantId,
      id,
      input.items.map((i) => ({ memberId: i.memberId, status: i.status, note: i.note ?? null })),
    );
    await repo.updateSession(tx, ctx.actor.tenantId, id, { updatedAt: ctx.now });
    await writeAudit(tx, ctx, {
      action: 'council.session.attendance',
      entityType: 'council_session',
      entityId: id,
      summary: `Điểm danh phiên họp "${session.title}": ${input.items.filter((i) => i.status === 'present').length} có mặt`,
      after: input.items,
    });
    return getSession(ctx, id, tx);
  });
}
