import { dossierActive, type DossierStatus } from '../../../domain/commendation/dossier';
import {
  collectiveShareWarning,
  duplicateProposals,
  flagsOverBlocQuota,
  hasMemberShare,
  isBlocFlag,
  type RoundProposal,
  type RoundWarning,
} from '../../../domain/commendation/round-checks';
import type { Ctx } from '../../lib/context';
import { checkBatch } from '../eligibility';
import { loadLegalSettings } from '../settings';
import { presentNomination, type NominationView } from './nominations.core';
import { scopesFor } from './nominations.policy';
import * as repo from './nominations.repo';
import type { RoundNominations } from './nominations.schemas';
import { evaluationYearOf } from './nominations.shared';
import { loadRound } from './rounds.service';

/** At most this many collectives get their ratios computed per listing (each is one batch check). */
const MAX_RATIO_CHECKS = 50;

const proposal = (n: NominationView): RoundProposal => ({
  id: n.id,
  subject: n.subject,
  awardCode: n.awardCode,
  proposingUnitId: n.proposingUnit.id,
});

/** The blocs of the collectives proposed for a flag, then the domain's per-bloc quota. */
async function flagsPerBloc(ctx: Ctx, items: RoundProposal[], year: number, perBloc: number) {
  const flags = items.filter((n) => n.subject.type === 'collective' && isBlocFlag(n.awardCode));
  if (flags.length <= perBloc) return [];
  const memberships = await repo.blocsOfUnits(
    ctx.db,
    ctx.actor.tenantId,
    flags.map((n) => n.subject.id),
    year,
  );
  return flagsOverBlocQuota(flags, memberships, perBloc);
}

/** The members of each collective proposed for a title with a member share (the batch eligibility check). */
async function collectiveRatios(ctx: Ctx, items: RoundProposal[], year: number, percent: number) {
  const collectives = items.filter((n) => n.subject.type === 'collective' && hasMemberShare(n.awardCode));
  const out: RoundWarning[] = [];
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
    const warning = facts && collectiveShareWarning(n, facts, items, percent);
    if (warning) out.push(warning);
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
  const active = all.filter((n) => dossierActive(n.status)).map(proposal);
  const year = evaluationYearOf(ctx, round.round);
  const legal = await loadLegalSettings(ctx.db, ctx.actor.tenantId);
  const warnings = [
    ...duplicateProposals(active),
    ...(await flagsPerBloc(ctx, active, year, legal.flagsPerBloc)),
    ...(await collectiveRatios(ctx, active, year, legal.memberTitleSharePercent)),
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
