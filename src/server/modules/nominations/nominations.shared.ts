import { vietnamYear } from '../../../domain/calendar';
import { catalogueEntry } from '../../../domain/awards/catalogue';
import { SUBJECT_TYPE_LABELS, VERDICT_LABELS, type SubjectType } from '../../../domain/awards/types';
import { requiredDocuments } from '../../../domain/commendation/documents';
import type { Ctx, Executor, Tx } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { checkSubject } from '../eligibility';
import { findSubjects } from '../ledger';
import type { EligibilitySnapshot } from './nominations.core';
import * as repo from './nominations.repo';

/** What the dossier services share: subjects, award codes, the checklist and the eligibility snapshot. */

const validation = (message: string, path: string) => new AppError('VALIDATION_ERROR', message, { path });

/** A catalogue code the subject type may receive under the round's commendation type. */
export function requireAwardFor(awardCode: string, subjectType: SubjectType, commendationType: string) {
  const entry = catalogueEntry(awardCode);
  if (!entry)
    throw validation(`Không có danh hiệu, hình thức "${awardCode}" trong danh mục.`, 'body.awardCode');
  if (!entry.subjectTypes.includes(subjectType))
    throw validation(
      `${entry.name} không xét cho đối tượng "${SUBJECT_TYPE_LABELS[subjectType].toLowerCase()}".`,
      'body.awardCode',
    );
  if (!entry.commendationTypes.includes(commendationType as never))
    throw validation(`${entry.name} không thuộc loại hình khen thưởng của đợt này.`, 'body.awardCode');
  return entry;
}

/** The subject (person, unit, household) of the tenant, inside the proposing unit's subtree. */
export async function requireSubject(
  ctx: Ctx,
  subjectType: SubjectType,
  subjectId: string,
  proposingUnitPath: string,
  db: Executor = ctx.db,
) {
  const [subject] = await findSubjects(db, ctx.actor.tenantId, subjectType, [subjectId]);
  if (!subject) throw notFound(SUBJECT_TYPE_LABELS[subjectType]);
  const path = subject.unitPath;
  if (!path || !(path === proposingUnitPath || path.startsWith(`${proposingUnitPath}/`)))
    throw validation(
      `${subject.name} không thuộc đơn vị đề nghị (chỉ đề nghị cá nhân, tập thể, hộ gia đình thuộc đơn vị mình).`,
      'body.subjectId',
    );
  const positions =
    subjectType === 'individual'
      ? await repo.findPersonPositions(db, ctx.actor.tenantId, [subject.id])
      : null;
  return {
    id: subject.id,
    name: subject.name,
    unitName: subjectType === 'collective' ? null : subject.unitName,
    position: positions?.get(subject.id) ?? null,
  };
}

/** The year a round judges: its year, else the year its period ends, else the current year. */
export const evaluationYearOf = (ctx: Ctx, round: { year: number | null; periodTo: string | null }) =>
  round.year ?? (round.periodTo ? Number(round.periodTo.slice(0, 4)) : vietnamYear(ctx.now));

/**
 * The verdict for the dossier's award code (the eligibility module judges the subject from the ledger). A
 * check that cannot run (e.g. the subject is outside the actor's ledger scope) leaves no verdict (null).
 */
export async function eligibilityFor(
  ctx: Ctx,
  subjectType: SubjectType,
  subjectId: string,
  awardCode: string,
  evaluationYear: number,
): Promise<{ snapshot: EligibilitySnapshot | null; eligible: boolean | null }> {
  try {
    const result = await checkSubject(ctx, { subjectType, subjectId, evaluationYear, targets: [awardCode] });
    const r = result.results[0];
    if (!r) return { snapshot: null, eligible: null };
    const snapshot: EligibilitySnapshot = {
      verdict: r.verdict,
      verdictLabel: VERDICT_LABELS[r.verdict],
      ruleSet: r.ruleSet,
      evaluationYear,
      failed: r.checks
        .filter((c) => c.status === 'failed')
        .map((c) => ({ code: c.code, message: c.message, citation: c.citation })),
      needsJudgement: r.checks.filter((c) => c.status === 'needs_judgement').length,
      checkedAt: ctx.now.toISOString(),
    };
    return {
      snapshot,
      eligible: r.verdict === 'not_eligible' ? false : r.verdict === 'eligible' ? true : null,
    };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { snapshot: null, eligible: null };
  }
}

/** Writes the §7.1 checklist of a dossier (fresh, every item missing). */
export async function insertChecklist(
  tx: Tx,
  ctx: Ctx,
  nominationId: string,
  awardCode: string,
  commendationType: Parameters<typeof requiredDocuments>[0]['commendationType'],
  subjectType: SubjectType,
  provided: readonly string[] = [],
) {
  const items = requiredDocuments({ awardCode, commendationType, subjectType });
  await repo.insertDocuments(
    tx,
    items.map((d, position) => ({
      tenantId: ctx.actor.tenantId,
      nominationId,
      code: d.code,
      required: d.required,
      status: provided.includes(d.code) ? ('provided' as const) : ('missing' as const),
      note: null,
      position,
      updatedAt: ctx.now,
    })),
  );
}
