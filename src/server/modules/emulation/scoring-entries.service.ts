import { createHash } from 'node:crypto';
import type { ScoringFlowState } from '../../../domain/scoring/flow';
import { percentLabel, percentOfPlan } from '../../../domain/scoring/rollup';
import type { ScoringItem, ScoringTable } from '../../../domain/scoring/types';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction, type Tx } from '../../lib/context';
import { AppError, badRequest, forbidden, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { attachmentFileName, inspectAttachment } from './attachments';
import { invalidTransition } from './emulation.shared';
import {
  assertOrganiser,
  assertWrite,
  loadScoringBloc,
  mayCrossCheck,
  maySelfScore,
  requireMember,
  type ScoringBloc,
} from './scoring-access';
import * as repo from './scoring-tables.repo';
import type { Entries, ResultsPut, TargetsPut } from './scoring-tables.schemas';
import { lockOrCreateYear } from './scoring-tables.service';

/**
 * Members' targets (plan) and results (actual, achieved, count) with evidence, and the cross-check trail
 * (issue 5 item 4). % of plan is returned with every figure ("không có kế hoạch" when the plan is 0).
 */

const FIELDS = ['plan', 'actual', 'achieved', 'count'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_LABELS: Record<Field, string> = {
  plan: 'kế hoạch',
  actual: 'thực hiện',
  achieved: 'đạt/không đạt',
  count: 'số trường hợp',
};

const presentEvidence = (e: Omit<repo.EvidenceMetaRow, 'entryId'>) => ({
  id: e.id,
  fileName: e.fileName,
  mediaType: e.mediaType,
  sizeBytes: e.sizeBytes,
  sha256: e.sha256,
  createdAt: e.createdAt.toISOString(),
});

const itemsOf = (table: ScoringTable) => table.groups.flatMap((g) => g.items);

/** The year's table (409 without one) and its items by code. */
async function currentTable(tx: Tx | Ctx['db'], tenantId: string, tableId: string | null) {
  const table = tableId ? await repo.findTable(tx, tenantId, tableId) : undefined;
  if (!table) throw invalidTransition('Năm này chưa có bảng chấm điểm: hãy nhập bảng chấm điểm trước');
  return { table, items: new Map(itemsOf(table.definition).map((i) => [i.code, i])) };
}

function unknownItem(code: string, at: string): never {
  throw new AppError('VALIDATION_ERROR', `Chỉ tiêu “${code}” không có trong bảng chấm điểm của năm.`, [
    { path: at, message: `Chỉ tiêu “${code}” không có trong bảng chấm điểm của năm.` },
  ]);
}

export async function listEntries(ctx: Ctx, blocId: string, year: number, unitId?: string): Promise<Entries> {
  const s = await loadScoringBloc(ctx, blocId, year);
  if (unitId) requireMember(s, unitId);
  const tenantId = ctx.actor.tenantId;
  const state = await repo.findYear(ctx.db, tenantId, blocId, year);
  const table = state?.tableId ? await repo.findTable(ctx.db, tenantId, state.tableId) : undefined;
  const rows = await repo.listEntries(ctx.db, tenantId, blocId, year, unitId);
  const ids = rows.map((r) => r.id);
  const [evidence, adjustments, versions] = await Promise.all([
    repo.listEvidence(ctx.db, tenantId, ids),
    repo.listAdjustments(ctx.db, tenantId, ids),
    repo.listTableVersions(ctx.db, tenantId, blocId, year),
  ]);
  const versionNo = new Map(versions.map((v) => [v.id, v.versionNo]));
  const byEntry = <T extends { entryId: string }>(list: T[]) => {
    const out = new Map<string, T[]>();
    for (const x of list) out.set(x.entryId, [...(out.get(x.entryId) ?? []), x]);
    return out;
  };
  const files = byEntry(evidence);
  const trail = byEntry(adjustments);
  const entryOf = new Map(rows.map((r) => [`${r.unitId}|${r.itemCode}`, r]));
  const items: ScoringItem[] = table ? itemsOf(table.definition) : [];
  const members = s.members.filter((m) => !unitId || m.id === unitId);
  return {
    blocId,
    year,
    status: state?.status ?? 'draft',
    members: members.map((m) => ({
      unit: { id: m.id, name: m.name },
      entries: items.map((item) => {
        const e = entryOf.get(`${m.id}|${item.code}`);
        return {
          itemCode: item.code,
          plan: e?.plan ?? null,
          actual: e?.actual ?? null,
          achieved: e?.achieved ?? null,
          count: e?.count ?? null,
          percentOfPlan: percentOfPlan(e?.plan, e?.actual),
          percentLabel: percentLabel(e?.plan, e?.actual),
          note: e?.note ?? null,
          tableVersionNo: e ? (versionNo.get(e.tableId) ?? null) : null,
          evidenceRequired: item.evidenceRequired === true,
          evidence: (e ? (files.get(e.id) ?? []) : []).map(presentEvidence),
          adjustments: (e ? (trail.get(e.id) ?? []) : []).map((a) => ({
            field: a.field,
            before: a.before ?? null,
            after: a.after ?? null,
            reason: a.reason,
            by: a.actorLabel,
            at: a.createdAt.toISOString(),
          })),
          version: e?.version ?? 0,
        };
      }),
    })),
  };
}

const blankEntry = (
  ctx: Ctx,
  blocId: string,
  year: number,
  unitId: string,
  itemCode: string,
  tableId: string,
) => ({
  id: newId(),
  tenantId: ctx.actor.tenantId,
  blocId,
  year,
  unitId,
  itemCode,
  tableId,
  plan: null as number | null,
  actual: null as number | null,
  achieved: null as boolean | null,
  count: null as number | null,
  note: null as string | null,
  enteredByLabel: ctx.actor.label,
  createdAt: ctx.now,
  updatedAt: ctx.now,
});

/** Sets members' plans (the agreement's targets); organiser only, before cross-checking. */
export async function setTargets(ctx: Ctx, blocId: string, year: number, input: TargetsPut) {
  const s = await loadScoringBloc(ctx, blocId, year);
  assertOrganiser(ctx, s);
  input.targets.forEach((t, i) => {
    if (!s.members.some((m) => m.id === t.unitId))
      throw badRequest(`Dòng ${i + 1}: đơn vị không phải thành viên của khối năm ${year}.`, [
        { path: `body.targets.${i}.unitId`, message: 'Đơn vị không phải thành viên của khối trong năm này.' },
      ]);
  });
  const tenantId = ctx.actor.tenantId;
  await inTransaction(ctx, async (tx) => {
    const state = await lockOrCreateYear(tx, ctx, blocId, year);
    assertWrite(state.status, 'targets');
    const { table, items } = await currentTable(tx, tenantId, state.tableId);
    input.targets.forEach(
      (t, i) => items.has(t.itemCode) || unknownItem(t.itemCode, `body.targets.${i}.itemCode`),
    );
    const existing = new Map(
      (await repo.listEntries(tx, tenantId, blocId, year)).map((e) => [`${e.unitId}|${e.itemCode}`, e]),
    );
    const rows = input.targets.map((t) => {
      const e = existing.get(`${t.unitId}|${t.itemCode}`);
      const base = e ?? blankEntry(ctx, blocId, year, t.unitId, t.itemCode, table.id);
      return {
        ...base,
        tableId: table.id,
        plan: t.plan ?? null,
        enteredByLabel: ctx.actor.label,
        updatedAt: ctx.now,
      };
    });
    await repo.upsertEntries(tx, rows);
    await repo.markTableUsed(tx, tenantId, table.id, ctx.now);
    await writeAudit(tx, ctx, {
      action: 'set_scoring_targets',
      entityType: 'emulation_bloc',
      entityId: blocId,
      summary: `Giao chỉ tiêu kế hoạch ${s.bloc.name} năm ${year}: ${rows.length} chỉ tiêu`,
      after: { year, targets: input.targets },
    });
  });
  return listEntries(ctx, blocId, year);
}

/** Whether the actor may write a member's figures in this state (self-scoring or cross-checking). */
function assertMayEnter(
  ctx: Ctx,
  s: ScoringBloc,
  status: ScoringFlowState,
  unitId: string,
  write: 'results' | 'evidence',
) {
  if (status === 'cross_checking') {
    if (!mayCrossCheck(ctx, s))
      throw forbidden('Đang chấm chéo: chỉ Trưởng khối, Phó khối hoặc đơn vị tổ chức được sửa số liệu.');
    return;
  }
  assertWrite(status, write === 'evidence' ? 'evidence' : 'self_score');
  if (!maySelfScore(ctx, s, unitId))
    throw forbidden('Bạn chỉ được tự chấm (nhập kết quả, minh chứng) cho đơn vị của mình.');
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/**
 * A member's results: self-scoring by its own officer, or corrections while cross-checking — then any
 * changed figure needs a reason, and the original value, the new one, the reason and who are kept.
 */
export async function saveResults(ctx: Ctx, blocId: string, year: number, unitId: string, input: ResultsPut) {
  const s = await loadScoringBloc(ctx, blocId, year);
  requireMember(s, unitId);
  const tenantId = ctx.actor.tenantId;
  await inTransaction(ctx, async (tx) => {
    const state = await repo.lockYear(tx, tenantId, blocId, year);
    if (!state) throw invalidTransition('Năm này chưa có bảng chấm điểm: hãy nhập bảng chấm điểm trước');
    assertMayEnter(ctx, s, state.status, unitId, 'results');
    const { table, items } = await currentTable(tx, tenantId, state.tableId);
    input.results.forEach(
      (r, i) => items.has(r.itemCode) || unknownItem(r.itemCode, `body.results.${i}.itemCode`),
    );
    const existing = new Map(
      (await repo.listEntries(tx, tenantId, blocId, year, unitId)).map((e) => [e.itemCode, e]),
    );
    const crossCheck = state.status === 'cross_checking';
    const reason = input.reason?.trim() ?? '';
    const changes: {
      entryId: string;
      field: Field;
      before: number | boolean | null;
      after: number | boolean | null;
    }[] = [];
    const rows = input.results.map((r) => {
      const e = existing.get(r.itemCode) ?? blankEntry(ctx, blocId, year, unitId, r.itemCode, table.id);
      const next = { ...e, tableId: table.id, enteredByLabel: ctx.actor.label, updatedAt: ctx.now };
      for (const field of FIELDS) {
        if (field === 'plan' || !(field in r) || r[field] === undefined) continue;
        const value = r[field] ?? null;
        if (!same(e[field], value))
          changes.push({ entryId: e.id, field, before: e[field] ?? null, after: value });
        (next as Record<Field, unknown>)[field] = value;
      }
      if (r.note !== undefined) next.note = r.note || null;
      return next;
    });
    if (crossCheck && changes.length && !reason)
      throw badRequest(
        `Chấm chéo có thay đổi số liệu (${changes.map((c) => `${rows.find((r) => r.id === c.entryId)?.itemCode}: ${FIELD_LABELS[c.field]}`).join('; ')}): cần ghi lý do.`,
        [{ path: 'body.reason', message: 'Cần ghi lý do thay đổi số liệu khi chấm chéo.' }],
      );
    await repo.upsertEntries(tx, rows);
    await repo.markTableUsed(tx, tenantId, table.id, ctx.now);
    if (crossCheck)
      await repo.insertAdjustments(
        tx,
        changes.map((c) => ({
          id: newId(),
          tenantId,
          entryId: c.entryId,
          field: c.field,
          before: c.before,
          after: c.after,
          reason,
          actorUserId: ctx.actor.userId,
          actorLabel: ctx.actor.label,
          createdAt: ctx.now,
        })),
      );
    const unit = s.members.find((m) => m.id === unitId)!;
    await writeAudit(tx, ctx, {
      action: crossCheck ? 'cross_check_results' : 'self_score_results',
      entityType: 'emulation_bloc',
      entityId: blocId,
      summary: `${crossCheck ? 'Chấm chéo' : 'Tự chấm'} ${unit.name} (${s.bloc.name} năm ${year}): ${changes.length} thay đổi`,
      after: { year, unitId, changes, reason: reason || null },
    });
  });
  return listEntries(ctx, blocId, year, unitId);
}

/** Stores an evidence file for a member's item (type from the content, at most 10 MB). */
export async function addEvidence(
  ctx: Ctx,
  blocId: string,
  year: number,
  unitId: string,
  itemCode: string,
  file: Buffer,
  givenName: string | undefined,
) {
  const s = await loadScoringBloc(ctx, blocId, year);
  requireMember(s, unitId);
  const type = await inspectAttachment(file);
  const tenantId = ctx.actor.tenantId;
  const row = {
    id: newId(),
    tenantId,
    entryId: '',
    fileName: attachmentFileName(givenName, type),
    mediaType: type.mediaType,
    sizeBytes: file.length,
    sha256: createHash('sha256').update(file).digest('hex'),
    content: file,
    createdAt: ctx.now,
  };
  await inTransaction(ctx, async (tx) => {
    const state = await repo.lockYear(tx, tenantId, blocId, year);
    if (!state) throw invalidTransition('Năm này chưa có bảng chấm điểm: hãy nhập bảng chấm điểm trước');
    assertMayEnter(ctx, s, state.status, unitId, 'evidence');
    const { table, items } = await currentTable(tx, tenantId, state.tableId);
    if (!items.has(itemCode)) unknownItem(itemCode, 'params.itemCode');
    let entry = (await repo.listEntries(tx, tenantId, blocId, year, unitId)).find(
      (e) => e.itemCode === itemCode,
    );
    if (!entry) {
      await repo.upsertEntries(tx, [blankEntry(ctx, blocId, year, unitId, itemCode, table.id)]);
      entry = (await repo.listEntries(tx, tenantId, blocId, year, unitId)).find(
        (e) => e.itemCode === itemCode,
      )!;
    }
    row.entryId = entry.id;
    await repo.insertEvidence(tx, row);
    const { content: _content, ...meta } = row;
    await writeAudit(tx, ctx, {
      action: 'attach_evidence',
      entityType: 'emulation_bloc',
      entityId: blocId,
      summary: `Minh chứng chỉ tiêu ${itemCode} (${s.bloc.name} năm ${year}): ${row.fileName}`,
      after: { year, unitId, itemCode, ...meta },
    });
  });
  return presentEvidence(row);
}

export async function getEvidenceFile(ctx: Ctx, id: string) {
  const meta = await repo.findEvidence(ctx.db, ctx.actor.tenantId, id);
  if (!meta) throw notFound('Tệp minh chứng');
  const body = await repo.readEvidenceContent(ctx.db, ctx.actor.tenantId, id);
  if (!body) throw notFound('Tệp minh chứng');
  return { fileName: meta.fileName, mediaType: meta.mediaType, body };
}

export async function deleteEvidence(ctx: Ctx, id: string) {
  const tenantId = ctx.actor.tenantId;
  const meta = await repo.findEvidence(ctx.db, tenantId, id);
  if (!meta) throw notFound('Tệp minh chứng');
  const s = await loadScoringBloc(ctx, meta.blocId, meta.year);
  await inTransaction(ctx, async (tx) => {
    const state = await repo.lockYear(tx, tenantId, meta.blocId, meta.year);
    assertMayEnter(ctx, s, state?.status ?? 'draft', meta.unitId, 'evidence');
    await repo.deleteEvidence(tx, tenantId, id);
    const { unitPath: _p, ...before } = meta;
    await writeAudit(tx, ctx, {
      action: 'delete_evidence',
      entityType: 'emulation_bloc',
      entityId: meta.blocId,
      summary: `Xoá minh chứng chỉ tiêu ${meta.itemCode}: ${meta.fileName}`,
      before,
    });
  });
}
