/**
 * Higher individual emulation titles (law-reference §2.1, §3.2, §3.3).
 *
 * `cstd_bo_tinh` — Luật TĐKT 2022 Điều 22 [V]:
 * - R1 (data) `streak(cstd_co_so, 3)` ending in the evaluation year (the CSTĐ cơ sở of year N is decided
 *   first, then CSTĐ bộ/tỉnh of year N uses N−2..N — §3.2 practice); (judge) selected as outstanding among
 *   those individuals (council ballot).
 * - R2 (data) an initiative of scope `bo_tinh` or `toan_quoc`, not used by another award (G7), recognised
 *   between the start of the first streak year and the later of the end of the evaluation year and the
 *   reception date (the scope is recognised by the head of the ministry/province, usually after the
 *   year — Điều 22 k2); (judge) the recognition document itself is assessed by a person.
 *
 * `cstd_toan_quoc` — Luật TĐKT 2022 Điều 21 [V]:
 * - R1 (data) `streak(cstd_bo_tinh, 2)` ending in the evaluation year; (judge) selected among them.
 * - R2 (data) an initiative of scope `toan_quoc`, same window and G7 rule; (judge) recognition document.
 * - Timing [V historic S19, S67; R for ND 152]: the title is considered in the year AFTER the second
 *   consecutive CSTĐ bộ/tỉnh, dossier to MOHA by 31/12 of that year. `evaluationYear` is the ACHIEVEMENT
 *   year (the year of the second CSTĐ bộ/tỉnh), like every other target; the `cstd_toan_quoc.timing` check
 *   compares the reception date with the following calendar year and only asks for judgement outside it
 *   (the ND 152 deadline is not confirmed).
 * Awards granted under an earlier rule set count toward the streaks (§3.2 [R]); G3/G5/G2 as in streaks.ts.
 */
import { awardName } from '../../awards/catalogue';
import type { InitiativeScope } from '../../awards/types';
import { addCheck, type EvalContext } from '../context';
import { evaluationYearEnd, evaluationYearStart, formatDate, yearLabel, yearList } from '../dates';
import { type FactsIndex, ladderAward, pushId, selectInitiatives } from '../facts-index';
import { addGates } from '../gates';
import { LAW, ND98 } from '../params';
import { breakNote, skippedNote, type Streak, streakBack, streakRecords } from '../streaks';
import { initiativeList, usedNote } from './individual-titles';

const ART22_K1 = `${LAW} Điều 22 k1`;
const ART22_K2 = `${LAW} Điều 22 k2`;
const ART21 = `${LAW} Điều 21`;

/** Awards of `code` that never count (revoked, G5 types) in [from, to] — for messages. */
export function excludedNote(index: FactsIndex, code: string, from: number, to: number): string {
  const parts: string[] = [];
  for (const a of index.excluded) {
    if (a.code !== code || a.year < from || a.year > to) continue;
    parts.push(
      a.status === 'revoked'
        ? `năm ${a.year} đã bị hủy bỏ`
        : `năm ${a.year} là khen thưởng ${a.type === 'dot_xuat' ? 'đột xuất' : a.type === 'chuyen_de' ? 'chuyên đề' : 'phong trào thi đua'} (G5)`,
    );
  }
  return parts.length ? ` Không tính: ${parts.join('; ')}.` : '';
}

/**
 * `streak(code, n)` over counted awards, as one check. Message e.g. "Đạt Chiến sĩ thi đua cơ sở 3 năm liên
 * tục: 2023, 2024, 2025".
 */
export function checkAwardStreak(
  ctx: EvalContext,
  checkCode: string,
  awardCode: string,
  n: number,
  citation: string,
  path?: string,
): Streak {
  const { index, year } = ctx;
  const streak = streakBack(index, year, n, (y) => ladderAward(index, awardCode, y) !== undefined);
  const records: string[] = [];
  for (const y of streak.years) pushId(records, ladderAward(index, awardCode, y)?.id);
  streakRecords(index, streak, records);
  const name = awardName(awardCode);
  const examinedFrom = streak.brokenAt ?? streak.years[streak.years.length - 1] ?? year;
  const excluded = excludedNote(index, awardCode, examinedFrom, year);
  const need = ` — cần ${n} năm liên tục đến năm ${year}.${excluded}`;
  let message: string;
  if (streak.ok) message = `Đạt ${name} ${n} năm liên tục: ${yearList(streak.years)}${skippedNote(streak)}.`;
  else if (streak.years.length > 0)
    message = `Chỉ đạt ${name} ${streak.years.length} năm liên tục (${yearList(streak.years)})${breakNote(streak, 'không đạt')}${skippedNote(streak)}${need}`;
  else if (streak.brokenBy === 'discipline')
    message = `${capital(yearLabel(year, index.calendar))} thuộc thời gian trước khi hết thời hạn kỷ luật nên không được tính (G2)${need}`;
  else message = `${capital(yearLabel(year, index.calendar))} chưa đạt ${name}${need}`;
  addCheck(ctx, checkCode, streak.ok ? 'passed' : 'failed', message, citation, records, path);
  return streak;
}

/** An unused initiative of scope ≥ `scope` recognised from the start of `firstYear` to max(end of year, receivedOn). */
export function checkScopedInitiative(
  ctx: EvalContext,
  checkCode: string,
  scope: InitiativeScope,
  firstYear: number,
  citation: string,
  path?: string,
): void {
  const { index, year, receivedOn } = ctx;
  const from = evaluationYearStart(firstYear, index.calendar);
  const end = evaluationYearEnd(year, index.calendar);
  const to = receivedOn > end ? receivedOn : end;
  const { usable, used } = selectInitiatives(index, from, to, scope);
  const scopeText = scope === 'toan_quoc' ? 'phạm vi toàn quốc' : 'phạm vi bộ, ngành, tỉnh trở lên';
  const window = `từ ${formatDate(from)} đến ${formatDate(to)}`;
  const fullCitation = `${citation}; ${ctx.params.initiativeOnceCitation}`;
  if (usable.length > 0)
    addCheck(
      ctx,
      checkCode,
      'passed',
      `Có sáng kiến được công nhận hiệu quả áp dụng, khả năng nhân rộng ${scopeText} ${window}, chưa dùng làm căn cứ khen thưởng khác: ${initiativeList(usable)}.`,
      fullCitation,
      [(usable[0] as { id: string }).id],
      path,
    );
  else
    addCheck(
      ctx,
      checkCode,
      'failed',
      `Không có sáng kiến (đề tài, giải pháp) ${scopeText} được công nhận ${window} mà chưa dùng làm căn cứ khen thưởng khác${usedNote(used)}.`,
      fullCitation,
      used.map((i) => i.id),
      path,
    );
}

/** First year of the window a streak stands on (or the n-year window when it failed). */
const windowStart = (streak: Streak, year: number, n: number): number =>
  streak.ok ? Math.min(...streak.years) : year - n + 1;

/** `cstd_bo_tinh` — Điều 22. */
export function chienSiThiDuaBoTinh(ctx: EvalContext): void {
  const n = ctx.params.cstdBoTinhStreak;
  addGates(ctx);
  const streak = checkAwardStreak(ctx, 'cstd_bo_tinh.streak', 'cstd_co_so', n, ART22_K1);
  checkScopedInitiative(
    ctx,
    'cstd_bo_tinh.initiative',
    'bo_tinh',
    windowStart(streak, ctx.year, n),
    ART22_K1,
  );
  addCheck(
    ctx,
    'cstd_bo_tinh.recognition',
    'needs_judgement',
    'Cần kiểm tra văn bản của người đứng đầu bộ, ban, ngành, tỉnh công nhận hiệu quả áp dụng và khả năng nhân rộng của sáng kiến, đề tài (giải pháp chiến đấu: của Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Công an).',
    ART22_K2,
  );
  addCheck(
    ctx,
    'cstd_bo_tinh.outstanding',
    'needs_judgement',
    `Cần Hội đồng Thi đua - Khen thưởng lựa chọn: có thành tích tiêu biểu xuất sắc trong số những cá nhân ${n} lần liên tục đạt Chiến sĩ thi đua cơ sở.`,
    ART22_K1,
  );
}

/** `cstd_toan_quoc` — Điều 21. */
export function chienSiThiDuaToanQuoc(ctx: EvalContext): void {
  const n = ctx.params.cstdToanQuocStreak;
  addGates(ctx);
  const streak = checkAwardStreak(ctx, 'cstd_toan_quoc.streak', 'cstd_bo_tinh', n, ART21);
  checkScopedInitiative(
    ctx,
    'cstd_toan_quoc.initiative',
    'toan_quoc',
    windowStart(streak, ctx.year, n),
    ART21,
  );
  checkTiming(ctx);
  addCheck(
    ctx,
    'cstd_toan_quoc.recognition',
    'needs_judgement',
    'Cần kiểm tra văn bản công nhận sáng kiến, đề tài được áp dụng, có khả năng nhân rộng hoặc có ảnh hưởng trong phạm vi toàn quốc.',
    ART21,
  );
  addCheck(
    ctx,
    'cstd_toan_quoc.outstanding',
    'needs_judgement',
    `Cần lựa chọn: tiêu biểu nhất trong số những cá nhân ${n} lần liên tục đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh.`,
    ART21,
  );
}

function checkTiming(ctx: EvalContext): void {
  const { year, receivedOn } = ctx;
  const next = year + 1;
  const receivedYear = Number(receivedOn.slice(0, 4));
  const citation = `${ART21}; ${ND98} Điều 32 k1 a (quy định cũ; điều khoản tương ứng của NĐ 152/2025/NĐ-CP chưa đối chiếu)`;
  const received = `Hồ sơ nhận ngày ${formatDate(receivedOn)}`;
  if (receivedYear === next)
    addCheck(
      ctx,
      'cstd_toan_quoc.timing',
      'passed',
      `${received}, trong năm ${next} — năm liền sau năm thứ hai đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh (${year}).`,
      citation,
    );
  else
    addCheck(
      ctx,
      'cstd_toan_quoc.timing',
      'needs_judgement',
      receivedYear < next
        ? `${received}: danh hiệu được xét vào năm liền sau năm thứ hai đạt Chiến sĩ thi đua bộ, ban, ngành, tỉnh, tức năm ${next}.`
        : `${received}: sau hạn 31/12/${next} (năm liền sau năm ${year}) theo quy định cũ; cần đối chiếu thời hạn hiện hành.`,
      citation,
    );
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
