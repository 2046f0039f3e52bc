import { awardName } from '../../../domain/awards/catalogue';
import { dossierActive, type DossierStatus } from '../../../domain/commendation/dossier';
import type { Ctx } from '../../lib/context';
import { checkBatch } from '../eligibility';
import { presentNomination, type NominationView } from './nominations.core';
import { scopesFor } from './nominations.policy';
import * as repo from './nominations.repo';
import type { RoundNominations } from './nominations.schemas';
import { evaluationYearOf } from './nominations.shared';
import { loadRound } from './rounds.service';

/** Cờ thi đua codes: one leading collective per cluster/bloc and year (law-reference §3.1, path A). */
const FLAG_CODES = new Set(['co_thi_dua_bo_tinh', 'co_thi_dua_chinh_phu', 'co_thi_dua_quan_khu_dhqg']);
/** Collective titles with member ratios (Law Điều 27–28; law-reference §3.1). */
const RATIO_CODES: Record<string, number> = { tap_the_lao_dong_tien_tien: 70, tap_the_lao_dong_xuat_sac: 70 };
const LDTT_OR_BETTER = new Set([
  'lao_dong_tien_tien',
  'chien_si_tien_tien',
  'cstd_co_so',
  'cstd_bo_tinh',
  'cstd_toan_quoc',
]);
/** At most this many collectives get their ratios computed per listing (each is one batch check). */
const MAX_RATIO_CHECKS = 50;

type Warning = RoundNominations['warnings'][number];

/** G7 (Law Điều 5 k2c): the same subject proposed for the same title or form twice in the round. */
function duplicates(items: NominationView[]): Warning[] {
  const groups = new Map<string, NominationView[]>();
  for (const n of items) {
    const key = `${n.subject.type}:${n.subject.id}:${n.awardCode}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => ({
      kind: 'duplicate' as const,
      message: `${g[0]!.subject.name} được đề nghị ${g.length} lần cho ${g[0]!.awardName} (một thành tích chỉ đề nghị một hình thức, một lần — Luật TĐKT Điều 5 khoản 2 điểm c).`,
      nominationIds: g.map((n) => n.id),
    }));
}

async function flagsPerBloc(ctx: Ctx, items: NominationView[], year: number): Promise<Warning[]> {
  const flags = items.filter((n) => n.subject.type === 'collective' && FLAG_CODES.has(n.awardCode));
  if (flags.length < 2) return [];
  const memberships = await repo.blocsOfUnits(
    ctx.db,
    ctx.actor.tenantId,
    flags.map((n) => n.subject.id),
    year,
  );
  const out: Warning[] = [];
  const blocs = new Map<string, { name: string; units: Set<string> }>();
  for (const m of memberships) {
    const b = blocs.get(m.blocId) ?? { name: m.blocName, units: new Set<string>() };
    b.units.add(m.unitId);
    blocs.set(m.blocId, b);
  }
  for (const code of FLAG_CODES)
    for (const b of blocs.values()) {
      const inBloc = flags.filter((n) => n.awardCode === code && b.units.has(n.subject.id));
      if (inBloc.length > 1)
        out.push({
          kind: 'flag_per_bloc',
          message: `${b.name}: ${inBloc.length} tập thể được đề nghị ${awardName(code)}, mỗi cụm, khối chỉ một đơn vị dẫn đầu được đề nghị.`,
          nominationIds: inBloc.map((n) => n.id),
        });
    }
  return out;
}

/**
 * Collective ratios: the members' share with Lao động tiên tiến or better, counting the ledger and the
 * individual LĐTT/CSTĐ dossiers of the same unit in this round (the batch eligibility check gives members
 * and ledger counts).
 */
async function collectiveRatios(ctx: Ctx, items: NominationView[], year: number): Promise<Warning[]> {
  const collectives = items.filter((n) => n.subject.type === 'collective' && RATIO_CODES[n.awardCode]);
  const out: Warning[] = [];
  for (const n of collectives.slice(0, MAX_RATIO_CHECKS)) {
    let facts;
    try {
      facts = (
        await checkBatch(ctx, {
          target: n.awardCode,
          evaluationYear: year,
          unitId: n.subject.id,
          page: 1,
          pageSize: 1,
        })
      ).unitFacts;
    } catch {
      continue;
    }
    if (!facts || facts.members === 0) continue;
    const proposed = items.filter(
      (x) =>
        x.subject.type === 'individual' &&
        x.proposingUnit.id === n.subject.id &&
        LDTT_OR_BETTER.has(x.awardCode),
    ).length;
    const withLdtt = Math.min(facts.members, facts.withLdtt + proposed);
    const share = Math.round((withLdtt / facts.members) * 1000) / 10;
    const min = RATIO_CODES[n.awardCode]!;
    if (share < min || facts.disciplinedWarningOrHeavier > 0)
      out.push({
        kind: 'collective_ratio',
        message: `${n.subject.name}: ${withLdtt}/${facts.members} thành viên (${share.toLocaleString('vi-VN')}%) đạt Lao động tiên tiến trở lên kể cả hồ sơ trong đợt (cần từ ${min}%)${facts.disciplinedWarningOrHeavier ? `; ${facts.disciplinedWarningOrHeavier} thành viên bị kỷ luật từ cảnh cáo trở lên` : ''}.`,
        nominationIds: [n.id],
      });
  }
  return out;
}

/** A round's dossiers the actor may see, with batch warnings and a per-unit summary. */
export async function roundNominations(
  ctx: Ctx,
  roundId: string,
  q: { status?: DossierStatus; unitId?: string },
): Promise<RoundNominations> {
  const round = await loadRound(ctx, roundId);
  const rows = await repo.listNominationRows(ctx.db, {
    tenantId: ctx.actor.tenantId,
    roundId,
    scopes: scopesFor(ctx, 'commendation.read'),
  });
  const all = rows.map(presentNomination);
  const active = all.filter((n) => dossierActive(n.status));
  const year = evaluationYearOf(ctx, round.round);
  const warnings = [
    ...duplicates(active),
    ...(await flagsPerBloc(ctx, active, year)),
    ...(await collectiveRatios(ctx, active, year)),
  ];
  const units = new Map<string, RoundNominations['units'][number]>();
  for (const n of all) {
    const u = units.get(n.proposingUnit.id) ?? {
      unitId: n.proposingUnit.id,
      unitName: n.proposingUnit.name,
      count: 0,
      byStatus: {},
    };
    u.count++;
    u.byStatus[n.status] = (u.byStatus[n.status] ?? 0) + 1;
    units.set(u.unitId, u);
  }
  const items = all.filter(
    (n) => (!q.status || n.status === q.status) && (!q.unitId || n.proposingUnit.id === q.unitId),
  );
  return { items, total: items.length, warnings, units: [...units.values()] };
}
