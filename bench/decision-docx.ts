import { cpus, loadavg } from 'node:os';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { docxPlainText } from '../src/server/lib/documents/docx-read';
import { decisionDocx, type DocumentInput } from '../src/server/modules/decisions/decisions-document';
import { compare, ms, prng } from './lib';

/**
 * The decision's Word file (issue 4): a decision with a 1,000-row annex in the Decree 30 layout — header table,
 * legal bases, articles, Nơi nhận and signature, the annex on its own section with a repeated header row, rows
 * that do not split, a total row and the total in words — written by `decisionDocx`, what
 * GET /api/decisions/:id/document.docx sends (the route adds one read of the decision and its items).
 * Baseline in the same run: a bare `docx` document with the same 1,000 × 5 cells in a plain table, no layout.
 */

const ROWS = Number(process.env.BENCH_DECISION_ROWS ?? 1000);
const RUNS = 7;
const TARGET_MS = 3000;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vàng', 'Lò', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thu', 'Seo', 'Minh'];
const GIVEN = ['Hằng', 'Pọm', 'Mỷ', 'Đức', 'Dình', 'Sơn', 'Lan', 'Tuấn'];

function makeDecision(seed: number): DocumentInput {
  const rnd = prng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
  return {
    status: 'issued',
    number: '125/QĐ-UBND',
    numberLine: 'Số: 125/QĐ-UBND',
    decisionDate: '2026-12-05',
    summary: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    awardCode: 'bang_khen_bo_tinh',
    issuingSuperior: null,
    issuingBody: 'Ủy ban nhân dân\ntỉnh Hà Giang',
    authorityLine: 'Chủ tịch Ủy ban nhân dân tỉnh Hà Giang',
    place: 'Hà Giang',
    legalBases: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Xét đề nghị của Giám đốc Sở Nội vụ.',
    ],
    articles: [
      `Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ${ROWS} cá nhân (có danh sách kèm theo).`,
      'Tiền thưởng kèm theo thực hiện theo Nghị định số 152/2025/NĐ-CP.',
      'Quyết định này có hiệu lực kể từ ngày ký./.',
    ],
    recipients: ['Như Điều 3;', 'Lưu: VT, NC.'],
    signerCapacity: 'TM. Ủy ban nhân dân',
    signerTitle: 'Chủ tịch',
    signerName: 'Nguyễn Văn Sơn',
    items: Array.from({ length: ROWS }, (_, i) => ({
      displayName: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
      positionUnit: `Chuyên viên, Phòng ${1 + (i % 12)}, Sở Nội vụ tỉnh Hà Giang`,
      achievement: 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026',
      amount: 3_800_000,
    })),
  };
}

/** The same cells in a plain table: what `docx` costs without any layout. */
async function bareDocx(d: DocumentInput): Promise<Buffer> {
  const cell = (text: string) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const rows = d.items.map(
    (i, n) =>
      new TableRow({
        children: [
          String(n + 1),
          i.displayName,
          i.positionUnit ?? '',
          i.achievement ?? '',
          String(i.amount),
        ].map(cell),
      }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows })] }] }));
}

export async function benchDecisionDocx() {
  const inputs = Array.from({ length: RUNS }, (_, i) => makeDecision(42 + i));
  const r = await compare(inputs, decisionDocx, bareDocx, 2);
  // Checked outside the timings: the file holds the last row.
  const last = inputs[0]!;
  const file = await decisionDocx(last);
  const size = file.length;
  const check = docxPlainText(file).includes(`${ROWS}\n\t${last.items[ROWS - 1]!.displayName}\n\t`);
  return {
    name: `Decision Word file: ${ROWS.toLocaleString('en')}-row annex (Decree 30 layout) in process`,
    lines: [
      `${RUNS} runs after 2 warm-up runs (interleaved with the baseline); machine load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; file ${(size / 1024).toFixed(0)} KiB; last row found in word/document.xml: ${check ? 'yes' : 'NO'}`,
      `decisionDocx (full layout)              p50 ${ms(r.candidate.p50)}  p95 ${ms(r.candidate.p95)}  mean ${ms(r.candidate.mean)}`,
      `baseline (bare docx, plain 1,000-row table) p50 ${ms(r.baseline.p50)}  p95 ${ms(r.baseline.p95)}  mean ${ms(r.baseline.mean)}`,
      `ratio layout/bare (p50) ${(r.candidate.p50 / r.baseline.p50).toFixed(2)}×`,
      `target: ≤ ${TARGET_MS} ms (p95)`,
    ],
    ok: r.candidate.p95 <= TARGET_MS && check,
  };
}
