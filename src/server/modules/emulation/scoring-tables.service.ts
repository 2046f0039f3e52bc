import {
  actionNeedsReason,
  actionsFrom,
  nextScoringState,
  SCORING_FLOW_ACTION_LABELS,
  SCORING_FLOW_STATE_LABELS,
  type ScoringFlowAction,
} from '../../../domain/scoring/flow';
import type { ClassificationBand, ScoringItem, ScoringTable } from '../../../domain/scoring/types';
import { validateClassificationBands, validateScoringTable } from '../../../domain/scoring/validate';
import { writeAudit } from '../../lib/audit.repo';
import { AppError, forbidden, notFound, versionConflict } from '../../lib/errors';
import { type Ctx, inTransaction, type Tx } from '../../lib/context';
import { newId } from '../../lib/ids';
import { invalidTransition, uniqueAs409 } from './emulation.shared';
import {
  assertOrganiser,
  assertWrite,
  loadScoringBloc,
  mayCrossCheck,
  mayOrganise,
  maySelfScore,
  type ScoringBloc,
} from './scoring-access';
import { computeYears } from './scoring-compute.service';
import { buildScoringTemplate, readScoringSheet } from './scoring-excel';
import * as computeRepo from './scoring-compute.repo';
import * as repo from './scoring-tables.repo';
import type { ScoringYear, TablePut, Transition } from './scoring-tables.schemas';

/** A bloc year's scoring table versions and its flow (issue 5 item 4; law-reference §8.2). */

/** The zod output (nulls for absent optional fields) as the domain's table. */
export function toDomainTable(input: TablePut['table']): ScoringTable {
  return {
    groups: input.groups.map((g) => ({
      code: g.code,
      name: g.name,
      items: g.items.map((i): ScoringItem => ({
        code: i.code,
        name: i.name,
        maxPoints: i.maxPoints,
        direction: i.direction,
        method: i.method,
        ...(i.params ? { params: i.params } : {}),
        ...(i.unit ? { unit: i.unit } : {}),
        evidenceRequired: i.evidenceRequired === true,
      })),
    })),
  };
}

/** Problems of the domain's checks → 400 VALIDATION_ERROR with every { path, message }. */
export function assertValidTable(table: ScoringTable, bands: ClassificationBand[] | null) {
  const problems = [
    ...validateScoringTable(table, 'table'),
    ...(bands ? validateClassificationBands(bands, 'classificationBands') : []),
  ];
  if (problems.length)
    throw new AppError(
      'VALIDATION_ERROR',
      `Bảng chấm điểm không hợp lệ: ${problems[0]!.message}`,
      problems.map((p) => ({ path: p.path ? `body.${p.path}` : 'body', message: p.message })),
    );
}

const presentVersion = (t: repo.TableRow) => ({
  id: t.id,
  versionNo: t.versionNo,
  table: t.definition,
  classificationBands: t.classificationBands ?? null,
  note: t.note,
  used: t.usedAt !== null,
  createdAt: t.createdAt.toISOString(),
  createdBy: t.createdByLabel,
});

function permissions(ctx: Ctx, s: ScoringBloc) {
  return {
    organise: mayOrganise(ctx, s),
    selfScoreUnitIds: s.members.filter((m) => maySelfScore(ctx, s, m.id)).map((m) => m.id),
    crossCheck: mayCrossCheck(ctx, s),
  };
}

export async function getScoringYear(ctx: Ctx, blocId: string, year: number): Promise<ScoringYear> {
  const s = await loadScoringBloc(ctx, blocId, year);
  const tenantId = ctx.actor.tenantId;
  const state = await repo.findYear(ctx.db, tenantId, blocId, year);
  const [table, versions] = await Promise.all([
    state?.tableId ? repo.findTable(ctx.db, tenantId, state.tableId) : undefined,
    repo.listTableVersions(ctx.db, tenantId, blocId, year),
  ]);
  const status = state?.status ?? 'draft';
  return {
    blocId,
    year,
    status,
    statusLabel: SCORING_FLOW_STATE_LABELS[status],
    actions: actionsFrom(status).map((action) => ({
      action,
      label: SCORING_FLOW_ACTION_LABELS[action],
      needsReason: actionNeedsReason(action),
    })),
    version: state?.version ?? 0,
    table: table ? presentVersion(table) : null,
    versions: versions.map((v) => ({
      id: v.id,
      versionNo: v.versionNo,
      note: v.note,
      used: v.usedAt !== null,
      createdAt: v.createdAt.toISOString(),
    })),
    computedAt: state?.computedAt?.toISOString() ?? null,
    publishedAt: state?.publishedAt?.toISOString() ?? null,
    permissions: permissions(ctx, s),
  };
}

export async function getTableVersion(ctx: Ctx, blocId: string, year: number, versionNo: number) {
  await loadScoringBloc(ctx, blocId, year);
  const row = await repo.findTableVersion(ctx.db, ctx.actor.tenantId, blocId, year, versionNo);
  if (!row) throw notFound('Phiên bản bảng chấm điểm');
  return presentVersion(row);
}

/** The year's row, created (draft) on first use, locked for the transaction. */
export async function lockOrCreateYear(tx: Tx, ctx: Ctx, blocId: string, year: number) {
  const tenantId = ctx.actor.tenantId;
  const found = await repo.lockYear(tx, tenantId, blocId, year);
  if (found) return found;
  await repo.insertYear(tx, {
    id: newId(),
    tenantId,
    blocId,
    year,
    status: 'draft',
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  return (await repo.lockYear(tx, tenantId, blocId, year))!;
}

/**
 * Saves the year's table: the current version is replaced while unused; once used (values entered or
 * totals computed) it stays as it was and the table becomes a new version. Before the bloc confirms only.
 */
export async function saveScoringTable(ctx: Ctx, blocId: string, year: number, input: TablePut) {
  const s = await loadScoringBloc(ctx, blocId, year);
  assertOrganiser(ctx, s);
  const table = toDomainTable(input.table);
  const bands = input.classificationBands?.length ? input.classificationBands : null;
  assertValidTable(table, bands);
  const tenantId = ctx.actor.tenantId;
  await uniqueAs409('Bảng chấm điểm vừa được người khác sửa; hãy tải lại.', () =>
    inTransaction(ctx, async (tx) => {
      const state = await lockOrCreateYear(tx, ctx, blocId, year);
      assertWrite(state.status, 'table');
      const current = state.tableId ? await repo.findTable(tx, tenantId, state.tableId) : undefined;
      const values = {
        definition: table,
        classificationBands: bands,
        note: input.note || null,
        createdByLabel: ctx.actor.label,
        updatedAt: ctx.now,
      };
      let tableId = current?.id;
      let versionNo = current?.versionNo ?? 0;
      if (
        !current ||
        current.usedAt !== null ||
        !(await repo.replaceUnusedTable(tx, tenantId, current.id, values))
      ) {
        const latest = await repo.listTableVersions(tx, tenantId, blocId, year);
        versionNo = (latest[0]?.versionNo ?? 0) + 1;
        tableId = newId();
        await repo.insertTable(tx, {
          id: tableId,
          tenantId,
          blocId,
          year,
          versionNo,
          ...values,
          createdAt: ctx.now,
        });
      }
      if (
        tableId !== state.tableId &&
        !(await repo.updateYear(tx, tenantId, state.id, state.version, { tableId, updatedAt: ctx.now }))
      )
        throw versionConflict();
      await writeAudit(tx, ctx, {
        action: 'save_scoring_table',
        entityType: 'emulation_bloc',
        entityId: blocId,
        summary: `Bảng chấm điểm ${s.bloc.name} năm ${year}: phiên bản ${versionNo}`,
        before: current ? { versionNo: current.versionNo, definition: current.definition } : null,
        after: { year, versionNo, ...values },
      });
    }),
  );
  return getScoringYear(ctx, blocId, year);
}

/** Who may take a flow action: opening, publishing and reopening are the organiser's; the rest also the head's and deputy's. */
function assertMayAct(ctx: Ctx, s: ScoringBloc, action: ScoringFlowAction) {
  const organiserOnly: ScoringFlowAction[] = ['open_self_scoring', 'publish', 'reopen'];
  if (organiserOnly.includes(action)) return assertOrganiser(ctx, s);
  if (!mayCrossCheck(ctx, s))
    throw forbidden('Chỉ đơn vị tổ chức, Trưởng khối hoặc Phó khối mới được thực hiện thao tác này.');
}

/** A step of the flow; publishing recomputes first so the published totals are the stored ones. */
export async function transitionScoring(ctx: Ctx, blocId: string, year: number, input: Transition) {
  const s = await loadScoringBloc(ctx, blocId, year);
  assertMayAct(ctx, s, input.action);
  const tenantId = ctx.actor.tenantId;
  await inTransaction(ctx, async (tx) => {
    const state = await repo.lockYear(tx, tenantId, blocId, year);
    if (!state) throw invalidTransition('Năm này chưa có bảng chấm điểm: hãy nhập bảng chấm điểm trước');
    if (state.version !== input.version) throw versionConflict();
    const next = nextScoringState(state.status, input.action, {
      hasTable: state.tableId !== null,
      reason: input.reason ?? null,
    });
    if (!next.ok) throw invalidTransition(next.reason);
    if (input.action === 'publish') {
      const years = await computeRepo.loadComputeYears(tx, tenantId, year, [blocId]);
      await computeYears(tx, tenantId, year, years, ctx.now);
    }
    const changes = {
      status: next.state,
      updatedAt: ctx.now,
      ...(input.action === 'publish' ? { publishedAt: ctx.now } : {}),
      ...(input.action === 'reopen' ? { publishedAt: null } : {}),
    };
    if (!(await repo.updateYear(tx, tenantId, state.id, state.version, changes))) throw versionConflict();
    await writeAudit(tx, ctx, {
      action: `scoring_${input.action}`,
      entityType: 'emulation_bloc',
      entityId: blocId,
      summary: `${SCORING_FLOW_ACTION_LABELS[input.action]}: ${s.bloc.name} năm ${year}${input.reason ? ` — lý do: ${input.reason}` : ''}`,
      before: { year, status: state.status },
      after: { year, status: next.state, reason: input.reason ?? null },
    });
  });
  return getScoringYear(ctx, blocId, year);
}

/** The Excel template, prefilled with the year's current table. */
export async function scoringTemplate(ctx: Ctx, blocId: string, year: number) {
  await loadScoringBloc(ctx, blocId, year);
  const state = await repo.findYear(ctx.db, ctx.actor.tenantId, blocId, year);
  const table = state?.tableId ? await repo.findTable(ctx.db, ctx.actor.tenantId, state.tableId) : undefined;
  return buildScoringTemplate(table?.definition ?? null);
}

/** Imports the table from an uploaded sheet (read only once the actor may organise); bands are kept. */
export async function importScoringTable(ctx: Ctx, blocId: string, year: number, filePath: string) {
  assertOrganiser(ctx, await loadScoringBloc(ctx, blocId, year));
  const table = await readScoringSheet(filePath);
  const state = await repo.findYear(ctx.db, ctx.actor.tenantId, blocId, year);
  const current = state?.tableId
    ? await repo.findTable(ctx.db, ctx.actor.tenantId, state.tableId)
    : undefined;
  return saveScoringTable(ctx, blocId, year, {
    table,
    classificationBands: current?.classificationBands ?? null,
    note: 'Nhập từ tệp Excel',
  });
}
