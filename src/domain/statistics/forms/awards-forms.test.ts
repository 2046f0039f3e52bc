import { describe, expect, it } from 'vitest';
import { type AwardRecordInput, awardFactsInPeriod } from '../facts';
import { cellRecords, evaluateForm, type FilledForm } from './evaluate';
import { FORM_0602, FORM_0603 } from './tt02-2023-awards';

const PERIOD = { from: '2019-12-01', to: '2020-11-30' };

function rec(id: string, o: Partial<AwardRecordInput>): AwardRecordInput {
  return {
    id,
    subjectId: `s-${id}`,
    awardCode: 'bang_khen_bo_tinh',
    subjectType: 'individual',
    commendationType: 'cong_trang',
    status: 'valid',
    decisionDate: '2020-06-15',
    evaluationYear: null,
    proposer: 'province',
    ...o,
  };
}

// A hand-built ledger: State-level records A–I, ministry/province-level P–U, and records no form counts.
const RECORDS: AwardRecordInput[] = [
  rec('A', { awardCode: 'huan_chuong_lao_dong_hang_3', subjectType: 'collective', unitType: 'enterprise' }),
  rec('B', { awardCode: 'huan_chuong_lao_dong_hang_2', isLeader: true, leaderLevel: 'ministry_province' }),
  rec('C', { awardCode: 'bang_khen_thu_tuong', occupationGroup: 'farmer', commendationType: 'dot_xuat' }),
  rec('D', { awardCode: 'bang_khen_thu_tuong', subjectType: 'household' }),
  rec('E', {
    awardCode: 'co_thi_dua_chinh_phu',
    subjectType: 'collective',
    unitType: 'agency',
    commendationType: 'phong_trao_thi_dua',
    proposer: 'ministry',
  }),
  rec('F', { awardCode: 'cstd_toan_quoc', isLeader: true }),
  rec('G', {
    awardCode: 'huy_chuong_khang_chien_hang_2',
    businessperson: true,
    commendationType: 'qua_trinh_cong_hien',
  }),
  rec('H', { awardCode: 'anh_hung_lao_dong', isLeader: true, leaderLevel: 'department', proposer: null }),
  rec('I', { awardCode: 'giai_thuong_ho_chi_minh' }),
  rec('P', { awardCode: 'bang_khen_bo_tinh', occupationGroup: 'worker' }),
  rec('Q', { subjectType: 'collective', unitType: 'enterprise', commendationType: 'phong_trao_thi_dua' }),
  rec('R', { subjectType: 'household', commendationType: 'dot_xuat' }),
  rec('S', { awardCode: 'cstd_bo_tinh', isLeader: true, leaderLevel: 'department' }),
  rec('T', { awardCode: 'co_thi_dua_bo_tinh', subjectType: 'collective', unitType: 'agency' }),
  rec('U', {
    awardCode: 'ky_niem_chuong_bo_nganh_tinh',
    isLeader: true,
    leaderLevel: 'ministry_province',
    commendationType: 'qua_trinh_cong_hien',
  }),
  // Counted by neither form: revoked, outside the period, below the province level, TTLĐXS.
  rec('X1', { awardCode: 'huan_chuong_lao_dong_hang_3', status: 'revoked' }),
  rec('X2', { awardCode: 'bang_khen_thu_tuong', decisionDate: '2020-12-01' }),
  rec('X3', { awardCode: 'giay_khen_chu_tich_ubnd_huyen' }),
  rec('X4', { awardCode: 'tap_the_lao_dong_xuat_sac', subjectType: 'collective' }),
];
const FACTS = awardFactsInPeriod(RECORDS, PERIOD);

const cells = (form: FilledForm) =>
  Object.fromEntries(form.rows.filter((r) => r.code !== null).map((r) => [r.code, r.cells]));

describe('biểu 0602.N/BNV-TĐKT filled from a hand-built ledger, cell by cell', () => {
  const filled = evaluateForm(FORM_0602, FACTS);

  it('has the columns of the form', () => {
    expect(filled.columns.map((c) => c.key)).toEqual([
      'total',
      'orders_medals_tt',
      'orders_medals_cn',
      'prize_hcm_cn',
      'prize_nn_cn',
      'honours_tt',
      'honours_cn',
      'flag_cp_tt',
      'bk_ttg_tt',
      'bk_ttg_cn',
      'cstd_tq_cn',
      'other_tt',
      'other_cn',
    ]);
  });

  // Columns: total | HC-HC TT CN | GT HCM CN | GT NN CN | DHVD TT CN | Cờ CP TT | BK TTg TT CN | CSTĐ TQ CN | khác TT CN
  it.each([
    ['01', [9, 1, 2, 1, 0, 0, 1, 1, 0, 1, 1, 0, 0]],
    ['02', [1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]],
    ['03', [7, 1, 2, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0]],
    ['06', [2, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]],
    ['07', [1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['08', [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['09', [6, 0, 2, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0]],
    ['10', [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['11', [1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]],
    ['12', [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['13', [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]],
    ['14', [2, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0]],
    ['15', [6, 1, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0]],
    ['16', [1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]],
    ['17', [1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]],
    ['18', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['19', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['20', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
    ['21', [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ])('row %s', (code, expected) => {
    expect(cells(filled)[code]).toEqual(expected);
  });

  it('section headings have no cells; row codes follow the form (no 04, 05)', () => {
    expect(filled.rows.filter((r) => r.code === null).every((r) => r.cells === null)).toBe(true);
    const codes = filled.rows.flatMap((r) => (r.code === null ? [] : [r.code]));
    expect(codes.join(' ')).toBe('01 02 03 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21');
  });

  it('a cell opens to the records behind it', () => {
    const ids = (row: string, col: string) => cellRecords(FORM_0602, row, col, FACTS)?.map((f) => f.id);
    expect(ids('09', 'orders_medals_cn')).toEqual(['B', 'G']);
    expect(ids('01', 'total')).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    expect(ids('21', 'total')).toEqual(['G']);
    expect(ids('04', 'total')).toBeUndefined();
    expect(ids('01', 'nope')).toBeUndefined();
  });
});

describe('biểu 0603.N/BNV-TĐKT filled from the same ledger, cell by cell', () => {
  const filled = evaluateForm(FORM_0603, FACTS);

  // Columns: total | Bằng khen | CSTĐ bộ, tỉnh | Cờ thi đua | Kỷ niệm chương
  it.each([
    ['01', [6, 3, 1, 1, 1]],
    ['02', [2, 1, 0, 1, 0]],
    ['03', [1, 1, 0, 0, 0]],
    ['04', [1, 1, 0, 0, 0]],
    ['05', [3, 1, 1, 0, 1]],
    ['06', [1, 0, 0, 0, 1]],
    ['07', [1, 0, 1, 0, 0]],
    ['08', [0, 0, 0, 0, 0]],
    ['09', [0, 0, 0, 0, 0]],
    ['10', [1, 1, 0, 0, 0]],
    ['11', [3, 1, 1, 1, 0]],
    ['12', [1, 1, 0, 0, 0]],
    ['13', [1, 1, 0, 0, 0]],
    ['14', [0, 0, 0, 0, 0]],
    ['15', [1, 0, 0, 0, 1]],
    ['16', [0, 0, 0, 0, 0]],
    ['17', [0, 0, 0, 0, 0]],
  ])('row %s', (code, expected) => {
    expect(cells(filled)[code]).toEqual(expected);
  });

  it('counts lượt: a second Bằng khen for the same person adds to the cell', () => {
    const twice = awardFactsInPeriod(
      [...RECORDS, rec('P2', { subjectId: 's-P', occupationGroup: 'worker' })],
      PERIOD,
    );
    expect(cells(evaluateForm(FORM_0603, twice))['10']).toEqual([2, 2, 0, 0, 0]);
  });

  it('the total column is the sum of the four kinds in every row', () => {
    for (const r of filled.rows)
      if (r.cells) expect(r.cells[0]).toBe(r.cells[1]! + r.cells[2]! + r.cells[3]! + r.cells[4]!);
  });
});
