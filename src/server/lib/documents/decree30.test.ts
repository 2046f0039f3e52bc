import { describe, expect, it } from 'vitest';
import {
  article,
  authorityLine,
  borderedTable,
  centeredBold,
  decree30Document,
  documentHeader,
  documentTitle,
  legalBases,
  placeAndDate,
  recipientsAndSignature,
  signaturesSideBySide,
  toDocxBuffer,
} from './decree30';
import { docxEntry, docxPlainText } from './docx-read';

async function sample(landscapeAnnex = false) {
  const doc = decree30Document({
    title: 'Quyết định khen thưởng',
    sections: [
      {
        children: [
          ...documentHeader({
            issuingBody: { superior: null, name: 'Ủy ban nhân dân tỉnh Hà Giang' },
            numberSymbol: 'Số: 125/QĐ-UBND',
            place: 'Hà Giang',
            date: '2026-12-05',
          }),
          ...documentTitle('Quyết định', 'Về việc khen thưởng thành tích năm 2026'),
          authorityLine('Chủ tịch Ủy ban nhân dân tỉnh Hà Giang'),
          ...legalBases(['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;']),
          centeredBold('QUYẾT ĐỊNH:'),
          article(1, 'Tặng Bằng khen cho 2 cá nhân (có danh sách kèm theo).'),
          recipientsAndSignature({
            recipients: ['Như Điều 3;', 'Lưu: VT, NC.'],
            signature: { capacity: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: 'Nguyễn Văn Sơn' },
          }),
        ],
      },
      {
        landscape: landscapeAnnex,
        children: [
          borderedTable({
            columns: [
              { header: 'STT', width: 1, align: 'center' },
              { header: 'Họ và tên', width: 4 },
              { header: 'Tiền thưởng', width: 2, align: 'right' },
            ],
            rows: [
              ['1', 'Lò Thị Hằng', '3.800.000'],
              ['2', 'Đặng Văn Lử & Cộng sự <x>', '3.800.000'],
            ],
            footer: [[{ text: 'Tổng cộng', span: 2 }, '7.600.000']],
          }),
          signaturesSideBySide([
            { title: 'Thư ký', name: 'Vàng Thị Mỷ' },
            { title: 'Chủ tọa', name: 'Hoàng Văn Đức' },
          ]),
        ],
      },
    ],
  });
  return toDocxBuffer(doc);
}

describe('Decree 30 building blocks', () => {
  it('writes a .docx whose document.xml holds the Vietnamese text in Times New Roman', async () => {
    const buffer = await sample();
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const xml = docxEntry(buffer, 'word/document.xml')!;
    expect(xml).toContain('w:ascii="Times New Roman"');
    const text = docxPlainText(buffer);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG',
      'Số: 125/QĐ-UBND',
      'Hà Giang, ngày 05 tháng 12 năm 2026',
      'QUYẾT ĐỊNH',
      'Về việc khen thưởng thành tích năm 2026',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Điều 1. Tặng Bằng khen',
      'Nơi nhận:',
      '- Như Điều 3;',
      'TM. ỦY BAN NHÂN DÂN',
      'Nguyễn Văn Sơn',
      'Đặng Văn Lử & Cộng sự <x>',
      'Tổng cộng',
      'THƯ KÝ',
      'Vàng Thị Mỷ',
    ])
      expect(text).toContain(expected);
  });

  it('sets A4 with the Decree 30 margins, a repeated table header and page numbers from page 2', async () => {
    const buffer = await sample();
    const xml = docxEntry(buffer, 'word/document.xml')!;
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="1134"[^>]*w:right="850"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toMatch(/<w:gridSpan w:val="2"\/>/);
    const headers = ['word/header1.xml', 'word/header2.xml', 'word/header3.xml', 'word/header4.xml']
      .map((n) => docxEntry(buffer, n) ?? '')
      .join('');
    expect(headers).toContain('PAGE');
  });

  it('turns an annex section to landscape on request', async () => {
    const xml = docxEntry(await sample(true), 'word/document.xml')!;
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });

  it.each([
    ['Hà Giang', '2026-12-05', 'Hà Giang, ngày 05 tháng 12 năm 2026'],
    ['Hà Nội', '2026-01-15', 'Hà Nội, ngày 15 tháng 01 năm 2026'],
    ['Hà Nội', '2026-02-09', 'Hà Nội, ngày 09 tháng 02 năm 2026'],
    ['Huế', '2026-03-01', 'Huế, ngày 01 tháng 3 năm 2026'],
  ])('place and date %s %s → %s', (place, date, expected) => {
    expect(placeAndDate(place, date)).toBe(expected);
  });

  it('leaves the day and month blank for a draft', () => {
    expect(placeAndDate('Hà Giang', null)).toMatch(/^Hà Giang, ngày\s+tháng\s+năm/);
  });

  it('returns null for an absent entry', async () => {
    expect(docxEntry(await sample(), 'word/nothing.xml')).toBeNull();
  });
});
