import { vietnamDate } from '../../../domain/calendar';
import { isInForce } from '../../../domain/org/org-unit';
import { foldVietnamese, normaliseName, vietnameseSortKey } from '../../../domain/text/vietnamese';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { badRequest, conflict, forbidden, notFound, versionConflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import * as hrepo from './households.repo';
import { assertMayAttach, assertVisible, assertWritable, scopesFor } from './people.policy';
import { pgErrorCode } from './people.present';
import * as prepo from './people.repo';
import type { Household, HouseholdCreate, HouseholdListQuery, HouseholdPatch } from './people.schemas';

const HOUSEHOLD = 'Hộ gia đình';
/** Households live in communes (xã, phường) and villages (thôn, tổ dân phố). */
const HOUSEHOLD_UNIT_TYPES = new Set(['commune', 'village']);

function present(r: NonNullable<Awaited<ReturnType<typeof hrepo.findHousehold>>>): Household {
  return {
    id: r.id,
    name: r.name,
    head: r.headPersonId && r.headName ? { id: r.headPersonId, fullName: r.headName } : null,
    unit: { id: r.unitId, name: r.unitName },
    address: r.address,
    externalCode: r.externalCode,
    version: r.version,
  };
}

export const householdSearchColumns = (name: string, address: string | null) => {
  const clean = normaliseName(name);
  return {
    name: clean,
    searchText: foldVietnamese(address ? `${clean} ${address}` : clean),
    sortKey: vietnameseSortKey(clean),
  };
};

export async function listHouseholds(ctx: Ctx, query: HouseholdListQuery) {
  const scopes = scopesFor(ctx, 'people.read');
  let unitPath: string | undefined;
  if (query.unitId) {
    const unit = await prepo.findUnit(ctx.db, ctx.actor.tenantId, query.unitId);
    if (!unit) throw notFound('Đơn vị');
    if (
      scopes !== 'all' &&
      !scopes.some((s) => unit.path === s || unit.path.startsWith(s + '/') || s.startsWith(unit.path + '/'))
    )
      throw forbidden('Đơn vị này nằm ngoài phạm vi quản lý của bạn.');
    unitPath = unit.path;
  }
  const where = hrepo.householdWhere({
    tenantId: ctx.actor.tenantId,
    scopes,
    q: query.q ? foldVietnamese(query.q) : undefined,
    unitPath,
  });
  const [rows, total] = await Promise.all([
    hrepo.listHouseholds(ctx.db, where, query.pageSize, (query.page - 1) * query.pageSize),
    hrepo.countHouseholds(ctx.db, where),
  ]);
  return { items: rows.map(present), total };
}

async function loadVisible(ctx: Ctx, id: string) {
  const row = await hrepo.findHousehold(ctx.db, ctx.actor.tenantId, id);
  if (!row) throw notFound(HOUSEHOLD);
  assertVisible(ctx, row.unitPath, HOUSEHOLD);
  return row;
}

export async function getHousehold(ctx: Ctx, id: string) {
  return present(await loadVisible(ctx, id));
}

async function checkUnit(ctx: Ctx, unitId: string) {
  const unit = await prepo.findUnit(ctx.db, ctx.actor.tenantId, unitId);
  if (!unit) throw notFound('Đơn vị');
  assertMayAttach(ctx, unit.path);
  if (!HOUSEHOLD_UNIT_TYPES.has(unit.type))
    throw badRequest('Hộ gia đình phải thuộc một xã, phường hoặc thôn, tổ dân phố.');
  if (!isInForce(unit, vietnamDate(ctx.now))) throw badRequest(`Đơn vị "${unit.name}" không còn hiệu lực.`);
  return unit;
}

async function checkHead(ctx: Ctx, personId: string) {
  const found = await prepo.findPerson(ctx.db, ctx.actor.tenantId, personId);
  if (!found) throw notFound('Chủ hộ');
  assertVisible(ctx, found.unitPath, 'Chủ hộ');
}

async function guardCode<T>(work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if (pgErrorCode(error).code === '23505') throw conflict('Mã hộ gia đình đã được dùng cho một hộ khác.');
    throw error;
  }
}

export async function createHousehold(ctx: Ctx, input: HouseholdCreate) {
  const unit = await checkUnit(ctx, input.unitId);
  if (input.headPersonId) await checkHead(ctx, input.headPersonId);
  const id = newId();
  const record: hrepo.NewHouseholdRecord = {
    id,
    tenantId: ctx.actor.tenantId,
    ...householdSearchColumns(input.name, input.address || null),
    headPersonId: input.headPersonId ?? null,
    unitId: unit.id,
    address: input.address || null,
    externalCode: input.externalCode || null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await guardCode(() =>
    inTransaction(ctx, async (tx) => {
      if (
        record.externalCode &&
        (await hrepo.findHouseholdByCode(tx, ctx.actor.tenantId, record.externalCode))
      )
        throw conflict('Mã hộ gia đình đã được dùng cho một hộ khác.');
      await hrepo.insertHouseholds(tx, [record]);
      await writeAudit(tx, ctx, {
        action: 'create',
        entityType: 'household',
        entityId: id,
        summary: `Thêm hộ gia đình: ${record.name} (${unit.name})`,
        after: record,
      });
    }),
  );
  return getHousehold(ctx, id);
}

export async function updateHousehold(ctx: Ctx, id: string, patch: HouseholdPatch) {
  const before = await loadVisible(ctx, id);
  assertWritable(ctx, before.unitPath, HOUSEHOLD);
  if (patch.unitId && patch.unitId !== before.unitId) await checkUnit(ctx, patch.unitId);
  if (patch.headPersonId) await checkHead(ctx, patch.headPersonId);
  const address = patch.address === undefined ? before.address : patch.address || null;
  const changes: Partial<hrepo.NewHouseholdRecord> = {
    ...householdSearchColumns(patch.name ?? before.name, address),
    address,
    ...(patch.unitId ? { unitId: patch.unitId } : {}),
    ...(patch.headPersonId === undefined ? {} : { headPersonId: patch.headPersonId }),
    ...(patch.externalCode === undefined ? {} : { externalCode: patch.externalCode || null }),
    updatedAt: ctx.now,
  };
  await guardCode(() =>
    inTransaction(ctx, async (tx) => {
      if (!(await hrepo.updateHousehold(tx, ctx.actor.tenantId, id, patch.version, changes)))
        throw versionConflict();
      await writeAudit(tx, ctx, {
        action: 'update',
        entityType: 'household',
        entityId: id,
        summary: `Sửa hộ gia đình: ${changes.name}`,
        before,
        after: { ...before, ...changes },
      });
    }),
  );
  return getHousehold(ctx, id);
}
