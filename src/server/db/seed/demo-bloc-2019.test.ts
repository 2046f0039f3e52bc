import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxPlainText } from '../../lib/documents/docx-read';
import type { Actor } from '../../lib/context';
import { insertUnit } from '../../modules/emulation/emulation.test-helpers';
import { as, createTenant, createTestApp, createUser, signIn, type TestApp } from '../../test/harness';
import { emulationBlocs, orgUnits } from '../schema';
import { seedDemoBloc2019 } from './demo-bloc-2019';

let t: TestApp;
let tenantId: string;
let blocId: string;
let get: (url: string) => ReturnType<ReturnType<typeof as>>;
const now = new Date('2026-03-02T08:00:00Z');
const actor = (id: string): Actor => ({
  userId: '00000000-0000-7000-8000-000000000000',
  email: 'seed',
  label: 'Dữ liệu mẫu',
  tenantId: id,
  grants: [],
  via: 'session',
});
const UNITS: [string, string][] = [
  ['vn2008:D024', 'Thành phố Hà Giang'],
  ['vn2008:D034', 'Huyện Bắc Quang'],
  ['vn2008:D030', 'Huyện Vị Xuyên'],
  ['vn2008:D035', 'Huyện Quang Bình'],
  ['vn2008:D031', 'Huyện Bắc Mê'],
];

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'demo');
  // The former province and districts as the admin-unit import names them (ended 30/06/2025).
  const db = t.deps.database.db;
  const province = await insertUnit(t.deps, tenantId, 'Tỉnh Hà Giang', { validTo: '2025-06-30' });
  await db.update(orgUnits).set({ externalKey: 'vn2008:P02' }).where(eq(orgUnits.id, province.id));
  for (const [key, name] of UNITS) {
    const u = await insertUnit(t.deps, tenantId, name, { parent: province, validTo: '2025-06-30' });
    await db.update(orgUnits).set({ externalKey: key }).where(eq(orgUnits.id, u.id));
  }
  await seedDemoBloc2019(t.deps, { tenantId, actor: actor(tenantId), now });
  await createUser(t.deps, tenantId, 'viewer@demo.vn', [{ role: 'viewer' }]);
  const viewer = await signIn(t.app, 'viewer@demo.vn');
  get = (url: string) => as(t.app, viewer)({ method: 'GET', url });
  blocId = (await db.select().from(emulationBlocs).where(eq(emulationBlocs.tenantId, tenantId)))[0]!.id;
});
afterAll(() => t.close());

const names = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('the seed-001 bloc in the demo data', () => {
  it('2019: five members, TP Hà Giang head and Bắc Quang deputy, handed over', async () => {
    const res = await get(`/api/emulation/blocs/${blocId}/years/2019`);
    expect(res.statusCode, res.body).toBe(200);
    expect(names(res.json().members)).toEqual(UNITS.map(([, n]) => n));
    expect(res.json().leadership).toMatchObject({
      head: { name: 'Thành phố Hà Giang' },
      deputy: { name: 'Huyện Bắc Quang' },
      handedOver: true,
    });
  });

  it('2020: Bắc Quang head, Vị Xuyên deputy', async () => {
    const res = await get(`/api/emulation/blocs/${blocId}/years/2020`);
    expect(res.json().leadership).toMatchObject({
      head: { name: 'Huyện Bắc Quang' },
      deputy: { name: 'Huyện Vị Xuyên' },
    });
  });

  it('a published 25-item table with plans and actuals; the seed’s ratios hold', async () => {
    const year = await get(`/api/emulation/blocs/${blocId}/years/2019/scoring`);
    expect(year.statusCode, year.body).toBe(200);
    expect(year.json().status).toBe('published');
    const items = year.json().table.table.groups.flatMap((g: { items: unknown[] }) => g.items);
    expect(items).toHaveLength(25);
    const entries = await get(`/api/emulation/blocs/${blocId}/years/2019/scoring/entries`);
    expect(entries.statusCode, entries.body).toBe(200);
    const body = JSON.stringify(entries.json());
    expect(body).toContain('644.8');
    expect(body).toContain('1526');
    expect(body).toContain('49');
  });

  it('results: totals and ranks 1–5 from the engine', async () => {
    const res = await get(`/api/emulation/blocs/${blocId}/years/2019/scoring/results`);
    expect(res.statusCode, res.body).toBe(200);
    const text = JSON.stringify(res.json());
    for (const [, name] of UNITS) expect(text).toContain(name);
    expect(text).toMatch(/"rank":1/);
  });

  it('the leader vote: 4/5 for TP Hà Giang, Cờ thi đua proposed, then Bằng khen', async () => {
    const res = await get(`/api/emulation/blocs/${blocId}/years/2019/leader-vote`);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v).toMatchObject({ status: 'decided', leader: { name: 'Thành phố Hà Giang' } });
    expect(v.rounds[0].candidates.map((c: { votes: number }) => c.votes)).toEqual([4, 0, 1, 0, 0]);
    expect(v.proposals[0]).toMatchObject({
      unit: { name: 'Thành phố Hà Giang' },
      awardCode: 'co_thi_dua_bo_tinh',
    });
    expect(v.proposals[1]).toMatchObject({
      unit: { name: 'Huyện Vị Xuyên' },
      awardCode: 'bang_khen_bo_tinh',
    });
    expect(v.proposals).toHaveLength(3);
  });

  it('the minutes carry the ranks, the vote and the handover names', async () => {
    const res = await get(`/api/emulation/blocs/${blocId}/years/2019/minutes.docx`);
    expect(res.statusCode).toBe(200);
    const text = docxPlainText(res.rawPayload);
    expect(text).toContain('Phòng họp UBND thành phố Hà Giang');
    expect(text).toContain('KẾT QUẢ CHẤM ĐIỂM THI ĐUA');
    expect(text).toContain('cho Huyện Bắc Quang, Phó Trưởng khối năm 2020 cho Huyện Vị Xuyên');
  });

  it('runs once: a second run adds nothing', async () => {
    await seedDemoBloc2019(t.deps, { tenantId, actor: actor(tenantId), now });
    const blocs = await t.deps.database.db
      .select()
      .from(emulationBlocs)
      .where(eq(emulationBlocs.tenantId, tenantId));
    expect(blocs).toHaveLength(1);
  });
});
