/**
 * Targets whose criteria the data cannot check (law-reference §2.2–§2.5): other orders (§2.4 "implement as
 * judgement-based"), medals (service years set by the MoD/MPS), State honorary titles (§2.5), prizes,
 * commemorative medals (issuer's rules), Giấy khen (Law Điều 75 k2: issuers set details; local criteria
 * `localCriteria.giayKhen` [L]), village/commune/family culture titles (ND 86/2023 checklists), other
 * titles, and the Cờ thi đua of military bodies / national universities. The engine still applies the
 * gates (G1, G2, G7) and lists the standard as one judgement path, so the verdict is `needs_review` when the
 * gates pass (verdict.ts).
 */
import { CATALOGUE } from '../../awards/catalogue';
import { addCheck, addPath, type EvalContext } from '../context';
import { addGates } from '../gates';

/** Catalogue citations written the short way the checks print them ("Luật TĐKT 2022 Điều 44"). */
const CITATIONS: ReadonlyMap<string, string> = new Map(
  CATALOGUE.map((e) => [
    e.code,
    e.citation
      .split('Luật Thi đua, khen thưởng 06/2022/QH15')
      .join('Luật TĐKT 2022')
      .split('Nghị định ')
      .join('NĐ '),
  ]),
);

export const shortCitation = (code: string): string => CITATIONS.get(code) ?? 'Luật TĐKT 2022';

const GROUP_NOTE: Record<string, string> = {
  order:
    'Tiêu chuẩn Huân chương do Hội đồng Thi đua - Khen thưởng đánh giá trên hồ sơ thành tích (các hạng cao hơn thường đòi hỏi hạng liền dưới và thêm thời gian thành tích — chưa đối chiếu văn bản, không kiểm tra tự động).',
  medal:
    'Tiêu chuẩn Huy chương (niên hạn, đối tượng) theo quy định của Bộ Quốc phòng, Bộ Công an hoặc văn bản chuyên ngành.',
  honorary_title:
    'Tiêu chuẩn danh hiệu vinh dự Nhà nước do Hội đồng đánh giá trên hồ sơ và minh chứng kèm theo.',
  prize:
    'Tiêu chuẩn Giải thưởng theo nghị định chuyên ngành; Hội đồng giải thưởng đánh giá tác phẩm, công trình.',
  commemorative_medal:
    'Tiêu chuẩn Kỷ niệm chương do cơ quan ban hành quy định (thời gian công tác, đóng góp).',
  bang_khen: 'Tiêu chuẩn Bằng khen do cơ quan có thẩm quyền đánh giá trên hồ sơ thành tích.',
  giay_khen:
    'Tiêu chuẩn Giấy khen do người đứng đầu cơ quan, đơn vị quy định chi tiết: gương mẫu chấp hành pháp luật, hoàn thành tốt nhiệm vụ và có thành tích trong phong trào thi đua hoặc thành tích đột xuất.',
  emulation_title:
    'Tiêu chuẩn danh hiệu do cơ quan có thẩm quyền đánh giá theo bộ tiêu chí (khung tiêu chuẩn) hiện hành.',
};

const GROUP_OF: ReadonlyMap<string, string> = new Map(CATALOGUE.map((e) => [e.code, e.group]));

export function judgementOnly(ctx: EvalContext): void {
  addGates(ctx);
  const citation = shortCitation(ctx.target);
  const group = GROUP_OF.get(ctx.target) ?? 'emulation_title';
  addPath(ctx, { id: 'danh_gia', label: `Tiêu chuẩn ${ctx.targetName}`, kind: 'judgement', citation });
  addCheck(
    ctx,
    `${ctx.target}.standard`,
    'needs_judgement',
    `${GROUP_NOTE[group] ?? GROUP_NOTE.emulation_title} Hệ thống không có dữ liệu để kiểm tra tự động tiêu chuẩn ${ctx.targetName}.`,
    citation,
  );
  if (group === 'giay_khen') {
    const local = ctx.settings.localCriteria.giayKhen.trim();
    if (local)
      addCheck(
        ctx,
        `${ctx.target}.local`,
        'needs_judgement',
        `Cần đánh giá theo tiêu chuẩn của địa phương: ${local}`,
        'Quy định thi đua, khen thưởng của bộ, ngành, tỉnh',
      );
  }
}
