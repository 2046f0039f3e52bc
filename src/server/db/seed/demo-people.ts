import { vietnamDate } from '../../../domain/calendar';
import { writeAudit } from '../../lib/audit.repo';
import type { OccupationGroup } from '../../../domain/people/person';
import type { Deps } from '../../lib/context';
import { newId } from '../../lib/ids';
import { householdSearchColumns } from '../../modules/people/households.service';
import { insertHouseholds } from '../../modules/people/households.repo';
import { type PreparedPerson, writePeopleBatch } from '../../modules/people/people-batch';
import { createPrng, generatePerson, type Prng } from '../../modules/people/people.fixtures';
import {
  countPeopleOfTenant,
  insertMemberships,
  listUnitsInForce,
  type UnitRef,
} from '../../modules/people/people.repo';
import type { DemoContext } from './demo';

const PEOPLE = 400;
const HOUSEHOLDS = 40;
const SEED = 20250701;
/** The two-tier local government took effect on 1 July 2025: transferred demo people moved then. */
const REFORM_DAY = '2025-07-01';

const POSITIONS_BY_TYPE: Record<string, readonly (readonly [string, boolean])[]> = {
  school: [
    ['Hiệu trưởng', true],
    ['Phó Hiệu trưởng', true],
    ['Giáo viên', false],
    ['Giáo viên', false],
    ['Giáo viên', false],
  ],
  agency: [
    ['Giám đốc Sở', true],
    ['Trưởng phòng', true],
    ['Chuyên viên', false],
    ['Chuyên viên', false],
    ['Bác sĩ', false],
  ],
  enterprise: [
    ['Giám đốc', true],
    ['Công nhân', false],
    ['Công nhân', false],
    ['Kỹ sư', false],
  ],
  commune: [
    ['Chủ tịch UBND xã', true],
    ['Phó Chủ tịch UBND xã', true],
    ['Công chức Văn phòng - Thống kê', false],
    ['Công chức Tư pháp - Hộ tịch', false],
    ['Nông dân', false],
    ['Nông dân', false],
    ['Trưởng thôn', false],
  ],
};
const OCCUPATION_BY_POSITION: Record<string, OccupationGroup> = {
  'Nông dân': 'farmer',
  'Trưởng thôn': 'direct_labourer',
  'Công nhân': 'worker',
};
const PEOPLE_UNIT_TYPES = new Set(['commune', 'agency', 'school', 'village', 'enterprise']);

/**
 * About 400 deterministic people over the tenant's in-force units (as the org demo left them), some with
 * a transfer in their history, and about 40 households headed by commune residents. Written through the
 * import's set-based path. Does nothing when the tenant already has people.
 */
export async function seedDemoPeople(deps: Deps, demo: DemoContext): Promise<void> {
  const db = deps.database.db;
  if ((await countPeopleOfTenant(db, demo.tenantId)) > 0) return;
  const today = vietnamDate(demo.now);
  const units = (await listUnitsInForce(db, demo.tenantId, today)).filter((u) =>
    PEOPLE_UNIT_TYPES.has(u.type),
  );
  const rng = createPrng(SEED);
  const people = Array.from({ length: PEOPLE }, (_, i) => demoPerson(rng, i, units, today));
  const ctx = { actor: demo.actor, requestId: 'seed-demo', now: demo.now };
  await db.transaction(async (tx) => {
    const { created } = await writePeopleBatch(
      tx,
      deps,
      demo.tenantId,
      people.map((p) => p.person),
      { today, now: demo.now },
    );
    const history = people.flatMap((p, i) =>
      p.previousUnit
        ? [
            {
              id: newId(),
              tenantId: demo.tenantId,
              personId: created[i]!,
              unitId: p.previousUnit.id,
              position: p.person.position,
              fromDate: p.person.recruitedOn,
              toDate: '2025-06-30',
            },
          ]
        : [],
    );
    await insertMemberships(tx, history);
    const households = demoHouseholds(
      rng,
      demo.tenantId,
      people.map((p, i) => ({ ...p, id: created[i]! })),
      demo.now,
    );
    await insertHouseholds(tx, households);
    await writeAudit(tx, ctx, {
      action: 'seed',
      entityType: 'person',
      summary: `Dữ liệu mẫu: ${created.length} cá nhân (${history.length} có quá trình chuyển công tác), ${households.length} hộ gia đình`,
      after: { created: created.length, transfers: history.length, households: households.length },
    });
  });
}

function demoPerson(rng: Prng, i: number, units: UnitRef[], today: string) {
  const g = generatePerson(rng, i, 0);
  const unit = units.length ? units[rng.int(0, units.length - 1)]! : null;
  const positions =
    POSITIONS_BY_TYPE[unit?.type === 'village' ? 'commune' : (unit?.type ?? 'commune')] ??
    POSITIONS_BY_TYPE.commune!;
  const [position, isLeader] = rng.pick(positions);
  const occupationGroup =
    OCCUPATION_BY_POSITION[position] ?? (unit?.type === 'enterprise' ? 'worker' : 'civil_servant');
  const moved =
    unit !== null &&
    units.length > 1 &&
    today >= REFORM_DAY &&
    g.recruitedOn < '2025-06-30' &&
    rng.chance(0.15);
  const previousUnit = moved
    ? (units.filter((u) => u.id !== unit.id)[rng.int(0, units.length - 2)] ?? null)
    : null;
  const person: PreparedPerson = {
    fullName: g.fullName,
    gender: g.gender,
    birthDate: g.birthDate,
    ethnicity: g.ethnicity,
    citizenId: g.citizenId,
    externalCode: g.externalCode,
    position,
    isLeader,
    occupationGroup,
    recruitedOn: g.recruitedOn,
    unitId: unit?.id ?? null,
    phone: g.phone,
    email: null,
    memberSince: previousUnit ? REFORM_DAY : g.recruitedOn,
  };
  return { person, unit, previousUnit };
}

function demoHouseholds(
  rng: Prng,
  tenantId: string,
  people: { id: string; person: PreparedPerson; unit: UnitRef | null }[],
  now: Date,
) {
  const residents = people.filter((p) => p.unit && (p.unit.type === 'commune' || p.unit.type === 'village'));
  const heads = residents
    .filter((_, i) => i % Math.max(1, Math.floor(residents.length / HOUSEHOLDS)) === 0)
    .slice(0, HOUSEHOLDS);
  return heads.map((h, i) => {
    const title = h.person.gender === 'male' ? 'ông' : 'bà';
    const name = `Hộ ${title} ${h.person.fullName}`;
    const address = `Thôn ${rng.pick(['Nà Khà', 'Bản Thắng', 'Khuôn Hà', 'Nà Tông', 'Phiêng Luông', 'Lũng Cú'])}, ${h.unit!.name}`;
    return {
      id: newId(),
      tenantId,
      ...householdSearchColumns(name, address),
      headPersonId: h.id,
      unitId: h.unit!.id,
      address,
      externalCode: `HGD${String(i + 1).padStart(4, '0')}`,
      createdAt: now,
      updatedAt: now,
    };
  });
}
