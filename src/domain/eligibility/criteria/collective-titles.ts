/**
 * Collective annual titles (law-reference §2.2, §3.1, §3.4). Members are the `facts.members` of the
 * evaluation year (rating, titles held that year, heaviest sanction that year).
 *
 * `tap_the_lao_dong_tien_tien` / `don_vi_tien_tien` — Luật TĐKT 2022 Điều 28 [R] (matches Bắc Ninh [L] S30):
 * - R1 (data) collective rated HTT or better;
 * - R3 (data) ≥ 70% (tenant setting `memberTitleSharePercent`) of members hold LĐTT/CSTT in the year (a CSTĐ
 *   of any level implies LĐTT that year);
 * - R4 (data) no member disciplined with cảnh cáo or heavier in the year;
 * - R2 (judge) regular, practical emulation movement; R5 (judge) internal unity, law-abiding.
 *
 * `tap_the_lao_dong_xuat_sac` / `don_vi_quyet_thang` — Luật TĐKT 2022 Điều 27 [R] (matches [L] S30):
 * - R1 (data) collective rated HTXS;
 * - R3 (data) 100% of members rated HT or better (a member without a rating fails it) AND ≥ 70% LĐTT/CSTT;
 * - R4 (data) at least one member holds CSTĐ cơ sở (or higher) in the year;
 * - (data, §3.4 "by extension" [R]) no member disciplined cảnh cáo or heavier;
 * - R2, R5 (judge) as above.
 * Gates G1, G2 (the collective's own sanctions) and G7 apply as for every target.
 */
import { isCstdOrBetter, isLdttOrBetter } from '../../awards/catalogue';
import {
  DISCIPLINE_FORMS,
  RATING_LABELS,
  RATING_RANK,
  type SubjectFacts,
  warningOrHeavier,
} from '../../awards/types';
import { addCheck, type EvalContext } from '../context';
import { yearLabel } from '../dates';
import { addGates } from '../gates';
import { LAW } from '../params';

const ART28 = `${LAW} Điều 28`;
const ART27 = `${LAW} Điều 27`;

type Member = NonNullable<SubjectFacts['members']>[number];

const DISCIPLINE_RANK = Object.fromEntries(DISCIPLINE_FORMS.map((f, i) => [f, i])) as Record<
  (typeof DISCIPLINE_FORMS)[number],
  number
>;

/** "14/20 (70%)" */
const share = (count: number, total: number) =>
  `${count}/${total} (${Math.floor((count * 1000) / total) / 10}%)`.replace('.', ',');

function membersOf(ctx: EvalContext, citation: string): Member[] | null {
  const members = ctx.index.facts.members ?? [];
  if (members.length > 0) return members;
  addCheck(
    ctx,
    'tap_the.members',
    'failed',
    `Không có danh sách thành viên của tập thể ${yearLabel(ctx.year, ctx.index.calendar)}: không kiểm tra được tỷ lệ danh hiệu và kỷ luật của thành viên.`,
    citation,
  );
  return null;
}

function checkCollectiveRating(ctx: EvalContext, code: string, min: 'HTT' | 'HTXS', citation: string): void {
  const r = ctx.index.ratingByYear.get(ctx.year);
  const label = yearLabel(ctx.year, ctx.index.calendar);
  const need = min === 'HTXS' ? 'hoàn thành xuất sắc nhiệm vụ' : 'hoàn thành tốt nhiệm vụ trở lên';
  if (!r) {
    addCheck(ctx, code, 'failed', `Không có kết quả đánh giá tập thể ${label} (cần ${need}).`, citation);
    return;
  }
  const ok = RATING_RANK[r.rating] >= RATING_RANK[min];
  addCheck(
    ctx,
    code,
    ok ? 'passed' : 'failed',
    `Tập thể được đánh giá "${RATING_LABELS[r.rating].toLowerCase()}" (${r.rating}) ${label}${ok ? '' : ` — cần ${need}`}.`,
    citation,
    r.id ? [r.id] : [],
  );
}

/**
 * Luật Thi đua, khen thưởng 2022 Điều 27 k3, Điều 28 k3: at least `percent` % of the collective's `members`
 * hold Lao động tiên tiến or better (`withTitle`) — integer arithmetic, 14 of 20 meets 70 %.
 */
export function memberTitleShareMet(withTitle: number, members: number, percent: number): boolean {
  return members > 0 && withTitle * 100 >= members * percent;
}

function checkMemberTitleShare(ctx: EvalContext, members: readonly Member[], citation: string): void {
  const percent = ctx.settings.memberTitleSharePercent;
  let count = 0;
  for (const m of members) if (m.titles.some(isLdttOrBetter)) count++;
  const ok = memberTitleShareMet(count, members.length, percent);
  addCheck(
    ctx,
    'tap_the.members_ldtt',
    ok ? 'passed' : 'failed',
    `${share(count, members.length)} thành viên đạt Lao động tiên tiến, Chiến sĩ tiên tiến hoặc Chiến sĩ thi đua ${yearLabel(ctx.year, ctx.index.calendar)}${ok ? '' : ` — cần ít nhất ${percent}%`}.`,
    citation,
  );
}

function checkMemberDiscipline(ctx: EvalContext, members: readonly Member[], citation: string): void {
  let count = 0;
  let heaviest = -1;
  for (const m of members) {
    if (m.disciplineForm === null) continue;
    const rank = DISCIPLINE_RANK[m.disciplineForm];
    if (warningOrHeavier(m.disciplineForm)) count++;
    if (rank > heaviest) heaviest = rank;
  }
  const label = yearLabel(ctx.year, ctx.index.calendar);
  addCheck(
    ctx,
    'tap_the.members_discipline',
    count === 0 ? 'passed' : 'failed',
    count === 0
      ? `Không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên ${label}${heaviest >= 0 ? ' (có thành viên bị khiển trách)' : ''}.`
      : `${count} thành viên bị kỷ luật từ hình thức cảnh cáo trở lên ${label}.`,
    citation,
  );
}

function checkMembersCompleteTasks(ctx: EvalContext, members: readonly Member[]): void {
  let below = 0;
  let unrated = 0;
  for (const m of members) {
    if (m.rating === null) unrated++;
    else if (RATING_RANK[m.rating] < RATING_RANK.HT) below++;
  }
  const ok = below === 0 && unrated === 0;
  const problems: string[] = [];
  if (below > 0) problems.push(`${below} thành viên không hoàn thành nhiệm vụ`);
  if (unrated > 0) problems.push(`${unrated} thành viên chưa có kết quả đánh giá`);
  addCheck(
    ctx,
    'tap_the.members_ht',
    ok ? 'passed' : 'failed',
    ok
      ? `100% thành viên (${members.length}/${members.length}) hoàn thành nhiệm vụ trở lên.`
      : `${problems.join(', ')} — cần 100% thành viên hoàn thành nhiệm vụ trở lên.`,
    ART27,
  );
}

function checkMemberCstd(ctx: EvalContext, members: readonly Member[]): void {
  let count = 0;
  for (const m of members) if (m.titles.some(isCstdOrBetter)) count++;
  addCheck(
    ctx,
    'tap_the.members_cstd',
    count > 0 ? 'passed' : 'failed',
    count > 0
      ? `Có ${count} thành viên đạt Chiến sĩ thi đua cơ sở trở lên ${yearLabel(ctx.year, ctx.index.calendar)}.`
      : `Không có thành viên nào đạt Chiến sĩ thi đua cơ sở ${yearLabel(ctx.year, ctx.index.calendar)} — cần ít nhất 1.`,
    ART27,
  );
}

function judgementItems(ctx: EvalContext, citation: string, excellent: boolean): void {
  addCheck(
    ctx,
    'tap_the.movement',
    'needs_judgement',
    excellent
      ? 'Cần đánh giá: có tính sáng tạo, vượt khó, tổ chức phong trào thi đua thường xuyên, thiết thực, hiệu quả.'
      : 'Cần đánh giá: có phong trào thi đua thường xuyên, thiết thực, hiệu quả.',
    citation,
  );
  addCheck(
    ctx,
    'tap_the.unity',
    'needs_judgement',
    excellent
      ? 'Cần đánh giá: nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước.'
      : 'Cần đánh giá: nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước.',
    citation,
  );
}

/** `tap_the_lao_dong_tien_tien`, `don_vi_tien_tien` — Điều 28. */
export function tapTheLaoDongTienTien(ctx: EvalContext): void {
  addGates(ctx);
  checkCollectiveRating(ctx, 'tap_the.rating', 'HTT', ART28);
  const members = membersOf(ctx, ART28);
  if (members) {
    checkMemberTitleShare(ctx, members, ART28);
    checkMemberDiscipline(ctx, members, ART28);
  }
  judgementItems(ctx, ART28, false);
}

/** `tap_the_lao_dong_xuat_sac`, `don_vi_quyet_thang` — Điều 27. */
export function tapTheLaoDongXuatSac(ctx: EvalContext): void {
  addGates(ctx);
  checkCollectiveRating(ctx, 'tap_the.rating', 'HTXS', ART27);
  const members = membersOf(ctx, ART27);
  if (members) {
    checkMembersCompleteTasks(ctx, members);
    checkMemberTitleShare(ctx, members, ART27);
    checkMemberCstd(ctx, members);
    checkMemberDiscipline(ctx, members, `${ART27}; ${ART28}`);
  }
  judgementItems(ctx, ART27, true);
}
