import { describe, expect, it } from 'vitest';
import {
  checkDeadline,
  checkRegistrableTitle,
  findRegistrableTitle,
  isLateRegistration,
  parseRegistrationRow,
  type RegistrationRowInput,
} from './registration';

const BLANK: RegistrationRowInput = {
  subject: '',
  unitCode: '',
  unitName: '',
  personCode: '',
  fullName: '',
  birthDate: '',
  title: '',
  note: '',
  personId: '',
};

describe('registration titles (law-reference §1.1, Law Điều 19–28)', () => {
  it.each([
    ['Lao động tiên tiến', 'lao_dong_tien_tien'],
    ['lao dong tien tien', 'lao_dong_tien_tien'],
    ['CHIẾN SĨ THI ĐUA CƠ SỞ', 'cstd_co_so'],
    ['tap_the_lao_dong_xuat_sac', 'tap_the_lao_dong_xuat_sac'],
    ['Cờ thi đua bộ, ban, ngành, tỉnh', 'co_thi_dua_bo_tinh'],
  ])('"%s" names %s', (text, code) => {
    expect(findRegistrableTitle(text)?.code).toBe(code);
  });

  it.each([
    ['an individual aims for LĐTT (Điều 24)', 'individual', 'lao_dong_tien_tien', null],
    ['a collective aims for TTLĐXS (Điều 27)', 'collective', 'tap_the_lao_dong_xuat_sac', null],
    [
      'a person cannot aim for a collective flag (Điều 26)',
      'individual',
      'co_thi_dua_bo_tinh',
      'dành cho tập thể',
    ],
    ['a unit cannot aim for CSTĐ cơ sở (Điều 23)', 'collective', 'cstd_co_so', 'dành cho cá nhân'],
    ['an unknown code', 'collective', 'huan_chuong_lao_dong', 'không có trong danh mục'],
  ] as const)('%s', (_name, subject, code, problem) => {
    const result = checkRegistrableTitle(subject, code);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toContain(problem);
  });
});

describe('late marks (§8.1: registration at the start of the year, before the tenant’s deadline)', () => {
  it.each([
    ['on the deadline day', '2025-03-31', '2025-03-31', false],
    ['the day after', '2025-04-01', '2025-03-31', true],
    ['no deadline set', '2025-12-01', null, false],
  ])('%s → late %s', (_name, on, deadline, late) => {
    expect(isLateRegistration(on, deadline)).toBe(late);
  });

  it.each([
    [2025, '2025-03-31', true],
    [2025, '2024-12-31', true],
    [2025, '2023-12-31', false],
    [2025, '2026-01-15', false],
  ])('deadline for %i on %s acceptable → %s', (year, deadline, ok) => {
    expect(checkDeadline(year, deadline) === null).toBe(ok);
  });
});

describe('parseRegistrationRow', () => {
  it('reads a collective row', () => {
    expect(
      parseRegistrationRow({
        ...BLANK,
        subject: 'Tập thể',
        unitCode: 'X01',
        title: 'Tập thể lao động tiên tiến',
      }),
    ).toEqual({
      ok: true,
      row: expect.objectContaining({
        subject: 'collective',
        titleCode: 'tap_the_lao_dong_tien_tien',
        unitCode: 'X01',
      }),
    });
  });

  it('reads an individual row with a birth date', () => {
    expect(
      parseRegistrationRow({
        ...BLANK,
        subject: 'ca nhan',
        fullName: 'Nguyễn Văn An',
        birthDate: '02/03/1985',
        title: 'Chiến sĩ thi đua cơ sở',
      }),
    ).toEqual({
      ok: true,
      row: expect.objectContaining({
        subject: 'individual',
        birthDate: '1985-03-02',
        fullName: 'Nguyễn Văn An',
      }),
    });
  });

  it.each([
    [
      'an unknown subject',
      { subject: 'Hộ', unitCode: 'X01', title: 'Tập thể lao động tiên tiến' },
      'Đối tượng',
    ],
    ['no title', { subject: 'Tập thể', unitCode: 'X01' }, 'Chưa ghi danh hiệu'],
    [
      'an unknown title',
      { subject: 'Tập thể', unitCode: 'X01', title: 'Huân chương' },
      'không có trong danh mục',
    ],
    [
      'a title of the other subject',
      { subject: 'Cá nhân', fullName: 'A', title: 'Tập thể lao động tiên tiến' },
      'dành cho tập thể',
    ],
    ['a collective without a unit', { subject: 'Tập thể', title: 'Tập thể lao động tiên tiến' }, 'mã đơn vị'],
    ['a person without name or code', { subject: 'Cá nhân', title: 'Lao động tiên tiến' }, 'mã cán bộ'],
    [
      'a bad birth date',
      { subject: 'Cá nhân', fullName: 'A', birthDate: '31/02/1990', title: 'Lao động tiên tiến' },
      'Ngày sinh',
    ],
    ['a bad system id', { subject: 'Cá nhân', personId: 'abc', title: 'Lao động tiên tiến' }, 'Mã hệ thống'],
  ])('reports %s', (_name, input, message) => {
    const parsed = parseRegistrationRow({ ...BLANK, ...input });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join(' | ')).toContain(message);
  });
});
