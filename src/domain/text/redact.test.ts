import { describe, expect, it } from 'vitest';
import { redactPersonalData } from './redact';

describe('redactPersonalData', () => {
  it.each([
    // phones
    ['Gọi tôi 0912 345 678 nhé', 'Gọi tôi [đã ẩn số điện thoại] nhé', ['phone']],
    ['SĐT: 0912345678.', 'SĐT: [đã ẩn số điện thoại].', ['phone']],
    ['0912.345.678', '[đã ẩn số điện thoại]', ['phone']],
    ['0912-345-678', '[đã ẩn số điện thoại]', ['phone']],
    ['+84 912 345 678', '[đã ẩn số điện thoại]', ['phone']],
    ['+84912345678', '[đã ẩn số điện thoại]', ['phone']],
    ['(+84) 912-345-678', '[đã ẩn số điện thoại]', ['phone']],
    ['84912345678', '[đã ẩn số điện thoại]', ['phone']],
    ['bàn 024 3825 1234', 'bàn [đã ẩn số điện thoại]', ['phone']],
    // identity numbers
    ['CCCD 001234567890 cấp 2021', 'CCCD [đã ẩn số định danh] cấp 2021', ['citizenId']],
    ['CCCD: 001 234 567 890', 'CCCD: [đã ẩn số định danh]', ['citizenId']],
    ['CMND 125678901', 'CMND [đã ẩn số định danh]', ['citizenId']],
    // dates
    ['sinh ngày 15/03/1980 tại Hà Giang', 'sinh ngày [đã ẩn ngày sinh, ngày tháng] tại Hà Giang', ['date']],
    ['ngày sinh: 5/3/1980', 'ngày sinh: [đã ẩn ngày sinh, ngày tháng]', ['date']],
    ['15-03-1980', '[đã ẩn ngày sinh, ngày tháng]', ['date']],
    [
      'Tôi là Lan, 02/9/1990, ở thôn Bản Mế',
      'Tôi là Lan, [đã ẩn ngày sinh, ngày tháng], ở thôn Bản Mế',
      ['date'],
    ],
    ['15.03.1980', '[đã ẩn ngày sinh, ngày tháng]', ['date']],
    ['Bà sinh năm 1948', 'Bà sinh năm [đã ẩn ngày sinh, ngày tháng]', ['date']],
    // e-mail
    ['thư: nguyen.van.an@gmail.com.', 'thư: [đã ẩn thư điện tử].', ['email']],
    ['an_2024+tdkt@tuyenquang.gov.vn', '[đã ẩn thư điện tử]', ['email']],
    // together
    [
      'Tôi là An, CCCD 008123456789, sinh 01/01/1975, ĐT 0987654321, an@example.vn',
      'Tôi là An, CCCD [đã ẩn số định danh], sinh [đã ẩn ngày sinh, ngày tháng], ĐT [đã ẩn số điện thoại], [đã ẩn thư điện tử]',
      ['email', 'phone', 'citizenId', 'date'],
    ],
  ])('%j', (input, expected, kinds) => {
    const out = redactPersonalData(input);
    expect(out.text).toBe(expected);
    expect(out.redactions.map((r) => r.kind)).toEqual(kinds);
  });

  it.each([
    'Quyết định số 123/QĐ-UBND năm 2024 khen 45 người',
    'Quyết định số 125/QĐ-UBND ngày 12/05/2025 của UBND tỉnh',
    'Năm 2023 anh hoàn thành 120% kế hoạch, thưởng 1.500.000 đồng',
    'Tổng tiền thưởng 150.000.000 đồng, quỹ 12.500.000.000 đồng',
    'Tham gia từ 2010 đến 2020, 3 năm liền Chiến sĩ thi đua',
    'Số hiệu 12345678 (8 chữ số) không phải định danh',
    'Mã 1234567890123 (13 chữ số) cũng không',
  ])('leaves %j alone', (input) => {
    expect(redactPersonalData(input)).toEqual({ text: input, redactions: [] });
  });

  it('keeps the originals for the moderator', () => {
    expect(redactPersonalData('Liên hệ 0912 345 678').redactions).toEqual([
      { kind: 'phone', original: '0912 345 678' },
    ]);
  });
});
