import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hostileWorkbooks } from '../test/fixtures/hostile-files';
import { AppError } from './errors';
import { isDateFormat, readFirstSheetRows, type SheetInfo, WorkbookFormatError } from './excel-reader';
import { SHEET_LIMITS } from './upload-limits';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'tdkt-reader-'));
});

async function readAll(file: string) {
  const rows: { n: number; cells: string[] }[] = [];
  let info: SheetInfo = { lastRow: null };
  await readFirstSheetRows(file, (n, cells, sheet) => {
    rows.push({ n, cells: [...cells] });
    info = sheet;
  });
  return { rows, lastRow: info.lastRow };
}

/** What ExcelJS's own (in-memory) reader makes of the first sheet, as text the way imports read cells. */
async function readWithExcelJS(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const text = (v: ExcelJS.CellValue | undefined): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
    if (typeof v === 'string') return v;
    if (typeof v === 'boolean') return v ? 'Có' : 'Không';
    if (v instanceof Date) throw new Error('no date-formatted cells in these sheets');
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return text(v.result);
    return '';
  };
  const rows: { n: number; cells: string[] }[] = [];
  wb.worksheets[0]!.eachRow((row, n) => {
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let i = 1; i < values.length; i++) cells[i] = text(values[i]).trim();
    rows.push({ n, cells });
  });
  return rows;
}

/** One sheet of everything people type into cells: text, numbers, booleans, formulas, rich text, gaps. */
function fillVaried(ws: ExcelJS.Worksheet) {
  ws.getRow(1).values = ['STT', 'Họ và tên', 'Số', 'Lãnh đạo', 'Công thức'];
  for (let i = 0; i < 300; i++) {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = i + 1;
    row.getCell(2).value =
      i % 7 === 0
        ? { richText: [{ text: 'Lò ', font: { bold: true } }, { text: `Văn Páo ${i}` }] }
        : `  Nguyễn Thị Hồng Ngọc ${i} & <Lũng Cú> "x" 'y'  `;
    row.getCell(3).value = i % 3 === 0 ? 8085001234 + i : i / 8;
    row.getCell(4).value = i % 2 === 0;
    row.getCell(5).value =
      i % 4 === 0 ? { formula: 'B2', result: 'Nam' } : { formula: 'C2*2', result: i * 2 };
    if (i % 5 === 0) row.getCell(28).value = `cột AB ${i}`; // past Z, after a gap of blank cells
    if (i % 11 === 0) row.getCell(3).value = null;
    row.commit?.();
  }
  // A gap of empty rows, then one more.
  ws.getRow(320).values = ['cuối', 'Đặng Thị Ánh'];
}

describe('readFirstSheetRows reads what ExcelJS reads', () => {
  it('from a workbook with shared strings (as Excel writes it)', async () => {
    const file = path.join(dir, 'varied-shared.xlsx');
    const wb = new ExcelJS.Workbook();
    fillVaried(wb.addWorksheet('Danh sách'));
    wb.addWorksheet('Hướng dẫn').addRow(['không đọc trang này']);
    await wb.xlsx.writeFile(file);
    const { rows } = await readAll(file);
    expect(rows).toEqual(await readWithExcelJS(file));
    expect(rows).toHaveLength(302);
    expect(rows[1]!.cells.slice(1, 6)).toEqual(['1', 'Lò Văn Páo 0', '', 'Có', 'Nam']);
    expect(rows[2]!.cells[2]).toBe(`Nguyễn Thị Hồng Ngọc 1 & <Lũng Cú> "x" 'y'`);
    expect(rows[2]!.cells[3]).toBe('0.125');
    expect(rows[4]!.cells[3]).toBe('8085001237');
    expect(rows[1]!.cells[28]).toBe('cột AB 0');
    expect(rows.at(-1)).toEqual({ n: 320, cells: [undefined, 'cuối', 'Đặng Thị Ánh'] });
  });

  it('from streamed workbooks, with and without shared strings', async () => {
    for (const useSharedStrings of [true, false]) {
      const file = path.join(dir, `varied-stream-${useSharedStrings}.xlsx`);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings });
      const ws = wb.addWorksheet('Danh sách');
      fillVaried(ws);
      ws.commit();
      await wb.commit();
      const { rows } = await readAll(file);
      expect(rows).toEqual(await readWithExcelJS(file));
      expect(rows).toHaveLength(302);
    }
  });
});

/** A minimal ZIP writer, to build workbooks byte by byte (stored or deflated entries, optionally ZIP64). */
function zip(
  files: Record<string, string>,
  opts: { deflate?: boolean; zip64?: boolean; garble?: string } = {},
): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const deflated = opts.deflate ? deflateRawSync(data) : data;
    // A damaged entry: bytes that are no deflate stream (block type 3 does not exist).
    const body = name === opts.garble ? Buffer.alloc(deflated.length, 0xff) : deflated;
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(opts.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    parts.push(local, nameBytes, body);
    const extra = opts.zip64 ? Buffer.alloc(4 + 24) : Buffer.alloc(0);
    if (opts.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(data.length), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(opts.zip64 ? 45 : 20, 6);
    entry.writeUInt16LE(opts.deflate ? 8 : 0, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(opts.zip64 ? 0xffffffff : body.length, 20);
    entry.writeUInt32LE(opts.zip64 ? 0xffffffff : data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt16LE(extra.length, 30);
    entry.writeUInt32LE(opts.zip64 ? 0xffffffff : offset, 42);
    central.push(entry, nameBytes, extra);
    offset += 30 + nameBytes.length + body.length;
  }
  const cd = Buffer.concat(central);
  const count = Object.keys(files).length;
  const tail: Buffer[] = [];
  if (opts.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(count), 24);
    record.writeBigUInt64LE(BigInt(count), 32);
    record.writeBigUInt64LE(BigInt(cd.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(opts.zip64 ? 0xffff : count, 8);
  end.writeUInt16LE(opts.zip64 ? 0xffff : count, 10);
  end.writeUInt32LE(opts.zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(opts.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...parts, cd, ...tail, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RELS_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A workbook whose tab order is `sheets` (each `[name, part, xml]`), with optional shared strings. */
function workbookFiles(sheets: [string, string, string][], sharedStrings?: string) {
  const files: Record<string, string> = {
    'xl/workbook.xml': `<?xml version="1.0"?><workbook ${NS} ${RELS_NS}><sheets>${sheets
      .map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(([, part], i) => `<Relationship Id="rId${i + 1}" Type="worksheet" Target="${part}"/>`)
      .join('')}</Relationships>`,
  };
  for (const [, part, xml] of sheets) files[`xl/${part}`] = xml;
  if (sharedStrings !== undefined)
    files['xl/sharedStrings.xml'] = `<?xml version="1.0"?><sst ${NS}>${sharedStrings}</sst>`;
  return files;
}

async function readXml(name: string, files: Record<string, string>, opts?: Parameters<typeof zip>[1]) {
  const file = path.join(dir, name);
  await writeFile(file, zip(files, opts));
  return readAll(file);
}

const sheetXml = (rows: string, head = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${head}<sheetData>${rows}</sheetData></worksheet>`;

describe('readFirstSheetRows on sheets written by other programs', () => {
  it('reads every cell type: shared, inline (rich runs), formula string, boolean, error, ISO date, number', async () => {
    const shared =
      '<si><t>Nam</t></si><si><r><rPr><b/></rPr><t>Lò </t></r><r><t xml:space="preserve">Văn Páo</t></r>' +
      '<rPh sb="0" eb="1"><t>ロ</t></rPh></si><si/>';
    const rows =
      '<row r="2" spans="1:9">' +
      '<c r="A2" t="s"><v>1</v></c>' +
      '<c r="B2" t="inlineStr"><is><r><t>Hà </t></r><r><rPr><i/></rPr><t>Giang</t></r></is></c>' +
      '<c r="C2" t="str"><f>A2</f><v>Nữ</v></c>' +
      '<c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><v>0</v></c>' +
      '<c r="F2" t="e"><v>#N/A</v></c>' +
      '<c r="G2" t="d"><v>1985-03-02T00:00:00</v></c>' +
      '<c r="H2" s="3"><v>31108</v></c>' +
      '<c r="I2"><v>1.5E+3</v></c>' +
      '</row>';
    const { rows: read } = await readXml(
      'types.xlsx',
      workbookFiles([['Danh sách', 'worksheets/sheet1.xml', sheetXml(rows)]], shared),
    );
    expect(read).toEqual([
      {
        n: 2,
        cells: [undefined, 'Lò Văn Páo', 'Hà Giang', 'Nữ', 'Có', 'Không', '', '02/03/1985', '31108', '1500'],
      },
    ]);
  });

  it('decodes character references once and keeps Vietnamese letters', async () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Tr&#7847;n &amp;lt; &#x1EA1;&quot;&apos;&gt;</t></is></c>' +
      '<c r="B1" t="str"><v>Đ&amp;Ư</v></c></row>';
    const { rows: read } = await readXml(
      'entities.xlsx',
      workbookFiles([['A', 'worksheets/sheet1.xml', sheetXml(rows)]]),
    );
    expect(read[0]!.cells.slice(1)).toEqual([`Trần &lt; ạ"'>`, 'Đ&Ư']);
  });

  it('places rows and cells without a reference after the previous ones; single-quoted attributes', async () => {
    const rows =
      "<row r='3'><c r='B3' t='inlineStr'><is><t>b</t></is></c><c t='inlineStr'><is><t>c</t></is></c></row>" +
      '<row><c t="inlineStr"><is><t>a</t></is></c><c r="C4" s="1"/><c r="D4"><v>4</v></c></row>' +
      '<row r="6"/>';
    const { rows: read } = await readXml(
      'refs.xlsx',
      workbookFiles([['A', 'worksheets/s.xml', sheetXml(rows)]]),
    );
    expect(read).toEqual([
      { n: 3, cells: [undefined, '', 'b', 'c'] },
      { n: 4, cells: [undefined, 'a', '', '', '4'] },
      { n: 6, cells: [] },
    ]);
  });

  it('takes the first sheet in tab order, whatever the part is called, and its declared size', async () => {
    const first = sheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Danh sách</t></is></c></row>',
      '<dimension ref="A1:P5001"/>',
    );
    const second = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Hướng dẫn</t></is></c></row>');
    const files = workbookFiles([
      ['Danh sách', 'worksheets/sheet2.xml', first],
      ['Hướng dẫn', '/xl/worksheets/sheet1.xml', second],
    ]);
    const read = await readXml('order.xlsx', files);
    expect(read.rows[0]!.cells[1]).toBe('Danh sách');
    expect(read.lastRow).toBe(5001);
  });

  it('reads deflated and ZIP64 archives', async () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Nguyễn Văn Ấn ${i}</t></is></c></row>`,
    ).join('');
    const files = workbookFiles([['A', 'worksheets/sheet1.xml', sheetXml(rows)]]);
    for (const opts of [{ deflate: true }, { zip64: true }, { deflate: true, zip64: true }]) {
      const read = await readXml(`zip-${JSON.stringify(opts)}.xlsx`, files, opts);
      expect(read.rows).toHaveLength(3000);
      expect(read.rows[2999]).toEqual({ n: 3000, cells: [undefined, 'Nguyễn Văn Ấn 2999'] });
    }
  });

  it('refuses what is not a readable workbook', async () => {
    const cases: [string, Buffer][] = [
      ['not-zip.xlsx', Buffer.from('PK\u0003\u0004 not really a zip')],
      ['no-sheet.xlsx', zip({ 'docProps/app.xml': '<x/>' })],
      ['truncated.xlsx', zip(workbookFiles([['A', 'worksheets/sheet1.xml', sheetXml('')]])).subarray(0, 60)],
      ['empty.xlsx', Buffer.alloc(0)],
      [
        'garbled.xlsx',
        zip(workbookFiles([['A', 'worksheets/sheet1.xml', sheetXml('<row r="1"/>'.repeat(50))]]), {
          deflate: true,
          garble: 'xl/worksheets/sheet1.xml',
        }),
      ],
    ];
    for (const [name, content] of cases) {
      const file = path.join(dir, name);
      await writeFile(file, content);
      await expect(readAll(file), name).rejects.toBeInstanceOf(WorkbookFormatError);
    }
  });
});

describe('readFirstSheetRows within its limits (upload-limits.ts)', () => {
  const loose = { ...SHEET_LIMITS.registrations, maxRatio: Number.POSITIVE_INFINITY };
  const refusal = async (name: string, content: Buffer, limits = loose) => {
    const file = path.join(dir, name);
    await writeFile(file, content);
    const error = await readFirstSheetRows(file, () => {}, limits).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error, name).toBeInstanceOf(AppError);
    return (error as AppError).message;
  };
  const bomb = (id: string) => hostileWorkbooks().find((f) => f.id === id)!.content;

  it.each([
    // Each hostile file meets the limit meant for it once the ones before it are out of the way.
    ['cell-300mb', SHEET_LIMITS.registrations, /quá lớn sau khi giải nén|nén bất thường/],
    ['cell-300mb', { ...loose, maxInflatedBytes: 1e12 }, /dòng quá lớn/],
    ['cell-300mb-lying', SHEET_LIMITS.registrations, /không khớp/],
    [
      'shared-strings-many',
      { ...loose, maxSharedStringsBytes: 1e12, maxInflatedBytes: 1e12 },
      /quá nhiều chuỗi dùng chung/,
    ],
    ['shared-string-long', { ...loose, maxSharedStringsBytes: 1e12, maxInflatedBytes: 1e12 }, /ô dài quá/],
    ['million-empty-rows', loose, /quá nhiều dòng/],
    ['wide-row', loose, /ngoài 200 cột/],
    ['deep-ratio', { ...SHEET_LIMITS.people, maxInflatedBytes: 1e12 }, /nén bất thường/],
  ])('refuses %s', async (id, limits, message) => {
    expect(await refusal(`${id}.xlsx`, bomb(id), limits)).toMatch(message);
  });

  it('counts a long shared string once per cell that shows it', async () => {
    const shared = `<si><t>${'Ả'.repeat(30_000)}</t></si>`;
    const rows = Array.from(
      { length: 600 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>0</v></c></row>`,
    );
    const content = zip(workbookFiles([['A', 'worksheets/sheet1.xml', sheetXml(rows.join(''))]], shared));
    expect(await refusal('amplified.xlsx', content)).toMatch(/quá nhiều chữ/);
  });

  it('refuses a cell longer than Excel allows and a file larger than the import takes', async () => {
    const long = sheetXml(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(40_000)}</t></is></c></row>`,
    );
    expect(
      await refusal('long-cell.xlsx', zip(workbookFiles([['A', 'worksheets/sheet1.xml', long]]))),
    ).toMatch(/Dòng 1 .* ô dài quá 32\.767 ký tự/);
    const tiny = { ...loose, maxFileBytes: 100 };
    expect(await refusal('big.xlsx', bomb('wide-row'), tiny)).toMatch(/vượt quá dung lượng/);
  });
});

describe('readFirstSheetRows reads numbers in a date format as dates', () => {
  it('by built-in and custom formats, in both date systems; other numbers stay numbers', async () => {
    const styles =
      '<?xml version="1.0"?><styleSheet ' +
      NS +
      '><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>' +
      '<numFmt numFmtId="165" formatCode="#,##0.00&quot; đ&quot;"/></numFmts><cellXfs count="4">' +
      '<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>';
    const rows =
      '<row r="1"><c r="A1" s="1"><v>31108</v></c><c r="B1" s="2"><v>45839.75</v></c>' +
      '<c r="C1" s="3"><v>1500</v></c><c r="D1" s="0"><v>31108</v></c><c r="E1"><v>7</v></c></row>';
    const files: Record<string, string> = {
      ...workbookFiles([['A', 'worksheets/sheet1.xml', sheetXml(rows)]]),
      'xl/styles.xml': styles,
    };
    expect((await readXml('dates.xlsx', files)).rows[0]!.cells.slice(1)).toEqual([
      '02/03/1985',
      '01/07/2025',
      '1500',
      '31108',
      '7',
    ]);
    files['xl/workbook.xml'] = files['xl/workbook.xml']!.replace(
      '<sheets>',
      '<workbookPr date1904="1"/><sheets>',
    );
    expect((await readXml('dates-1904.xlsx', files)).rows[0]!.cells[1]).toBe('03/03/1989');
  });

  it.each([
    ['dd/mm/yyyy', true],
    ['[$-42A]d mmmm yyyy', true],
    ['mmm-yy', true],
    ['h:mm:ss', false],
    ['[h]:mm', false],
    ['#,##0" đồng"', false],
    ['0.00%', false],
    ['"ngày"', false],
  ])('isDateFormat(%s) = %s', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });
});
