import { describe, expect, it } from 'vitest';
import { recogniseAward } from '../../../domain/awards/annex';
import {
  ANNEX_CATALOGUE,
  awardProblem,
  classifyRow,
  evaluationYearFor,
  type FoundPerson,
  INDIVIDUAL_AWARDS,
  isPending,
} from './annex-rows';

const TODAY = '2025-06-30';
const nobody = () => ({ byHash: [], byName: [] });
const row = {
  fullName: 'Nguyễn Văn An',
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '15/01/2024',
};

describe('recognising the wordings of the template drop-down', () => {
  it.each(INDIVIDUAL_AWARDS.map((e) => [e.name, e.code]))('"%s" → %s', (name, code) => {
    expect(recogniseAward(name, ANNEX_CATALOGUE).code).toBe(code);
  });

  it('recognises names written without their punctuation', () => {
    expect(
      recogniseAward('Giấy khen của Thủ trưởng cơ quan đơn vị thuộc bộ ban ngành', ANNEX_CATALOGUE).code,
    ).toBe('giay_khen_don_vi_thuoc_bo');
  });
});

describe('evaluation year', () => {
  it('annual titles and Giấy khen take the session default when the row has none', () => {
    expect(evaluationYearFor('lao_dong_tien_tien', null, 2023)).toBe(2023);
    expect(evaluationYearFor('giay_khen_chu_tich_ubnd_xa', null, 2023)).toBe(2023);
  });
  it('the row’s own year wins', () => {
    expect(evaluationYearFor('lao_dong_tien_tien', 2021, 2023)).toBe(2021);
  });
  it('forms that are not annual keep no default year (counted by their decision date)', () => {
    expect(evaluationYearFor('bang_khen_bo_tinh', null, 2023)).toBeNull();
    expect(evaluationYearFor('huan_chuong_lao_dong_hang_3', null, 2023)).toBeNull();
  });
});

describe('awardProblem', () => {
  it('refuses codes outside the catalogue, collective titles, and titles without a year', () => {
    expect(awardProblem('khong_co', null, null)).toContain('không có trong danh mục');
    expect(awardProblem('tap_the_lao_dong_xuat_sac', 2023, null)).toContain('không dành cho cá nhân');
    expect(awardProblem('cstd_co_so', null, null)).toContain('cần năm xét');
    expect(awardProblem('cstd_co_so', null, 2024)).toBeNull();
    expect(awardProblem('bang_khen_thu_tuong', null, null)).toBeNull();
  });
});

describe('classifyRow', () => {
  const person = (id: string, unitNames: string[], birthDate: string | null = null): FoundPerson => ({
    id,
    fullName: 'Nguyễn Văn An',
    birthDate,
    unitName: unitNames[0] ?? null,
    unitNames,
  });

  it('an unreadable row is an error with the column named', () => {
    const c = classifyRow(
      { ...row, award: 'Lao động tiên tiến', decisionDate: '32/01/2024' },
      TODAY,
      2023,
      nobody,
    );
    expect(c.status).toBe('error');
    expect(c.messages[0]).toMatch(/^Ngày: /);
  });

  it('a title without any year is an error the reviewer cannot fix in place', () => {
    const c = classifyRow({ ...row, award: 'Chiến sĩ thi đua cơ sở' }, TODAY, null, nobody);
    expect(c.status).toBe('error');
    expect(c.messages.join(' ')).toContain('cần năm xét');
  });

  it('a collective title leaves the award to choose', () => {
    const c = classifyRow(
      { ...row, award: 'Tập thể lao động xuất sắc', unitName: 'Xã Minh Quang' },
      TODAY,
      2023,
      () => ({
        byHash: [],
        byName: [person('p1', ['Xã Minh Quang'])],
      }),
    );
    expect(c).toMatchObject({ status: 'unrecognised_award', awardCode: null, personId: 'p1' });
  });

  it('a person not found comes before an unrecognised award', () => {
    const c = classifyRow({ ...row, award: 'Giấy khen' }, TODAY, 2023, nobody);
    expect(c.status).toBe('unmatched');
    expect(c.messages).toHaveLength(2);
  });

  it('unmatched by citizen ID still shows the namesakes', () => {
    const c = classifyRow(
      { ...row, award: 'Lao động tiên tiến', citizenId: '008085000123', birthDate: '12/03/1985' },
      TODAY,
      2023,
      () => ({ byHash: [], byName: [person('p1', ['Xã Minh Quang'])] }),
    );
    expect(c.status).toBe('unmatched');
    expect(c.candidates.map((x) => x.personId)).toEqual(['p1']);
  });

  it('namesakes in two units: the unit decides', () => {
    const c = classifyRow(
      { ...row, award: 'Lao động tiên tiến', unitName: 'Xã Lâm Bình' },
      TODAY,
      2023,
      () => ({
        byHash: [],
        byName: [person('p1', ['Xã Minh Quang']), person('p2', ['Xã Lâm Bình', 'Tỉnh Tuyên Quang'])],
      }),
    );
    expect(c).toMatchObject({ status: 'ok', personId: 'p2', matchHow: 'name_unit' });
  });

  it('isPending: only rows still needing a person or an award, neither skipped nor in error', () => {
    expect(isPending({ status: 'ambiguous', skipped: false, personId: null, awardCode: 'x' })).toBe(true);
    expect(isPending({ status: 'ambiguous', skipped: true, personId: null, awardCode: 'x' })).toBe(false);
    expect(isPending({ status: 'error', skipped: false, personId: null, awardCode: null })).toBe(false);
    expect(isPending({ status: 'ambiguous', skipped: false, personId: 'p', awardCode: 'x' })).toBe(false);
  });
});
