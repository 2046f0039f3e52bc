/**
 * The minutes of a bloc's year-end review (Biên bản họp Khối thi đua …) as a Word file in the Decree 30
 * layout: time and place, the members present, the scoring results with totals and ranks, the leader vote
 * round by round (votes and % of the TOTAL voters, law-reference §4.3 / §7.3), the proposals (Cờ thi đua
 * bộ/tỉnh, Bằng khen) and the handover to next year's head and deputy (§8.2). The dossier of a flag needs
 * "the minutes of the bloc's review with ballot results" (§8.2, [V2] S72). Pure: the service loads the data.
 */
import {
  bodyParagraph,
  borderedTable,
  decree30Document,
  documentHeader,
  documentTitle,
  para,
  run,
  signaturesSideBySide,
  toDocxBuffer,
} from './decree30';
import type { FileChild } from 'docx';

export interface BlocMinutesInput {
  bloc: { name: string; kindLabel: string; organiserName: string };
  year: number;
  /** ISO date of the meeting (the vote's date), or null to leave it blank. */
  date: string | null;
  /** The meeting room or venue ("tại …"). */
  place: string | null;
  /** The locality printed before the date ("Hà Giang, ngày …"). */
  locality: string;
  head: string | null;
  deputy: string | null;
  members: { name: string; representative: string | null; role: string | null }[];
  scoring: {
    statusLabel: string;
    rows: { rank: number; unit: string; total: number; classification: string | null }[];
  } | null;
  vote: {
    thresholdPercent: number;
    rounds: {
      round: number;
      totalVoters: number;
      ballotsCast: number;
      candidates: { unit: string; votes: number; percentOfTotal: number }[];
    }[];
    outcome: string | null;
    leader: string | null;
    headsDecision: string | null;
  } | null;
  proposals: { position: number; unit: string; award: string }[];
  handover: { year: number; head: string; deputy: string | null } | null;
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');
const num = (n: number, digits = 2) =>
  n.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const heading = (text: string) =>
  para(text, { bold: true, align: 'justify', before: 6, after: 3, keepNext: true });

/** "Khối các huyện …" → "Khối thi đua các huyện …" (the seed's wording); other names are prefixed by the kind. */
export function blocTitleName(name: string, kindLabel: string): string {
  const m = /^(Khối|Cụm)\s+(?!thi đua)(.*)$/iu.exec(name.trim());
  if (m) return `${m[1]} thi đua ${m[2]}`;
  return /^(Khối|Cụm)\b/iu.test(name.trim()) ? name.trim() : `${kindLabel} ${name.trim()}`;
}

function membersPart(m: BlocMinutesInput): FileChild[] {
  const out: FileChild[] = [heading('II. THÀNH PHẦN THAM DỰ')];
  const chairs = [m.head && `Trưởng khối: ${m.head}`, m.deputy && `Phó Trưởng khối: ${m.deputy}`].filter(
    Boolean,
  );
  if (chairs.length > 0) out.push(bodyParagraph(`Chủ trì: ${chairs.join('; ')}.`));
  out.push(bodyParagraph(`Các đơn vị thành viên có mặt: ${m.members.length}/${m.members.length} đơn vị.`));
  out.push(
    borderedTable({
      columns: [
        { header: 'STT', width: 7, align: 'center' },
        { header: 'Đơn vị thành viên', width: 40 },
        { header: 'Người đại diện', width: 33 },
        { header: 'Ghi chú', width: 20, align: 'center' },
      ],
      rows: m.members.map((u, i) => [String(i + 1), u.name, u.representative ?? '', u.role ?? '']),
    }),
  );
  return out;
}

function scoringPart(m: BlocMinutesInput): FileChild[] {
  const out: FileChild[] = [heading('III. KẾT QUẢ CHẤM ĐIỂM THI ĐUA')];
  if (!m.scoring || m.scoring.rows.length === 0) {
    out.push(bodyParagraph('Khối chưa có kết quả chấm điểm của năm.'));
    return out;
  }
  out.push(
    bodyParagraph(
      `Trên cơ sở số liệu báo cáo của các đơn vị, kết quả chấm chéo của Trưởng khối, Phó khối theo bảng chấm điểm đã ký kết giao ước (${m.scoring.statusLabel.toLowerCase()}), điểm và thứ hạng của các đơn vị như sau:`,
    ),
    borderedTable({
      columns: [
        { header: 'Xếp hạng', width: 12, align: 'center' },
        { header: 'Đơn vị', width: 48 },
        { header: 'Tổng điểm', width: 18, align: 'right' },
        { header: 'Xếp loại', width: 22, align: 'center' },
      ],
      rows: m.scoring.rows.map((r) => [String(r.rank), r.unit, num(r.total), r.classification ?? '']),
    }),
  );
  return out;
}

function votePart(m: BlocMinutesInput): FileChild[] {
  const out: FileChild[] = [heading('IV. KẾT QUẢ BỎ PHIẾU SUY TÔN ĐƠN VỊ DẪN ĐẦU')];
  const v = m.vote;
  if (!v || v.rounds.length === 0) {
    out.push(bodyParagraph('Khối chưa bỏ phiếu suy tôn.'));
    return out;
  }
  out.push(
    bodyParagraph(
      `Hình thức: bỏ phiếu kín, mỗi đơn vị thành viên một phiếu do người đại diện bỏ; đơn vị dẫn đầu phải đạt từ ${v.thresholdPercent}% tổng số đơn vị bỏ phiếu; bỏ phiếu tối đa hai vòng.`,
    ),
  );
  for (const r of v.rounds) {
    out.push(
      bodyParagraph(`Vòng ${r.round}: số phiếu phát ra ${r.totalVoters}, số phiếu thu về ${r.ballotsCast}.`, {
        keepNext: true,
      }),
      borderedTable({
        columns: [
          { header: 'STT', width: 8, align: 'center' },
          { header: 'Đơn vị', width: 52 },
          { header: 'Số phiếu', width: 18, align: 'center' },
          { header: 'Tỷ lệ % tổng số', width: 22, align: 'center' },
        ],
        rows: r.candidates.map((c, i) => [
          String(i + 1),
          c.unit,
          String(c.votes),
          `${num(c.percentOfTotal, 1)}%`,
        ]),
      }),
    );
  }
  if (v.outcome) out.push(bodyParagraph(v.outcome, { before: 6 }));
  if (v.headsDecision) out.push(bodyParagraph(v.headsDecision));
  if (v.leader)
    out.push(
      bodyParagraph([
        run('Đơn vị dẫn đầu Khối năm ' + m.year + ': '),
        run(v.leader, { bold: true }),
        run('.'),
      ]),
    );
  return out;
}

function proposalsPart(m: BlocMinutesInput): FileChild[] {
  const out: FileChild[] = [heading('V. ĐỀ NGHỊ KHEN THƯỞNG')];
  if (m.proposals.length === 0) {
    out.push(bodyParagraph('Chưa có đề nghị khen thưởng.'));
    return out;
  }
  out.push(
    bodyParagraph('Khối thống nhất đề nghị cấp có thẩm quyền khen thưởng các đơn vị sau:'),
    borderedTable({
      columns: [
        { header: 'STT', width: 8, align: 'center' },
        { header: 'Đơn vị', width: 52 },
        { header: 'Hình thức đề nghị', width: 40 },
      ],
      rows: m.proposals.map((p) => [String(p.position), p.unit, p.award]),
    }),
    para('', { after: 0 }),
  );
  return out;
}

function handoverPart(m: BlocMinutesInput): FileChild[] {
  const out: FileChild[] = [heading('VI. CHUYỂN GIAO NHIỆM VỤ TRƯỞNG KHỐI, PHÓ TRƯỞNG KHỐI')];
  const h = m.handover;
  out.push(
    bodyParagraph(
      h
        ? `Khối thống nhất chuyển giao nhiệm vụ Trưởng khối năm ${h.year} cho ${h.head}${h.deputy ? `, Phó Trưởng khối năm ${h.year} cho ${h.deputy}` : ''}.`
        : `Khối chưa chuyển giao nhiệm vụ Trưởng khối, Phó Trưởng khối năm ${m.year + 1}.`,
    ),
  );
  return out;
}

/** The minutes as a Decree 30 document. */
export function blocMinutesDocument(m: BlocMinutesInput) {
  const title = blocTitleName(m.bloc.name, m.bloc.kindLabel);
  const when = m.date ? `ngày ${dmy(m.date)}` : 'ngày …/…/……';
  const children: FileChild[] = [
    ...documentHeader({
      issuingBody: { superior: m.bloc.organiserName, name: title },
      numberSymbol: 'Số:      /BB-KTĐ',
      place: m.locality,
      date: m.date,
    }),
    ...documentTitle('BIÊN BẢN', [`Họp ${title}`, `Tổng kết phong trào thi đua năm ${m.year}`]),
    heading('I. THỜI GIAN, ĐỊA ĐIỂM'),
    bodyParagraph(
      `Vào ${when}${m.place ? `, tại ${m.place}` : ''}, ${title} tổ chức hội nghị tổng kết phong trào thi đua năm ${m.year}, bình xét, chấm điểm và bỏ phiếu suy tôn đơn vị dẫn đầu.`,
    ),
    ...membersPart(m),
    ...scoringPart(m),
    ...votePart(m),
    ...proposalsPart(m),
    ...handoverPart(m),
    bodyParagraph(
      'Biên bản được thông qua tại hội nghị, các đại biểu dự họp thống nhất với nội dung biên bản.',
      {
        before: 6,
      },
    ),
    signaturesSideBySide([
      { title: 'PHÓ TRƯỞNG KHỐI', name: m.deputy ?? '' },
      { title: 'TRƯỞNG KHỐI', name: m.head ?? '' },
    ]),
  ];
  return decree30Document({ title: `Biên bản họp ${title} năm ${m.year}`, sections: [{ children }] });
}

export const blocMinutesDocx = (m: BlocMinutesInput): Promise<Buffer> => toDocxBuffer(blocMinutesDocument(m));
