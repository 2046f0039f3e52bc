import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINEAGE_SHEET_HEADERS } from '../../../domain/org/lineage-row';
import { auditLog, orgUnitEvents } from '../../db/schema';
import {
  as,
  createTenant,
  createTestApp,
  createUser,
  type Session,
  signIn,
  type TestApp,
} from '../../test/harness';
import { findUnitByName, multipart } from './org-test-helpers';

let t: TestApp;
let tenantId: string;
let admin: Session;
let other: Session;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq');
  const otherTenant = await createTenant(t.deps, 'hn');
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, otherTenant, 'admin@hn.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  other = await signIn(t.app, 'admin@hn.vn');
  const res = await as(
    t.app,
    admin,
  )({
    method: 'POST',
    url: '/api/org-units/import-admin-units',
    payload: { newProvinceCodes: ['08'] },
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(() => t.close());

const commune = async (name: string, asOf: string) => (await findUnitByName(t.app, admin, name, asOf)).id;

async function eventsInTenant() {
  return t.deps.database.db.select().from(orgUnitEvents).where(eq(orgUnitEvents.tenantId, tenantId));
}

describe('lineage events through the API', () => {
  let eventId: string;

  it('records a commune merge, checked against validity, and shows it on both units', async () => {
    const from = await commune('Xã Nàn Xỉn', '2025-06-30');
    const to = await commune('Xã Xín Mần', '2025-07-01');
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/org-unit-events',
      payload: {
        kind: 'merged_into',
        fromUnitId: from,
        toUnitId: to,
        effectiveDate: '2025-07-01',
        legalBasis: 'Nghị quyết số 1683/NQ-UBTVQH15',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    eventId = res.json().id;
    const detail = await as(t.app, admin)({ method: 'GET', url: `/api/org-units/${to}` });
    expect(detail.json().events).toEqual([
      expect.objectContaining({
        kind: 'merged_into',
        direction: 'in',
        otherUnit: expect.objectContaining({ id: from, name: 'Xã Nàn Xỉn' }),
      }),
    ]);
    const dup = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/org-unit-events',
      payload: { kind: 'merged_into', fromUnitId: from, toUnitId: to, effectiveDate: '2025-07-01' },
    });
    expect(dup.statusCode).toBe(409);
  });

  it.each([
    [
      'the later unit starts after the event',
      'Xã Cốc Rế',
      '2025-06-30',
      'Xã Xín Mần',
      '2025-07-01',
      '2025-05-01',
    ],
    [
      'the earlier unit is still in force on the event',
      'Xã Cốc Rế',
      '2025-06-30',
      'Xã Xín Mần',
      '2025-06-30',
      '2025-06-01',
    ],
  ])('refuses an event when %s (400, Vietnamese)', async (_why, fromName, fromAsOf, toName, toAsOf, date) => {
    const res = await as(
      t.app,
      admin,
    )({
      method: 'POST',
      url: '/api/org-unit-events',
      payload: {
        kind: 'merged_into',
        fromUnitId: await commune(fromName, fromAsOf),
        toUnitId: await commune(toName, toAsOf),
        effectiveDate: date,
      },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toMatch(/Đơn vị/);
  });

  it('another tenant cannot see or delete the event, nor use the units (404)', async () => {
    const del = await as(t.app, other)({ method: 'DELETE', url: `/api/org-unit-events/${eventId}` });
    expect(del.statusCode).toBe(404);
    const [ev] = await eventsInTenant().then((e) => e.filter((x) => x.id === eventId));
    const res = await as(
      t.app,
      other,
    )({
      method: 'POST',
      url: '/api/org-unit-events',
      payload: {
        kind: 'merged_into',
        fromUnitId: ev!.fromUnitId,
        toUnitId: ev!.toUnitId,
        effectiveDate: '2025-07-01',
      },
    });
    expect(res.statusCode).toBe(404);
  });

  it('deletes the event (audited)', async () => {
    const res = await as(t.app, admin)({ method: 'DELETE', url: `/api/org-unit-events/${eventId}` });
    expect(res.statusCode).toBe(204);
    const audit = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, eventId), eq(auditLog.entityType, 'org_unit_event')));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });
});

async function workbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sự kiện');
  ws.addRow([...LINEAGE_SHEET_HEADERS]);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const upload = (file: Buffer, name = 'su-kien.xlsx') =>
  as(t.app, admin)({ method: 'POST', url: '/api/org-unit-events/import', ...multipart('file', name, file) });

const GOOD_ROWS = [
  [
    'Sáp nhập vào',
    '01108',
    'Xã Xín Mần',
    '01108',
    'Xã Xín Mần',
    '01/07/2025',
    'Nghị quyết số 1683/NQ-UBTVQH15',
    '',
  ],
  ['Sáp nhập vào', '', 'Xã Chí Cà', '', 'xa xin man', '1/7/2025', '', 'Theo tên, không dấu'],
  ['Sáp nhập vào', '01096', '', '01108', '', '01/07/2025', '', ''],
];

describe('Excel import of commune lineage', () => {
  it('serves the template with the Vietnamese headers and the kinds drop-down', async () => {
    const res = await as(t.app, admin)({ method: 'GET', url: '/api/org-unit-events/import-template' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Sự kiện')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([...LINEAGE_SHEET_HEADERS]);
    expect(JSON.stringify(ws.getCell('A2').dataValidation)).toContain('Sáp nhập vào');
  });

  it('one bad row: nothing is written and the row is reported in Vietnamese', async () => {
    const file = await workbook([
      ...GOOD_ROWS,
      ['Sáp nhập vào', '99999', '', '01108', '', '01/07/2025', '', ''],
      ['Gộp', '01099', '', '01108', '', '31/06/2025', '', ''],
    ]);
    const res = await upload(file);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.created).toBe(0);
    expect(body.errors).toEqual([
      { row: 5, messages: ['Không tìm thấy đơn vị trước có mã 99999 còn hiệu lực ngày 30/06/2025.'] },
      {
        row: 6,
        messages: [
          expect.stringContaining('Loại sự kiện "Gộp" không hợp lệ'),
          expect.stringContaining('Ngày hiệu lực "31/06/2025" không hợp lệ'),
        ],
      },
    ]);
    expect(await eventsInTenant()).toHaveLength(2);
  });

  it('good rows are all written, matched by code and era or by name; a re-import skips them', async () => {
    const res = await upload(await workbook(GOOD_ROWS));
    expect(res.json()).toEqual({ created: 3, skipped: 0, errors: [] });
    const to = await commune('Xã Xín Mần', '2025-07-01');
    const detail = await as(t.app, admin)({ method: 'GET', url: `/api/org-units/${to}` });
    expect(
      detail
        .json()
        .events.map((e: { otherUnit: { name: string } }) => e.otherUnit.name)
        .sort(),
    ).toEqual(['Thị trấn Cốc Pài', 'Xã Chí Cà', 'Xã Xín Mần']);
    const again = await upload(await workbook(GOOD_ROWS));
    expect(again.json()).toEqual({ created: 0, skipped: 3, errors: [] });
    const audit = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.tenantId, tenantId),
          eq(auditLog.entityType, 'org_unit_event'),
          eq(auditLog.action, 'import'),
        ),
      );
    expect(audit).toHaveLength(2);
  });

  it.each([
    ['a text file named .xlsx', Buffer.from('Loại sự kiện,Mã\n'), 'gia-mao.xlsx', 415],
    ['a ZIP that is not a workbook', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), 'hong.xlsx', 400],
    [
      'a file over 5 MB',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(5 * 1024 * 1024 + 10)]),
      'lon.xlsx',
      413,
    ],
  ])('refuses %s', async (_what, content, name, status) => {
    const res = await upload(content, name);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.message).toMatch(/[Tt]ệp/);
  });

  it('refuses a workbook that is not the template, and a request without a file', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['Họ và tên', 'Ngày sinh']);
    const res = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('không đúng mẫu');
    const none = await as(t.app, admin)({ method: 'POST', url: '/api/org-unit-events/import', payload: {} });
    expect(none.statusCode).toBe(415);
  });

  it('a viewer cannot import (403)', async () => {
    await createUser(t.deps, tenantId, 'viewer@tq.vn', [{ role: 'viewer' }]);
    const viewer = await signIn(t.app, 'viewer@tq.vn');
    const res = await as(
      t.app,
      viewer,
    )({
      method: 'POST',
      url: '/api/org-unit-events/import',
      ...multipart('file', 'a.xlsx', await workbook(GOOD_ROWS)),
    });
    expect(res.statusCode).toBe(403);
  });
});
