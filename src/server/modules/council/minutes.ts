/**
 * The council's minutes as Word files in the Decree 30 layout (law-reference §7.3): "Biên bản họp Hội đồng
 * Thi đua - Khen thưởng" (attendance, agenda, discussion, results, conclusion — after Mẫu số 03 of TT
 * 62/2025/TT-BNNMT) and "Biên bản kiểm phiếu" (total members per the founding decision, present, absent with
 * written opinions, papers issued / returned / valid / invalid, votes per candidate, % of TOTAL members).
 * Pure: the service loads the data. Neither document can name how a member voted — it has only counts.
 */
import type { FileChild } from 'docx';
import {
  bodyParagraph,
  borderedTable,
  decree30Document,
  documentHeader,
  documentTitle,
  para,
  signaturesSideBySide,
  toDocxBuffer,
} from '../../lib/documents/decree30';

export interface MinutesInput {
  unitName: string;
  council: { name: string; foundingDecisionNumber: string; foundingDecisionDate: string | null };
  session: {
    title: string;
    heldOn: string;
    place: string;
    chairedBy: string | null;
    secretary: string | null;
    discussion: string | null;
    conclusion: string | null;
  };
  members: { fullName: string; position: string | null; roleLabel: string; attendanceLabel: string }[];
  counts: { total: number; present: number; written: number; absent: number };
  quorumMessage: string;
  agenda: { subjectName: string; unitName: string | null; awardName: string; thresholdLabel: string }[];
  rounds: {
    round: number;
    issued: number;
    returned: number;
    valid: number;
    invalid: number;
    written: number;
    candidates: {
      label: string;
      detail: string | null;
      agree: number;
      disagree: number;
      lowerForm: number;
      percentOfTotal: number;
      requiredVotes: number;
      passed: boolean;
    }[];
  }[];
  results: { subjectName: string; awardName: string; result: 'approved' | 'rejected' | null }[];
}

export const dmy = (iso: string) => iso.split('-').reverse().join('/');
const pct = (n: number) =>
  `${n.toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
const heading = (text: string) =>
  para(text, { bold: true, align: 'justify', before: 6, after: 3, keepNext: true });

function header(m: MinutesInput, title: string, summary: string[]): FileChild[] {
  return [
    ...documentHeader({
      issuingBody: { superior: m.unitName, name: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' },
      numberSymbol: 'Số:      /BB-HĐTĐKT',
      place: m.session.place,
      date: m.session.heldOn,
    }),
    ...documentTitle(title, summary),
  ];
}

function countsParagraphs(m: MinutesInput): FileChild[] {
  const decided = m.council.foundingDecisionDate ? ` ngày ${dmy(m.council.foundingDecisionDate)}` : '';
  return [
    bodyParagraph(
      `Tổng số thành viên Hội đồng theo Quyết định thành lập số ${m.council.foundingDecisionNumber}${decided}: ${m.counts.total} người.`,
    ),
    bodyParagraph(`Số thành viên có mặt: ${m.counts.present} người.`),
    bodyParagraph(`Số thành viên vắng mặt có ý kiến bằng văn bản: ${m.counts.written} người.`),
    bodyParagraph(`Số thành viên vắng mặt không có ý kiến: ${m.counts.absent} người.`),
  ];
}

const signatures = (m: MinutesInput) =>
  signaturesSideBySide([
    { title: 'Thư ký', name: m.session.secretary ?? '' },
    { capacity: 'TM. Hội đồng', title: 'Chủ tịch', name: m.session.chairedBy ?? '' },
  ]);

function roundTable(r: MinutesInput['rounds'][number], total: number): FileChild[] {
  return [
    bodyParagraph(
      `Vòng ${r.round}: số phiếu phát ra ${r.issued}; số phiếu thu về ${r.returned} (trong đó ${r.written} phiếu ý kiến bằng văn bản của thành viên vắng mặt); số phiếu hợp lệ ${r.valid}; số phiếu không hợp lệ ${r.invalid}.`,
      { keepNext: true },
    ),
    borderedTable({
      columns: [
        { header: 'STT', width: 8, align: 'center' },
        { header: 'Cá nhân, tập thể được đề nghị', width: 28 },
        { header: 'Đồng ý', width: 10, align: 'center' },
        { header: 'Không đồng ý', width: 11, align: 'center' },
        { header: 'Hình thức thấp hơn', width: 12, align: 'center' },
        { header: `Tỷ lệ đồng ý / tổng số ${total} thành viên`, width: 16, align: 'center' },
        { header: 'Kết quả', width: 15, align: 'center' },
      ],
      rows: r.candidates.map((c, i) => [
        String(i + 1),
        c.detail ? `${c.label}\n${c.detail}` : c.label,
        String(c.agree),
        String(c.disagree),
        String(c.lowerForm),
        pct(c.percentOfTotal),
        c.passed ? 'Đạt' : `Không đạt (cần ${c.requiredVotes})`,
      ]),
    }),
    para('', { after: 0 }),
  ];
}

/** Biên bản họp Hội đồng Thi đua - Khen thưởng. */
export function meetingMinutesDocument(m: MinutesInput) {
  const approved = m.results.filter((r) => r.result === 'approved');
  const conclusion =
    m.session.conclusion ??
    (approved.length > 0
      ? `Hội đồng thống nhất đề nghị cấp có thẩm quyền khen thưởng ${approved.length} trường hợp đạt tỷ lệ phiếu đồng ý theo quy định: ${approved.map((r) => `${r.subjectName} (${r.awardName})`).join('; ')}.`
      : 'Hội đồng chưa có trường hợp nào đạt tỷ lệ phiếu đồng ý theo quy định.');
  const children: FileChild[] = [
    ...header(m, 'BIÊN BẢN', [`Họp ${m.council.name}`, m.session.title]),
    heading('I. THỜI GIAN, ĐỊA ĐIỂM'),
    bodyParagraph(
      `Ngày ${dmy(m.session.heldOn)}, tại ${m.session.place}, ${m.council.name} họp ${m.session.title.toLowerCase()}.`,
    ),
    heading('II. THÀNH PHẦN THAM DỰ'),
    bodyParagraph(`Chủ trì: ${m.session.chairedBy ?? '…'}. Thư ký: ${m.session.secretary ?? '…'}.`),
    ...countsParagraphs(m),
    bodyParagraph(m.quorumMessage),
    borderedTable({
      size: 12,
      columns: [
        { header: 'STT', width: 7, align: 'center' },
        { header: 'Họ và tên', width: 27 },
        { header: 'Chức vụ', width: 27 },
        { header: 'Vai trò trong Hội đồng', width: 19 },
        { header: 'Tham dự', width: 20, align: 'center' },
      ],
      rows: m.members.map((x, i) => [
        String(i + 1),
        x.fullName,
        x.position ?? '',
        x.roleLabel,
        x.attendanceLabel,
      ]),
    }),
    heading('III. NỘI DUNG'),
    bodyParagraph(`Hội đồng xem xét ${m.agenda.length} hồ sơ đề nghị khen thưởng đã được thẩm định:`),
    borderedTable({
      size: 12,
      columns: [
        { header: 'STT', width: 7, align: 'center' },
        { header: 'Cá nhân, tập thể', width: 30 },
        { header: 'Đơn vị', width: 25 },
        { header: 'Hình thức đề nghị', width: 20 },
        { header: 'Tỷ lệ phiếu yêu cầu', width: 18 },
      ],
      rows: m.agenda.map((a, i) => [
        String(i + 1),
        a.subjectName,
        a.unitName ?? '',
        a.awardName,
        a.thresholdLabel,
      ]),
    }),
    heading('IV. Ý KIẾN THẢO LUẬN'),
    ...(m.session.discussion ?? 'Các thành viên Hội đồng thống nhất với kết quả thẩm định hồ sơ.')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => bodyParagraph(l)),
    heading('V. KẾT QUẢ BỎ PHIẾU KÍN'),
    bodyParagraph(
      'Hội đồng bỏ phiếu kín; tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng (kể cả thành viên vắng mặt có ý kiến bằng văn bản). Chi tiết tại Biên bản kiểm phiếu kèm theo.',
    ),
    ...(m.rounds.length === 0
      ? [bodyParagraph('Chưa có cuộc bỏ phiếu nào kết thúc.')]
      : m.rounds.flatMap((r) => roundTable(r, m.counts.total))),
    heading('VI. KẾT LUẬN'),
    ...conclusion
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => bodyParagraph(l)),
    bodyParagraph(
      'Biên bản được lập xong cùng ngày, đã thông qua các thành viên dự họp và thống nhất ký tên.',
    ),
    signatures(m),
  ];
  return toDocxBuffer(
    decree30Document({ sections: [{ children }], title: `Biên bản họp ${m.council.name}` }),
  );
}

/** Biên bản kiểm phiếu. */
export function countingMinutesDocument(m: MinutesInput) {
  const children: FileChild[] = [
    ...header(m, 'BIÊN BẢN KIỂM PHIẾU', [`Xét đề nghị khen thưởng — ${m.session.title}`]),
    bodyParagraph(
      `Ngày ${dmy(m.session.heldOn)}, tại ${m.session.place}, ${m.council.name} tiến hành kiểm phiếu bỏ phiếu kín.`,
    ),
    heading('I. SỐ THÀNH VIÊN'),
    ...countsParagraphs(m),
    heading('II. KẾT QUẢ KIỂM PHIẾU'),
    ...(m.rounds.length === 0
      ? [bodyParagraph('Chưa có cuộc bỏ phiếu nào kết thúc.')]
      : m.rounds.flatMap((r) => roundTable(r, m.counts.total))),
    bodyParagraph(
      'Tỷ lệ phiếu đồng ý tính trên tổng số thành viên Hội đồng theo quyết định thành lập, không tính trên số thành viên có mặt.',
      { italics: true },
    ),
    signatures(m),
  ];
  return toDocxBuffer(decree30Document({ sections: [{ children }], title: 'Biên bản kiểm phiếu' }));
}
