/**
 * "Holds form P, then ≥ N consecutive years rated HTT or better up to the proposal, during which K CSTĐ cơ
 * sở (and H years HTXS)" — the shape of Law Điều 73 k1 (Bằng khen Thủ tướng ← Bằng khen bộ/tỉnh, [V2] S36)
 * and Điều 44 k1 e (Huân chương Lao động hạng Ba ← Bằng khen Thủ tướng, [V2] S38); law-reference §3.3.
 *
 * How it is computed:
 * - The run: consecutive evaluation years ending in the evaluation year with a rating ≥ HTT (G3: maternity
 *   years below HTT are skipped; G2: the run stops at the first counting year).
 * - The prerequisite P: a counted award (valid, not ad hoc/thematic — G5) in a year B before the evaluation
 *   year, with the years after B all inside the run ("05 năm tiếp theo ... liên tục"), and at least N
 *   counted run years after B. When several awards qualify the EARLIEST is used (the widest window — the
 *   Law says "05 năm tiếp theo trở lên", five or more following years); later awards of P are ignored.
 * - The window is (B, evaluation year]; CSTĐ cơ sở and HTXS years are counted inside it.
 */
import { awardName } from '../../awards/catalogue';
import { addCheck, type EvalContext } from '../context';
import { yearList } from '../dates';
import { ladderAward, pushId, ratingOf } from '../facts-index';
import { RATING_RANK } from '../../awards/types';
import { skippedNote, streakBack, streakRecords } from '../streaks';
import { excludedNote } from './cstd-higher';

export interface LadderSpec {
  /** Check-code prefix, e.g. `bang_khen_thu_tuong`. */
  prefix: string;
  prerequisite: string;
  years: number;
  cstd: number;
  /** Years rated HTXS required inside the window (0 = none). */
  htxs: number;
  citation: string;
  path: string;
}

export function checkLadder(ctx: EvalContext, spec: LadderSpec): void {
  const { index, year } = ctx;
  const run = streakBack(index, year, Infinity, (y) => {
    const r = ratingOf(index, y);
    return r !== null && RATING_RANK[r] >= RATING_RANK.HTT;
  });
  const floor = run.brokenAt ?? -Infinity;
  const prereqByYear = index.ladder.get(spec.prerequisite);
  const candidates: number[] = [];
  if (prereqByYear) for (const y of prereqByYear.keys()) if (y < year) candidates.push(y);
  candidates.sort((a, b) => a - b);

  const after = (b: number) => {
    let n = 0;
    for (const y of run.years) if (y > b) n++;
    return n;
  };
  let chosen: number | null = null;
  for (const b of candidates)
    if (b >= floor && after(b) >= spec.years) {
      chosen = b;
      break;
    }
  const fallback = chosen ?? candidates.filter((b) => b >= floor).pop() ?? null;
  const prereqName = awardName(spec.prerequisite);

  // The prerequisite.
  if (candidates.length === 0)
    addCheck(
      ctx,
      `${spec.prefix}.prerequisite`,
      'failed',
      `Chưa có ${prereqName} (khen thưởng công trạng còn hiệu lực) trước năm ${year}.${excludedNote(index, spec.prerequisite, 0, year)}`,
      spec.citation,
      [],
      spec.path,
    );
  else {
    const b = chosen ?? fallback ?? (candidates[candidates.length - 1] as number);
    addCheck(
      ctx,
      `${spec.prefix}.prerequisite`,
      'passed',
      `Đã được tặng ${prereqName} năm ${b}.`,
      spec.citation,
      idOf(ctx, spec.prerequisite, b),
      spec.path,
    );
  }

  // The consecutive years after it.
  const base = chosen ?? fallback;
  const windowYears = base === null ? run.years : run.years.filter((y) => y > base);
  const records: string[] = [];
  for (const y of windowYears) pushId(records, index.ratingByYear.get(y)?.id);
  streakRecords(index, run, records);
  const broke =
    run.brokenAt === null
      ? ''
      : run.brokenBy === 'discipline'
        ? `; năm ${run.brokenAt} thuộc thời gian trước khi hết thời hạn kỷ luật (G2)`
        : `; năm ${run.brokenAt} ${ratingGap(ctx, run.brokenAt)}`;
  const need = `cần từ ${spec.years} năm liên tục tiếp theo sau khi được tặng ${prereqName}`;
  const listed = windowYears.length ? ` (${yearList(windowYears)})` : '';
  let message: string;
  if (chosen !== null)
    message = `Có ${windowYears.length} năm liên tục sau ${prereqName} năm ${chosen} được đánh giá hoàn thành tốt nhiệm vụ trở lên: ${yearList(windowYears)}${skippedNote(run)}.`;
  else if (candidates.length === 0)
    message = `Có ${windowYears.length} năm liên tục đến năm ${year} được đánh giá hoàn thành tốt nhiệm vụ trở lên${listed}${broke}, nhưng chưa có ${prereqName} làm mốc — ${need}.`;
  else if (base !== null)
    message = `Chỉ có ${windowYears.length} năm liên tục sau ${prereqName} năm ${base} được đánh giá hoàn thành tốt nhiệm vụ trở lên${listed}${broke} — ${need}.`;
  else
    message = `Sau ${prereqName} năm ${candidates[candidates.length - 1]}, các năm hoàn thành tốt nhiệm vụ trở lên không liên tục${broke}; chuỗi liên tục đến năm ${year} chỉ có ${windowYears.length} năm${listed} — ${need}.`;
  addCheck(
    ctx,
    `${spec.prefix}.years`,
    chosen !== null ? 'passed' : 'failed',
    message,
    spec.citation,
    records,
    spec.path,
  );

  // CSTĐ cơ sở (and HTXS years) inside the window.
  const from = base === null ? (windowYears[windowYears.length - 1] ?? year) : base + 1;
  const cstdYears: number[] = [];
  const cstdRecords: string[] = [];
  for (let y = from; y <= year; y++) {
    const a = ladderAward(index, 'cstd_co_so', y);
    if (a) {
      cstdYears.push(y);
      pushId(cstdRecords, a.id);
    }
  }
  const window = from === year ? `năm ${year}` : `${from}–${year}`;
  const cstdOk = cstdYears.length >= spec.cstd;
  addCheck(
    ctx,
    `${spec.prefix}.cstd_co_so`,
    cstdOk ? 'passed' : 'failed',
    `Trong ${window} có ${cstdYears.length} lần đạt Chiến sĩ thi đua cơ sở${cstdYears.length ? ` (${yearList(cstdYears)})` : ''}${cstdOk ? '' : ` — cần ${spec.cstd} lần`}.${cstdOk ? '' : excludedNote(index, 'cstd_co_so', from, year)}`,
    spec.citation,
    cstdRecords,
    spec.path,
  );

  if (spec.htxs > 0) {
    const htxsYears: number[] = [];
    const htxsRecords: string[] = [];
    for (const y of windowYears) {
      const r = index.ratingByYear.get(y);
      if (r?.rating === 'HTXS') {
        htxsYears.push(y);
        pushId(htxsRecords, r.id);
      }
    }
    const ok = htxsYears.length >= spec.htxs;
    addCheck(
      ctx,
      `${spec.prefix}.htxs`,
      ok ? 'passed' : 'failed',
      ok
        ? `Trong ${window} có ${htxsYears.length} năm hoàn thành xuất sắc nhiệm vụ (${yearList(htxsYears)}).`
        : `Trong ${window} không có năm nào hoàn thành xuất sắc nhiệm vụ — cần ít nhất ${spec.htxs} năm.`,
      spec.citation,
      htxsRecords,
      spec.path,
    );
  }
}

/** Why a year breaks a rating streak: no rating, or the rating it had. */
export function ratingGap(ctx: EvalContext, year: number): string {
  const r = ratingOf(ctx.index, year);
  return r === null ? 'chưa có kết quả đánh giá' : `chỉ được đánh giá ${r}`;
}

function idOf(ctx: EvalContext, code: string, year: number): string[] {
  const id = ladderAward(ctx.index, code, year)?.id;
  return id ? [id] : [];
}
