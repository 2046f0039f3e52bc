import { type SQL, sql } from 'drizzle-orm';
import type { AwardStatus } from '../../../domain/awards/ledger';
import { AWARD_CODES } from '../../../domain/awards/catalogue';
import {
  COMMENDATION_TYPES,
  type CommendationType,
  DISCIPLINE_FORMS,
  type DisciplineForm,
  type InitiativeScope,
  type IsoDate,
  type Rating,
  RATINGS,
  type SubjectFacts,
} from '../../../domain/awards/types';
import type { Executor } from '../../db/client';
import { startingWith } from '../../db/patterns';

/**
 * What the eligibility engine reads from the ledger, set-based: one statement per table for a whole
 * selection of people (a list of ids or a unit subtree), never one query per person. The statements are
 * independent, so on a pool they run side by side; rows are folded into one SubjectFacts per person.
 * Every item carries its ledger id so a check can cite the record it used.
 */

export interface SubjectFactsQuery {
  /** These people (any unit). */
  personIds?: string[];
  /** People whose current unit lies in this subtree (materialised path). Both absent = the whole tenant. */
  unitPath?: string;
  /** Ratings and awards of these evaluation years; disciplines and leave overlapping them; initiatives recognised in them. */
  fromYear: number;
  toYear: number;
  /** Only awards with these codes (e.g. the rungs of the ladders being checked). */
  awardCodes?: string[];
  /** G1 is judged on this date (cases opened on or before it and not closed by it); default: every case still open. */
  asOf?: IsoDate;
  /** Include rating and award ids (default true); see loadSubjectFacts. */
  ids?: boolean;
  /** Load annual ratings (default true); a target whose criteria read none skips them. */
  ratings?: boolean;
}

type Rows<T> = { rows: T[] };
async function rows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as Rows<T>).rows;
}

/** The selected people as a CTE body. */
function selection(tenantId: string, q: SubjectFactsQuery): SQL {
  const conds: SQL[] = [sql`p.tenant_id = ${tenantId}`];
  if (q.personIds) conds.push(sql`p.id = any(${sql.param(q.personIds)}::uuid[])`);
  if (q.unitPath !== undefined)
    conds.push(sql`p.unit_id in (select u.id from org_units u where u.tenant_id = ${tenantId}
      and (u.path = ${q.unitPath} or u.path like ${startingWith(q.unitPath + '/')}))`);
  return sql`select p.id from people p where ${sql.join(conds, sql` and `)}`;
}

const emptyFacts = (recruitedOn: IsoDate | null): SubjectFacts => ({
  ratings: [],
  awards: [],
  initiatives: [],
  disciplines: [],
  maternityLeaves: [],
  pendingInvestigation: false,
  recruitedOn,
});

const openCase = (asOf: IsoDate | undefined): SQL =>
  asOf === undefined
    ? sql`c.closed_on is null`
    : sql`c.opened_on <= ${asOf}::date and (c.closed_on is null or c.closed_on > ${asOf}::date)`;

/** Rows of `person id, packed list`: the items of one person joined by ',' and their fields by ' '. */
type Packed = { p: string; x: string };

/**
 * Reads a field that is usually one of a few known strings (award codes, commendation types, ratings)
 * without allocating: the known string is returned when the text at [from, to) equals it; anything else is
 * sliced once and kept (a million facts share a few dozen strings, and the collector has less to do).
 */
function vocabulary(known: readonly string[]) {
  const byLength = new Map<number, string[]>();
  for (const k of known) byLength.set(k.length, [...(byLength.get(k.length) ?? []), k]);
  return (x: string, from: number, to: number): string => {
    const candidates = byLength.get(to - from);
    if (candidates) for (const c of candidates) if (x.startsWith(c, from)) return c;
    const found = x.slice(from, to);
    if ((candidates?.length ?? 0) < 64) byLength.set(found.length, [...(candidates ?? []), found]);
    return found;
  };
}

const fourDigits = (x: string, at: number) =>
  (x.charCodeAt(at) - 48) * 1000 +
  (x.charCodeAt(at + 1) - 48) * 100 +
  (x.charCodeAt(at + 2) - 48) * 10 +
  (x.charCodeAt(at + 3) - 48);

type Read = (x: string, from: number, to: number) => string;

/** `year rating[ id],…` (years are four digits: the schema keeps them in 1945…2200). */
function unpackRatings(x: string, withIds: boolean, read: Read, into: SubjectFacts['ratings']) {
  let i = 0;
  while (i < x.length) {
    let end = x.indexOf(',', i);
    if (end < 0) end = x.length;
    const year = fourDigits(x, i);
    if (withIds) {
      const space = x.indexOf(' ', i + 5);
      into.push({ year, rating: read(x, i + 5, space) as Rating, id: x.slice(space + 1, end) });
    } else into.push({ year, rating: read(x, i + 5, end) as Rating });
    i = end + 1;
  }
}

/** `code year type status[ id],…`. */
function unpackAwards(x: string, withIds: boolean, read: Read, into: SubjectFacts['awards']) {
  let i = 0;
  while (i < x.length) {
    let end = x.indexOf(',', i);
    if (end < 0) end = x.length;
    const a = x.indexOf(' ', i);
    const b = x.indexOf(' ', a + 6);
    const code = read(x, i, a);
    const year = fourDigits(x, a + 1);
    const type = read(x, a + 6, b) as CommendationType;
    const status = x.charCodeAt(b + 1) === 118 /* v */ ? 'valid' : 'revoked';
    into.push(
      withIds
        ? { code, year, type, status, id: x.slice(x.indexOf(' ', b + 1) + 1, end) }
        : { code, year, type, status },
    );
    i = end + 1;
  }
}

/** Lists come back in year order almost always (rows are written year by year): sort only when not. */
function sortByYear(list: { year: number }[]) {
  for (let i = 1; i < list.length; i++)
    if (list[i]!.year < list[i - 1]!.year) {
      list.sort((p, q) => p.year - q.year);
      return;
    }
}

/**
 * Facts of every selected person for the years `fromYear`…`toYear`: a Map from person id to SubjectFacts
 * (people with an empty ledger included), lists in date order. Each statement aggregates per person in
 * the database (one packed text per person) so that a million award records cross the wire as a hundred
 * thousand rows; every field packed is free of the separators (codes, years, dates, uuids).
 *
 * `ids: false` leaves the rating and award ids out (a batch over a whole province needs verdicts, not
 * citations; a rating is identified by its subject and year anyway): about half the bytes.
 */
export async function loadSubjectFacts(
  db: Executor,
  tenantId: string,
  q: SubjectFactsQuery,
): Promise<Map<string, SubjectFacts>> {
  if (q.personIds && q.personIds.length === 0) return new Map();
  const sel = selection(tenantId, q);
  // The whole tenant needs no selection join: the tenant filter on each table is the selection.
  const whole = q.personIds === undefined && q.unitPath === undefined;
  const withSel = (alias: string, column: string) =>
    whole
      ? { cte: sql``, join: sql`` }
      : { cte: sql`with sel as (${sel}) `, join: sql.raw(`join sel on sel.id = ${alias}.${column}`) };
  const [rS, aS, iS, dS, mS, cS] = [
    withSel('r', 'person_id'),
    withSel('a', 'person_id'),
    withSel('ia', 'person_id'),
    withSel('d', 'person_id'),
    withSel('m', 'person_id'),
    withSel('c', 'person_id'),
  ];
  const yearFrom = `${q.fromYear}-01-01`;
  const yearTo = `${q.toYear}-12-31`;
  const withIds = q.ids !== false;
  const codes = q.awardCodes ? sql`and a.award_code = any(${sql.param(q.awardCodes)}::text[])` : sql``;
  const ratingId = withIds ? sql` || ' ' || r.id::text` : sql``;
  const awardId = withIds ? sql` || ' ' || a.id::text` : sql``;

  const [persons, ratings, awards, inits, disciplines, leaves, pending] = await Promise.all([
    // In Vietnamese name order (people.sort_key, "C" collation; the tenant/sort index serves it): the map
    // keeps it, so callers list people by name without another statement.
    rows<{ id: string; recruited_on: string | null }>(
      db,
      whole
        ? sql`select p.id, p.recruited_on from people p where p.tenant_id = ${tenantId} order by p.sort_key, p.id`
        : sql`select p.id, p.recruited_on from people p where p.id in (${sel}) order by p.sort_key, p.id`,
    ),
    rows<Packed>(
      db,
      sql`${rS.cte}select r.person_id as p, string_agg(r.year::text || ' ' || r.rating${ratingId}, ',') as x
        from annual_ratings r ${rS.join}
        where r.tenant_id = ${tenantId} and r.year between ${q.fromYear} and ${q.toYear}
          and ${q.ratings === false ? sql`false` : sql`true`}
        group by r.person_id`,
    ),
    rows<Packed>(
      db,
      sql`${aS.cte}select a.person_id as p, string_agg(a.award_code || ' ' || a.counted_year::text
          || ' ' || a.commendation_type || ' ' || a.status${awardId}, ',') as x
        from award_records a ${aS.join}
        where a.tenant_id = ${tenantId} and a.counted_year between ${q.fromYear} and ${q.toYear} ${codes}
        group by a.person_id`,
    ),
    rows<{ p: string; id: string; scope: InitiativeScope; d: string; u: string | null }>(
      db,
      sql`${iS.cte}select ia.person_id as p, i.id, i.scope, i.decision_date as d,
          case when ua.status = 'revoked' then null else i.used_by_award_id end as u
        from initiative_authors ia ${iS.join}
        join initiatives i on i.id = ia.initiative_id and i.tenant_id = ${tenantId}
        left join award_records ua on ua.id = i.used_by_award_id
        where ia.tenant_id = ${tenantId} and i.decision_date between ${yearFrom}::date and ${yearTo}::date
        order by i.decision_date`,
    ),
    rows<{ p: string; id: string; form: DisciplineForm; f: string; t: string | null }>(
      db,
      sql`${dS.cte}select d.person_id as p, d.id, d.form, d.from_date as f, d.to_date as t
        from discipline_records d ${dS.join}
        where d.tenant_id = ${tenantId} and d.from_date <= ${yearTo}::date
          and (d.to_date is null or d.to_date >= ${yearFrom}::date)
        order by d.from_date`,
    ),
    rows<{ p: string; id: string; f: string; t: string }>(
      db,
      sql`${mS.cte}select m.person_id as p, m.id, m.from_date as f, m.to_date as t
        from maternity_leaves m ${mS.join}
        where m.tenant_id = ${tenantId} and m.from_date <= ${yearTo}::date and m.to_date >= ${yearFrom}::date
        order by m.from_date`,
    ),
    rows<{ p: string }>(
      db,
      sql`${cS.cte}select distinct c.person_id as p
        from pending_cases c ${cS.join}
        where c.tenant_id = ${tenantId} and ${openCase(q.asOf)}`,
    ),
  ]);

  const out = new Map<string, SubjectFacts>();
  for (const p of persons) out.set(p.id, emptyFacts(p.recruited_on));
  const read = vocabulary([...AWARD_CODES, ...COMMENDATION_TYPES, ...RATINGS]);
  for (const { p, x } of ratings) {
    const facts = out.get(p);
    if (!facts) continue;
    unpackRatings(x, withIds, read, facts.ratings);
    sortByYear(facts.ratings);
  }
  for (const { p, x } of awards) {
    const facts = out.get(p);
    if (!facts) continue;
    unpackAwards(x, withIds, read, facts.awards);
    sortByYear(facts.awards);
  }
  for (const i of inits)
    out.get(i.p)?.initiatives.push({ id: i.id, scope: i.scope, recognizedOn: i.d, usedByAward: i.u });
  for (const d of disciplines) out.get(d.p)?.disciplines.push({ form: d.form, from: d.f, to: d.t, id: d.id });
  for (const m of leaves) out.get(m.p)?.maternityLeaves.push({ from: m.f, to: m.t, id: m.id });
  for (const c of pending) {
    const facts = out.get(c.p);
    if (facts) facts.pendingInvestigation = true;
  }
  return out;
}

/** A member of a collective in the evaluation year, with the person's id. */
export type CollectiveMember = NonNullable<SubjectFacts['members']>[number] & { personId: string };
export type CollectiveFacts = Omit<SubjectFacts, 'members'> & { members: CollectiveMember[] };

const heaviest = (forms: DisciplineForm[]): DisciplineForm | null => {
  let best: DisciplineForm | null = null;
  for (const f of forms)
    if (best === null || DISCIPLINE_FORMS.indexOf(f) > DISCIPLINE_FORMS.indexOf(best)) best = f;
  return best;
};

/** A json_agg column: parsed by both drivers; null when there was nothing to aggregate. */
const asArray = <T>(v: unknown): T[] => {
  const parsed: unknown = typeof v === 'string' ? JSON.parse(v) : v;
  return Array.isArray(parsed) ? (parsed as T[]) : [];
};

/**
 * Facts of a collective (org unit) for evaluation year `year` (Law Điều 27–28): its own ratings and awards
 * up to that year, its open cases (G1), and its members — people whose membership of the unit overlaps the
 * year — each with the year's rating, the emulation titles they hold for that year (valid ones) and the
 * heaviest disciplinary form in force during the year. Members are the unit's own staff (memberships of
 * the unit itself; sub-units are collectives of their own).
 */
export async function loadCollectiveFacts(
  db: Executor,
  tenantId: string,
  unitId: string,
  year: number,
  options: { asOf?: IsoDate } = {},
): Promise<CollectiveFacts> {
  const yearFrom = `${year}-01-01`;
  const yearTo = `${year}-12-31`;
  const [ratings, awards, pending, members] = await Promise.all([
    rows<{ y: number; r: Rating; id: string }>(
      db,
      sql`select r.year as y, r.rating as r, r.id from annual_ratings r
        where r.tenant_id = ${tenantId} and r.org_unit_id = ${unitId} and r.year <= ${year} order by r.year`,
    ),
    rows<{ c: string; y: number; t: CommendationType; s: AwardStatus; id: string }>(
      db,
      sql`select a.award_code as c, a.counted_year as y, a.commendation_type as t, a.status as s, a.id
        from award_records a
        where a.tenant_id = ${tenantId} and a.org_unit_id = ${unitId} and a.counted_year <= ${year}
        order by a.counted_year`,
    ),
    rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from pending_cases c
        where c.tenant_id = ${tenantId} and c.org_unit_id = ${unitId} and ${openCase(options.asOf)}`,
    ),
    rows<{ p: string; r: Rating | null; titles: unknown; forms: unknown }>(
      db,
      sql`with m as (
          select distinct ms.person_id from person_unit_memberships ms
          where ms.tenant_id = ${tenantId} and ms.unit_id = ${unitId}
            and (ms.from_date is null or ms.from_date <= ${yearTo}::date)
            and (ms.to_date is null or ms.to_date >= ${yearFrom}::date))
        select m.person_id as p, r.rating as r,
          (select json_agg(a.award_code order by a.award_code) from award_records a
            where a.tenant_id = ${tenantId} and a.person_id = m.person_id and a.counted_year = ${year}
              and a.status = 'valid' and a.is_emulation_title) as titles,
          (select json_agg(d.form) from discipline_records d
            where d.tenant_id = ${tenantId} and d.person_id = m.person_id and d.from_date <= ${yearTo}::date
              and (d.to_date is null or d.to_date >= ${yearFrom}::date)) as forms
        from m left join annual_ratings r
          on r.tenant_id = ${tenantId} and r.person_id = m.person_id and r.year = ${year}
        order by m.person_id`,
    ),
  ]);
  return {
    ratings: ratings.map((r) => ({ year: r.y, rating: r.r, id: r.id })),
    awards: awards.map((a) => ({ code: a.c, year: a.y, type: a.t, id: a.id, status: a.s })),
    initiatives: [],
    disciplines: [],
    maternityLeaves: [],
    pendingInvestigation: (pending[0]?.n ?? 0) > 0,
    members: members.map((m) => ({
      personId: m.p,
      rating: m.r,
      titles: asArray<string>(m.titles),
      disciplineForm: heaviest(asArray<DisciplineForm>(m.forms)),
    })),
  };
}
