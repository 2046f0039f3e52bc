import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CertificateForm } from '../../../domain/commendation/certificate';
import type { Executor } from '../../db/client';
import {
  awardRecords,
  certificateRegistryCounters,
  certificates,
  households,
  orgUnits,
  people,
  tenants,
} from '../../db/schema';

/** The certificates' database access; every query but the public look-up is scoped by the tenant. */

export type CertificateRow = typeof certificates.$inferSelect;
export type NewCertificate = typeof certificates.$inferInsert;

const personUnit = alias(orgUnits, 'person_unit');
const collective = alias(orgUnits, 'collective_unit');
const householdUnit = alias(orgUnits, 'household_unit');

/** Award records with what a certificate prints about the holder. */
export async function awardRecordsForPrint(db: Executor, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: awardRecords.id,
      subjectType: awardRecords.subjectType,
      awardCode: awardRecords.awardCode,
      status: awardRecords.status,
      countedYear: awardRecords.countedYear,
      decisionNumber: awardRecords.decisionNumber,
      decisionDate: awardRecords.decisionDate,
      decisionAuthority: awardRecords.decisionAuthority,
      achievementSummary: awardRecords.achievementSummary,
      personName: people.fullName,
      gender: people.gender,
      position: people.position,
      personUnitName: personUnit.name,
      collectiveName: collective.name,
      householdName: households.name,
      householdUnitName: householdUnit.name,
    })
    .from(awardRecords)
    .leftJoin(people, eq(people.id, awardRecords.personId))
    .leftJoin(personUnit, eq(personUnit.id, people.unitId))
    .leftJoin(collective, eq(collective.id, awardRecords.orgUnitId))
    .leftJoin(households, eq(households.id, awardRecords.householdId))
    .leftJoin(householdUnit, eq(householdUnit.id, households.unitId))
    .where(and(eq(awardRecords.tenantId, tenantId), inArray(awardRecords.id, ids)));
}
export type AwardForPrint = Awaited<ReturnType<typeof awardRecordsForPrint>>[number];

/** Award record ids carrying a decision number (the list of a decision before the decisions module). */
export async function awardRecordIdsOfDecision(db: Executor, tenantId: string, decisionNumber: string) {
  const rows = await db
    .select({ id: awardRecords.id })
    .from(awardRecords)
    .where(and(eq(awardRecords.tenantId, tenantId), eq(awardRecords.decisionNumber, decisionNumber)))
    .orderBy(asc(awardRecords.createdAt), asc(awardRecords.id));
  return rows.map((r) => r.id);
}

export async function certificatesOfAwards(db: Executor, tenantId: string, awardRecordIds: string[]) {
  if (awardRecordIds.length === 0) return [];
  return db
    .select()
    .from(certificates)
    .where(and(eq(certificates.tenantId, tenantId), inArray(certificates.awardRecordId, awardRecordIds)));
}

export async function tenantName(db: Executor, tenantId: string): Promise<string> {
  const [row] = await db.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.name ?? '';
}

/**
 * Hands out `count` consecutive registry numbers for (tenant, form, year): the counter row is created or
 * advanced in one statement, which locks it until the transaction ends, so concurrent issuers queue.
 * Returns the first number of the block.
 */
export async function allocateSequences(
  tx: Executor,
  tenantId: string,
  form: CertificateForm,
  year: number,
  count: number,
): Promise<number> {
  const [row] = await tx
    .insert(certificateRegistryCounters)
    .values({ tenantId, form, year, lastSequence: count })
    .onConflictDoUpdate({
      target: [
        certificateRegistryCounters.tenantId,
        certificateRegistryCounters.form,
        certificateRegistryCounters.year,
      ],
      set: { lastSequence: sql`${certificateRegistryCounters.lastSequence} + ${count}` },
    })
    .returning({ last: certificateRegistryCounters.lastSequence });
  return row!.last - count + 1;
}

export async function insertCertificates(tx: Executor, rows: NewCertificate[]) {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(certificates).values(rows.slice(i, i + 500));
}

/** Certificates of the tenant with the award's live status, optionally of one decision, in registry order. */
export async function listCertificates(
  db: Executor,
  tenantId: string,
  filter: { decisionNumber?: string; decisionId?: string; ids?: string[] },
) {
  const conditions = [eq(certificates.tenantId, tenantId)];
  if (filter.decisionNumber !== undefined)
    conditions.push(eq(certificates.decisionNumber, filter.decisionNumber));
  if (filter.decisionId !== undefined) conditions.push(eq(certificates.decisionId, filter.decisionId));
  if (filter.ids !== undefined) {
    if (filter.ids.length === 0) return [];
    conditions.push(inArray(certificates.id, filter.ids));
  }
  return db
    .select({ certificate: certificates, status: awardRecords.status })
    .from(certificates)
    .innerJoin(awardRecords, eq(awardRecords.id, certificates.awardRecordId))
    .where(and(...conditions))
    .orderBy(asc(certificates.form), asc(certificates.year), asc(certificates.sequence))
    .limit(5000);
}
export type ListedCertificate = Awaited<ReturnType<typeof listCertificates>>[number];

export async function findCertificate(db: Executor, tenantId: string, id: string) {
  const [row] = await listCertificates(db, tenantId, { ids: [id] });
  return row;
}

/** The public look-up by code (any tenant: codes are unique). Only the fields the public page may show. */
export async function findPublicCertificate(db: Executor, code: string) {
  const [row] = await db
    .select({
      holderName: certificates.holderName,
      holderUnit: certificates.holderUnit,
      heading: certificates.heading,
      form: certificates.form,
      awardCode: certificates.awardCode,
      decisionNumber: certificates.decisionNumber,
      decisionDate: certificates.decisionDate,
      issuingBody: certificates.issuingBody,
      status: awardRecords.status,
    })
    .from(certificates)
    .innerJoin(awardRecords, eq(awardRecords.id, certificates.awardRecordId))
    .where(eq(certificates.publicCode, code));
  return row;
}
