import { describe, expect, it } from 'vitest';
import { CATALOGUE as FULL_CATALOGUE } from './catalogue';
import {
  type AnnexCandidate,
  type AnnexRow,
  matchAnnexColumn,
  matchAnnexRow,
  parseAnnexRow,
  recogniseAward,
} from './annex';

const CATALOGUE = [
  { code: 'lao_dong_tien_tien', name: 'Lao động tiên tiến' },
  { code: 'cstd_co_so', name: 'Chiến sĩ thi đua cơ sở' },
  { code: 'cstd_bo_tinh', name: 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh' },
  { code: 'tap_the_lao_dong_tien_tien', name: 'Tập thể lao động tiên tiến' },
  { code: 'bang_khen_bo_tinh', name: 'Bằng khen của Bộ, ban, ngành, tỉnh' },
  { code: 'bang_khen_thu_tuong', name: 'Bằng khen của Thủ tướng Chính phủ' },
  { code: 'giay_khen_chu_tich_ubnd_xa', name: 'Giấy khen của Chủ tịch UBND cấp xã' },
  { code: 'huan_chuong_lao_dong_hang_3', name: 'Huân chương Lao động hạng Ba' },
];

describe('annex headers', () => {
  it.each([
    ['STT', 'stt'],
    ['Họ và tên', 'fullName'],
    ['HỌ VÀ TÊN', 'fullName'],
    ['Chức vụ', 'position'],
    ['Đơn vị công tác', 'unitName'],
    ['Danh hiệu/Hình thức', 'award'],
    ['Hình thức khen thưởng', 'award'],
    ['Số quyết định', 'decisionNumber'],
    ['Ngày', 'decisionDate'],
    ['Ngày quyết định (dd/mm/yyyy)', 'decisionDate'],
    ['Số CCCD', 'citizenId'],
  ])('"%s" → %s', (header, key) => expect(matchAnnexColumn(header)).toBe(key));
  it('an unknown header is not a column', () => expect(matchAnnexColumn('Ghi chú')).toBeUndefined());
});

describe('recogniseAward: the wording of a decision annex → catalogue code', () => {
  it.each([
    ['lao_dong_tien_tien', 'lao_dong_tien_tien'],
    ['Lao động tiên tiến', 'lao_dong_tien_tien'],
    ['Danh hiệu "Lao động tiên tiến"', 'lao_dong_tien_tien'],
    ['LĐTT', 'lao_dong_tien_tien'],
    ['Tập thể lao động tiên tiến', 'tap_the_lao_dong_tien_tien'],
    ['Chiến sĩ thi đua cơ sở', 'cstd_co_so'],
    ['CSTĐ cơ sở', 'cstd_co_so'],
    ['Chiến sĩ thi đua cấp tỉnh', 'cstd_bo_tinh'],
    ['Bằng khen của Chủ tịch UBND tỉnh', 'bang_khen_bo_tinh'],
    ['Bằng khen của Thủ tướng Chính phủ', 'bang_khen_thu_tuong'],
    ['Giấy khen của Chủ tịch UBND xã', 'giay_khen_chu_tich_ubnd_xa'],
    ['Huân chương Lao động hạng Ba', 'huan_chuong_lao_dong_hang_3'],
  ])('"%s" → %s', (text, code) => expect(recogniseAward(text, CATALOGUE).code).toBe(code));
  it.each([
    ['Giấy khen của Ủy ban nhân dân huyện', 'giay_khen_chu_tich_ubnd_huyen'],
    ['Giấy khen của Chủ tịch UBND huyện Hồng Ngự', 'giay_khen_chu_tich_ubnd_huyen'],
    ['Giấy khen của Chủ tịch UBND thị xã', 'giay_khen_chu_tich_ubnd_huyen'],
    ['Giấy khen của Chủ tịch UBND xã Thường Lạc', 'giay_khen_chu_tich_ubnd_xa'],
    ['Huy chương kháng chiến hạng Nhì', 'huy_chuong_khang_chien_hang_2'],
    ['Huy chương Kháng chiến hạng I', 'huy_chuong_khang_chien_hang_1'],
    ['Huân chương Kháng chiến hạng Ba', 'huan_chuong_khang_chien_hang_3'],
  ])('historical wording "%s" → %s (award books before 2025)', (text, code) =>
    expect(recogniseAward(text, FULL_CATALOGUE).code).toBe(code),
  );
  it('every catalogue name, punctuation and all, maps back to its own code', () => {
    for (const entry of FULL_CATALOGUE)
      expect(recogniseAward(entry.name, FULL_CATALOGUE).code).toBe(entry.code);
  });
  it('a generic "Giấy khen" is left for a person to choose', () => {
    const result = recogniseAward('Giấy khen', CATALOGUE);
    expect(result.code).toBeNull();
    expect(result.reason).toContain('Giấy khen');
  });
  it('a wording whose code is not in the catalogue is not recognised', () =>
    expect(recogniseAward('Huân chương Lao động hạng Nhì', CATALOGUE).code).toBeNull());
  it('blank is not recognised', () => expect(recogniseAward('  ', CATALOGUE).code).toBeNull());
});

const TODAY = '2026-11-23';
const good = {
  stt: '1',
  fullName: '  Nguyễn  Văn An ',
  position: 'Chuyên viên',
  unitName: 'UBND xã Xín Mần',
  award: 'Lao động tiên tiến',
  decisionNumber: '125/QĐ-UBND',
  decisionDate: '15/12/2024',
};

describe('parseAnnexRow', () => {
  it('a complete row parses, names normalised, date ISO', () => {
    const result = parseAnnexRow(good, TODAY);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        fullName: 'Nguyễn Văn An',
        decisionNumber: '125/QĐ-UBND',
        decisionDate: '2024-12-15',
        citizenId: null,
        evaluationYear: null,
      }),
    });
  });
  it.each([
    ['fullName', '', 'Họ và tên'],
    ['award', '', 'Danh hiệu/Hình thức'],
    ['decisionNumber', '', 'Số quyết định'],
    ['decisionDate', '', 'Ngày'],
    ['decisionDate', '30/02/2024', 'Ngày'],
    ['decisionDate', '01/01/2027', 'Ngày'],
    ['citizenId', '12345', 'Số định danh cá nhân'],
    ['birthDate', '31/04/1980', 'Ngày sinh'],
    ['evaluationYear', '20x4', 'Năm xét'],
  ])('%s = "%s" is an error in column %s', (key, value, column) => {
    const result = parseAnnexRow({ ...good, [key]: value }, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.column)).toContain(column);
  });
});

const row = (over: Partial<AnnexRow> = {}): AnnexRow => ({
  stt: '1',
  fullName: 'Nguyễn Văn An',
  position: null,
  unitName: 'Xã Xín Mần',
  awardText: 'Lao động tiên tiến',
  decisionNumber: '1/QĐ-UBND',
  decisionDate: '2024-12-15',
  birthDate: null,
  citizenId: null,
  evaluationYear: null,
  ...over,
});
const cand = (id: string, over: Partial<AnnexCandidate> = {}): AnnexCandidate => ({
  personId: id,
  fullName: 'Nguyễn Văn An',
  birthDate: '1980-05-01',
  unitNames: ['Xã Xín Mần', 'Tỉnh Tuyên Quang'],
  byCitizenId: false,
  ...over,
});

describe('matchAnnexRow', () => {
  it('a citizen ID decides alone', () =>
    expect(
      matchAnnexRow(row({ citizenId: '002080000123' }), [cand('a', { byCitizenId: true }), cand('b')]),
    ).toEqual({ status: 'matched', personId: 'a', how: 'citizen_id' }));
  it('a citizen ID nobody has is unmatched (the name is not used instead)', () =>
    expect(matchAnnexRow(row({ citizenId: '002080000123' }), [cand('b')]).status).toBe('unmatched'));
  it('name + unit, accent-insensitive, one candidate → matched', () =>
    expect(matchAnnexRow(row({ fullName: 'NGUYEN VAN AN', unitName: 'xa xin man' }), [cand('a')])).toEqual({
      status: 'matched',
      personId: 'a',
      how: 'name_unit',
    }));
  it('name + birth date + unit → matched among namesakes', () =>
    expect(
      matchAnnexRow(row({ birthDate: '1980-05-01' }), [cand('a'), cand('b', { birthDate: '1990-01-01' })]),
    ).toMatchObject({ status: 'matched', personId: 'a', how: 'name_birth_unit' }));
  it('two namesakes in the same unit without birth date → ambiguous with both', () =>
    expect(matchAnnexRow(row(), [cand('a'), cand('b')])).toMatchObject({
      status: 'ambiguous',
      candidateIds: ['a', 'b'],
    }));
  it('a namesake in another unit only → ambiguous (a person decides)', () =>
    expect(matchAnnexRow(row(), [cand('a', { unitNames: ['Phường Hà Giang 1'] })])).toMatchObject({
      status: 'ambiguous',
      candidateIds: ['a'],
    }));
  it('name only, no unit nor birth date on the row → ambiguous, never a silent match', () =>
    expect(matchAnnexRow(row({ unitName: null }), [cand('a')]).status).toBe('ambiguous'));
  it('nobody with the name → unmatched', () =>
    expect(matchAnnexRow(row(), [cand('a', { fullName: 'Trần Thị Bình' })]).status).toBe('unmatched'));
});
