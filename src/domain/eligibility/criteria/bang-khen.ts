/**
 * Bằng khen (law-reference §2.3, §3.3).
 *
 * `bang_khen_bo_tinh`, individual — Luật TĐKT 2022 Điều 74 k1 [V2] S37 (letters other than d follow the
 * order law-reference gives them [R]). Any ONE of:
 * - a (judge) excellent achievement in a movement launched by the ministry/province;
 * - b (judge) many achievements, or an ad hoc achievement, with influence in a field it manages;
 * - c (judge) contribution to socio-economic development, science, social work, charity;
 * - d (data) path `cstd_2_lan`: `streak(cstd_co_so, 2)`; OR path `htxs_sang_kien`: ≥ 2 consecutive years
 *   rated HTXS during which 2 initiatives (or accepted scientific works — the `initiatives` facts) were
 *   recognised at grassroots level or wider, not used by another award (G7). MOHA: if the CSTĐ cơ sở of
 *   those years were themselves based on initiatives, 2 ADDITIONAL initiatives are needed. Detection: a
 *   CSTĐ cơ sở award of a window year is initiative-based when an initiative's `usedByAward` is that award's
 *   id; such initiatives are already unusable (G7), so "2 usable initiatives" is exactly "2 more". When a
 *   window year holds a CSTĐ cơ sở that no initiative points to, its basis is unknown and a
 *   `needs_judgement` note asks a person (MOHA's own example: a CSTĐ cơ sở granted on HTXS leaves that
 *   year's initiative usable).
 * - đ (judge) worker/farmer with many achievements influential locally.
 * The d paths are data paths; a, b, c, đ are judgement paths → a subject failing d gets `needs_review`.
 * Collective and household Bằng khen bộ/tỉnh: judgement only (local criteria [L] S30).
 * The tenant's local criteria text (`localCriteria.bangKhenTinh`) is listed as a judgement item.
 *
 * `bang_khen_thu_tuong`, individual — Luật TĐKT 2022 Điều 73 k1 [V2] S36: path `k1_b` (data, the verified
 * point): holds a Bằng khen bộ/tỉnh, then ≥ 5 consecutive years ≥ HTT up to the proposal, during which
 * 3 CSTĐ cơ sở (ladder.ts). The other points of Điều 73 [R, not read] form one judgement path `khac`.
 * Collective and household: judgement only.
 */
import { addCheck, addPath, type EvalContext } from '../context';
import { evaluationYearEnd, evaluationYearStart, formatDate, yearList } from '../dates';
import { ladderAward, pushId, ratingOf, selectInitiatives } from '../facts-index';
import { addGates } from '../gates';
import { LAW } from '../params';
import { breakNote, skippedNote, streakBack, streakRecords } from '../streaks';
import { checkAwardStreak } from './cstd-higher';
import { initiativeList, usedNote } from './individual-titles';
import { checkLadder, ratingGap } from './ladder';

const ART74 = `${LAW} Điều 74`;
const ART74_K1 = (point: string) => `${LAW} Điều 74 k1 ${point}`;
const ART73 = `${LAW} Điều 73`;
const ART73_K1_B = `${LAW} Điều 73 k1 b`;

function judgementPath(ctx: EvalContext, id: string, label: string, message: string, citation: string): void {
  addPath(ctx, { id, label, kind: 'judgement', citation });
  addCheck(ctx, `${ctx.target}.${id}`, 'needs_judgement', message, citation, [], id);
}

function localCriteria(ctx: EvalContext, text: string): void {
  const trimmed = text.trim();
  if (trimmed)
    addCheck(
      ctx,
      `${ctx.target}.local`,
      'needs_judgement',
      `Cần đánh giá theo tiêu chuẩn của địa phương: ${trimmed}`,
      'Quy định thi đua, khen thưởng của bộ, ngành, tỉnh',
    );
}

/** Path d (second branch): 2 consecutive HTXS years + 2 usable initiatives in them. */
function htxsWithInitiatives(ctx: EvalContext, path: string): void {
  const { index, year, params } = ctx;
  const { htxsYears, initiatives } = params.bangKhenBoTinh;
  const citation = `${ART74_K1('d')}; hướng dẫn của Bộ Nội vụ`;
  const streak = streakBack(index, year, htxsYears, (y) => ratingOf(index, y) === 'HTXS');
  const records: string[] = [];
  for (const y of streak.years) pushId(records, index.ratingByYear.get(y)?.id);
  streakRecords(index, streak, records);
  addCheck(
    ctx,
    'bang_khen_bo_tinh.htxs_years',
    streak.ok ? 'passed' : 'failed',
    streak.ok
      ? `Hoàn thành xuất sắc nhiệm vụ ${htxsYears} năm liên tục: ${yearList(streak.years)}${skippedNote(streak)}.`
      : `Chỉ có ${streak.years.length} năm liên tục hoàn thành xuất sắc nhiệm vụ đến năm ${year}${streak.years.length ? ` (${yearList(streak.years)})` : ''}${streak.brokenAt !== null && streak.brokenBy === 'missing' ? `; năm ${streak.brokenAt} ${ratingGap(ctx, streak.brokenAt)}` : breakNote(streak, '')} — cần ${htxsYears} năm liên tục.`,
    citation,
    records,
    path,
  );

  const first = streak.ok ? Math.min(...streak.years) : year - htxsYears + 1;
  const from = evaluationYearStart(first, index.calendar);
  const to = evaluationYearEnd(year, index.calendar);
  const { usable, used } = selectInitiatives(index, from, to, 'co_so');
  // CSTĐ cơ sở of the window and what they were based on.
  const basedOn: string[] = [];
  const unknownBasis: number[] = [];
  for (let y = first; y <= year; y++) {
    const a = ladderAward(index, 'cstd_co_so', y);
    if (!a) continue;
    const linked = a.id ? used.filter((i) => i.usedByAward === a.id) : [];
    if (linked.length) basedOn.push(`năm ${y} dựa trên sáng kiến ${linked.map((i) => i.id).join(', ')}`);
    else unknownBasis.push(y);
  }
  const ok = usable.length >= initiatives;
  const window = `từ ${formatDate(from)} đến ${formatDate(to)}`;
  const extra = basedOn.length
    ? ` Chiến sĩ thi đua cơ sở ${basedOn.join('; ')}: các sáng kiến đó không được tính lại, cần thêm ${initiatives} sáng kiến khác.`
    : '';
  addCheck(
    ctx,
    'bang_khen_bo_tinh.initiatives',
    ok ? 'passed' : 'failed',
    ok
      ? `Có ${usable.length} sáng kiến (đề tài) được công nhận ${window} chưa dùng làm căn cứ khen thưởng khác: ${initiativeList(usable)}.${extra}`
      : `Có ${usable.length} sáng kiến (đề tài) được công nhận ${window} chưa dùng làm căn cứ khen thưởng khác${usedNote(used)} — cần ${initiatives}.${extra}`,
    `${citation}; ${params.initiativeOnceCitation}`,
    [...usable.map((i) => i.id), ...used.map((i) => i.id)],
    path,
  );
  if (ok && unknownBasis.length)
    addCheck(
      ctx,
      'bang_khen_bo_tinh.initiative_basis',
      'needs_judgement',
      `Năm ${yearList(unknownBasis)} có danh hiệu Chiến sĩ thi đua cơ sở nhưng dữ liệu không cho biết danh hiệu đó xét theo sáng kiến hay theo kết quả hoàn thành xuất sắc nhiệm vụ: nếu dựa trên sáng kiến thì sáng kiến đó không được tính lại và cần thêm ${initiatives} sáng kiến khác.`,
      citation,
      [],
      path,
    );
}

/** `bang_khen_bo_tinh` — Điều 74. */
export function bangKhenBoTinh(ctx: EvalContext): void {
  addGates(ctx);
  localCriteria(ctx, ctx.settings.localCriteria.bangKhenTinh);
  if (ctx.subjectType === 'collective') {
    judgementPath(
      ctx,
      'tap_the',
      'Tập thể có thành tích xuất sắc',
      'Cần đánh giá theo tiêu chuẩn Bằng khen đối với tập thể (ví dụ: 02 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt Tập thể lao động xuất sắc; thực hiện tốt dân chủ ở cơ sở; nội bộ đoàn kết).',
      `${ART74} k2`,
    );
    return;
  }
  if (ctx.subjectType === 'household') {
    judgementPath(
      ctx,
      'ho_gia_dinh',
      'Hộ gia đình gương mẫu, có đóng góp',
      'Cần đánh giá: gương mẫu chấp hành chủ trương, chính sách, pháp luật; có đóng góp lớn về công sức, đất đai, tài sản cho địa phương, xã hội.',
      `${ART74} k3`,
    );
    return;
  }
  const { cstdStreak } = ctx.params.bangKhenBoTinh;
  addPath(ctx, {
    id: 'cstd_2_lan',
    label: `${cstdStreak} lần liên tục đạt Chiến sĩ thi đua cơ sở`,
    kind: 'data',
    citation: ART74_K1('d'),
  });
  checkAwardStreak(
    ctx,
    'bang_khen_bo_tinh.cstd_streak',
    'cstd_co_so',
    cstdStreak,
    ART74_K1('d'),
    'cstd_2_lan',
  );
  addPath(ctx, {
    id: 'htxs_sang_kien',
    label: '02 năm liên tục hoàn thành xuất sắc nhiệm vụ, có 02 sáng kiến được công nhận',
    kind: 'data',
    citation: ART74_K1('d'),
  });
  htxsWithInitiatives(ctx, 'htxs_sang_kien');
  judgementPath(
    ctx,
    'phong_trao',
    'Thành tích xuất sắc trong phong trào thi đua do bộ, ngành, tỉnh phát động',
    'Cần đánh giá: có thành tích xuất sắc được bình xét trong các phong trào thi đua do bộ, ban, ngành, tỉnh phát động.',
    ART74_K1('a'),
  );
  judgementPath(
    ctx,
    'thanh_tich',
    'Nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng',
    'Cần đánh giá: lập được nhiều thành tích hoặc thành tích đột xuất có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ban, ngành, tỉnh.',
    ART74_K1('b'),
  );
  judgementPath(
    ctx,
    'dong_gop',
    'Đóng góp vào phát triển kinh tế - xã hội, khoa học, công tác xã hội, từ thiện',
    'Cần đánh giá: có đóng góp vào sự nghiệp phát triển kinh tế - xã hội, ứng dụng khoa học, công tác xã hội, từ thiện nhân đạo.',
    ART74_K1('c'),
  );
  judgementPath(
    ctx,
    'nguoi_lao_dong',
    'Công nhân, nông dân, người lao động có nhiều thành tích',
    'Cần đánh giá: công nhân, nông dân, người lao động lập được nhiều thành tích có phạm vi ảnh hưởng trong xã, cơ quan, doanh nghiệp.',
    ART74_K1('đ'),
  );
}

/** `bang_khen_thu_tuong` — Điều 73. */
export function bangKhenThuTuong(ctx: EvalContext): void {
  addGates(ctx);
  if (ctx.subjectType !== 'individual') {
    judgementPath(
      ctx,
      ctx.subjectType === 'collective' ? 'tap_the' : 'ho_gia_dinh',
      ctx.subjectType === 'collective' ? 'Tập thể có thành tích xuất sắc' : 'Hộ gia đình có đóng góp',
      ctx.subjectType === 'collective'
        ? 'Cần đánh giá theo tiêu chuẩn Bằng khen của Thủ tướng Chính phủ đối với tập thể (điều khoản chưa đối chiếu văn bản).'
        : 'Cần đánh giá theo tiêu chuẩn Bằng khen của Thủ tướng Chính phủ đối với hộ gia đình (điều khoản chưa đối chiếu văn bản).',
      ART73,
    );
    return;
  }
  const { years, cstd } = ctx.params.bangKhenThuTuong;
  addPath(ctx, {
    id: 'k1_b',
    label: `Đã có Bằng khen bộ, ban, ngành, tỉnh; ${years} năm tiếp theo liên tục hoàn thành tốt nhiệm vụ trở lên, có ${cstd} lần Chiến sĩ thi đua cơ sở`,
    kind: 'data',
    citation: ART73_K1_B,
  });
  checkLadder(ctx, {
    prefix: 'bang_khen_thu_tuong',
    prerequisite: 'bang_khen_bo_tinh',
    years,
    cstd,
    htxs: 0,
    citation: ART73_K1_B,
    path: 'k1_b',
  });
  judgementPath(
    ctx,
    'khac',
    'Các tiêu chuẩn khác của Điều 73 (phong trào thi đua, thành tích có phạm vi ảnh hưởng, công nhân, nông dân)',
    'Cần đánh giá theo các tiêu chuẩn khác của Điều 73 khoản 1: thành tích xuất sắc tiêu biểu trong phong trào thi đua, thành tích có phạm vi ảnh hưởng, công nhân, nông dân, người lao động có nhiều thành tích (chưa đối chiếu văn bản).',
    `${ART73} k1`,
  );
}
