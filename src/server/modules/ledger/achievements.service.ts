import { COMMENDATION_TYPE_LABELS, type SubjectType } from '../../../domain/awards/types';
import type { Ctx } from '../../lib/context';
import { presentAwards } from './awards.service';
import { presentInitiatives } from './initiatives.service';
import { loadSubject, presentSubject } from './ledger.common';
import * as repo from './ledger.repo';
import type { AchievementFile } from './ledger.schemas';
import { presentRatings } from './ratings.service';
import { presentDisciplines, presentMaternityLeaves, presentPendingCases } from './records.service';

/**
 * A subject's achievement file (issue 3 item 7): every rating, award, initiative (a person's, as author),
 * discipline, pending case and maternity leave, and one timeline of them sorted by year then date, newest
 * first. A subject's ledger is small (tens of records a decade), so nothing is paged.
 */

const ALL = 10_000;

export async function getAchievements(ctx: Ctx, type: SubjectType, id: string): Promise<AchievementFile> {
  const subject = await loadSubject(ctx, type, id, 'read');
  const tenantId = ctx.actor.tenantId;
  const base = { tenantId, scopes: 'all' as const, subject: { type, id } };
  const person = type === 'individual';
  const [awardRows, ratingRows, disciplineRows, pendingRows, leaveRows, initiativeIds] = await Promise.all([
    repo.listAwards(ctx.db, repo.awardWhere(base), ALL, 0),
    type === 'household' ? [] : repo.listRatings(ctx.db, repo.ratingWhere(base), ALL, 0),
    person ? repo.listDisciplines(ctx.db, repo.disciplineWhere({ ...base, personId: id }), ALL, 0) : [],
    type === 'household' ? [] : repo.listPendingCases(ctx.db, repo.pendingWhere(base), ALL, 0),
    person ? repo.listMaternity(ctx.db, repo.maternityWhere({ ...base, personId: id }), ALL, 0) : [],
    person ? repo.listInitiativeIdsOfAuthor(ctx.db, tenantId, id) : [],
  ]);
  const [awards, initiatives] = await Promise.all([
    presentAwards(ctx, awardRows),
    presentInitiatives(ctx, await repo.findInitiativesByIds(ctx.db, tenantId, initiativeIds)),
  ]);
  const ratings = presentRatings(ratingRows);
  const disciplines = presentDisciplines(disciplineRows);
  const pendingCases = presentPendingCases(pendingRows);
  const maternityLeaves = presentMaternityLeaves(leaveRows);

  const year = (date: string) => Number(date.slice(0, 4));
  const timeline: AchievementFile['timeline'] = [
    ...ratings.map((r) => ({
      kind: 'rating' as const,
      id: r.id,
      year: r.year,
      date: null,
      label: `Xếp loại: ${r.ratingLabel}`,
      detail: r.note,
    })),
    ...awards.map((a) => ({
      kind: 'award' as const,
      id: a.id,
      year: a.countedYear,
      date: a.decisionDate,
      label: a.status === 'revoked' ? `${a.awardName} (đã bị huỷ bỏ)` : a.awardName,
      detail:
        [
          COMMENDATION_TYPE_LABELS[a.commendationType],
          a.decisionNumber ? `Quyết định số ${a.decisionNumber}` : null,
          a.decisionAuthority,
        ]
          .filter(Boolean)
          .join(' — ') || null,
    })),
    ...initiatives.map((i) => ({
      kind: 'initiative' as const,
      id: i.id,
      year: year(i.decisionDate),
      date: i.decisionDate,
      label: `Sáng kiến: ${i.title}`,
      detail: `${i.scopeLabel} — ${i.recognizingBody}`,
    })),
    ...disciplines.map((d) => ({
      kind: 'discipline' as const,
      id: d.id,
      year: year(d.fromDate),
      date: d.fromDate,
      label: `Kỷ luật: ${d.formLabel}`,
      detail: d.toDate ? `Đến ngày ${d.toDate}` : null,
    })),
    ...pendingCases.map((c) => ({
      kind: 'pending_case' as const,
      id: c.id,
      year: year(c.openedOn),
      date: c.openedOn,
      label: c.kindLabel,
      detail: c.closedOn ? `Đã kết thúc ngày ${c.closedOn}` : 'Chưa kết thúc',
    })),
    ...maternityLeaves.map((m) => ({
      kind: 'maternity_leave' as const,
      id: m.id,
      year: year(m.fromDate),
      date: m.fromDate,
      label: 'Nghỉ thai sản',
      detail: `Đến ngày ${m.toDate}`,
    })),
  ].sort(
    (a, b) => b.year - a.year || (b.date ?? '').localeCompare(a.date ?? '') || a.kind.localeCompare(b.kind),
  );

  return {
    subject: presentSubject(type, subject.id, subject.name, { id: subject.unitId, name: subject.unitName }),
    pendingInvestigation: pendingCases.some((c) => c.isOpen),
    timeline,
    ratings,
    awards,
    initiatives,
    disciplines,
    pendingCases,
    maternityLeaves,
  };
}
