import { addDays, vietnamDate } from '../../../domain/calendar';
import { isInForce } from '../../../domain/org/org-unit';
import { checkPersonFacts } from '../../../domain/people/person-facts';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction, type Tx } from '../../lib/context';
import { AppError, badRequest, conflict, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { assertMayAttach, assertVisible, assertWritable } from './people.policy';
import {
  pgErrorCode,
  personSearchColumns,
  presentPersonItem,
  protectCitizenId,
  visibleCitizenId,
} from './people.present';
import * as repo from './people.repo';
import type { PersonCreate, PersonDetail, PersonPatch, TransferInput } from './people.schemas';

/** Listing lives in people-list.service.ts; re-exported for callers (benchmarks) that import it from here. */
export { listPeople, resolvePersonWhere } from './people-list.service';

const PERSON = 'Người';

async function loadVisible(ctx: Ctx, id: string) {
  const found = await repo.findPerson(ctx.db, ctx.actor.tenantId, id);
  if (!found) throw notFound(PERSON);
  assertVisible(ctx, found.unitPath, PERSON);
  return found;
}

export async function getPerson(ctx: Ctx, id: string): Promise<PersonDetail> {
  const found = await loadVisible(ctx, id);
  const p = found.person;
  const [memberships, headed] = await Promise.all([
    repo.listMemberships(ctx.db, ctx.actor.tenantId, id),
    repo.listHouseholdsHeadedBy(ctx.db, ctx.actor.tenantId, id),
  ]);
  return {
    ...presentPersonItem(ctx, { ...p, unitName: found.unitName, unitPath: found.unitPath, unitCode: null }),
    citizenId: visibleCitizenId(ctx, p, found.unitPath),
    phone: p.phone,
    email: p.email,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    memberships: memberships.map((m) => ({
      id: m.id,
      unit: { id: m.unitId, name: m.unitName },
      position: m.position,
      fromDate: m.fromDate,
      toDate: m.toDate,
    })),
    householdsHeaded: headed,
  };
}

function assertFacts(problems: { path: string; message: string }[]) {
  const first = problems[0];
  if (first) throw new AppError('VALIDATION_ERROR', `Dữ liệu không hợp lệ: ${first.message}.`, problems);
}

async function assertNoClash(tx: Tx, ctx: Ctx, hash: string | null, code: string | null, exceptId?: string) {
  const clashes = await repo.findClashes(tx, ctx.actor.tenantId, { hash, code }, exceptId);
  if (clashes.some((c) => hash && c.hash === hash))
    throw conflict('Số định danh cá nhân này đã có trong danh sách (trùng với một người khác).');
  if (clashes.length > 0) throw conflict(`Mã cán bộ "${code}" đã được dùng cho một người khác.`);
}

/** Maps a unique violation that slipped past the checks (a concurrent insert) to 409. */
async function withUniqueGuard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (pgErrorCode(error).code === '23505')
      throw conflict('Số định danh cá nhân hoặc mã cán bộ đã có trong danh sách.');
    throw error;
  }
}

async function findAttachableUnit(ctx: Ctx, unitId: string, asOf: string) {
  const unit = await repo.findUnit(ctx.db, ctx.actor.tenantId, unitId);
  if (!unit) throw notFound('Đơn vị');
  assertMayAttach(ctx, unit.path);
  if (!isInForce(unit, asOf)) throw badRequest(`Đơn vị "${unit.name}" không còn hiệu lực vào ngày ${asOf}.`);
  return unit;
}

export async function createPerson(ctx: Ctx, input: PersonCreate) {
  const today = vietnamDate(ctx.now);
  const citizenId = input.citizenId?.replace(/[\s.-]/g, '') || null;
  const facts = {
    ...input,
    birthDate: input.birthDate ?? null,
    recruitedOn: input.recruitedOn ?? null,
    citizenId,
  };
  assertFacts(checkPersonFacts(facts, today));
  const unit = input.unitId ? await findAttachableUnit(ctx, input.unitId, today) : null;
  if (!unit) assertMayAttach(ctx, null);
  const id = newId();
  const externalCode = input.externalCode || null;
  const protectedId = protectCitizenId(ctx.deps.protector, citizenId);
  const record: repo.NewPersonRecord = {
    id,
    tenantId: ctx.actor.tenantId,
    ...personSearchColumns(input.fullName, externalCode),
    gender: input.gender,
    birthDate: facts.birthDate,
    ethnicity: input.ethnicity ?? '01',
    ...protectedId,
    externalCode,
    position: input.position || null,
    isLeader: input.isLeader ?? false,
    occupationGroup: input.occupationGroup ?? 'civil_servant',
    recruitedOn: facts.recruitedOn,
    unitId: unit?.id ?? null,
    phone: input.phone || null,
    email: input.email?.toLowerCase() || null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await withUniqueGuard(() =>
    inTransaction(ctx, async (tx) => {
      await assertNoClash(tx, ctx, protectedId.citizenIdHash, externalCode);
      await repo.insertPerson(tx, record);
      if (unit)
        await repo.insertMemberships(tx, [
          {
            id: newId(),
            tenantId: ctx.actor.tenantId,
            personId: id,
            unitId: unit.id,
            position: record.position,
            fromDate: facts.recruitedOn ?? today,
          },
        ]);
      await writeAudit(tx, ctx, {
        action: 'create',
        entityType: 'person',
        entityId: id,
        summary: `Thêm người: ${record.fullName}${unit ? ` (${unit.name})` : ''}`,
        after: auditView(record),
      });
    }),
  );
  return getPerson(ctx, id);
}

/** What the audit keeps of a person: never the clear citizen ID (the masked form only). */
function auditView(r: Partial<repo.NewPersonRecord>) {
  const { citizenIdCipher: _c, citizenIdHash: _h, searchText: _s, sortKey: _k, ...rest } = r;
  return rest;
}

export async function updatePerson(ctx: Ctx, id: string, patch: PersonPatch) {
  const found = await loadVisible(ctx, id);
  assertWritable(ctx, found.unitPath, PERSON);
  const before = found.person;
  const gender = patch.gender ?? before.gender;
  const birthDate = patch.birthDate === undefined ? before.birthDate : patch.birthDate;
  const recruitedOn = patch.recruitedOn === undefined ? before.recruitedOn : patch.recruitedOn;
  const citizenId =
    patch.citizenId === undefined ? undefined : patch.citizenId?.replace(/[\s.-]/g, '') || null;
  const knownId =
    citizenId === undefined && before.citizenIdCipher
      ? ctx.deps.protector.decrypt(before.citizenIdCipher)
      : citizenId;
  assertFacts(
    checkPersonFacts(
      { fullName: patch.fullName, gender, birthDate, recruitedOn, citizenId: knownId },
      vietnamDate(ctx.now),
    ),
  );
  const externalCode = patch.externalCode === undefined ? before.externalCode : patch.externalCode || null;
  const changes: Partial<repo.NewPersonRecord> = {
    ...personSearchColumns(patch.fullName ?? before.fullName, externalCode),
    gender,
    birthDate,
    recruitedOn,
    externalCode,
    ...(citizenId === undefined ? {} : protectCitizenId(ctx.deps.protector, citizenId)),
    ...pick(patch, ['ethnicity', 'isLeader', 'occupationGroup']),
    ...emptyToNull(patch, ['position', 'phone', 'email']),
    updatedAt: ctx.now,
  };
  await withUniqueGuard(() =>
    inTransaction(ctx, async (tx) => {
      await assertNoClash(
        tx,
        ctx,
        citizenId === undefined ? null : (changes.citizenIdHash ?? null),
        externalCode === before.externalCode ? null : externalCode,
        id,
      );
      if (!(await repo.updatePerson(tx, ctx.actor.tenantId, id, patch.version, changes)))
        throw versionConflict();
      if (patch.position !== undefined)
        await repo.setOpenMembershipPosition(tx, ctx.actor.tenantId, id, changes.position ?? null);
      await writeAudit(tx, ctx, {
        action: 'update',
        entityType: 'person',
        entityId: id,
        summary: `Sửa thông tin người: ${changes.fullName}`,
        before: auditView(before),
        after: auditView({ ...before, ...changes }),
      });
    }),
  );
  return getPerson(ctx, id);
}

function pick<T extends object, K extends keyof T>(obj: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}
function emptyToNull<K extends string>(obj: Partial<Record<K, string | null>>, keys: K[]) {
  const out: Partial<Record<K, string | null>> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k] || null;
  return out;
}

export async function deletePerson(ctx: Ctx, id: string) {
  const found = await loadVisible(ctx, id);
  assertWritable(ctx, found.unitPath, PERSON);
  const headed = await repo.listHouseholdsHeadedBy(ctx.db, ctx.actor.tenantId, id);
  if (headed.length > 0)
    throw conflict(
      `Không thể xoá: người này đang là chủ hộ của ${headed.map((h) => `"${h.name}"`).join(', ')}. Hãy đổi chủ hộ trước.`,
    );
  try {
    await inTransaction(ctx, async (tx) => {
      await repo.deletePerson(tx, ctx.actor.tenantId, id);
      await writeAudit(tx, ctx, {
        action: 'delete',
        entityType: 'person',
        entityId: id,
        summary: `Xoá người: ${found.person.fullName}`,
        before: auditView(found.person),
      });
    });
  } catch (error) {
    if (pgErrorCode(error).code === '23503')
      throw conflict('Không thể xoá: người này đang được dùng trong hồ sơ khác (khen thưởng, đề nghị...).');
    throw error;
  }
}

const dayBefore = (iso: string) => addDays(iso, -1);

/** Moves a person to another unit from `fromDate`: the open membership ends the day before. */
export async function transferPerson(ctx: Ctx, id: string, input: TransferInput) {
  const found = await loadVisible(ctx, id);
  assertWritable(ctx, found.unitPath, PERSON);
  const unit = await findAttachableUnit(ctx, input.unitId, input.fromDate);
  const p = found.person;
  if (p.unitId === unit.id) throw badRequest('Người này đã thuộc đơn vị được chọn.');
  if (input.version !== undefined && input.version !== p.version) throw versionConflict();
  const open = await repo.findOpenMembership(ctx.db, ctx.actor.tenantId, id);
  if (open?.fromDate && open.fromDate >= input.fromDate)
    throw badRequest(`Ngày chuyển phải sau ngày bắt đầu công tác tại đơn vị hiện tại (${open.fromDate}).`);
  const position = input.position === undefined ? p.position : input.position || null;
  await inTransaction(ctx, async (tx) => {
    const updated = await repo.updatePerson(tx, ctx.actor.tenantId, id, p.version, {
      unitId: unit.id,
      position,
      updatedAt: ctx.now,
    });
    if (!updated) throw versionConflict();
    await repo.closeOpenMemberships(tx, ctx.actor.tenantId, [id], dayBefore(input.fromDate));
    await repo.insertMemberships(tx, [
      {
        id: newId(),
        tenantId: ctx.actor.tenantId,
        personId: id,
        unitId: unit.id,
        position,
        fromDate: input.fromDate,
      },
    ]);
    await writeAudit(tx, ctx, {
      action: 'transfer',
      entityType: 'person',
      entityId: id,
      summary: `Chuyển ${p.fullName} từ ${found.unitName ?? '(chưa có đơn vị)'} sang ${unit.name} từ ngày ${input.fromDate}`,
      before: { unitId: p.unitId, position: p.position },
      after: { unitId: unit.id, position, fromDate: input.fromDate },
    });
  });
  return getPerson(ctx, id);
}
