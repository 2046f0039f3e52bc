import { describe, expect, it } from 'vitest';
import {
  achievementLine,
  certificateFormOf,
  certificateHeading,
  holderLine,
  placeDateLine,
  registryNumber,
  registryYear,
} from './certificate';

describe('certificate form of an award code', () => {
  it.each([
    ['bang_khen_bo_tinh', 'bang_khen'],
    ['bang_khen_thu_tuong', 'bang_khen'],
    ['giay_khen_chu_tich_ubnd_xa', 'giay_khen'],
    ['cstd_co_so', 'danh_hieu'],
    ['lao_dong_tien_tien', 'danh_hieu'],
    ['ky_niem_chuong_bo_nganh_tinh', 'giay_chung_nhan'],
    ['huan_chuong_lao_dong_hang_3', null],
    ['anh_hung_lao_dong', null],
    ['khong_co_ma_nay', null],
  ])('%s → %s', (code, form) => expect(certificateFormOf(code)).toBe(form));
});

describe('certificate wording', () => {
  it.each([
    ['bang_khen', 'bang_khen_bo_tinh', 'BẰNG KHEN'],
    ['giay_khen', 'giay_khen_khac', 'GIẤY KHEN'],
    ['giay_chung_nhan', 'ky_niem_chuong_bo_nganh_tinh', 'GIẤY CHỨNG NHẬN'],
    ['danh_hieu', 'cstd_co_so', 'CHIẾN SĨ THI ĐUA CƠ SỞ'],
  ] as const)('heading of %s (%s) is %s', (form, code, heading) =>
    expect(certificateHeading(form, code)).toBe(heading),
  );

  it.each([
    ['bang_khen', 2026, 1, '0001/BK-2026'],
    ['giay_khen', 2025, 123, '0123/GK-2025'],
    ['danh_hieu', 2026, 12345, '12345/DH-2026'],
    ['giay_chung_nhan', 2026, 7, '0007/CN-2026'],
  ] as const)('registry number of %s %i #%i is %s', (form, year, seq, expected) =>
    expect(registryNumber(form, year, seq)).toBe(expected),
  );

  it.each([
    ['individual', 'Nguyễn Văn An', 'male', 'Ông Nguyễn Văn An'],
    ['individual', 'Lê Thị Hoa', 'female', 'Bà Lê Thị Hoa'],
    ['individual', 'Hà Mỹ', null, 'Ông/Bà Hà Mỹ'],
    ['collective', 'Xã Minh Quang', null, 'Xã Minh Quang'],
    ['household', 'Hộ ông Lò Văn Páo', 'male', 'Hộ ông Lò Văn Páo'],
  ] as const)('holder %s %s (%s) → %s', (type, name, gender, expected) =>
    expect(holderLine(type, name, gender)).toBe(expected),
  );

  it.each([
    ['bang_khen', 'bang_khen_bo_tinh', '  Có thành tích xuất sắc năm 2025 ', 'Có thành tích xuất sắc năm 2025'],
    ['bang_khen', 'bang_khen_bo_tinh', null, 'Đã có thành tích xuất sắc trong phong trào thi đua'],
    ['danh_hieu', 'lao_dong_tien_tien', '', 'Đã đạt danh hiệu Lao động tiên tiến năm 2025'],
    ['giay_chung_nhan', 'ky_niem_chuong_bo_nganh_tinh', null, 'Đã được tặng Kỷ niệm chương'],
  ] as const)('achievement of %s %s with %j', (form, code, summary, expected) =>
    expect(achievementLine(form, code, summary, 2025).startsWith(expected)).toBe(true),
  );

  it('place and date line in words, registry year from the decision or the counted year', () => {
    expect(placeDateLine('Tuyên Quang', '2026-03-05')).toBe('Tuyên Quang, ngày 05 tháng 03 năm 2026');
    expect(registryYear('2026-01-02', 2025)).toBe(2026);
    expect(registryYear(null, 2025)).toBe(2025);
  });
});
