import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annualRatings,
  awardRecords,
  disciplineRecords,
  initiativeAuthors,
  initiatives,
  maternityLeaves,
  pendingCases,
} from '../../db/schema';
import { newId } from '../../lib/ids';
import { insertUnit } from '../../test/access-fixtures';
import { createTenant, createTestApp, type TestApp } from '../../test/harness';
import { loadCollectiveFacts, loadSubjectFacts } from '.';
import { insertPerson } from './ledger.test-helpers';

/** The eligibility engine's loaders against a small ledger whose every fact is known. */

let t: TestApp;
let tenantId: string;
let otherTenant: string;
let unitA: { id: string; path: string; depth: number };
let unitB: { id: string; path: string; depth: number };
const ids: Record<string, string> = {};
let p1: string;
let p2: string;
let p3: string;
let leaver: string;
let joiner: string;
let foreign: string;

const db = () => t.deps.database.db;

async function rating(
  key: string,
  subject: { personId?: string; orgUnitId?: string },
  year: number,
  r: 'HTXS' | 'HTT' | 'HT' | 'KHT',
  tenant = tenantId,
) {
  ids[key] = newId();
  await db()
    .insert(annualRatings)
    .values({
      id: ids[key],
      tenantId: tenant,
      subjectType: subject.personId ? 'individual' : 'collective',
      personId: subject.personId ?? null,
      orgUnitId: subject.orgUnitId ?? null,
      year,
      rating: r,
    });
}

async function award(
  key: string,
  subject: { personId?: string; orgUnitId?: string },
  code: string,
  year: number,
  extra: Partial<typeof awardRecords.$inferInsert> = {},
  tenant = tenantId,
) {
  ids[key] = newId();
  await db()
    .insert(awardRecords)
    .values({
      id: ids[key],
      tenantId: tenant,
      subjectType: subject.personId ? 'individual' : 'collective',
      personId: subject.personId ?? null,
      orgUnitId: subject.orgUnitId ?? null,
      awardCode: code,
      isEmulationTitle: !code.startsWith('bang_khen') && !code.startsWith('giay_khen'),
      evaluationYear: year,
      ...extra,
    });
}

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq');
  otherTenant = await createTenant(t.deps, 'hg');
  const root = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang');
  unitA = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', root);
  unitB = await insertUnit(t.deps, tenantId, 'Xã Lâm Bình', root);
  const foreignUnit = await insertUnit(t.deps, otherTenant, 'Tỉnh Hà Giang');
  p1 = await insertPerson(t.deps, tenantId, 'Nguyễn Thị Một', unitA.id, {
    gender: 'female',
    recruitedOn: '2015-03-01',
  });
  p2 = await insertPerson(t.deps, tenantId, 'Trần Văn Hai', unitB.id);
  p3 = await insertPerson(t.deps, tenantId, 'Lê Văn Ba', unitA.id);
  leaver = await insertPerson(t.deps, tenantId, 'Người Chuyển Đi', unitB.id, {
    memberships: [
      { unitId: unitA.id, from: '2015-01-01', to: '2021-12-31' },
      { unitId: unitB.id, from: '2022-01-01', to: null },
    ],
  });
  joiner = await insertPerson(t.deps, tenantId, 'Người Mới Đến', unitA.id, {
    memberships: [{ unitId: unitA.id, from: '2022-11-01', to: null }],
  });
  foreign = await insertPerson(t.deps, otherTenant, 'Người Tỉnh Khác', foreignUnit.id);

  await rating('p1r2015', { personId: p1 }, 2015, 'HT');
  await rating('p1r2020', { personId: p1 }, 2020, 'HTT');
  await rating('p1r2022', { personId: p1 }, 2022, 'HTXS');
  await rating('p1r2021', { personId: p1 }, 2021, 'HTXS');
  await rating('p2r2021', { personId: p2 }, 2021, 'HT');
  await rating('joinerR2022', { personId: joiner }, 2022, 'HT');
  await rating('leaverR2022', { personId: leaver }, 2022, 'HTXS');
  await rating('aR2021', { orgUnitId: unitA.id }, 2021, 'HTT');
  await rating('aR2022', { orgUnitId: unitA.id }, 2022, 'HTXS');
  await rating('aR2023', { orgUnitId: unitA.id }, 2023, 'HTXS');
  await rating('foreignR', { personId: foreign }, 2021, 'HTXS', otherTenant);

  await award('p1ldtt2022', { personId: p1 }, 'lao_dong_tien_tien', 2022);
  await award('p1ldtt2021', { personId: p1 }, 'lao_dong_tien_tien', 2021);
  await award('p1cstd2022', { personId: p1 }, 'cstd_co_so', 2022);
  await award('p1bk2021', { personId: p1 }, 'bang_khen_bo_tinh', 2021, {
    commendationType: 'dot_xuat',
    status: 'revoked',
    revokedOn: '2022-05-01',
    revokeReason: 'Sai hồ sơ',
  });
  await award('p1gk2022', { personId: p1 }, 'giay_khen_chu_tich_ubnd_xa', 2022);
  await award('p1ldtt2014', { personId: p1 }, 'lao_dong_tien_tien', 2014);
  await award('p1period', { personId: p1 }, 'bang_khen_bo_tinh', 0, {
    evaluationYear: null,
    periodFrom: '2019-01-01',
    periodTo: '2020-12-31',
  });
  await award('leaverLdtt2022', { personId: leaver }, 'lao_dong_tien_tien', 2022);
  await award('aTt2021', { orgUnitId: unitA.id }, 'tap_the_lao_dong_tien_tien', 2021);
  await award('foreignAward', { personId: foreign }, 'lao_dong_tien_tien', 2021, {}, otherTenant);

  ids.ini2021 = newId();
  ids.ini2010 = newId();
  await db()
    .insert(initiatives)
    .values([
      {
        id: ids.ini2021,
        tenantId,
        title: 'Sáng kiến một cửa',
        recognizingBody: 'UBND xã',
        decisionDate: '2021-05-01',
        scope: 'co_so',
        usedByAwardId: ids.p1cstd2022,
      },
      {
        id: ids.ini2010,
        tenantId,
        title: 'Cũ',
        recognizingBody: 'UBND xã',
        decisionDate: '2010-05-01',
        scope: 'co_so',
      },
    ]);
  await db()
    .insert(initiativeAuthors)
    .values([
      { id: newId(), tenantId, initiativeId: ids.ini2021, personId: p1, sharePercent: 70 },
      { id: newId(), tenantId, initiativeId: ids.ini2021, personId: p3, sharePercent: 30 },
      { id: newId(), tenantId, initiativeId: ids.ini2010, personId: p1 },
    ]);

  ids.p1kt = newId();
  ids.joinerCc = newId();
  await db()
    .insert(disciplineRecords)
    .values([
      {
        id: ids.p1kt,
        tenantId,
        personId: p1,
        form: 'khien_trach',
        fromDate: '2019-06-01',
        toDate: '2020-05-31',
      },
      { id: newId(), tenantId, personId: p1, form: 'canh_cao', fromDate: '2010-01-01', toDate: '2011-01-01' },
      {
        id: newId(),
        tenantId,
        personId: joiner,
        form: 'khien_trach',
        fromDate: '2022-02-01',
        toDate: '2022-08-01',
      },
      {
        id: ids.joinerCc,
        tenantId,
        personId: joiner,
        form: 'canh_cao',
        fromDate: '2022-03-01',
        toDate: null,
      },
    ]);
  ids.p1leave = newId();
  await db()
    .insert(maternityLeaves)
    .values({ id: ids.p1leave, tenantId, personId: p1, fromDate: '2021-02-01', toDate: '2021-07-31' });
  await db()
    .insert(pendingCases)
    .values([
      {
        id: newId(),
        tenantId,
        subjectType: 'individual',
        personId: p1,
        kind: 'inspection',
        openedOn: '2022-01-01',
      },
      {
        id: newId(),
        tenantId,
        subjectType: 'individual',
        personId: p2,
        kind: 'complaint',
        openedOn: '2021-01-01',
        closedOn: '2021-06-01',
      },
      {
        id: newId(),
        tenantId,
        subjectType: 'collective',
        orgUnitId: unitA.id,
        kind: 'audit',
        openedOn: '2022-09-01',
      },
    ]);
});
afterAll(() => t.close());

describe('loadSubjectFacts', () => {
  it("loads a subtree's people for a range of years, each fact with its ledger id", async () => {
    const facts = await loadSubjectFacts(db(), tenantId, {
      unitPath: unitA.path,
      fromYear: 2020,
      toYear: 2022,
    });
    expect([...facts.keys()].sort()).toEqual([p1, p3, joiner].sort());
    const f = facts.get(p1)!;
    expect(f.recruitedOn).toBe('2015-03-01');
    expect(f.pendingInvestigation).toBe(true);
    expect(f.ratings).toEqual([
      { year: 2020, rating: 'HTT', id: ids.p1r2020 },
      { year: 2021, rating: 'HTXS', id: ids.p1r2021 },
      { year: 2022, rating: 'HTXS', id: ids.p1r2022 },
    ]);
    const byId = (a: { id?: string }, b: { id?: string }) => (a.id! < b.id! ? -1 : 1);
    expect([...f.awards].sort(byId)).toEqual(
      [
        { code: 'bang_khen_bo_tinh', year: 2020, type: 'cong_trang', status: 'valid', id: ids.p1period },
        { code: 'lao_dong_tien_tien', year: 2021, type: 'cong_trang', status: 'valid', id: ids.p1ldtt2021 },
        { code: 'bang_khen_bo_tinh', year: 2021, type: 'dot_xuat', status: 'revoked', id: ids.p1bk2021 },
        { code: 'lao_dong_tien_tien', year: 2022, type: 'cong_trang', status: 'valid', id: ids.p1ldtt2022 },
        { code: 'cstd_co_so', year: 2022, type: 'cong_trang', status: 'valid', id: ids.p1cstd2022 },
        {
          code: 'giay_khen_chu_tich_ubnd_xa',
          year: 2022,
          type: 'cong_trang',
          status: 'valid',
          id: ids.p1gk2022,
        },
      ].sort(byId),
    );
    expect(f.awards.map((a) => a.year)).toEqual([2020, 2021, 2021, 2022, 2022, 2022]);
    expect(f.initiatives).toEqual([
      { id: ids.ini2021, scope: 'co_so', recognizedOn: '2021-05-01', usedByAward: ids.p1cstd2022 },
    ]);
    expect(f.disciplines).toEqual([
      { form: 'khien_trach', from: '2019-06-01', to: '2020-05-31', id: ids.p1kt },
    ]);
    expect(f.maternityLeaves).toEqual([{ from: '2021-02-01', to: '2021-07-31', id: ids.p1leave }]);

    const empty = facts.get(p3)!;
    expect(empty).toEqual({
      recruitedOn: null,
      pendingInvestigation: false,
      ratings: [],
      awards: [],
      initiatives: [
        { id: ids.ini2021, scope: 'co_so', recognizedOn: '2021-05-01', usedByAward: ids.p1cstd2022 },
      ],
      disciplines: [],
      maternityLeaves: [],
    });
  });

  it('loads listed people of this tenant only; an empty list loads nothing', async () => {
    const facts = await loadSubjectFacts(db(), tenantId, {
      personIds: [p2, foreign],
      fromYear: 2015,
      toYear: 2025,
    });
    expect([...facts.keys()]).toEqual([p2]);
    expect(facts.get(p2)).toMatchObject({
      ratings: [{ year: 2021, rating: 'HT' }],
      pendingInvestigation: false,
    });
    expect(
      (await loadSubjectFacts(db(), tenantId, { personIds: [], fromYear: 2015, toYear: 2025 })).size,
    ).toBe(0);
    const whole = await loadSubjectFacts(db(), tenantId, { fromYear: 2015, toYear: 2025 });
    expect([...whole.keys()].sort()).toEqual([p1, p2, p3, leaver, joiner].sort());
    expect(whole.get(p1)!.ratings.map((r) => r.year)).toEqual([2015, 2020, 2021, 2022]);
    expect(whole.get(p1)!.awards.some((a) => a.id === ids.p1ldtt2014)).toBe(false);
    expect(whole.get(p1)!.disciplines).toHaveLength(1);
  });

  it('narrows the awards to the codes asked for, leaves ids out on request, and judges G1 on a date', async () => {
    const narrow = await loadSubjectFacts(db(), tenantId, {
      personIds: [p1],
      fromYear: 2020,
      toYear: 2022,
      awardCodes: ['cstd_co_so'],
      ids: false,
    });
    const f = narrow.get(p1)!;
    expect(f.awards).toEqual([{ code: 'cstd_co_so', year: 2022, type: 'cong_trang', status: 'valid' }]);
    expect(f.ratings).toEqual([
      { year: 2020, rating: 'HTT' },
      { year: 2021, rating: 'HTXS' },
      { year: 2022, rating: 'HTXS' },
    ]);
    const before = await loadSubjectFacts(db(), tenantId, {
      personIds: [p1, p2],
      fromYear: 2020,
      toYear: 2022,
      asOf: '2021-12-31',
    });
    expect(before.get(p1)!.pendingInvestigation).toBe(false);
    const during = await loadSubjectFacts(db(), tenantId, {
      personIds: [p1, p2],
      fromYear: 2020,
      toYear: 2022,
      asOf: '2021-03-01',
    });
    expect(during.get(p2)!.pendingInvestigation).toBe(true);
    expect(during.get(p1)!.pendingInvestigation).toBe(false);
  });
});

describe('loadSubjectFacts for batches', () => {
  it('keeps people in Vietnamese name order (given name first), for a subtree and the whole tenant', async () => {
    // Ba, Đến, Đi, Hai, Một.
    const whole = await loadSubjectFacts(db(), tenantId, { fromYear: 2020, toYear: 2022 });
    expect([...whole.keys()]).toEqual([p3, joiner, leaver, p2, p1]);
    const subtree = await loadSubjectFacts(db(), tenantId, {
      unitPath: unitA.path,
      fromYear: 2020,
      toYear: 2022,
    });
    expect([...subtree.keys()]).toEqual([p3, joiner, p1]);
  });

  it('skips the ratings when asked (a target that reads none)', async () => {
    const facts = await loadSubjectFacts(db(), tenantId, { fromYear: 2020, toYear: 2022, ratings: false });
    expect([...facts.values()].every((f) => f.ratings.length === 0)).toBe(true);
    expect(facts.get(p1)!.awards.length).toBeGreaterThan(0);
  });

  it('keeps codes the catalogue does not know (historical records) as they are', async () => {
    await award('p2old', { personId: p2 }, 'danh_hieu_cu_nam_1999', 2021);
    await award('p2old2', { personId: p2 }, 'danh_hieu_cu_nam_2000', 2022);
    const facts = await loadSubjectFacts(db(), tenantId, { personIds: [p2], fromYear: 2020, toYear: 2022 });
    expect(facts.get(p2)!.awards).toEqual([
      { code: 'danh_hieu_cu_nam_1999', year: 2021, type: 'cong_trang', status: 'valid', id: ids.p2old },
      { code: 'danh_hieu_cu_nam_2000', year: 2022, type: 'cong_trang', status: 'valid', id: ids.p2old2 },
    ]);
  });

  it('reads an initiative whose award was revoked as free (Law Điều 93)', async () => {
    const id = newId();
    await db().insert(initiatives).values({
      id,
      tenantId,
      title: 'Sáng kiến của khen thưởng đã huỷ',
      recognizingBody: 'UBND xã',
      decisionDate: '2020-09-01',
      scope: 'co_so',
      usedByAwardId: ids.p1bk2021,
    });
    await db().insert(initiativeAuthors).values({ id: newId(), tenantId, initiativeId: id, personId: p2 });
    const facts = await loadSubjectFacts(db(), tenantId, { personIds: [p2], fromYear: 2020, toYear: 2022 });
    expect(facts.get(p2)!.initiatives).toEqual([
      { id, scope: 'co_so', recognizedOn: '2020-09-01', usedByAward: null },
    ]);
  });
});

describe('loadCollectiveFacts (Law Điều 27–28)', () => {
  it("loads the unit's own ledger up to the year and its members of that year", async () => {
    const facts = await loadCollectiveFacts(db(), tenantId, unitA.id, 2022);
    expect(facts.ratings).toEqual([
      { year: 2021, rating: 'HTT', id: ids.aR2021 },
      { year: 2022, rating: 'HTXS', id: ids.aR2022 },
    ]);
    expect(facts.awards).toEqual([
      {
        code: 'tap_the_lao_dong_tien_tien',
        year: 2021,
        type: 'cong_trang',
        status: 'valid',
        id: ids.aTt2021,
      },
    ]);
    expect(facts.pendingInvestigation).toBe(true);
    const members = [...facts.members].sort((a, b) => (a.personId < b.personId ? -1 : 1));
    expect(members).toEqual(
      [
        { personId: p1, rating: 'HTXS', titles: ['cstd_co_so', 'lao_dong_tien_tien'], disciplineForm: null },
        { personId: p3, rating: null, titles: [], disciplineForm: null },
        { personId: joiner, rating: 'HT', titles: [], disciplineForm: 'canh_cao' },
      ].sort((a, b) => (a.personId < b.personId ? -1 : 1)),
    );
  });

  it('counts a member who left during the year in that year, not after; G1 judged on a date', async () => {
    const y2021 = await loadCollectiveFacts(db(), tenantId, unitA.id, 2021, { asOf: '2022-08-31' });
    expect(y2021.members.map((m) => m.personId).sort()).toEqual([p1, p3, leaver].sort());
    expect(y2021.members.find((m) => m.personId === p1)).toMatchObject({
      rating: 'HTXS',
      titles: ['lao_dong_tien_tien'],
    });
    expect(y2021.pendingInvestigation).toBe(false);
    expect(y2021.ratings.map((r) => r.year)).toEqual([2021]);
    const other = await loadCollectiveFacts(db(), otherTenant, unitA.id, 2022);
    expect(other).toMatchObject({ ratings: [], awards: [], members: [], pendingInvestigation: false });
  });
});
