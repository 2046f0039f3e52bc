import { vietnamDate } from '../../../domain/calendar';
import { checkYear } from '../../../domain/awards/ledger';
import {
  checkDeadline,
  checkRegistrableTitle,
  REGISTRABLE_TITLES,
  registrableTitle,
  REGISTRATION_SUBJECT_LABELS,
} from '../../../domain/emulation/registration';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { badRequest, conflict, forbidden, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import {
  allows,
  assertMayManageTenant,
  assertMayReadRegistrations,
  assertMayRegister,
  scopesFor,
} from './emulation.policy';
import { inForceDuring, requirePerson, requireUnit, uniqueAs409 } from './emulation.shared';
import * as repo from './registrations.repo';
import type {
  Registration,
  RegistrationCreate,
  RegistrationListQuery,
  RegistrationPatch,
} from './registrations.schemas';

const REGISTRATION = 'Đăng ký thi đua';
const DUPLICATE = 'Đã có đăng ký này trong năm.';

export function presentRegistration(v: repo.RegistrationView): Registration {
  const r = v.registration;
  return {
    id: r.id,
    year: r.year,
    subjectType: r.subjectType,
    subjectTypeLabel: REGISTRATION_SUBJECT_LABELS[r.subjectType],
    unit: { id: r.unitId, name: v.unitName },
    orgUnit: r.orgUnitId ? { id: r.orgUnitId, name: v.orgUnitName ?? '' } : null,
    person: r.personId ? { id: r.personId, fullName: v.personName ?? '' } : null,
    titleCode: r.titleCode,
    titleLabel: registrableTitle(r.titleCode)?.label ?? r.titleCode,
    registeredOn: r.registeredOn,
    late: v.late,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export const listRegistrationTitles = () => ({
  items: REGISTRABLE_TITLES.map((t) => ({ code: t.code, label: t.label, subjectType: t.subject })),
});

export async function listRegistrations(ctx: Ctx, q: RegistrationListQuery) {
  const filter: repo.RegistrationFilter = {
    tenantId: ctx.actor.tenantId,
    scopes: scopesFor(ctx, 'emulation.read'),
    year: q.year,
    subjectType: q.subjectType,
    titleCode: q.titleCode,
    late: q.late,
    foldedQuery: q.q ? foldVietnamese(q.q) || undefined : undefined,
    page: q.page,
    pageSize: q.pageSize,
  };
  if (q.unitId) {
    const unit = await requireUnit(ctx, q.unitId);
    const scopes = filter.scopes;
    const reachable =
      scopes === 'all' ||
      scopes.some((s) => unit.path === s || unit.path.startsWith(s + '/') || s.startsWith(unit.path + '/'));
    if (!reachable) throw forbidden('Đơn vị này nằm ngoài phạm vi quản lý của bạn.');
    filter.unit = { id: unit.id, path: unit.path, includeSubunits: q.includeSubunits };
  }
  const { items, total } = await repo.listRegistrations(ctx.db, filter);
  return { items: items.map(presentRegistration), total };
}

async function loadVisible(ctx: Ctx, id: string) {
  const found = await repo.findRegistration(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound(REGISTRATION);
  assertMayReadRegistrations(ctx, found.unitPath, REGISTRATION);
  return found;
}

export async function getRegistration(ctx: Ctx, id: string) {
  return presentRegistration(await loadVisible(ctx, id));
}

function assertYear(ctx: Ctx, year: number) {
  const problems = checkYear('year', year, vietnamDate(ctx.now));
  if (problems[0]) throw badRequest(`Năm đăng ký không hợp lệ: ${problems[0].message}.`, problems);
}

function assertTitle(subject: 'collective' | 'individual', code: string) {
  const problem = checkRegistrableTitle(subject, code);
  if (problem) throw badRequest(`${problem}.`);
}

/** The subject of a new registration: the unit registering it, and the columns naming it. */
async function resolveSubject(ctx: Ctx, input: RegistrationCreate) {
  if (input.subjectType === 'collective') {
    const unit = await requireUnit(ctx, input.orgUnitId);
    assertMayRegister(ctx, unit.path, 'Đơn vị');
    if (!inForceDuring(unit, input.year))
      throw badRequest(`Đơn vị "${unit.name}" không có hiệu lực trong năm ${input.year}.`);
    return { unitId: unit.id, orgUnitId: unit.id, personId: null, label: unit.name };
  }
  const person = await requirePerson(ctx, input.personId);
  if (!person.unitId || !person.unitPath)
    throw badRequest(`${person.fullName} chưa thuộc đơn vị nào: hãy ghi đơn vị công tác trước khi đăng ký.`);
  assertMayRegister(ctx, person.unitPath, 'Người');
  return { unitId: person.unitId, orgUnitId: null, personId: person.id, label: person.fullName };
}

export async function createRegistration(ctx: Ctx, input: RegistrationCreate) {
  assertYear(ctx, input.year);
  assertTitle(input.subjectType, input.titleCode);
  const subject = await resolveSubject(ctx, input);
  const tenantId = ctx.actor.tenantId;
  const row: repo.NewRegistrationRow = {
    id: newId(),
    tenantId,
    year: input.year,
    subjectType: input.subjectType,
    unitId: subject.unitId,
    orgUnitId: subject.orgUnitId,
    personId: subject.personId,
    titleCode: input.titleCode,
    registeredOn: vietnamDate(ctx.now),
    note: input.note || null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await uniqueAs409(DUPLICATE, () =>
    inTransaction(ctx, async (tx) => {
      const existing = await repo.findExisting(tx, tenantId, input.year, {
        orgUnitIds: subject.orgUnitId ? [subject.orgUnitId] : [],
        personIds: subject.personId ? [subject.personId] : [],
      });
      const clash = existing.find((e) => e.subjectType === 'individual' || e.titleCode === input.titleCode);
      if (clash)
        throw conflict(
          `${subject.label} đã đăng ký "${registrableTitle(clash.titleCode)?.label ?? clash.titleCode}" năm ${input.year}${input.subjectType === 'individual' ? '; mỗi người đăng ký một danh hiệu mỗi năm, hãy sửa đăng ký đó' : ''}.`,
        );
      await repo.insertRegistrations(tx, [row]);
      await writeAudit(tx, ctx, {
        action: 'create',
        entityType: 'emulation_registration',
        entityId: row.id,
        summary: `Đăng ký thi đua năm ${input.year}: ${subject.label} — ${registrableTitle(input.titleCode)?.label}`,
        after: row,
      });
    }),
  );
  return getRegistration(ctx, row.id);
}

/** Changing the title re-dates the registration (a new target registered today); a note does not. */
export async function updateRegistration(ctx: Ctx, id: string, patch: RegistrationPatch) {
  const found = await loadVisible(ctx, id);
  assertMayRegister(ctx, found.unitPath, REGISTRATION);
  const before = found.registration;
  if (patch.titleCode) assertTitle(before.subjectType, patch.titleCode);
  const retitled = patch.titleCode !== undefined && patch.titleCode !== before.titleCode;
  const changes: Partial<repo.NewRegistrationRow> = {
    ...(retitled ? { titleCode: patch.titleCode, registeredOn: vietnamDate(ctx.now) } : {}),
    ...(patch.note !== undefined ? { note: patch.note || null } : {}),
    updatedAt: ctx.now,
  };
  await uniqueAs409(DUPLICATE, () =>
    inTransaction(ctx, async (tx) => {
      await repo.updateRegistration(tx, ctx.actor.tenantId, id, changes);
      await writeAudit(tx, ctx, {
        action: 'update',
        entityType: 'emulation_registration',
        entityId: id,
        summary: `Sửa đăng ký thi đua năm ${before.year}: ${found.personName ?? found.orgUnitName}`,
        before,
        after: { ...before, ...changes },
      });
    }),
  );
  return getRegistration(ctx, id);
}

export async function deleteRegistration(ctx: Ctx, id: string) {
  const found = await loadVisible(ctx, id);
  assertMayRegister(ctx, found.unitPath, REGISTRATION);
  await inTransaction(ctx, async (tx) => {
    await repo.deleteRegistration(tx, ctx.actor.tenantId, id);
    await writeAudit(tx, ctx, {
      action: 'delete',
      entityType: 'emulation_registration',
      entityId: id,
      summary: `Xoá đăng ký thi đua năm ${found.registration.year}: ${found.personName ?? found.orgUnitName}`,
      before: found.registration,
    });
  });
}

// Deadlines -------------------------------------------------------------------------------------------------

export async function listDeadlines(ctx: Ctx) {
  return { items: await repo.listDeadlines(ctx.db, ctx.actor.tenantId) };
}

export async function setDeadline(ctx: Ctx, year: number, deadline: string) {
  assertMayManageTenant(ctx);
  const problem = checkDeadline(year, deadline);
  if (problem) throw badRequest(`${problem}.`);
  const before = await repo.findDeadline(ctx.db, ctx.actor.tenantId, year);
  await inTransaction(ctx, async (tx) => {
    await repo.upsertDeadline(tx, ctx.actor.tenantId, year, deadline, ctx.now);
    await writeAudit(tx, ctx, {
      action: 'set_deadline',
      entityType: 'emulation_registration_deadline',
      entityId: null,
      summary: `Hạn đăng ký thi đua năm ${year}: ${deadline.split('-').reverse().join('/')}`,
      before: before ? { year, deadline: before } : null,
      after: { year, deadline },
    });
  });
  return { year, deadline };
}

export async function deleteDeadline(ctx: Ctx, year: number) {
  assertMayManageTenant(ctx);
  await inTransaction(ctx, async (tx) => {
    const before = await repo.findDeadline(tx, ctx.actor.tenantId, year);
    if (!(await repo.deleteDeadline(tx, ctx.actor.tenantId, year))) throw notFound(`Hạn đăng ký năm ${year}`);
    await writeAudit(tx, ctx, {
      action: 'delete_deadline',
      entityType: 'emulation_registration_deadline',
      entityId: null,
      summary: `Bỏ hạn đăng ký thi đua năm ${year}`,
      before: { year, deadline: before },
    });
  });
}

/** Whether the actor may register for the unit at `path` (used by the import for each row). */
export const mayRegisterAt = (ctx: Ctx, path: string) => allows(ctx, 'emulation.register', path);
