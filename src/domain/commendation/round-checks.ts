/**
 * The checks a board runs across all the dossiers of a round before it appraises them one by one: the same
 * achievement proposed twice, more flags than a cluster or bloc may propose, and collectives whose members
 * do not reach the Lao động tiên tiến share counting the individual dossiers of the same round. Each gives
 * a warning naming the dossiers; none blocks (the board decides). Pure: no I/O, no clock.
 */
import { awardName, isLdttOrBetter } from '../awards/catalogue';
import type { SubjectType } from '../awards/types';
import { memberTitleShareMet } from '../eligibility';

/** What the checks read of a dossier. */
export interface RoundProposal {
  id: string;
  subject: { type: SubjectType; id: string; name: string };
  awardCode: string;
  proposingUnitId: string;
}

export const ROUND_WARNING_KINDS = ['duplicate', 'flag_per_bloc', 'collective_ratio'] as const;
export type RoundWarningKind = (typeof ROUND_WARNING_KINDS)[number];

export interface RoundWarning {
  kind: RoundWarningKind;
  message: string;
  nominationIds: string[];
}

/**
 * Luật Thi đua, khen thưởng 2022 Điều 5 k2 c (gate G7): one achievement is rewarded with one form, once — the
 * same subject proposed twice for the same title or form in a round is one warning naming both dossiers.
 */
export function duplicateProposals(items: readonly RoundProposal[]): RoundWarning[] {
  const groups = new Map<string, RoundProposal[]>();
  for (const n of items) {
    const key = `${n.subject.type}:${n.subject.id}:${n.awardCode}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => ({
      kind: 'duplicate' as const,
      message: `${g[0]!.subject.name} được đề nghị ${g.length} lần cho ${awardName(g[0]!.awardCode)} (một thành tích chỉ đề nghị một hình thức, một lần — Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c).`,
      nominationIds: g.map((n) => n.id),
    }));
}

/**
 * The Cờ thi đua given to the leading unit (đơn vị dẫn đầu) of a cụm, khối thi đua each year: Cờ thi đua của
 * Chính phủ (Luật Thi đua, khen thưởng 2022 Điều 25), Cờ thi đua bộ, ban, ngành, tỉnh (Điều 26) and the flag
 * of a quân khu, quân đoàn, Đại học Quốc gia (Nghị định 152/2025/NĐ-CP Điều 50 k2 g).
 */
export const BLOC_FLAG_CODES = [
  'co_thi_dua_bo_tinh',
  'co_thi_dua_chinh_phu',
  'co_thi_dua_quan_khu_dhqg',
] as const;
const BLOC_FLAGS: ReadonlySet<string> = new Set(BLOC_FLAG_CODES);
export const isBlocFlag = (code: string) => BLOC_FLAGS.has(code);

/** A unit's membership of a cụm, khối thi đua in the evaluation year. */
export interface BlocMembership {
  blocId: string;
  blocName: string;
  unitId: string;
}

/**
 * Luật Thi đua, khen thưởng 2022 Điều 25–26: each cluster or bloc proposes its leading unit for a flag —
 * `perBloc` collectives (tenant setting `flagsPerBloc`, 1 by default) per flag and bloc. One warning per bloc
 * and flag proposed for more collectives than that.
 */
export function flagsOverBlocQuota(
  items: readonly RoundProposal[],
  memberships: readonly BlocMembership[],
  perBloc: number,
): RoundWarning[] {
  const flags = items.filter((n) => n.subject.type === 'collective' && isBlocFlag(n.awardCode));
  const blocs = new Map<string, { name: string; units: Set<string> }>();
  for (const m of memberships) {
    const b = blocs.get(m.blocId) ?? { name: m.blocName, units: new Set<string>() };
    b.units.add(m.unitId);
    blocs.set(m.blocId, b);
  }
  const out: RoundWarning[] = [];
  for (const code of BLOC_FLAG_CODES)
    for (const b of blocs.values()) {
      const inBloc = flags.filter((n) => n.awardCode === code && b.units.has(n.subject.id));
      if (inBloc.length > perBloc)
        out.push({
          kind: 'flag_per_bloc',
          message: `${b.name}: ${inBloc.length} tập thể được đề nghị ${awardName(code)}, mỗi cụm, khối chỉ ${perBloc === 1 ? 'một đơn vị dẫn đầu' : `${perBloc} đơn vị`} được đề nghị (Luật Thi đua, khen thưởng 2022 Điều 25, 26).`,
          nominationIds: inBloc.map((n) => n.id),
        });
    }
  return out;
}

/**
 * The collective titles with a member share: Tập thể lao động tiên tiến / Đơn vị tiên tiến (Luật Thi đua, khen
 * thưởng 2022 Điều 28 k3) and Tập thể lao động xuất sắc / Đơn vị quyết thắng (Điều 27 k3).
 */
export const MEMBER_SHARE_CODES = [
  'tap_the_lao_dong_tien_tien',
  'don_vi_tien_tien',
  'tap_the_lao_dong_xuat_sac',
  'don_vi_quyet_thang',
] as const;
const MEMBER_SHARE: ReadonlySet<string> = new Set(MEMBER_SHARE_CODES);
export const hasMemberShare = (code: string) => MEMBER_SHARE.has(code);

/** The collective's members in the evaluation year, from the ledger. */
export interface MemberCounts {
  members: number;
  /** Members holding Lao động tiên tiến or better that year. */
  withLdtt: number;
  /** Members disciplined with cảnh cáo or heavier that year. */
  disciplinedWarningOrHeavier: number;
}

/**
 * Luật Thi đua, khen thưởng 2022 Điều 27 k3, Điều 28 k3: at least `percent` % of the members (tenant setting
 * `memberTitleSharePercent`, 70 by default) hold Lao động tiên tiến or better, and (Điều 28 k4) nobody is
 * disciplined with cảnh cáo or heavier. The individual dossiers for Lao động tiên tiến or better proposed in
 * the same round by the collective count as titles (they are decided together), up to the member count.
 * Null when the collective has no members on record or meets both.
 */
export function collectiveShareWarning(
  collective: RoundProposal,
  counts: MemberCounts,
  round: readonly RoundProposal[],
  percent: number,
): RoundWarning | null {
  if (counts.members === 0) return null;
  const proposed = round.filter(
    (x) =>
      x.subject.type === 'individual' &&
      x.proposingUnitId === collective.subject.id &&
      isLdttOrBetter(x.awardCode),
  ).length;
  const withLdtt = Math.min(counts.members, counts.withLdtt + proposed);
  const disciplined = counts.disciplinedWarningOrHeavier;
  if (memberTitleShareMet(withLdtt, counts.members, percent) && disciplined === 0) return null;
  const share = Math.round((withLdtt / counts.members) * 1000) / 10;
  return {
    kind: 'collective_ratio',
    message: `${collective.subject.name}: ${withLdtt}/${counts.members} thành viên (${share.toLocaleString('vi-VN')}%) đạt Lao động tiên tiến trở lên kể cả hồ sơ trong đợt (cần từ ${percent}%)${disciplined ? `; ${disciplined} thành viên bị kỷ luật từ cảnh cáo trở lên` : ''}.`,
    nominationIds: [collective.id],
  };
}
