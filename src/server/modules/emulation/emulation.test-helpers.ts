import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../../../domain/access/roles';
import { foldVietnamese, personSortKey, vietnameseSortKey } from '../../../domain/text/vietnamese';
import { orgUnits, people } from '../../db/schema';
import type { Deps } from '../../lib/context';
import { newId } from '../../lib/ids';
import {
  as,
  createTenant,
  createTestApp,
  createUser,
  type Session,
  signIn,
  type TestApp,
} from '../../test/harness';

/** Test world for the emulation module: Hà Giang (seed 001's five districts) and another tenant. */

export interface Unit {
  id: string;
  path: string;
  depth: number;
  name: string;
}

export async function insertUnit(
  deps: Deps,
  tenantId: string,
  name: string,
  options: { parent?: Unit; code?: string; validFrom?: string; validTo?: string } = {},
): Promise<Unit> {
  const { parent } = options;
  const id = newId();
  const unit = { id, path: parent ? `${parent.path}/${id}` : id, depth: parent ? parent.depth + 1 : 0, name };
  await deps.database.db.insert(orgUnits).values({
    id,
    tenantId,
    parentId: parent?.id ?? null,
    path: unit.path,
    depth: unit.depth,
    code: options.code ?? null,
    name,
    type: parent ? (parent.depth === 0 ? 'district' : 'commune') : 'province',
    validFrom: options.validFrom ?? null,
    validTo: options.validTo ?? null,
    searchText: foldVietnamese(name),
    sortKey: vietnameseSortKey(name),
  });
  return unit;
}

export async function insertPerson(
  deps: Deps,
  tenantId: string,
  fullName: string,
  unit: Unit | null,
  extra: { externalCode?: string; birthDate?: string } = {},
) {
  const id = newId();
  await deps.database.db.insert(people).values({
    id,
    tenantId,
    fullName,
    gender: 'male',
    unitId: unit?.id ?? null,
    externalCode: extra.externalCode ?? null,
    birthDate: extra.birthDate ?? null,
    searchText: foldVietnamese(extra.externalCode ? `${fullName} ${extra.externalCode}` : fullName),
    sortKey: personSortKey(fullName),
  });
  return { id, fullName };
}

export interface World {
  t: TestApp;
  tenantId: string;
  otherTenantId: string;
  province: Unit;
  haGiang: Unit;
  bacQuang: Unit;
  viXuyen: Unit;
  quangBinh: Unit;
  bacMe: Unit;
  tungBa: Unit;
  endedDistrict: Unit;
  foreignUnit: Unit;
  foreignPerson: { id: string };
  sessions: Record<'admin' | 'board' | 'officer' | 'viewer' | 'stranger', Session>;
}

export async function createWorld(): Promise<World> {
  const t = await createTestApp();
  const deps = t.deps;
  const tenantId = await createTenant(deps, 'hg', 'Tỉnh Hà Giang');
  const otherTenantId = await createTenant(deps, 'tq', 'Tỉnh Tuyên Quang');
  const province = await insertUnit(deps, tenantId, 'Tỉnh Hà Giang', { code: '02' });
  const district = (name: string, code: string) =>
    insertUnit(deps, tenantId, name, { parent: province, code });
  const haGiang = await district('Thành phố Hà Giang', '024');
  const bacQuang = await district('Huyện Bắc Quang', '034');
  const viXuyen = await district('Huyện Vị Xuyên', '030');
  const quangBinh = await district('Huyện Quang Bình', '035');
  const bacMe = await district('Huyện Bắc Mê', '031');
  const tungBa = await insertUnit(deps, tenantId, 'Xã Tùng Bá', { parent: viXuyen, code: '00790' });
  const endedDistrict = await insertUnit(deps, tenantId, 'Huyện Đã Giải Thể', {
    parent: province,
    code: '099',
    validTo: '2019-06-30',
  });
  const foreignUnit = await insertUnit(deps, otherTenantId, 'Huyện Khác Tỉnh', { code: '070' });
  const foreignPerson = await insertPerson(deps, otherTenantId, 'Người Tỉnh Khác', foreignUnit);
  const users: [keyof World['sessions'], string, string, { role: Role; orgUnitId?: string }[]][] = [
    ['admin', tenantId, 'admin@hg.vn', [{ role: 'tenant_admin' }]],
    ['board', tenantId, 'board@hg.vn', [{ role: 'board_officer' }]],
    ['officer', tenantId, 'officer@hg.vn', [{ role: 'unit_officer', orgUnitId: viXuyen.id }]],
    ['viewer', tenantId, 'viewer@hg.vn', [{ role: 'viewer' }]],
    ['stranger', otherTenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]],
  ];
  const sessions = {} as World['sessions'];
  for (const [key, tenant, email, grants] of users) {
    await createUser(deps, tenant, email, grants);
    sessions[key] = await signIn(t.app, email);
  }
  return {
    t,
    tenantId,
    otherTenantId,
    province,
    haGiang,
    bacQuang,
    viXuyen,
    quangBinh,
    bacMe,
    tungBa,
    endedDistrict,
    foreignUnit,
    foreignPerson,
    sessions,
  };
}

/** `request(session)(options)`: inject as a signed-in user. */
export const requester = (w: World) => (who: keyof World['sessions']) => (options: InjectOptions) =>
  as(w.t.app, w.sessions[who])(options);

export const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/** The answer is the error `code` with `status` and a Vietnamese message. */
export function expectError(res: { statusCode: number; body: string }, status: number, code?: string) {
  expect(res.statusCode, res.body).toBe(status);
  const body = JSON.parse(res.body) as { error: { code: string; message: string } };
  if (code) expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(VIETNAMESE);
  return body.error;
}

/** A multipart/form-data body with one file part named "file". */
export function multipart(content: Buffer, filename: string, type = 'application/octet-stream') {
  const boundary = '----tdkt-emulation-boundary';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
/** A real 1 × 1 PNG (uploads are checked by their structure, not only their first bytes). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
