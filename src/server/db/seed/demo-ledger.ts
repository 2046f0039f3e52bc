import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { catalogueEntry } from '../../../domain/awards/catalogue';
import type { Rating } from '../../../domain/awards/types';
import { writeAudit } from '../../lib/audit.repo';
import type { Deps } from '../../lib/context';
import { newId } from '../../lib/ids';
import { createPrng, type Prng } from '../../modules/people/people.fixtures';
import {
  annualRatings,
  awardRecords,
  disciplineRecords,
  initiativeAuthors,
  initiatives,
  maternityLeaves,
  pendingCases,
  people,
} from '../schema';
import type { DemoContext } from './demo';

const FIRST = 2016;
const LAST = 2025;
const SEED = 20160101;

type Profile = 'star' | 'steady' | 'uneven' | 'new';
type AwardRow = typeof awardRecords.$inferInsert;

/**
 * Ten years (2016–2025) of the demo province's ledger, so that the eligibility panel shows every kind of
 * verdict: stars with three CSTĐ cơ sở in a row and a provincial initiative (CSTĐ tỉnh eligible), steady
 * staff with Lao động tiên tiến every year, uneven ones rated HT some years, a few disciplined, under
 * inspection (G1) or on maternity leave (G3), and the units' own ratings and collective titles.
 * Deterministic; skipped when the tenant already has award records.
 */
export async function seedDemoLedger(deps: Deps, demo: DemoContext): Promise<void> {
  const db = deps.database.db;
  const existing = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(awardRecords)
    .where(eq(awardRecords.tenantId, demo.tenantId));
  if ((existing[0]?.n ?? 0) > 0) return;
  const staff = await db
    .select({ id: people.id, unitId: people.unitId, recruitedOn: people.recruitedOn, gender: people.gender })
    .from(people)
    .where(and(eq(people.tenantId, demo.tenantId), isNotNull(people.unitId)))
    .orderBy(people.sortKey, people.id);
  if (staff.length === 0) return;

  const rng = createPrng(SEED);
  const tenantId = demo.tenantId;
  const ratings: (typeof annualRatings.$inferInsert)[] = [];
  const awards: AwardRow[] = [];
  const inits: (typeof initiatives.$inferInsert)[] = [];
  const authors: (typeof initiativeAuthors.$inferInsert)[] = [];
  const disciplines: (typeof disciplineRecords.$inferInsert)[] = [];
  const leaves: (typeof maternityLeaves.$inferInsert)[] = [];
  const cases: (typeof pendingCases.$inferInsert)[] = [];
  let decision = 100;

  const award = (
    personId: string,
    code: string,
    year: number,
    type: AwardRow['commendationType'] = 'cong_trang',
  ) => {
    const id = newId();
    awards.push({
      id,
      tenantId,
      subjectType: 'individual',
      personId,
      awardCode: code,
      isEmulationTitle: catalogueEntry(code)?.group === 'emulation_title',
      evaluationYear: year,
      commendationType: type,
      decisionNumber: `${decision++}/QĐ-UBND`,
      decisionDate: `${year}-12-${String(15 + (decision % 10)).padStart(2, '0')}`,
      decisionAuthority:
        code.startsWith('bang_khen') || code === 'cstd_bo_tinh' ? 'Chủ tịch UBND tỉnh' : 'Chủ tịch UBND xã',
      source: 'manual',
    });
    return id;
  };
  const initiative = (
    personId: string,
    unitId: string | null,
    year: number,
    scope: 'co_so' | 'bo_tinh',
    usedBy: string | null,
  ) => {
    const id = newId();
    inits.push({
      id,
      tenantId,
      unitId,
      title: pickTitle(rng),
      recognizingBody: scope === 'bo_tinh' ? 'UBND tỉnh Tuyên Quang' : 'Hội đồng sáng kiến cơ sở',
      decisionNumber: `${decision++}/QĐ-HĐSK`,
      decisionDate: `${year}-06-${String(10 + (decision % 15)).padStart(2, '0')}`,
      scope,
      appliedFrom: `${year}-01-01`,
      usedByAwardId: usedBy,
    });
    authors.push({ id: newId(), tenantId, initiativeId: id, personId, sharePercent: 100 });
  };

  staff.forEach((p, i) => {
    const profile: Profile = p.recruitedOn && p.recruitedOn > '2025-06-30' ? 'new' : pickProfile(rng, i);
    const start = Math.max(FIRST, p.recruitedOn ? Number(p.recruitedOn.slice(0, 4)) + 1 : FIRST);
    for (let year = start; year <= LAST; year++) {
      const rating = rate(rng, profile, year);
      ratings.push({
        id: newId(),
        tenantId,
        subjectType: 'individual',
        personId: p.id,
        year,
        rating,
        source: 'import',
      });
      if (rating === 'HT' || rating === 'KHT') continue;
      if (profile === 'star' && year >= LAST - 2) {
        // Three CSTĐ cơ sở in a row: 2023–2025 (on their HTXS); the 2025 one on an initiative.
        const id = award(p.id, 'cstd_co_so', year);
        if (year === LAST) initiative(p.id, p.unitId, year, 'co_so', id);
      } else if (profile === 'star' && year === 2020) {
        award(p.id, 'cstd_co_so', year);
      } else {
        award(p.id, 'lao_dong_tien_tien', year);
      }
    }
    if (profile === 'star') {
      // A provincial-scope initiative not yet used: the ground of a CSTĐ tỉnh (Law Điều 22).
      if (i % 2 === 0) initiative(p.id, p.unitId, LAST, 'bo_tinh', null);
      if (i % 3 === 0) award(p.id, 'bang_khen_bo_tinh', 2021);
    }
    if (i % 37 === 5)
      disciplines.push({
        id: newId(),
        tenantId,
        personId: p.id,
        form: 'khien_trach',
        fromDate: '2024-09-01',
        toDate: '2025-09-01',
        decisionNumber: `${decision++}/QĐ-KL`,
      });
    if (i % 53 === 7)
      cases.push({
        id: newId(),
        tenantId,
        subjectType: 'individual',
        personId: p.id,
        kind: 'inspection',
        openedOn: '2025-11-03',
        note: 'Đang thanh tra việc quản lý tài chính',
      });
    if (p.gender === 'female' && i % 29 === 3)
      leaves.push({ id: newId(), tenantId, personId: p.id, fromDate: '2022-03-01', toDate: '2022-08-31' });
    // An ad hoc award (G5: does not count toward the ladder).
    if (i % 41 === 11) award(p.id, 'giay_khen_chu_tich_ubnd_xa', 2024, 'dot_xuat');
  });

  // The units with staff: their own ratings and collective titles.
  const units = [...new Set(staff.map((p) => p.unitId!))];
  for (const [k, unitId] of units.entries()) {
    for (let year = LAST - 2; year <= LAST; year++) {
      const rating: Rating = k % 3 === 0 ? 'HTXS' : 'HTT';
      ratings.push({
        id: newId(),
        tenantId,
        subjectType: 'collective',
        orgUnitId: unitId,
        year,
        rating,
        source: 'import',
      });
      if (year < LAST)
        awards.push({
          id: newId(),
          tenantId,
          subjectType: 'collective',
          orgUnitId: unitId,
          awardCode: 'tap_the_lao_dong_tien_tien',
          isEmulationTitle: true,
          evaluationYear: year,
          commendationType: 'cong_trang',
          decisionNumber: `${decision++}/QĐ-UBND`,
          decisionDate: `${year}-12-28`,
          decisionAuthority: 'Chủ tịch UBND xã',
          source: 'manual',
        });
    }
  }

  await db.transaction(async (tx) => {
    for (const chunk of chunks(awards, 1000)) await tx.insert(awardRecords).values(chunk);
    for (const chunk of chunks(ratings, 1000)) await tx.insert(annualRatings).values(chunk);
    for (const chunk of chunks(inits, 1000)) await tx.insert(initiatives).values(chunk);
    for (const chunk of chunks(authors, 1000)) await tx.insert(initiativeAuthors).values(chunk);
    if (disciplines.length) await tx.insert(disciplineRecords).values(disciplines);
    if (leaves.length) await tx.insert(maternityLeaves).values(leaves);
    if (cases.length) await tx.insert(pendingCases).values(cases);
    await writeAudit(
      tx,
      { actor: demo.actor, now: demo.now, requestId: 'seed' },
      {
        action: 'seed',
        entityType: 'award_record',
        summary: `Dữ liệu mẫu sổ thi đua, khen thưởng ${FIRST}–${LAST}: ${awards.length} khen thưởng, ${ratings.length} xếp loại, ${inits.length} sáng kiến, ${disciplines.length} kỷ luật`,
        after: { awards: awards.length, ratings: ratings.length, initiatives: inits.length },
      },
    );
  });
}

function pickProfile(rng: Prng, i: number): Profile {
  if (i % 8 === 0) return 'star';
  return rng.chance(0.2) ? 'uneven' : 'steady';
}

function rate(rng: Prng, profile: Profile, year: number): Rating {
  if (profile === 'star')
    return year >= LAST - 2 || year === 2020 ? 'HTXS' : rng.chance(0.5) ? 'HTXS' : 'HTT';
  if (profile === 'uneven') return rng.chance(0.35) ? 'HT' : 'HTT';
  return rng.chance(0.15) ? 'HTXS' : 'HTT';
}

const TITLES = [
  'Số hoá hồ sơ thi đua, khen thưởng cấp xã',
  'Ứng dụng bản đồ số quản lý hộ nghèo',
  'Cải tiến quy trình một cửa liên thông',
  'Mô hình trồng chè hữu cơ theo chuỗi giá trị',
  'Phương pháp dạy đọc cho học sinh dân tộc thiểu số',
  'Quản lý tiêm chủng bằng tin nhắn',
];
const pickTitle = (rng: Prng) => rng.pick(TITLES);

function* chunks<T>(items: T[], size: number) {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
