/**
 * The printed wording of a commendation decision (quyết định khen thưởng) as the national defaults a tenant
 * starts from: the heading and signature block, the legal bases (căn cứ), the summary (trích yếu), the three
 * articles and the annex heading, in the layout of an administrative document of Nghị định 30/2020/NĐ-CP
 * (công tác văn thư). A stored wording always wins over these defaults. Pure: no I/O, no clock.
 */
import { catalogueEntry } from '../awards/catalogue';
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../awards/types';
import { DECISION_FUND_LABELS, type DecisionFund } from './decision';

/**
 * The legal bases printed under the authority line: Luật Thi đua, khen thưởng 2022 (06/2022/QH15, passed on
 * 15/06/2022), the decree detailing it (Nghị định 152/2025/NĐ-CP, in force since 01/07/2025) and the
 * proposal of the Hội đồng Thi đua - Khen thưởng that advised the decision.
 */
export const DEFAULT_LEGAL_BASES: readonly string[] = [
  'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
  'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
  'Xét đề nghị của Hội đồng Thi đua - Khen thưởng.',
];

/** The heading and signature block of a decision, before the tenant sets its own. */
export interface DecisionHeading {
  issuingBody: string;
  authorityLine: string;
  place: string;
  recipients: string[];
  signerCapacity: string;
  signerTitle: string;
}

/**
 * The defaults of a provincial or commune People's Committee named `tenant` ("tỉnh Hà Giang"): the issuing
 * body on two lines, the authority "Chủ tịch Ủy ban nhân dân tỉnh Hà Giang" (Luật Thi đua, khen thưởng 2022
 * Điều 79, Điều 80: the chairman decides), the place name without its kind ("Hà Giang"), Nơi nhận, and the
 * signature "TM. Ủy ban nhân dân / Chủ tịch" (Nghị định 30/2020/NĐ-CP: "TM.", thay mặt, for a collective body).
 */
export function defaultDecisionHeading(tenant: string): DecisionHeading {
  const place = tenant.replace(/^(tỉnh|thành phố|xã|phường|đặc khu)\s+/i, '');
  return {
    issuingBody: `Ủy ban nhân dân\n${tenant}`,
    authorityLine: `Chủ tịch Ủy ban nhân dân ${tenant}`,
    place: place || tenant,
    recipients: ['Như Điều 3;', 'Lưu: VT.'],
    signerCapacity: 'TM. Ủy ban nhân dân',
    signerTitle: 'Chủ tịch',
  };
}

/** "02 cá nhân, 01 tập thể" — the counts of Điều 1, in the order individual, collective, household. */
export function subjectCounts(types: readonly SubjectType[]): string {
  const counts = new Map<SubjectType, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return (['individual', 'collective', 'household'] as const)
    .filter((t) => counts.get(t))
    .map((t) => `${String(counts.get(t)).padStart(2, '0')} ${SUBJECT_TYPE_LABELS[t].toLowerCase()}`)
    .join(', ');
}

/**
 * The default summary (trích yếu, Nghị định 30/2020/NĐ-CP) and Điều 1: an emulation title is
 * recognised ("Công nhận danh hiệu", Luật Thi đua, khen thưởng 2022 Điều 20), a form is given ("Tặng"); the
 * article names the number of awardees and refers to the annex.
 */
export function defaultWording(
  awardCode: string,
  types: readonly SubjectType[],
  achievement?: string | null,
) {
  const entry = catalogueEntry(awardCode);
  const name = entry?.name ?? awardCode;
  const verb = entry?.group === 'emulation_title' ? 'Công nhận danh hiệu' : 'Tặng';
  const reason = achievement?.trim() ? ` ${achievement.trim()}` : ' đã có thành tích xuất sắc';
  return {
    summary: `Về việc ${verb.toLowerCase()} ${name}`,
    articleOne: `${verb} ${name} cho ${subjectCounts(types)}${reason} (có danh sách kèm theo).`,
  };
}

/**
 * Điều 2: the reward money follows Nghị định 152/2025/NĐ-CP (Điều 49–50: coefficient × base salary) and is
 * paid from `fund` (the emulation fund of the deciding level, Thông tư 28/2025/TT-BTC).
 */
export function moneyArticle(fund: DecisionFund): string {
  const label = DECISION_FUND_LABELS[fund];
  return `Tiền thưởng kèm theo thực hiện theo Nghị định số 152/2025/NĐ-CP, chi từ ${label.charAt(0).toLowerCase()}${label.slice(1)}.`;
}

/** Điều 3: in force from signature, and who executes it. */
export const EXECUTION_ARTICLE =
  'Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.';

/**
 * The articles as printed: the stored ones when the drafter wrote them, else Điều 1 (the award), Điều 2 (the
 * money) and Điều 3 (execution).
 */
export function printedArticles(
  decision: { articles: readonly string[]; awardCode: string; fund: DecisionFund },
  types: readonly SubjectType[],
): string[] {
  if (decision.articles.length > 0) return [...decision.articles];
  return [
    defaultWording(decision.awardCode, types).articleOne,
    moneyArticle(decision.fund),
    EXECUTION_ARTICLE,
  ];
}

/**
 * The annex's heading line under "DANH SÁCH", from the summary: "Về việc tặng Bằng khen của Chủ tịch …" →
 * "ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH …"; "Về việc công nhận danh hiệu …" → "ĐƯỢC CÔNG NHẬN DANH HIỆU …";
 * anything else → "CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG".
 */
export function annexHeading(summary: string): string {
  const m = /^về việc\s+(tặng|công nhận|khen thưởng)\s+(.+?)\.?$/iu.exec(summary.trim());
  const upper = (s: string) => s.toLocaleUpperCase('vi');
  if (!m) return 'CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG';
  return upper(`được ${m[1]!.toLocaleLowerCase('vi')} ${m[2]}`);
}
