/**
 * Cross-cutting gates (law-reference §2 "Cross-cutting gates", ND 152/2025 Điều 4 [V]; under RS_2024 the
 * same principles of ND 98/2023). They apply to every path of every target:
 * - G1 (data) `pendingInvestigation`: under disciplinary consideration, investigation, inspection, audit or a
 *   complaint/denunciation being verified → failed until cleared.
 * - G2 (data) after a sanction, achievements count only from the end of the sanction period: the evaluation
 *   year must be on or after the first counting year (facts-index.ts) → a sanction overlapping the
 *   evaluation year fails LĐTT/CSTĐ and every other title or form for that year; streaks are cut (streaks.ts).
 * - G7 (data) one achievement → one award (Law Điều 5 k2 c [V]): a counted award of the same code for the
 *   same evaluation year already in the facts → failed. Ad hoc / thematic awards (G5 types) are other
 *   achievements and do not block a merit award; a revoked award does not either.
 * G3 (maternity) and G5 (ad hoc / thematic awards) act inside streaks; G6 (tie-breaker: prefer women or
 * collectives with ≥ 70% women) ranks candidates against each other and is not a per-subject check; G4
 * (a lower form is not a prerequisite unless the standard says so) is how the criteria files are written.
 */
import { DISCIPLINE_FORM_LABELS, type DisciplineForm } from '../awards/types';
import { addCheck, type EvalContext } from './context';
import { formatDate, yearLabel } from './dates';
import { ladderAward } from './facts-index';

export const DISCIPLINE_FORM_TEXT = Object.fromEntries(
  Object.entries(DISCIPLINE_FORM_LABELS).map(([k, v]) => [k, v.toLowerCase()]),
) as Record<DisciplineForm, string>;

export function addGates(ctx: EvalContext): void {
  gateG1(ctx);
  gateG2(ctx);
  gateG7Once(ctx);
}

export function gateG1(ctx: EvalContext): void {
  if (ctx.index.facts.pendingInvestigation)
    addCheck(
      ctx,
      'G1',
      'failed',
      'Đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc đang xác minh đơn thư khiếu nại, tố cáo: chưa đề nghị khen thưởng cho đến khi có kết luận.',
      ctx.params.gateCitation,
    );
  else
    addCheck(
      ctx,
      'G1',
      'passed',
      'Không đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc xác minh đơn thư khiếu nại, tố cáo.',
      ctx.params.gateCitation,
    );
}

export function gateG2(ctx: EvalContext): void {
  const { index, year } = ctx;
  const sanction = index.bindingSanction;
  const label = yearLabel(year, index.calendar);
  if (!sanction) {
    addCheck(
      ctx,
      'G2',
      'passed',
      `Không có quyết định kỷ luật nào đến ngày ${formatDate(ctx.judgedOn)}.`,
      ctx.params.gateCitation,
    );
    return;
  }
  const form = DISCIPLINE_FORM_TEXT[sanction.form];
  const records = sanction.id ? [sanction.id] : [];
  if (sanction.to === null) {
    addCheck(
      ctx,
      'G2',
      'failed',
      `Đang thi hành kỷ luật ${form} từ ${formatDate(sanction.from)}, chưa hết thời hạn: thành tích chỉ được tính từ khi hết thời hạn kỷ luật, ${label} không được tính.`,
      ctx.params.gateCitation,
      records,
    );
    return;
  }
  const period = `${form} từ ${formatDate(sanction.from)} đến ${formatDate(sanction.to)}`;
  if (year >= index.firstCountingYear)
    addCheck(
      ctx,
      'G2',
      'passed',
      `Kỷ luật ${period} đã hết thời hạn trước ${label}: thành tích được tính từ năm ${index.firstCountingYear}.`,
      ctx.params.gateCitation,
      records,
    );
  else
    addCheck(
      ctx,
      'G2',
      'failed',
      `Kỷ luật ${period}: thành tích chỉ được tính từ khi hết thời hạn kỷ luật (từ năm ${index.firstCountingYear}), ${label} không được tính.`,
      ctx.params.gateCitation,
      records,
    );
}

export function gateG7Once(ctx: EvalContext): void {
  const existing = ladderAward(ctx.index, ctx.target, ctx.year);
  const label = yearLabel(ctx.year, ctx.index.calendar);
  if (existing)
    addCheck(
      ctx,
      'G7',
      'failed',
      `Đã được tặng ${ctx.targetName} cho ${label}: một thành tích chỉ được khen thưởng một lần.`,
      ctx.params.onceCitation,
      existing.id ? [existing.id] : [],
    );
  else
    addCheck(
      ctx,
      'G7',
      'passed',
      `Chưa được tặng ${ctx.targetName} cho ${label} (một thành tích chỉ được khen thưởng một lần).`,
      ctx.params.onceCitation,
    );
}
