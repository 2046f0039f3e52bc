import { vietnamDate } from '../../../domain/calendar';
import { isCstdOrBetter, isLdttOrBetter } from '../../../domain/awards/catalogue';
import {
  RATING_RANK,
  VERDICT_LABELS,
  type SubjectFacts,
  type Verdict,
  warningOrHeavier,
} from '../../../domain/awards/types';
import {
  ELIGIBILITY_TARGETS,
  eligibilityTarget,
  evaluateEligibility,
  evaluateMany,
  evaluateSubjects,
  isEligibilityError,
  type EligibilityOutcome,
  type EligibilityResult,
} from '../../../domain/eligibility';
import { awardCodesRead, readsRatings } from '../../../domain/eligibility/reads';
import type { Ctx } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import {
  findSubjects as findSubjectsOf,
  findUnit as findUnitOf,
  ledgerReadScopes,
  loadCollectiveFacts,
  loadSubject,
  loadSubjectFacts,
  presentSubject,
  type CollectiveFacts,
} from '../ledger';
import { loadLegalSettings as loadLegalSettingsOf } from '../settings';
import type { BatchBody, BatchResult, CheckBody, CheckResult } from './eligibility.schemas';

/** A career is judged over at most 40 years back (the ladders of law-reference §3.3 need far fewer). */
const YEARS_BACK = 40;
const FIRST_YEAR = 1945;
const VERDICT_ORDER: readonly Verdict[] = ['eligible', 'needs_review', 'not_eligible'];

function dates(ctx: Ctx, body: { receivedOn?: string; judgedOn?: string }) {
  const today = vietnamDate(ctx.now);
  const receivedOn = body.receivedOn ?? today;
  const judgedOn = body.judgedOn ?? (receivedOn > today ? receivedOn : today);
  return { receivedOn, judgedOn };
}

function unwrap(outcome: EligibilityOutcome): EligibilityResult {
  if (!isEligibilityError(outcome)) return outcome;
  const { message, field } = outcome.error;
  throw new AppError('VALIDATION_ERROR', message, { path: `body.${field}` });
}

const emptyFacts = (): SubjectFacts => ({
  ratings: [],
  awards: [],
  initiatives: [],
  disciplines: [],
  maternityLeaves: [],
  pendingInvestigation: false,
});

const withLabel = (r: EligibilityResult) => ({ ...r, verdictLabel: VERDICT_LABELS[r.verdict] });

/**
 * "Đủ điều kiện gì?" for one subject of the ledger: its facts are read once (what the law-reference §2–§3
 * criteria need, up to the evaluation year) and every asked target — by default every title and form the
 * subject type may receive — is judged on them.
 */
export async function checkSubject(ctx: Ctx, body: CheckBody): Promise<CheckResult> {
  const subject = await loadSubject(ctx, body.subjectType, body.subjectId, 'read');
  const { receivedOn, judgedOn } = dates(ctx, body);
  const year = body.evaluationYear;
  const targets =
    body.targets ??
    ELIGIBILITY_TARGETS.filter((t) => t.subjectTypes.includes(body.subjectType)).map((t) => t.code);
  const settings = await loadLegalSettingsOf(ctx.db, ctx.actor.tenantId);
  let facts: SubjectFacts;
  if (body.subjectType === 'individual') {
    const loaded = await loadSubjectFacts(ctx.db, ctx.actor.tenantId, {
      personIds: [subject.id],
      fromYear: Math.max(FIRST_YEAR, year - YEARS_BACK),
      toYear: year,
      asOf: judgedOn,
    });
    facts = loaded.get(subject.id) ?? emptyFacts();
  } else if (body.subjectType === 'collective') {
    facts = await loadCollectiveFacts(ctx.db, ctx.actor.tenantId, subject.id, year, { asOf: judgedOn });
  } else {
    facts = emptyFacts();
  }
  const outcomes = evaluateMany(targets, {
    subjectType: body.subjectType,
    evaluationYear: year,
    receivedOn,
    judgedOn,
    facts,
    settings,
  });
  const results = outcomes.map(unwrap);
  const counts = { eligible: 0, needs_review: 0, not_eligible: 0 };
  for (const r of results) counts[r.verdict]++;
  return {
    subject: presentSubject(subject.type, subject.id, subject.name, {
      id: subject.unitId,
      name: subject.unitName,
    }),
    evaluationYear: year,
    receivedOn,
    judgedOn,
    counts,
    results: results.map(withLabel),
  };
}

/** Members' ratios of a unit in a year (Law Điều 27–28), from the collective's facts. */
function memberFacts(unit: { id: string; name: string }, facts: CollectiveFacts) {
  const members = facts.members;
  let rated = 0;
  let atLeastHt = 0;
  let withLdtt = 0;
  let withCstdCoSo = 0;
  let disciplined = 0;
  for (const m of members) {
    if (m.rating) rated++;
    if (m.rating && RATING_RANK[m.rating] >= RATING_RANK.HT) atLeastHt++;
    if (m.titles.some(isLdttOrBetter)) withLdtt++;
    if (m.titles.some(isCstdOrBetter)) withCstdCoSo++;
    if (warningOrHeavier(m.disciplineForm)) disciplined++;
  }
  const share = (n: number) => (members.length === 0 ? 0 : Math.round((n / members.length) * 1000) / 10);
  return {
    unitId: unit.id,
    unitName: unit.name,
    members: members.length,
    rated,
    atLeastHt,
    withLdtt,
    withCstdCoSo,
    disciplinedWarningOrHeavier: disciplined,
    ldttShare: share(withLdtt),
    atLeastHtShare: share(atLeastHt),
  };
}

/**
 * One target for many people at once — a unit's subtree, a list, or the actor's whole scope: the facts
 * the target reads (law-reference §3.3 ladders, src/domain/eligibility/reads.ts) are loaded set-based in a
 * few statements, every person is judged in process, and the answer is the counts per verdict plus one
 * page of people (ordered by name) with the checks they failed. With a unit, the unit's members' ratios are
 * reported too (the batch-level facts of Law Điều 27–28).
 */
export async function checkBatch(ctx: Ctx, body: BatchBody): Promise<BatchResult> {
  const target = eligibilityTarget(body.target);
  if (!target)
    throw new AppError('VALIDATION_ERROR', `Không có danh hiệu, hình thức "${body.target}" trong danh mục.`, {
      path: 'body.target',
    });
  const { receivedOn, judgedOn } = dates(ctx, body);
  const year = body.evaluationYear;
  const settings = await loadLegalSettingsOf(ctx.db, ctx.actor.tenantId);
  const tenantId = ctx.actor.tenantId;

  let unit: { id: string; name: string; path: string } | null = null;
  if (body.unitId) {
    unit = (await findUnitOf(ctx.db, tenantId, body.unitId)) ?? null;
    if (!unit || !ledgerReadScopesCover(ctx, unit.path)) throw notFound('Đơn vị');
  }
  const unitFacts = unit
    ? memberFacts(unit, await loadCollectiveFacts(ctx.db, tenantId, unit.id, year, { asOf: judgedOn }))
    : null;

  if (!target.subjectTypes.includes('individual')) {
    // A collective title: the unit itself is the subject.
    if (!unit)
      throw new AppError('VALIDATION_ERROR', `${target.name} là danh hiệu tập thể: hãy chọn đơn vị.`, {
        path: 'body.unitId',
      });
    const facts = await loadCollectiveFacts(ctx.db, tenantId, unit.id, year, { asOf: judgedOn });
    const result = unwrap(
      evaluateEligibility({
        target: target.code,
        subjectType: 'collective',
        evaluationYear: year,
        receivedOn,
        judgedOn,
        facts,
        settings,
      }),
    );
    const counts = { eligible: 0, needs_review: 0, not_eligible: 0 };
    counts[result.verdict] = 1;
    const shown = !body.verdict || body.verdict === result.verdict;
    return {
      target: target.code,
      targetName: target.name,
      evaluationYear: year,
      subjectType: 'collective',
      ruleSet: result.ruleSet,
      evaluated: 1,
      counts,
      unitFacts,
      total: shown ? 1 : 0,
      items:
        shown && body.page === 1
          ? [batchItem(presentSubject('collective', unit.id, unit.name, { id: null, name: null }), result)]
          : [],
    };
  }

  // Who: a list (each visible), a unit subtree, or the actor's scope (one subtree or the whole tenant).
  let selection: { personIds?: string[]; unitPath?: string };
  if (body.personIds) {
    const ids = [...new Set(body.personIds)];
    const found = await findSubjectsOf(ctx.db, tenantId, 'individual', ids);
    const visible = new Set(found.filter((s) => ledgerReadScopesCover(ctx, s.unitPath)).map((s) => s.id));
    const missing = ids.filter((id) => !visible.has(id));
    if (missing.length > 0)
      throw new AppError('NOT_FOUND', `Không tìm thấy ${missing.length} cá nhân trong danh sách.`, {
        missing: missing.slice(0, 20),
      });
    selection = { personIds: ids };
  } else if (unit) {
    selection = { unitPath: unit.path };
  } else {
    const scopes = ledgerReadScopes(ctx);
    if (scopes === 'all') selection = {};
    else if (scopes.length === 1) selection = { unitPath: scopes[0]! };
    else
      throw new AppError('VALIDATION_ERROR', 'Hãy chọn đơn vị (phạm vi được giao gồm nhiều nhánh).', {
        path: 'body.unitId',
      });
  }

  const facts = await loadSubjectFacts(ctx.db, tenantId, {
    ...selection,
    fromYear: Math.max(FIRST_YEAR, year - YEARS_BACK),
    toYear: year,
    awardCodes: awardCodesRead(target.code),
    ratings: readsRatings(target.code),
    asOf: judgedOn,
    ids: false,
  });

  // Judge everyone; keep only the verdict (and, for the page, the result) — the map is in name order.
  const counts = { eligible: 0, needs_review: 0, not_eligible: 0 };
  const listedIds: string[][] = [[], [], []];
  const wanted = body.verdict;
  const from = (body.page - 1) * body.pageSize;
  const to = body.page * body.pageSize;
  const results = new Map<string, EligibilityResult>();
  let ruleSet: string | null = null;
  const error = evaluateSubjects(
    target.code,
    { subjectType: 'individual', evaluationYear: year, receivedOn, judgedOn, settings },
    facts,
    (personId, outcome) => {
      const result = unwrap(outcome);
      ruleSet = result.ruleSet;
      counts[result.verdict]++;
      if (wanted && wanted !== result.verdict) return;
      const bucket = listedIds[VERDICT_ORDER.indexOf(result.verdict)]!;
      bucket.push(personId);
      // Verdicts best first, names in order within each: keep results only for those that may be on the page.
      if (bucket.length <= to) results.set(personId, result);
    },
  );
  if (error) unwrap(error);
  const ordered = listedIds.flat();
  const page = ordered.slice(from, to);
  const subjects = await findSubjectsOf(ctx.db, tenantId, 'individual', page);
  const subjectById = new Map(subjects.map((s) => [s.id, s]));
  return {
    target: target.code,
    targetName: target.name,
    evaluationYear: year,
    subjectType: 'individual',
    ruleSet,
    evaluated: facts.size,
    counts,
    unitFacts,
    total: ordered.length,
    items: page.map((id) => {
      const s = subjectById.get(id)!;
      return batchItem(
        presentSubject('individual', s.id, s.name, { id: s.unitId, name: s.unitName }),
        results.get(id)!,
      );
    }),
  };
}

function ledgerReadScopesCover(ctx: Ctx, path: string | null): boolean {
  const scopes = ledgerReadScopes(ctx);
  if (scopes === 'all') return true;
  if (path === null) return false;
  return scopes.some((s) => path === s || path.startsWith(s + '/'));
}

function batchItem(subject: BatchResult['items'][number]['subject'], r: EligibilityResult) {
  return {
    subject,
    verdict: r.verdict,
    ruleSet: r.ruleSet,
    failed: r.checks
      .filter((c) => c.status === 'failed')
      .map((c) => ({ code: c.code, message: c.message, citation: c.citation })),
    needsJudgement: r.checks.filter((c) => c.status === 'needs_judgement').length,
  };
}
