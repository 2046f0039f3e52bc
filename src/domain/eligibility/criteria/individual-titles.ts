/**
 * Individual annual titles.
 *
 * `lao_dong_tien_tien` / `chien_si_tien_tien` — Luật TĐKT 2022 Điều 24 [V] (law-reference §2.1):
 * - k1 (cán bộ, công chức, viên chức, người lao động): R1 (data) rating ≥ HTT in the evaluation year;
 *   R2 (judge) self-reliant, united, active in emulation.
 * - k2: Chiến sĩ tiên tiến — same standards for the army, police and militia (no k3 path).
 * - k3 (công nhân, nông dân, người lao động khác) (judge): productive labour, law-abiding. The engine opens
 *   this judgement path only when the subject has NO rating for the year (someone who is evaluated as an
 *   official is judged under k1).
 * - Exclusion (TT 01/2024/TT-BNV Điều 1 k5 d [V2], carried into TT 15/2025): recruited less than 6 months
 *   before the end of the evaluation year → failed (recruitedOn + 6 months must be ≤ the day after the
 *   year's last day); unknown recruitment date → a person confirms (needs_judgement).
 * - A sanction overlapping the evaluation year → failed through gate G2 (§3.4).
 *
 * `cstd_co_so` — Luật TĐKT 2022 Điều 23 [V] (§2.1), RS_2024, RS_2025 and RS_2026 without the draft flag:
 * R1 meets the LĐTT standard that year AND R2 (HTXS OR an initiative of any scope recognised within the
 * evaluation year and not used by another award — G7). The `initiatives` facts stand for every ground of
 * this kind (sáng kiến; đề tài/đề án/công trình khoa học đã nghiệm thu; giải pháp mưu trí trong chiến đấu).
 * Paths: `xuat_sac` (HTXS), `sang_kien` (≥ HTT + initiative), `nguoi_lao_dong` (judgement: no rating, k3
 * standard judged by a person + initiative).
 * RS_2026 with `enableRs2026DraftCriteria` [D] (§0.4, S47–S48): HTXS AND initiative, both required; the LĐTT
 * prerequisite (and with it the 6-month rule) is dropped.
 */
import { RATING_LABELS, RATING_RANK } from '../../awards/types';
import { addCheck, addPath, type EvalContext } from '../context';
import { addMonths, evaluationYearEnd, evaluationYearStart, formatDate, nextDay, yearLabel } from '../dates';
import { type FactInitiative, selectInitiatives } from '../facts-index';
import { addGates } from '../gates';
import { LAW } from '../params';

const ART24_K1 = `${LAW} Điều 24 k1`;
const ART24_K2 = `${LAW} Điều 24 k2`;
const ART24_K3 = `${LAW} Điều 24 k3`;

const ratingText = (r: keyof typeof RATING_LABELS) => `"${RATING_LABELS[r].toLowerCase()}" (${r})`;

/** Recruited ≥ 6 months before the end of the evaluation year (common check). */
export function checkRecruited(ctx: EvalContext): void {
  const { index, year, params } = ctx;
  const recruitedOn = index.facts.recruitedOn;
  const end = evaluationYearEnd(year, index.calendar);
  const months = params.recruitedMinMonths;
  if (!recruitedOn) {
    addCheck(
      ctx,
      'ldtt.recruited',
      'needs_judgement',
      `Không có ngày tuyển dụng trong dữ liệu: cần xác nhận đã công tác đủ ${months} tháng đến ${formatDate(end)} (thời gian hợp đồng liên tục trước đó tại cùng cơ quan được tính).`,
      params.recruitedCitation,
    );
    return;
  }
  const ok = addMonths(recruitedOn, months) <= nextDay(end);
  addCheck(
    ctx,
    'ldtt.recruited',
    ok ? 'passed' : 'failed',
    ok
      ? `Tuyển dụng ngày ${formatDate(recruitedOn)}: đã công tác đủ ${months} tháng đến ${formatDate(end)}.`
      : `Tuyển dụng ngày ${formatDate(recruitedOn)}: đến ${formatDate(end)} chưa đủ ${months} tháng công tác — người mới tuyển dụng dưới ${months} tháng không được xét danh hiệu.`,
    params.recruitedCitation,
  );
}

/** R1 of Điều 24 k1: rating ≥ HTT in the evaluation year. */
export function checkRatingAtLeastHtt(ctx: EvalContext, citation: string, path?: string): void {
  const { index, year } = ctx;
  const r = index.ratingByYear.get(year);
  const label = yearLabel(year, index.calendar);
  if (!r) {
    addCheck(ctx, 'ldtt.rating', 'failed', `Không có kết quả đánh giá ${label}.`, citation, [], path);
    return;
  }
  const ok = RATING_RANK[r.rating] >= RATING_RANK.HTT;
  addCheck(
    ctx,
    'ldtt.rating',
    ok ? 'passed' : 'failed',
    ok
      ? `${capital(label)} được đánh giá ${ratingText(r.rating)}: đạt mức hoàn thành tốt nhiệm vụ trở lên.`
      : `${capital(label)} được đánh giá ${ratingText(r.rating)}: chưa đạt mức hoàn thành tốt nhiệm vụ trở lên.`,
    citation,
    r.id ? [r.id] : [],
    path,
  );
}

/** Rating = HTXS in the evaluation year. */
export function checkRatingHtxs(ctx: EvalContext, code: string, citation: string, path?: string): void {
  const { index, year } = ctx;
  const r = index.ratingByYear.get(year);
  const label = yearLabel(year, index.calendar);
  if (!r) {
    addCheck(ctx, code, 'failed', `Không có kết quả đánh giá ${label}.`, citation, [], path);
    return;
  }
  const ok = r.rating === 'HTXS';
  addCheck(
    ctx,
    code,
    ok ? 'passed' : 'failed',
    ok
      ? `${capital(label)} được đánh giá ${ratingText('HTXS')}.`
      : `${capital(label)} được đánh giá ${ratingText(r.rating)}, không phải "hoàn thành xuất sắc nhiệm vụ".`,
    citation,
    r.id ? [r.id] : [],
    path,
  );
}

/** Opens the k3 judgement path: only when the subject has no rating for the year. */
function checkK3(ctx: EvalContext, path: string): void {
  const { index, year } = ctx;
  const r = index.ratingByYear.get(year);
  const label = yearLabel(year, index.calendar);
  addCheck(
    ctx,
    'ldtt.k3_applies',
    r ? 'failed' : 'passed',
    r
      ? `Có kết quả đánh giá ${label} (${r.rating}) nên xét theo tiêu chuẩn của cán bộ, công chức, viên chức, người lao động (khoản 1), không theo khoản 3.`
      : `Không có kết quả đánh giá ${label}: có thể xét theo tiêu chuẩn của công nhân, nông dân, người lao động khác.`,
    ART24_K3,
    r?.id ? [r.id] : [],
    path,
  );
  addCheck(
    ctx,
    'ldtt.k3_standard',
    'needs_judgement',
    'Cần đánh giá: lao động sản xuất có năng suất, chất lượng, hiệu quả; tích cực tham gia phong trào thi đua; gương mẫu chấp hành pháp luật, có lối sống lành mạnh.',
    ART24_K3,
    [],
    path,
  );
}

function checkConduct(ctx: EvalContext, citation: string, path?: string): void {
  addCheck(
    ctx,
    'ldtt.conduct',
    'needs_judgement',
    'Cần đánh giá: có tinh thần tự lực, tự cường; đoàn kết, tương trợ; tích cực tham gia phong trào thi đua.',
    citation,
    [],
    path,
  );
}

/** `lao_dong_tien_tien` — Điều 24 k1 (data path) and k3 (judgement path). */
export function laoDongTienTien(ctx: EvalContext): void {
  addGates(ctx);
  checkRecruited(ctx);
  addPath(ctx, {
    id: 'k1',
    label: 'Cán bộ, công chức, viên chức, người lao động có kết quả đánh giá',
    kind: 'data',
    citation: ART24_K1,
  });
  checkRatingAtLeastHtt(ctx, ART24_K1, 'k1');
  checkConduct(ctx, ART24_K1, 'k1');
  addPath(ctx, {
    id: 'k3',
    label: 'Công nhân, nông dân, người lao động khác',
    kind: 'judgement',
    citation: ART24_K3,
  });
  checkK3(ctx, 'k3');
}

/** `chien_si_tien_tien` — Điều 24 k2: the k1 standards for the armed forces; one data path. */
export function chienSiTienTien(ctx: EvalContext): void {
  addGates(ctx);
  checkRecruited(ctx);
  checkRatingAtLeastHtt(ctx, ART24_K2);
  checkConduct(ctx, ART24_K2);
}

/** Initiative of any scope recognised within the evaluation year, not used by another award (G7). */
export function checkInitiativeInYear(ctx: EvalContext, code: string, citation: string, path?: string): void {
  const { index, year } = ctx;
  const from = evaluationYearStart(year, index.calendar);
  const to = evaluationYearEnd(year, index.calendar);
  const { usable, used } = selectInitiatives(index, from, to, 'co_so');
  const label = yearLabel(year, index.calendar);
  if (usable.length > 0) {
    const first = usable[0] as FactInitiative;
    addCheck(
      ctx,
      code,
      'passed',
      `Có ${usable.length} sáng kiến được công nhận trong ${label} chưa dùng làm căn cứ khen thưởng khác: ${initiativeList(usable)}.`,
      `${citation}; ${ctx.params.initiativeOnceCitation}`,
      [first.id],
      path,
    );
    return;
  }
  addCheck(
    ctx,
    code,
    'failed',
    `Không có sáng kiến (đề tài, giải pháp) được công nhận trong ${label} mà chưa dùng làm căn cứ khen thưởng khác${usedNote(used)}.`,
    `${citation}; ${ctx.params.initiativeOnceCitation}`,
    used.map((i) => i.id),
    path,
  );
}

const SCOPE_TEXT = { co_so: 'cấp cơ sở', bo_tinh: 'cấp bộ, ngành, tỉnh', toan_quoc: 'toàn quốc' } as const;

/** "SK-01 (cấp cơ sở, công nhận 12/11/2025), …" */
export function initiativeList(list: readonly FactInitiative[]): string {
  return list
    .map((i) => `${i.id} (${SCOPE_TEXT[i.scope]}, công nhận ${formatDate(i.recognizedOn)})`)
    .join(', ');
}

/** " (không tính: SK-02 đã dùng cho khen thưởng KT-9 — mỗi sáng kiến chỉ làm căn cứ một lần)" or "". */
export function usedNote(used: readonly FactInitiative[]): string {
  if (used.length === 0) return '';
  const list = used.map((i) => `${i.id} đã dùng cho khen thưởng ${i.usedByAward ?? ''}`).join('; ');
  return ` (không tính: ${list} — mỗi sáng kiến chỉ làm căn cứ khen thưởng một lần, G7)`;
}

/** `cstd_co_so` — Điều 23 (or the RS_2026 draft). */
export function chienSiThiDuaCoSo(ctx: EvalContext): void {
  const citation = ctx.params.cstdCoSoCitation;
  addGates(ctx);
  if (ctx.params.cstdCoSoMode === 'htxs_and_initiative') {
    checkRatingHtxs(ctx, 'cstd_co_so.htxs', citation);
    checkInitiativeInYear(ctx, 'cstd_co_so.initiative', citation);
    return;
  }
  checkRecruited(ctx);
  checkConduct(ctx, ART24_K1);
  addPath(ctx, {
    id: 'xuat_sac',
    label: 'Đạt tiêu chuẩn Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ',
    kind: 'data',
    citation,
  });
  checkRatingHtxs(ctx, 'cstd_co_so.htxs', citation, 'xuat_sac');
  addPath(ctx, {
    id: 'sang_kien',
    label: 'Đạt tiêu chuẩn Lao động tiên tiến và có sáng kiến được công nhận',
    kind: 'data',
    citation,
  });
  checkRatingAtLeastHtt(ctx, ART24_K1, 'sang_kien');
  checkInitiativeInYear(ctx, 'cstd_co_so.initiative', citation, 'sang_kien');
  addPath(ctx, {
    id: 'nguoi_lao_dong',
    label: 'Công nhân, nông dân, người lao động khác có sáng kiến được công nhận',
    kind: 'judgement',
    citation: `${citation}; ${ART24_K3}`,
  });
  checkK3(ctx, 'nguoi_lao_dong');
  checkInitiativeInYear(ctx, 'cstd_co_so.initiative', citation, 'nguoi_lao_dong');
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
