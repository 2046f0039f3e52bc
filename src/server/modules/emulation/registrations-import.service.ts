import {
  isBlankRegistrationRow,
  parseRegistrationRow,
  type RegistrationRow,
} from '../../../domain/emulation/registration';
import { checkYear } from '../../../domain/awards/ledger';
import { formatDmyDate } from '../../../domain/people/person-row';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import { writeAudit } from '../../lib/audit.repo';
import { type Ctx, inTransaction } from '../../lib/context';
import { AppError, badRequest } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { allows } from './emulation.policy';
import { inForceDuring, requireUnit, uniqueAs409 } from './emulation.shared';
import { buildRegistrationTemplate, type PrefilledRow, readRegistrationRows } from './registrations-excel';
import * as lookups from './registrations-import.repo';
import * as repo from './registrations.repo';
import type { ImportResult } from './registrations.schemas';
import { vietnamDate } from '../../../domain/calendar';

type Unit = Awaited<ReturnType<typeof lookups.findUnitsByCodesOrNames>>[number];
type Person = lookups.ImportPerson;

interface Resolved {
  row: number;
  subject: 'collective' | 'individual';
  unitId: string;
  orgUnitId: string | null;
  personId: string | null;
  titleCode: string;
  note: string | null;
  key: string;
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string | null) => {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k !== null) out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
};

/** The units and people the rows may name, indexed once (a file has thousands of rows). */
interface Candidates {
  unitsByCode: Map<string, Unit[]>;
  unitsByName: Map<string, Unit[]>;
  peopleById: Map<string, Person>;
  peopleByCode: Map<string, Person>;
  peopleByUnitAndName: Map<string, Person[]>;
}

function indexCandidates(units: readonly Unit[], people: readonly Person[]): Candidates {
  return {
    unitsByCode: groupBy(units, (u) => u.code),
    unitsByName: groupBy(units, (u) => u.searchText),
    peopleById: new Map(people.map((p) => [p.id, p])),
    peopleByCode: new Map(people.flatMap((p) => (p.externalCode ? [[p.externalCode, p]] : []))),
    peopleByUnitAndName: groupBy(people, (p) =>
      p.unitId ? `${p.unitId}|${foldVietnamese(p.fullName)}` : null,
    ),
  };
}

/** The one unit a row names (code, else folded name), preferring units in force in the year. */
function matchUnit(c: Candidates, row: RegistrationRow, year: number): Unit | string {
  const named =
    (row.unitCode
      ? c.unitsByCode.get(row.unitCode)
      : c.unitsByName.get(foldVietnamese(row.unitName ?? ''))) ?? [];
  const inYear = named.filter((u) => inForceDuring(u, year));
  const found = inYear.length ? inYear : named;
  const what = row.unitCode ? `mã ${row.unitCode}` : `tên "${row.unitName}"`;
  if (found.length === 0) return `Không tìm thấy đơn vị có ${what}`;
  if (found.length > 1) return `Có ${found.length} đơn vị có ${what}; hãy ghi mã đơn vị`;
  return found[0]!;
}

function matchPerson(c: Candidates, row: RegistrationRow, year: number): Person | string {
  if (row.personId) return c.peopleById.get(row.personId) ?? 'Không tìm thấy người có mã hệ thống này';
  if (row.personCode)
    return c.peopleByCode.get(row.personCode) ?? `Không tìm thấy người có mã cán bộ ${row.personCode}`;
  if (!row.unitCode && !row.unitName)
    return 'Cá nhân: ghi mã cán bộ, hoặc họ và tên kèm mã (hoặc tên) đơn vị';
  const unit = matchUnit(c, row, year);
  if (typeof unit === 'string') return unit;
  const namesakes = c.peopleByUnitAndName.get(`${unit.id}|${foldVietnamese(row.fullName ?? '')}`) ?? [];
  const found = namesakes.filter((p) => row.birthDate === null || p.birthDate === row.birthDate);
  if (found.length === 0)
    return `Không tìm thấy "${row.fullName}"${row.birthDate ? ` sinh ngày ${formatDmyDate(row.birthDate)}` : ''} thuộc ${unit.name}`;
  if (found.length > 1)
    return `Có ${found.length} người tên "${row.fullName}" thuộc ${unit.name}; hãy ghi ngày sinh hoặc mã cán bộ`;
  return found[0]!;
}

async function loadCandidates(ctx: Ctx, rows: readonly RegistrationRow[]): Promise<Candidates> {
  const tenantId = ctx.actor.tenantId;
  const unitSides = rows.filter((r) => r.subject === 'collective' || (!r.personId && !r.personCode));
  const units = await lookups.findUnitsByCodesOrNames(
    ctx.db,
    tenantId,
    [...new Set(unitSides.flatMap((r) => (r.unitCode ? [r.unitCode] : [])))],
    [...new Set(unitSides.flatMap((r) => (!r.unitCode && r.unitName ? [foldVietnamese(r.unitName)] : [])))],
  );
  const individuals = rows.filter((r) => r.subject === 'individual');
  const people = await lookups.findPeopleForImport(ctx.db, tenantId, {
    ids: [...new Set(individuals.flatMap((r) => (r.personId ? [r.personId] : [])))],
    codes: [...new Set(individuals.flatMap((r) => (!r.personId && r.personCode ? [r.personCode] : [])))],
    unitIds: individuals.some((r) => !r.personId && !r.personCode) ? units.map((u) => u.id) : [],
  });
  return indexCandidates(units, people);
}

/** Resolves a row to its subject and checks the actor may register it; or the row's problems. */
function resolveRow(
  ctx: Ctx,
  row: RegistrationRow,
  candidates: Candidates,
  year: number,
): Omit<Resolved, 'row'> | string {
  let unitId: string;
  let unitPath: string;
  let subjectId: string;
  if (row.subject === 'collective') {
    const unit = matchUnit(candidates, row, year);
    if (typeof unit === 'string') return unit;
    if (!inForceDuring(unit, year)) return `Đơn vị "${unit.name}" không có hiệu lực trong năm ${year}`;
    [unitId, unitPath, subjectId] = [unit.id, unit.path, unit.id];
  } else {
    const person = matchPerson(candidates, row, year);
    if (typeof person === 'string') return person;
    if (!person.unitId || !person.unitPath) return `${person.fullName} chưa thuộc đơn vị nào`;
    [unitId, unitPath, subjectId] = [person.unitId, person.unitPath, person.id];
  }
  if (!allows(ctx, 'emulation.read', unitPath))
    return row.subject === 'collective' ? 'Không tìm thấy đơn vị' : 'Không tìm thấy người';
  if (!allows(ctx, 'emulation.register', unitPath))
    return 'Đơn vị này nằm ngoài phạm vi bạn được đăng ký thi đua';
  return {
    subject: row.subject,
    unitId,
    orgUnitId: row.subject === 'collective' ? subjectId : null,
    personId: row.subject === 'individual' ? subjectId : null,
    titleCode: row.titleCode,
    note: row.note,
    key: row.subject === 'collective' ? `c|${subjectId}|${row.titleCode}` : `i|${subjectId}`,
  };
}

/**
 * Imports a year's registrations from the template, synchronously (up to 5,000 rows). Valid rows are
 * written (new ones created, a person's changed title replaced and re-dated, identical ones left as they
 * are); faulty rows are reported by their Excel row number with Vietnamese messages and not written.
 */
/** Imports an uploaded sheet (a file saved by lib/uploads.ts, read on the sheet worker). */
export async function importRegistrations(ctx: Ctx, year: number, filePath: string): Promise<ImportResult> {
  const yearProblem = checkYear('year', year, vietnamDate(ctx.now))[0];
  if (yearProblem) throw badRequest(`Năm đăng ký không hợp lệ: ${yearProblem.message}.`);
  const raw = (await readRegistrationRows(filePath)).filter((r) => !isBlankRegistrationRow(r.input));
  if (raw.length === 0) throw badRequest('Tệp không có dòng dữ liệu nào.');
  const errors: ImportResult['errors'] = [];
  const parsed: { row: number; value: RegistrationRow }[] = [];
  for (const r of raw) {
    const p = parseRegistrationRow(r.input);
    if (p.ok) parsed.push({ row: r.row, value: p.row });
    else errors.push({ row: r.row, messages: p.errors });
  }
  const candidates = await loadCandidates(
    ctx,
    parsed.map((p) => p.value),
  );
  const resolved: Resolved[] = [];
  const firstRowOf = new Map<string, number>();
  for (const p of parsed) {
    const r = resolveRow(ctx, p.value, candidates, year);
    if (typeof r === 'string') {
      errors.push({ row: p.row, messages: [`${r}.`] });
      continue;
    }
    const earlier = firstRowOf.get(r.key);
    if (earlier !== undefined) {
      errors.push({
        row: p.row,
        messages: [
          `Trùng với dòng ${earlier} (cùng đối tượng${r.subject === 'collective' ? ', cùng danh hiệu' : ''}).`,
        ],
      });
      continue;
    }
    firstRowOf.set(r.key, p.row);
    resolved.push({ row: p.row, ...r });
  }
  errors.sort((a, b) => a.row - b.row);
  const counts = await writeResolved(ctx, year, resolved);
  return { year, ...counts, rejected: errors.length, errors };
}

async function writeResolved(ctx: Ctx, year: number, resolved: readonly Resolved[]) {
  const tenantId = ctx.actor.tenantId;
  const today = vietnamDate(ctx.now);
  return uniqueAs409('Một số đăng ký vừa được người khác ghi cùng lúc; hãy nhập lại tệp.', () =>
    inTransaction(ctx, async (tx) => {
      const existing = await repo.findExisting(tx, tenantId, year, {
        orgUnitIds: resolved.flatMap((r) => (r.orgUnitId ? [r.orgUnitId] : [])),
        personIds: resolved.flatMap((r) => (r.personId ? [r.personId] : [])),
      });
      const byKey = new Map(
        existing.map((e) => [
          e.subjectType === 'collective' ? `c|${e.orgUnitId}|${e.titleCode}` : `i|${e.personId}`,
          e,
        ]),
      );
      const created: repo.NewRegistrationRow[] = [];
      let updated = 0;
      let unchanged = 0;
      for (const r of resolved) {
        const before = byKey.get(r.key);
        if (!before) {
          created.push({
            id: newId(),
            tenantId,
            year,
            subjectType: r.subject,
            unitId: r.unitId,
            orgUnitId: r.orgUnitId,
            personId: r.personId,
            titleCode: r.titleCode,
            registeredOn: today,
            note: r.note,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          });
        } else if (before.titleCode !== r.titleCode || (r.note !== null && r.note !== before.note)) {
          const retitled = before.titleCode !== r.titleCode;
          await repo.updateRegistration(tx, tenantId, before.id, {
            ...(retitled ? { titleCode: r.titleCode, registeredOn: today } : {}),
            ...(r.note !== null ? { note: r.note } : {}),
            updatedAt: ctx.now,
          });
          updated++;
        } else unchanged++;
      }
      await repo.insertRegistrations(tx, created);
      if (created.length || updated)
        await writeAudit(tx, ctx, {
          action: 'import',
          entityType: 'emulation_registration',
          entityId: null,
          summary: `Nhập đăng ký thi đua năm ${year} từ Excel: ${created.length} mới, ${updated} cập nhật, ${unchanged} không đổi`,
          after: { year, created: created.length, updated, unchanged },
        });
      return { created: created.length, updated, unchanged };
    }),
  );
}

const PREFILL_LIMIT = 5000;

/** The template, pre-filled with the unit (as a collective) and its people when a unit is given. */
export async function getRegistrationTemplate(
  ctx: Ctx,
  year: number | undefined,
  unitId: string | undefined,
) {
  const rows: PrefilledRow[] = [];
  if (unitId) {
    const unit = await requireUnit(ctx, unitId);
    if (!allows(ctx, 'emulation.register', unit.path))
      throw new AppError('FORBIDDEN', 'Đơn vị này nằm ngoài phạm vi bạn được đăng ký thi đua.');
    rows.push({ subject: 'collective', unitCode: unit.code, unitName: unit.name });
    if (allows(ctx, 'people.read', unit.path)) {
      const people = await lookups.listPeopleOfSubtree(ctx.db, ctx.actor.tenantId, unit.path, PREFILL_LIMIT);
      for (const p of people)
        rows.push({
          subject: 'individual',
          unitCode: p.unitCode,
          unitName: p.unitName,
          personCode: p.externalCode,
          fullName: p.fullName,
          birthDate: p.birthDate,
          personId: p.id,
        });
    }
  }
  const body = await buildRegistrationTemplate(year, rows);
  const name = `mau-dang-ky-thi-dua${year ? `-${year}` : ''}.xlsx`;
  return { filename: name, body };
}
