import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LEGAL_SETTINGS } from '../../../domain/awards/settings';
import { auditLog } from '../../db/schema';
import { insertUnit } from '../../test/access-fixtures';
import {
  as,
  createTenant,
  createTestApp,
  createUser,
  type Session,
  signIn,
  type TestApp,
} from '../../test/harness';
import { loadLegalSettings } from '.';

let t: TestApp;
let tenantId: string;
let otherTenant: string;
let admin: Session;
let scopedAdmin: Session;
let officer: Session;
let stranger: Session;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'tq');
  otherTenant = await createTenant(t.deps, 'hg');
  const root = await insertUnit(t.deps, tenantId, 'Tỉnh Tuyên Quang');
  const commune = await insertUnit(t.deps, tenantId, 'Xã Minh Quang', root);
  await createUser(t.deps, tenantId, 'admin@tq.vn', [{ role: 'tenant_admin' }]);
  await createUser(t.deps, tenantId, 'xa@tq.vn', [{ role: 'tenant_admin', orgUnitId: commune.id }]);
  await createUser(t.deps, tenantId, 'officer@tq.vn', [{ role: 'board_officer' }]);
  await createUser(t.deps, otherTenant, 'admin@hg.vn', [{ role: 'tenant_admin' }]);
  admin = await signIn(t.app, 'admin@tq.vn');
  scopedAdmin = await signIn(t.app, 'xa@tq.vn');
  officer = await signIn(t.app, 'officer@tq.vn');
  stranger = await signIn(t.app, 'admin@hg.vn');
});
afterAll(() => t.close());

const put = (s: Session, payload: unknown) =>
  as(t.app, s)({ method: 'PUT', url: '/api/settings/legal', payload: payload as object });
const read = (s: Session) => as(t.app, s)({ method: 'GET', url: '/api/settings/legal' });

const CHANGED = {
  evaluationCalendar: 'school_year',
  publicityWorkingDays: 7,
  roundingMode: 'ceil_10000',
  enableRs2026DraftCriteria: false,
  memberTitleSharePercent: 75,
  flagsPerBloc: 2,
  localCriteria: { bangKhenTinh: 'Có ít nhất 2 sáng kiến cấp cơ sở', giayKhen: '' },
};

describe('tenant legal settings', () => {
  it('starts from the national defaults', async () => {
    const res = await read(officer);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ legal: DEFAULT_LEGAL_SETTINGS, isDefault: true, updatedAt: null });
    expect(await loadLegalSettings(t.deps.database.db, tenantId)).toEqual(DEFAULT_LEGAL_SETTINGS);
  });

  it.each([
    ['zero publicity days', { ...CHANGED, publicityWorkingDays: 0 }, 'ít nhất 1 ngày'],
    ['an unknown calendar', { ...CHANGED, evaluationCalendar: 'lunar' }, 'Lịch đánh giá'],
    ['an unknown rounding', { ...CHANGED, roundingMode: 'floor' }, 'làm tròn'],
    ['a member share over 100%', { ...CHANGED, memberTitleSharePercent: 101 }, 'tối đa 100%'],
    ['zero flags per bloc', { ...CHANGED, flagsPerBloc: 0 }, 'ít nhất 1 cờ'],
    ['a missing field', { ...CHANGED, localCriteria: undefined }, ''],
    ['an unknown field', { ...CHANGED, currency: 'USD' }, ''],
    [
      'criteria too long',
      { ...CHANGED, localCriteria: { bangKhenTinh: 'x'.repeat(4001), giayKhen: '' } },
      '4000',
    ],
  ])('refuses %s with 400', async (_name, body, message) => {
    const res = await put(admin, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.message).toContain(message);
  });

  it('is changed only by a tenant-wide settings.manage grant', async () => {
    expect((await put(officer, CHANGED)).statusCode).toBe(403);
    const scoped = await put(scopedAdmin, CHANGED);
    expect(scoped.statusCode).toBe(403);
    expect(scoped.json().error.message).toContain('toàn đơn vị sử dụng');
  });

  it('saves a change with an audit row holding before and after, for this tenant only', async () => {
    const res = await put(admin, CHANGED);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ legal: CHANGED, isDefault: false });
    expect(res.json().updatedAt).not.toBeNull();
    expect(await loadLegalSettings(t.deps.database.db, tenantId)).toEqual(CHANGED);
    const [audit] = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityType, 'tenant_settings'));
    expect(audit).toMatchObject({
      tenantId,
      action: 'update',
      before: DEFAULT_LEGAL_SETTINGS,
      after: CHANGED,
    });
    expect((await read(stranger)).json().isDefault).toBe(true);
    expect(await loadLegalSettings(t.deps.database.db, otherTenant)).toEqual(DEFAULT_LEGAL_SETTINGS);
    const again = await put(admin, { ...CHANGED, roundingMode: 'none' });
    expect(again.json().legal.roundingMode).toBe('none');
  });
});
