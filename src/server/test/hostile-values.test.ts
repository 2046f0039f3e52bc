import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDate } from '../../domain/calendar';
import { foldVietnamese, vietnameseSortKey } from '../../domain/text/vietnamese';
import { awardRounds, movements, nominations } from '../db/schema';
import { newId } from '../lib/ids';
import { insertPerson } from '../modules/ledger/ledger.test-helpers';
import { insertUnit } from './access-fixtures';
import { as, createTenant, createTestApp, createUser, type Session, signIn, type TestApp } from './harness';

/**
 * Values of the right type that the product must refuse with a 4xx and a Vietnamese message (issue 11
 * items 7, 8 and 10): lone surrogates and control characters, integers past int4, dates outside their
 * plausible window, whitespace-only text, and another tenant's ids stored as references.
 */

let t: TestApp;
let admin: Session;
let own: { province: { id: string; path: string; depth: number }; person: string };
let foreign: { movementId: string; roundId: string; nominationId: string };
const today = vietnamDate(new Date());

async function seedForeign() {
  const db = t.deps.database.db;
  const tenantId = await createTenant(t.deps, 'hg', 'Tỉnh Hà Giang');
  const root = await insertUnit(t.deps, tenantId, 'Tỉnh Hà Giang');
  const person = await insertPerson(t.deps, tenantId, 'Người Hà Giang', root.id);
  const movementId = newId();
  await db.insert(movements).values({
    id: movementId,
    tenantId,
    name: 'Phong trào Hà Giang',
    level: 'province',
    kind: 'regular',
    launcherUnitId: root.id,
    startDate: '2024-01-01',
    endDate: '2024-12-31',
    searchText: foldVietnamese('Phong trào Hà Giang'),
    sortKey: vietnameseSortKey('Phong trào Hà Giang'),
  });
  const roundId = newId();
  await db.insert(awardRounds).values({
    id: roundId,
    tenantId,
    orgUnitId: root.id,
    name: 'Đợt Hà Giang',
    commendationType: 'cong_trang',
    level: 'province',
    year: 2024,
    status: 'open',
  });
  const nominationId = newId();
  await db.insert(nominations).values({
    id: nominationId,
    tenantId,
    roundId,
    proposingUnitId: root.id,
    subjectType: 'individual',
    subjectId: person,
    subjectName: 'Người Hà Giang',
    awardCode: 'bang_khen_bo_tinh',
  });
  return { movementId, roundId, nominationId };
}

beforeAll(async () => {
  t = await createTestApp();
  const tenantId = await createTenant(t.deps, 'tq', 'Tỉnh Tuyên Quang');
  const province = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang');
  own = { province, person: await insertPerson(t.deps, tenantId, 'Nguyễn Thị An', province.id) };
  foreign = await seedForeign();
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
});
afterAll(() => t.close());

const send = (method: 'POST' | 'PATCH', url: string, payload: unknown) =>
  as(t.app, admin)({ method, url, payload: payload as object });

function expectRefused(res: { statusCode: number; body: string }, status: number, pattern: RegExp) {
  expect(res.statusCode, res.body).toBe(status);
  expect((JSON.parse(res.body) as { error: { message: string } }).error.message).toMatch(pattern);
}

const award = (extra: Record<string, unknown> = {}) => ({
  subjectType: 'individual',
  subjectId: own.person,
  awardCode: 'bang_khen_bo_tinh',
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '2024-05-01',
  ...extra,
});
const decision = (extra: Record<string, unknown> = {}) => ({
  orgUnitId: own.province.id,
  awardCode: 'bang_khen_bo_tinh',
  decisionDate: today,
  signerName: 'Nguyễn Văn Sơn',
  items: [{ subjectType: 'individual', subjectId: own.person }],
  ...extra,
});

describe('text that cannot be stored (item 7)', () => {
  it.each([
    ['a lone high surrogate', 'Nguyễn \ud800 An', /mã UTF-16 lẻ/],
    ['a lone low surrogate', '\udc00', /mã UTF-16 lẻ/],
    ['NUL', 'An\u0000', /ký tự điều khiển/],
    ['an escape sequence', '\u001b[2JAn', /ký tự điều khiển/],
  ])('refuses %s in a text field with 400 in Vietnamese', async (_label, value, message) => {
    expectRefused(await send('POST', '/api/awards', award({ achievementSummary: value })), 400, message);
    expectRefused(
      await send(
        'POST',
        '/api/decisions',
        decision({ items: [{ ...decision().items[0], achievement: value }] }),
      ),
      400,
      message,
    );
  });

  it('accepts emoji and characters outside the BMP (well-formed surrogate pairs)', async () => {
    const res = await send('POST', '/api/awards', award({ achievementSummary: 'Xuất sắc 𠀧 🎖' }));
    expect(res.statusCode, res.body).toBe(201);
  });

  it('bounds integers to what an int4 column holds', async () => {
    const created = await send('POST', '/api/awards', award({ decisionNumber: '13/QĐ-UBND' }));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    for (const version of [2_147_483_648, -2_147_483_649])
      expectRefused(await send('PATCH', `/api/awards/${id}`, { version }), 400, /Tối (đa|thiểu)/);
  });
});

describe('implausible dates and whitespace-only text (item 10)', () => {
  it.each(['1900-01-01', '1945-09-01', '9999-12-31', `${Number(today.slice(0, 4)) + 2}-01-01`])(
    'refuses the decision date %s',
    async (date) => {
      expectRefused(
        await send('POST', '/api/decisions', decision({ decisionDate: date })),
        400,
        /02\/09\/1945/,
      );
      expectRefused(await send('POST', '/api/awards', award({ decisionDate: date })), 400, /02\/09\/1945/);
    },
  );

  it('refuses a certificate signing date of 1900 and a council session held in 9999', async () => {
    expectRefused(
      await send('POST', '/api/certificates', { awardRecordId: newId(), signedOn: '1900-01-01' }),
      400,
      /02\/09\/1945/,
    );
    expectRefused(
      await send('POST', '/api/council/sessions', {
        councilId: newId(),
        title: 'Phiên họp',
        heldOn: '9999-12-31',
        place: 'Tuyên Quang',
      }),
      400,
      /02\/09\/1945/,
    );
  });

  it('refuses a birth date in year 1 but keeps old dates that are plausible for people and units', async () => {
    expectRefused(
      await send('POST', '/api/people', { fullName: 'Lê Văn Cổ', gender: 'male', birthDate: '0001-01-01' }),
      400,
      /01\/01\/1800/,
    );
  });

  it.each([' ', ' \t ', '\u00a0\u3000', '\u200b', ' \ufeff\u200b '])(
    'treats %j as empty in required text',
    async (blank) => {
      expectRefused(
        await send('POST', '/api/decisions', decision({ signerTitle: blank, place: blank })),
        400,
        /Không được để trống|phải có ít nhất/,
      );
      expectRefused(
        await send('POST', '/api/council/sessions', {
          councilId: newId(),
          title: 'Phiên họp',
          heldOn: today,
          place: blank,
        }),
        400,
        /Không được để trống|phải có ít nhất/,
      );
    },
  );
});

describe("another tenant's ids stored as references (item 8)", () => {
  it('refuses an award tied to another tenant’s movement (404), on create and on edit', async () => {
    expectRefused(
      await send(
        'POST',
        '/api/awards',
        award({ decisionNumber: '14/QĐ-UBND', movementId: foreign.movementId }),
      ),
      404,
      /Phong trào/,
    );
    const created = await send('POST', '/api/awards', award({ decisionNumber: '15/QĐ-UBND' }));
    const { id, version } = created.json<{ id: string; version: number }>();
    expectRefused(
      await send('PATCH', `/api/awards/${id}`, { version, movementId: foreign.movementId }),
      404,
      /Phong trào/,
    );
  });

  it('refuses a decision whose item points at another tenant’s dossier, or tied to its round (404)', async () => {
    expectRefused(
      await send(
        'POST',
        '/api/decisions',
        decision({
          items: [{ subjectType: 'individual', subjectId: own.person, nominationId: foreign.nominationId }],
        }),
      ),
      404,
      /Hồ sơ đề nghị/,
    );
    expectRefused(
      await send('POST', '/api/decisions', decision({ roundId: foreign.roundId })),
      404,
      /[Đđ]ợt/,
    );
    const draft = await send('POST', '/api/decisions', decision());
    expect(draft.statusCode, draft.body).toBe(201);
    const { id, version } = draft.json<{ id: string; version: number }>();
    expectRefused(
      await send('PATCH', `/api/decisions/${id}`, {
        version,
        items: [{ subjectType: 'individual', subjectId: own.person, nominationId: foreign.nominationId }],
      }),
      404,
      /Hồ sơ đề nghị/,
    );
  });

  it('refuses a council session on another tenant’s round (404)', async () => {
    const council = await send('POST', '/api/council/councils', {
      orgUnitId: own.province.id,
      level: 'province',
      name: 'Hội đồng Thi đua - Khen thưởng tỉnh',
      foundingDecisionNumber: '01/QĐ-UBND',
    });
    expect(council.statusCode, council.body).toBe(201);
    expectRefused(
      await send('POST', '/api/council/sessions', {
        councilId: council.json<{ id: string }>().id,
        roundId: foreign.roundId,
        title: 'Phiên họp xét khen thưởng',
        heldOn: today,
        place: 'Tuyên Quang',
      }),
      404,
      /[Đđ]ợt/,
    );
  });
});
