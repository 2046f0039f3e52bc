import { describe, expect, it } from 'vitest';
import {
  findEthnicGroupCode,
  formatDmyDate,
  matchPersonColumn,
  parseDmyDate,
  parsePersonRow,
  type PersonRowRaw,
} from './person-row';
import { checkPersonFacts } from './person-facts';

const TODAY = '2025-09-15';
const GOOD: PersonRowRaw = {
  fullName: 'Nguyễn Văn An',
  gender: 'Nam',
  birthDate: '02/03/1985',
  ethnicity: 'Tày',
  citizenId: '008085001234',
  externalCode: 'CB001',
  position: 'Chủ tịch UBND xã',
  isLeader: 'Có',
  occupationGroup: 'Cán bộ, công chức, viên chức',
  recruitedOn: '01/09/2007',
  unitCode: 'X01',
  unitName: 'Xã Minh Quang',
  phone: '0912 345 678',
  email: 'An.NV@tuyenquang.gov.vn',
};

describe('parsePersonRow — a good row', () => {
  it('returns typed values', () => {
    const result = parsePersonRow(GOOD, TODAY);
    expect(result).toEqual({
      ok: true,
      value: {
        fullName: 'Nguyễn Văn An',
        gender: 'male',
        birthDate: '1985-03-02',
        ethnicity: '02',
        citizenId: '008085001234',
        externalCode: 'CB001',
        position: 'Chủ tịch UBND xã',
        isLeader: true,
        occupationGroup: 'civil_servant',
        recruitedOn: '2007-09-01',
        unitCode: 'X01',
        unitName: 'Xã Minh Quang',
        phone: '0912345678',
        email: 'an.nv@tuyenquang.gov.vn',
        systemId: null,
      },
    });
  });

  it.each([
    [
      'blank optional cells take defaults',
      { ethnicity: '', isLeader: '', occupationGroup: '' },
      { ethnicity: '01', isLeader: false, occupationGroup: 'civil_servant' },
    ],
    ['gender is accent-insensitive', { gender: 'nu', citizenId: '008185001234' }, { gender: 'female' }],
    ['ethnicity without accents', { ethnicity: 'mong' }, { ethnicity: '08' }],
    ['a masked citizen ID keeps the stored one', { citizenId: '008******234' }, { citizenId: null }],
    ['a citizen ID typed as a number is padded', { citizenId: '8085001234' }, { citizenId: '008085001234' }],
    [
      'occupation group by label without accents',
      { occupationGroup: 'nong dan' },
      { occupationGroup: 'farmer' },
    ],
    ['d/m/yyyy is accepted', { birthDate: '2/3/1985' }, { birthDate: '1985-03-02' }],
    [
      'an Excel date cell (serial day number) is accepted',
      { birthDate: '31108' },
      { birthDate: '1985-03-02' },
    ],
  ] as const)('%s', (_name, patch, expected) => {
    const result = parsePersonRow({ ...GOOD, ...patch }, TODAY);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject(expected);
  });
});

describe('parsePersonRow — one error per condition, named by column', () => {
  it.each([
    ['name required', { fullName: '  ' }, 'Họ và tên*', 'không được để trống'],
    ['name too long', { fullName: 'A'.repeat(201) }, 'Họ và tên*', 'tối đa 200'],
    ['name with digits', { fullName: 'Nguyễn Văn 2' }, 'Họ và tên*', 'chữ cái'],
    ['gender required', { gender: '' }, 'Giới tính*', 'không được để trống'],
    ['gender unknown', { gender: 'Khác' }, 'Giới tính*', '"Nam" hoặc "Nữ"'],
    ['birth date format', { birthDate: '1985-03-02' }, 'Ngày sinh', 'dd/mm/yyyy'],
    ['birth date not real', { birthDate: '30/02/1985' }, 'Ngày sinh', 'ngày có thật'],
    ['birth date in the future', { birthDate: '01/01/2030', citizenId: '' }, 'Ngày sinh', 'sau ngày hôm nay'],
    ['recruitment before birth', { recruitedOn: '01/01/1980' }, 'Ngày tuyển dụng', 'sau ngày sinh'],
    ['recruited younger than 15', { recruitedOn: '01/03/1999' }, 'Ngày tuyển dụng', 'đủ 15 tuổi'],
    ['recruitment in the future', { recruitedOn: '16/09/2025' }, 'Ngày tuyển dụng', 'sau ngày hôm nay'],
    ['unknown ethnicity', { ethnicity: 'Kinh Tày' }, 'Dân tộc', '54 dân tộc'],
    ['citizen ID length', { citizenId: '1234' }, 'Số định danh cá nhân', '12 chữ số'],
    ['citizen ID province', { citizenId: '003085001234' }, 'Số định danh cá nhân', 'Mã tỉnh'],
    ['citizen ID year vs birth date', { citizenId: '008086001234' }, 'Số định danh cá nhân', 'năm sinh'],
    ['citizen ID gender', { gender: 'Nữ' }, 'Số định danh cá nhân', 'giới tính'],
    ['leader flag', { isLeader: 'Có lẽ' }, 'Lãnh đạo', '"Có" hoặc "Không"'],
    ['occupation group', { occupationGroup: 'Sinh viên' }, 'Nhóm đối tượng', 'danh mục'],
    ['phone', { phone: '12345' }, 'Điện thoại', 'không hợp lệ'],
    ['email', { email: 'an@' }, 'Email', 'không hợp lệ'],
    ['system id', { systemId: 'abc' }, 'Mã hệ thống', 'không hợp lệ'],
    ['position too long', { position: 'x'.repeat(201) }, 'Chức vụ', 'Tối đa 200'],
  ] as const)('%s', (_name, patch, column, message) => {
    const result = parsePersonRow({ ...GOOD, ...patch }, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.column).toBe(column);
      expect(result.errors[0]!.message.toLowerCase()).toContain(message.toLowerCase());
    }
  });

  it('reports every bad cell of a row', () => {
    const result = parsePersonRow({ fullName: '', gender: 'x', email: 'y' }, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.column)).toEqual(['Họ và tên*', 'Giới tính*', 'Email']);
  });
});

describe('helpers', () => {
  it.each([
    ['01/01/2000', '2000-01-01'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['1/13/2000', null],
    ['31108', '1985-03-02'],
    ['45658', '2025-01-01'],
    ['abc', null],
  ])('parseDmyDate(%s)', (input, expected) => {
    expect(parseDmyDate(input)).toBe(expected);
  });

  it('formats ISO dates the Vietnamese way', () => {
    expect(formatDmyDate('1985-03-02')).toBe('02/03/1985');
    expect(formatDmyDate(null)).toBe('');
  });

  it.each([
    ['Khơ me', '05'],
    ["H'Mông", '08'],
    ['La Chi', '38'],
    ['9', '09'],
    ['Kinh', '01'],
    ['Việt', undefined],
  ])('findEthnicGroupCode(%s)', (input, expected) => {
    expect(findEthnicGroupCode(input)).toBe(expected);
  });

  it.each([
    ['Giới tính* (Nam/Nữ)', 'gender'],
    ['ngay sinh (dd/mm/yyyy)', 'birthDate'],
    ['HỌ VÀ TÊN', 'fullName'],
    ['Ghi chú', undefined],
  ])('matchPersonColumn(%s)', (header, key) => {
    expect(matchPersonColumn(header)).toBe(key);
  });
});

describe('checkPersonFacts (API input)', () => {
  const base = {
    fullName: 'Lò Thị Mai',
    gender: 'female',
    birthDate: '1990-05-01',
    recruitedOn: '2012-08-01',
    citizenId: '008190001234',
  } as const;
  it.each([
    ['valid facts', {}, []],
    ['birth in the future', { birthDate: '2026-01-01', citizenId: null, recruitedOn: null }, ['birthDate']],
    ['recruited before 15', { recruitedOn: '2004-01-01' }, ['recruitedOn']],
    ['recruited before birth', { recruitedOn: '1989-01-01' }, ['recruitedOn']],
    ['citizen ID of a man', { citizenId: '008090001234' }, ['citizenId']],
    ['name with digits', { fullName: 'Mai 2' }, ['fullName']],
  ] as const)('%s', (_name, patch, paths) => {
    expect(checkPersonFacts({ ...base, ...patch }, TODAY).map((p) => p.path)).toEqual(paths);
  });
});
