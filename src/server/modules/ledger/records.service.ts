import { vietnamDate } from '../../../domain/calendar';
import { checkNotFuture, checkPeriod, PENDING_CASE_KIND_LABELS } from '../../../domain/awards/ledger';
import { DISCIPLINE_FORM_LABELS } from '../../../domain/awards/types';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import {
  assertNoProblems,
  iso,
  loadSubject,
  pageOf,
  presentSubject,
  scopeFilter,
  subjectFilter,
} from './ledger.common';
import { assertLedgerVisible, assertLedgerWritable } from './ledger.policy';
import * as repo from './ledger.repo';
import type {
  Discipline,
  DisciplineCreate,
  DisciplineListQuery,
  DisciplinePatch,
  Maternity,
  MaternityCreate,
  MaternityListQuery,
  MaternityPatch,
  PendingCase,
  PendingCaseClose,
  PendingCaseCreate,
  PendingCaseListQuery,
  PendingCasePatch,
} from './ledger.schemas';

/**
 * The ledger's other records: discipline (G2 — streaks restart after the sanction period), pending cases
 * (G1 — no award while one is open) and maternity leave (G3 — counts as working time).
 */

const DISCIPLINE = 'Kỷ luật';
const PENDING = 'Vụ việc';
const MATERNITY = 'Thời gian nghỉ thai sản';

function assertVisibleOrWritable(ctx: Ctx, unitPath: string | null, what: string, mode: 'read' | 'write') {
  if (mode === 'write') assertLedgerWritable(ctx, unitPath, what);
  else assertLedgerVisible(ctx, unitPath, what);
}

/** `undefined` keeps the stored value; null or '' clears it. */
const keep = <T>(value: T | null | undefined, current: T | null): T | null =>
  value === undefined ? current : value === '' ? null : value;

// --------------------------------------------------------------------------------------- disciplines

function presentDiscipline(row: repo.DisciplineRow): Discipline {
  const d = row.discipline;
  return {
    id: d.id,
    subject: presentSubject('individual', d.personId, row.subjectName, {
      id: row.unitId,
      name: row.unitName,
    }),
    form: d.form,
    formLabel: DISCIPLINE_FORM_LABELS[d.form],
    fromDate: d.fromDate,
    toDate: d.toDate,
    decisionNumber: d.decisionNumber,
    note: d.note,
    createdAt: iso(d.createdAt),
    updatedAt: iso(d.updatedAt),
  };
}
export const presentDisciplines = (rows: repo.DisciplineRow[]) => rows.map(presentDiscipline);

async function loadDiscipline(ctx: Ctx, id: string, mode: 'read' | 'write') {
  const row = await repo.findDiscipline(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound(DISCIPLINE);
  assertVisibleOrWritable(ctx, row.unitPath, DISCIPLINE, mode);
  return row;
}

export async function getDiscipline(ctx: Ctx, id: string) {
  return presentDiscipline(await loadDiscipline(ctx, id, 'read'));
}

export async function listDisciplines(ctx: Ctx, q: DisciplineListQuery) {
  if (q.personId) await loadSubject(ctx, 'individual', q.personId, 'read');
  const where = repo.disciplineWhere({ ...(await scopeFilter(ctx, q)), personId: q.personId });
  const { limit, offset } = pageOf(q);
  const [rows, total] = await Promise.all([
    repo.listDisciplines(ctx.db, where, limit, offset),
    repo.countDisciplines(ctx.db, where),
  ]);
  return { items: rows.map(presentDiscipline), total };
}

function checkDiscipline(ctx: Ctx, d: { fromDate: string; toDate: string | null }) {
  const today = vietnamDate(ctx.now);
  assertNoProblems([
    ...checkPeriod('fromDate', d.fromDate, 'toDate', d.toDate, today),
    ...checkNotFuture('fromDate', d.fromDate, today).map((p) => ({
      ...p,
      message: 'Ngày bắt đầu kỷ luật không được sau ngày hôm nay',
    })),
  ]);
}

export async function createDiscipline(ctx: Ctx, input: DisciplineCreate) {
  const person = await loadSubject(ctx, 'individual', input.personId, 'write');
  const record: repo.NewDisciplineRecord = {
    id: newId(),
    tenantId: ctx.actor.tenantId,
    personId: person.id,
    form: input.form,
    fromDate: input.fromDate,
    toDate: input.toDate ?? null,
    decisionNumber: input.decisionNumber || null,
    note: input.note || null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  checkDiscipline(ctx, { fromDate: record.fromDate, toDate: record.toDate ?? null });
  await inTransaction(ctx, async (tx) => {
    await repo.insertDiscipline(tx, record);
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'discipline_record',
      entityId: record.id,
      summary: `Thêm kỷ luật (${DISCIPLINE_FORM_LABELS[input.form]}): ${person.name}`,
      after: record,
    });
  });
  return getDiscipline(ctx, record.id);
}

export async function updateDiscipline(ctx: Ctx, id: string, patch: DisciplinePatch) {
  const row = await loadDiscipline(ctx, id, 'write');
  const d = row.discipline;
  const changes = {
    form: patch.form ?? d.form,
    fromDate: patch.fromDate ?? d.fromDate,
    toDate: keep(patch.toDate, d.toDate),
    decisionNumber: keep(patch.decisionNumber, d.decisionNumber),
    note: keep(patch.note, d.note),
    updatedAt: ctx.now,
  };
  checkDiscipline(ctx, changes);
  await inTransaction(ctx, async (tx) => {
    await repo.updateDiscipline(tx, ctx.actor.tenantId, id, changes);
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'discipline_record',
      entityId: id,
      summary: `Sửa kỷ luật: ${row.subjectName}`,
      before: d,
      after: changes,
    });
  });
  return getDiscipline(ctx, id);
}

export async function deleteDiscipline(ctx: Ctx, id: string) {
  const row = await loadDiscipline(ctx, id, 'write');
  await inTransaction(ctx, async (tx) => {
    await repo.deleteDiscipline(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'discipline_record',
      entityId: id,
      summary: `Xoá kỷ luật: ${row.subjectName}`,
      before: row.discipline,
    });
  });
}

// ------------------------------------------------------------------------------------- pending cases

function presentPending(row: repo.PendingCaseRow): PendingCase {
  const c = row.pendingCase;
  return {
    id: c.id,
    subject: presentSubject(c.subjectType, (c.personId ?? c.orgUnitId)!, row.subjectName, {
      id: row.unitId,
      name: row.unitName,
    }),
    kind: c.kind,
    kindLabel: PENDING_CASE_KIND_LABELS[c.kind],
    openedOn: c.openedOn,
    closedOn: c.closedOn,
    isOpen: c.closedOn === null,
    note: c.note,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
}
export const presentPendingCases = (rows: repo.PendingCaseRow[]) => rows.map(presentPending);

async function loadPending(ctx: Ctx, id: string, mode: 'read' | 'write') {
  const row = await repo.findPendingCase(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound(PENDING);
  assertVisibleOrWritable(ctx, row.unitPath, PENDING, mode);
  return row;
}

export async function getPendingCase(ctx: Ctx, id: string) {
  return presentPending(await loadPending(ctx, id, 'read'));
}

export async function listPendingCases(ctx: Ctx, q: PendingCaseListQuery) {
  const where = repo.pendingWhere({
    ...(await scopeFilter(ctx, q)),
    subject: await subjectFilter(ctx, q),
    subjectType: q.subjectType,
    open: q.open,
  });
  const { limit, offset } = pageOf(q);
  const [rows, total] = await Promise.all([
    repo.listPendingCases(ctx.db, where, limit, offset),
    repo.countPendingCases(ctx.db, where),
  ]);
  return { items: rows.map(presentPending), total };
}

function checkCase(ctx: Ctx, c: { openedOn: string; closedOn: string | null }) {
  const today = vietnamDate(ctx.now);
  assertNoProblems([
    ...checkPeriod('openedOn', c.openedOn, 'closedOn', c.closedOn, today),
    ...checkNotFuture('openedOn', c.openedOn, today).map((p) => ({
      ...p,
      message: 'Ngày bắt đầu vụ việc không được sau ngày hôm nay',
    })),
    ...checkNotFuture('closedOn', c.closedOn, today).map((p) => ({
      ...p,
      message: 'Ngày kết thúc vụ việc không được sau ngày hôm nay',
    })),
  ]);
}

export async function createPendingCase(ctx: Ctx, input: PendingCaseCreate) {
  const subject = await loadSubject(ctx, input.subjectType, input.subjectId, 'write');
  const record: repo.NewPendingCaseRecord = {
    id: newId(),
    tenantId: ctx.actor.tenantId,
    subjectType: input.subjectType,
    personId: input.subjectType === 'individual' ? subject.id : null,
    orgUnitId: input.subjectType === 'collective' ? subject.id : null,
    kind: input.kind,
    openedOn: input.openedOn,
    closedOn: input.closedOn ?? null,
    note: input.note || null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  checkCase(ctx, { openedOn: record.openedOn, closedOn: record.closedOn ?? null });
  await inTransaction(ctx, async (tx) => {
    await repo.insertPendingCase(tx, record);
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'pending_case',
      entityId: record.id,
      summary: `Thêm vụ việc (${PENDING_CASE_KIND_LABELS[input.kind]}): ${subject.name}`,
      after: record,
    });
  });
  return getPendingCase(ctx, record.id);
}

export async function updatePendingCase(ctx: Ctx, id: string, patch: PendingCasePatch) {
  const row = await loadPending(ctx, id, 'write');
  const c = row.pendingCase;
  const changes = {
    kind: patch.kind ?? c.kind,
    openedOn: patch.openedOn ?? c.openedOn,
    closedOn: keep(patch.closedOn, c.closedOn),
    note: keep(patch.note, c.note),
    updatedAt: ctx.now,
  };
  checkCase(ctx, changes);
  await inTransaction(ctx, async (tx) => {
    await repo.updatePendingCase(tx, ctx.actor.tenantId, id, changes);
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'pending_case',
      entityId: id,
      summary: `Sửa vụ việc: ${row.subjectName}`,
      before: c,
      after: changes,
    });
  });
  return getPendingCase(ctx, id);
}

/** Clears gate G1 for this case: the award can proceed once no case is open. */
export async function closePendingCase(ctx: Ctx, id: string, input: PendingCaseClose) {
  const row = await loadPending(ctx, id, 'write');
  const c = row.pendingCase;
  if (c.closedOn !== null)
    throw new AppError('INVALID_TRANSITION', `Vụ việc này đã kết thúc ngày ${c.closedOn}.`);
  const changes = { closedOn: input.closedOn, note: keep(input.note, c.note), updatedAt: ctx.now };
  checkCase(ctx, { openedOn: c.openedOn, closedOn: input.closedOn });
  await inTransaction(ctx, async (tx) => {
    await repo.updatePendingCase(tx, ctx.actor.tenantId, id, changes);
    await writeAudit(tx, ctx, {
      action: 'close',
      entityType: 'pending_case',
      entityId: id,
      summary: `Kết thúc vụ việc (${PENDING_CASE_KIND_LABELS[c.kind]}): ${row.subjectName}`,
      before: { closedOn: null, note: c.note },
      after: changes,
    });
  });
  return getPendingCase(ctx, id);
}

export async function deletePendingCase(ctx: Ctx, id: string) {
  const row = await loadPending(ctx, id, 'write');
  await inTransaction(ctx, async (tx) => {
    await repo.deletePendingCase(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'pending_case',
      entityId: id,
      summary: `Xoá vụ việc: ${row.subjectName}`,
      before: row.pendingCase,
    });
  });
}

// ----------------------------------------------------------------------------------- maternity leave

function presentMaternity(row: repo.MaternityRow): Maternity {
  const m = row.leave;
  return {
    id: m.id,
    subject: presentSubject('individual', m.personId, row.subjectName, {
      id: row.unitId,
      name: row.unitName,
    }),
    fromDate: m.fromDate,
    toDate: m.toDate,
    note: m.note,
    createdAt: iso(m.createdAt),
    updatedAt: iso(m.updatedAt),
  };
}
export const presentMaternityLeaves = (rows: repo.MaternityRow[]) => rows.map(presentMaternity);

async function loadMaternity(ctx: Ctx, id: string, mode: 'read' | 'write') {
  const row = await repo.findMaternity(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound(MATERNITY);
  assertVisibleOrWritable(ctx, row.unitPath, MATERNITY, mode);
  return row;
}

export async function getMaternity(ctx: Ctx, id: string) {
  return presentMaternity(await loadMaternity(ctx, id, 'read'));
}

export async function listMaternity(ctx: Ctx, q: MaternityListQuery) {
  if (q.personId) await loadSubject(ctx, 'individual', q.personId, 'read');
  const where = repo.maternityWhere({ ...(await scopeFilter(ctx, q)), personId: q.personId });
  const { limit, offset } = pageOf(q);
  const [rows, total] = await Promise.all([
    repo.listMaternity(ctx.db, where, limit, offset),
    repo.countMaternity(ctx.db, where),
  ]);
  return { items: rows.map(presentMaternity), total };
}

const checkLeave = (ctx: Ctx, m: { fromDate: string; toDate: string }) =>
  assertNoProblems(checkPeriod('fromDate', m.fromDate, 'toDate', m.toDate, vietnamDate(ctx.now)));

export async function createMaternity(ctx: Ctx, input: MaternityCreate) {
  const person = await loadSubject(ctx, 'individual', input.personId, 'write');
  const record: repo.NewMaternityRecord = {
    id: newId(),
    tenantId: ctx.actor.tenantId,
    personId: person.id,
    fromDate: input.fromDate,
    toDate: input.toDate,
    note: input.note || null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  checkLeave(ctx, record);
  await inTransaction(ctx, async (tx) => {
    await repo.insertMaternity(tx, record);
    await writeAudit(tx, ctx, {
      action: 'create',
      entityType: 'maternity_leave',
      entityId: record.id,
      summary: `Thêm thời gian nghỉ thai sản: ${person.name} (${input.fromDate} – ${input.toDate})`,
      after: record,
    });
  });
  return getMaternity(ctx, record.id);
}

export async function updateMaternity(ctx: Ctx, id: string, patch: MaternityPatch) {
  const row = await loadMaternity(ctx, id, 'write');
  const m = row.leave;
  const changes = {
    fromDate: patch.fromDate ?? m.fromDate,
    toDate: patch.toDate ?? m.toDate,
    note: keep(patch.note, m.note),
    updatedAt: ctx.now,
  };
  checkLeave(ctx, changes);
  await inTransaction(ctx, async (tx) => {
    await repo.updateMaternity(tx, ctx.actor.tenantId, id, changes);
    await writeAudit(tx, ctx, {
      action: 'update',
      entityType: 'maternity_leave',
      entityId: id,
      summary: `Sửa thời gian nghỉ thai sản: ${row.subjectName}`,
      before: m,
      after: changes,
    });
  });
  return getMaternity(ctx, id);
}

export async function deleteMaternity(ctx: Ctx, id: string) {
  const row = await loadMaternity(ctx, id, 'write');
  await inTransaction(ctx, async (tx) => {
    await repo.deleteMaternity(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'maternity_leave',
      entityId: id,
      summary: `Xoá thời gian nghỉ thai sản: ${row.subjectName}`,
      before: row.leave,
    });
  });
}
