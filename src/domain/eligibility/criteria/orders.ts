/**
 * Orders (law-reference §2.4). Only these points were read; every other order is judgement-only
 * (judgement.ts) with the catalogue's citation.
 *
 * `huan_chuong_lao_dong_hang_3`, individual — Luật TĐKT 2022 Điều 44:
 * - k1 e [V2] S38 (data path `k1_e`): holds a Bằng khen của Thủ tướng, then ≥ 5 consecutive years rated
 *   ≥ HTT up to the proposal, including ≥ 1 year HTXS and 3 CSTĐ cơ sở (ladder.ts).
 * - k1 g + ND 152/2025 Điều 21 [V2] S40 (judgement path `k1_g`): long contribution (quá trình cống hiến) —
 *   position/duration tables; refused when disciplined during the tenure (ND 152 Điều 9).
 * - k2 [V] S39 (judgement path `k2`): workers and farmers — outstanding at the review of a ≥ 5-year
 *   movement, inventions applied with high efficiency, large contributions, outstanding ad hoc achievement.
 * - other points of k1 [R, not read] (judgement path `khac`).
 * Collective: judgement only (Điều 44 for collectives not read).
 * Higher ranks require the next-lower rank plus a further period [R: old-law pattern] — NOT hard-coded.
 */
import { addCheck, addPath, type EvalContext } from '../context';
import { addGates } from '../gates';
import { LAW, ND152 } from '../params';
import { checkLadder } from './ladder';

const ART44 = `${LAW} Điều 44`;

function judgementPath(ctx: EvalContext, id: string, label: string, message: string, citation: string): void {
  addPath(ctx, { id, label, kind: 'judgement', citation });
  addCheck(ctx, `huan_chuong_lao_dong_hang_3.${id}`, 'needs_judgement', message, citation, [], id);
}

/** `huan_chuong_lao_dong_hang_3` — Điều 44. */
export function huanChuongLaoDongHang3(ctx: EvalContext): void {
  addGates(ctx);
  if (ctx.subjectType !== 'individual') {
    judgementPath(
      ctx,
      'tap_the',
      'Tập thể có thành tích xuất sắc',
      'Cần đánh giá theo tiêu chuẩn Huân chương Lao động hạng Ba đối với tập thể (điều khoản chưa đối chiếu văn bản).',
      ART44,
    );
    return;
  }
  const { years, cstd, htxs } = ctx.params.hcldHang3;
  const citation = `${ART44} k1 e`;
  addPath(ctx, {
    id: 'k1_e',
    label: `Đã có Bằng khen của Thủ tướng Chính phủ; ${years} năm tiếp theo liên tục hoàn thành tốt nhiệm vụ trở lên, có ${htxs} năm hoàn thành xuất sắc nhiệm vụ và ${cstd} lần Chiến sĩ thi đua cơ sở`,
    kind: 'data',
    citation,
  });
  checkLadder(ctx, {
    prefix: 'huan_chuong_lao_dong_hang_3',
    prerequisite: 'bang_khen_thu_tuong',
    years,
    cstd,
    htxs,
    citation,
    path: 'k1_e',
  });
  judgementPath(
    ctx,
    'k1_g',
    'Quá trình cống hiến lâu dài',
    'Cần đánh giá theo bảng chức vụ và thời gian giữ chức vụ (khen thưởng quá trình cống hiến); không xét nếu bị kỷ luật hoặc có vi phạm nghiêm trọng được kết luận bằng văn bản trong thời gian giữ chức vụ.',
    `${ART44} k1 g; ${ND152} Điều 9, Điều 21`,
  );
  judgementPath(
    ctx,
    'k2',
    'Công nhân, nông dân, người lao động',
    'Cần đánh giá: thành tích xuất sắc khi tổng kết phong trào thi đua từ 05 năm trở lên của bộ, ngành, tỉnh; hoặc phát minh, sáng chế áp dụng hiệu quả cao; hoặc đóng góp lớn cho phát triển kinh tế - xã hội, an sinh xã hội; hoặc thành tích đột xuất xuất sắc.',
    `${ART44} k2`,
  );
  judgementPath(
    ctx,
    'khac',
    'Các tiêu chuẩn khác của Điều 44 khoản 1',
    'Cần đánh giá theo các tiêu chuẩn khác của Điều 44 khoản 1 (chưa đối chiếu văn bản).',
    `${ART44} k1`,
  );
}
