import { and, asc, count, desc, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RegistrationSubject } from '../../../domain/emulation/registration';
import type { Executor } from '../../db/client';
import {
  emulationRegistrationDeadlines as deadlines,
  emulationRegistrations as registrations,
  orgUnits,
  people,
} from '../../db/schema';
import { containing, pathInSubtree } from '../../db/patterns';
import { byteOrder } from './emulation.repo';

export type RegistrationRow = typeof registrations.$inferSelect;
export type NewRegistrationRow = typeof registrations.$inferInsert;

const subjectUnit = alias(orgUnits, 'subject_unit');

/** `registered_on` after the year's deadline (none set: not late). */
const lateExpr = sql<boolean>`coalesce(${registrations.registeredOn} > ${deadlines.deadline}, false)`;

const listColumns = {
  registration: registrations,
  unitName: orgUnits.name,
  unitPath: orgUnits.path,
  orgUnitName: subjectUnit.name,
  personName: people.fullName,
  late: lateExpr,
};
export type RegistrationView = {
  registration: RegistrationRow;
  unitName: string;
  unitPath: string;
  orgUnitName: string | null;
  personName: string | null;
  late: boolean;
};

function viewQuery(db: Executor) {
  return db
    .select(listColumns)
    .from(registrations)
    .innerJoin(orgUnits, eq(orgUnits.id, registrations.unitId))
    .leftJoin(subjectUnit, eq(subjectUnit.id, registrations.orgUnitId))
    .leftJoin(people, eq(people.id, registrations.personId))
    .leftJoin(
      deadlines,
      and(eq(deadlines.tenantId, registrations.tenantId), eq(deadlines.year, registrations.year)),
    );
}

export async function findRegistration(
  db: Executor,
  tenantId: string,
  id: string,
): Promise<RegistrationView | undefined> {
  const [row] = await viewQuery(db).where(
    and(eq(registrations.tenantId, tenantId), eq(registrations.id, id)),
  );
  return row;
}

export interface RegistrationFilter {
  tenantId: string;
  scopes: 'all' | string[];
  year?: number;
  unit?: { id: string; path: string; includeSubunits: boolean };
  subjectType?: RegistrationSubject;
  titleCode?: string;
  late?: boolean;
  foldedQuery?: string;
  page: number;
  pageSize: number;
}

/** One page, by year (latest first), registering unit (Vietnamese order), collectives first, then names. */
export async function listRegistrations(db: Executor, f: RegistrationFilter) {
  const where: SQL[] = [eq(registrations.tenantId, f.tenantId)];
  if (f.scopes !== 'all')
    where.push(f.scopes.length ? or(...f.scopes.map((s) => pathInSubtree(orgUnits.path, s)))! : sql`false`);
  if (f.year !== undefined) where.push(eq(registrations.year, f.year));
  if (f.unit)
    where.push(
      f.unit.includeSubunits
        ? pathInSubtree(orgUnits.path, f.unit.path)
        : eq(registrations.unitId, f.unit.id),
    );
  if (f.subjectType) where.push(eq(registrations.subjectType, f.subjectType));
  if (f.titleCode) where.push(eq(registrations.titleCode, f.titleCode));
  if (f.late !== undefined) where.push(f.late ? lateExpr : sql`not ${lateExpr}`);
  if (f.foldedQuery) {
    const pattern = containing(f.foldedQuery);
    where.push(or(like(people.searchText, pattern), like(subjectUnit.searchText, pattern))!);
  }
  const cond = and(...where);
  const [items, totals] = await Promise.all([
    viewQuery(db)
      .where(cond)
      .orderBy(
        desc(registrations.year),
        byteOrder(orgUnits.sortKey),
        asc(registrations.subjectType),
        byteOrder(people.sortKey),
        asc(registrations.titleCode),
        asc(registrations.id),
      )
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db
      .select({ n: count() })
      .from(registrations)
      .innerJoin(orgUnits, eq(orgUnits.id, registrations.unitId))
      .leftJoin(subjectUnit, eq(subjectUnit.id, registrations.orgUnitId))
      .leftJoin(people, eq(people.id, registrations.personId))
      .leftJoin(
        deadlines,
        and(eq(deadlines.tenantId, registrations.tenantId), eq(deadlines.year, registrations.year)),
      )
      .where(cond),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0) };
}

const INSERT_CHUNK = 1000;

export async function insertRegistrations(tx: Executor, rows: readonly NewRegistrationRow[]) {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await tx.insert(registrations).values(rows.slice(i, i + INSERT_CHUNK));
}

export async function updateRegistration(
  tx: Executor,
  tenantId: string,
  id: string,
  changes: Partial<NewRegistrationRow>,
) {
  await tx
    .update(registrations)
    .set(changes)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.id, id)));
}

export async function deleteRegistration(tx: Executor, tenantId: string, id: string) {
  await tx.delete(registrations).where(and(eq(registrations.tenantId, tenantId), eq(registrations.id, id)));
}

/** A year's registrations of the given collectives and people (for duplicates and the import). */
export async function findExisting(
  db: Executor,
  tenantId: string,
  year: number,
  subjects: { orgUnitIds: readonly string[]; personIds: readonly string[] },
): Promise<RegistrationRow[]> {
  const any: SQL[] = [];
  if (subjects.orgUnitIds.length) any.push(inArray(registrations.orgUnitId, [...subjects.orgUnitIds]));
  if (subjects.personIds.length) any.push(inArray(registrations.personId, [...subjects.personIds]));
  if (any.length === 0) return [];
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.year, year), or(...any)));
}

// Deadlines ------------------------------------------------------------------------------------------------

export async function findDeadline(db: Executor, tenantId: string, year: number): Promise<string | null> {
  const [row] = await db
    .select({ deadline: deadlines.deadline })
    .from(deadlines)
    .where(and(eq(deadlines.tenantId, tenantId), eq(deadlines.year, year)));
  return row?.deadline ?? null;
}

export async function listDeadlines(db: Executor, tenantId: string) {
  return db
    .select({ year: deadlines.year, deadline: deadlines.deadline })
    .from(deadlines)
    .where(eq(deadlines.tenantId, tenantId))
    .orderBy(desc(deadlines.year));
}

export async function upsertDeadline(
  tx: Executor,
  tenantId: string,
  year: number,
  deadline: string,
  now: Date,
) {
  await tx
    .insert(deadlines)
    .values({ tenantId, year, deadline, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: [deadlines.tenantId, deadlines.year], set: { deadline, updatedAt: now } });
}

export async function deleteDeadline(tx: Executor, tenantId: string, year: number) {
  const rows = await tx
    .delete(deadlines)
    .where(and(eq(deadlines.tenantId, tenantId), eq(deadlines.year, year)))
    .returning({ year: deadlines.year });
  return rows.length > 0;
}

// Facts for other modules (eligibility) ----------------------------------------------------------------------

export type RegistrationSubjectRef =
  { type: 'collective'; orgUnitId: string } | { type: 'individual'; personId: string };

const subjectCondition = (s: RegistrationSubjectRef) =>
  s.type === 'collective'
    ? and(eq(registrations.subjectType, 'collective'), eq(registrations.orgUnitId, s.orgUnitId))
    : and(eq(registrations.subjectType, 'individual'), eq(registrations.personId, s.personId));

/** The subject's registrations for a year, with their late marks. */
export async function registrationsOf(
  db: Executor,
  tenantId: string,
  subject: RegistrationSubjectRef,
  year: number,
) {
  return db
    .select({ titleCode: registrations.titleCode, registeredOn: registrations.registeredOn, late: lateExpr })
    .from(registrations)
    .leftJoin(
      deadlines,
      and(eq(deadlines.tenantId, registrations.tenantId), eq(deadlines.year, registrations.year)),
    )
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.year, year), subjectCondition(subject)))
    .orderBy(asc(registrations.titleCode));
}

/** Whether the subject registered the title for the year (the eligibility engine reads this as a fact). */
export async function hasRegistration(
  db: Executor,
  tenantId: string,
  subject: RegistrationSubjectRef,
  year: number,
  titleCode: string,
): Promise<boolean> {
  const rows = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.tenantId, tenantId),
        eq(registrations.year, year),
        eq(registrations.titleCode, titleCode),
        subjectCondition(subject),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
