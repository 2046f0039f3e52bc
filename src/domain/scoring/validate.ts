/**
 * Checks of a scoring table, of the members' reported values and of classification bands, before anything
 * is scored. Every problem has a dot path (relative to `{ table, members, bands }`, e.g.
 * `table.groups.0.items.2.maxPoints`) and a Vietnamese message naming the code involved. The checks are
 * defensive about runtime types so that tables imported from Excel can be checked with the same function.
 *
 * law-reference §8.2: the table is the bloc's own agreement (no national formula); these rules only make it
 * computable and unambiguous.
 */
import { formatFigure } from './format';
import {
  METHOD_PARAMS,
  SCORING_DIRECTIONS,
  SCORING_LIMITS,
  SCORING_METHODS,
  type ScoringMethod,
  type ScoringProblem,
  type ScoringTable,
} from './types';

/** At most this many problems are listed (the rest are counted in the last one). */
export const MAX_PROBLEMS = 100;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const quote = (s: string) => `“${s}”`;

class Problems {
  readonly list: ScoringProblem[] = [];
  private dropped = 0;
  add(path: string, message: string) {
    if (this.list.length < MAX_PROBLEMS) this.list.push({ path, message });
    else this.dropped++;
  }
  done(): ScoringProblem[] {
    if (this.dropped > 0)
      return [
        ...this.list,
        { path: '', message: `Còn ${this.dropped} lỗi khác chưa liệt kê; sửa các lỗi trên rồi gửi lại.` },
      ];
    return this.list;
  }
}

/** A code or name: a non-empty string within `max` characters. Returns the string when valid. */
function checkText(p: Problems, path: string, value: unknown, what: string, max: number, where: string) {
  if (typeof value !== 'string' || value.trim() === '') {
    p.add(path, `${where}${what} không được để trống.`);
    return undefined;
  }
  if (value.length > max) {
    p.add(path, `${where}${what} dài quá ${max} ký tự.`);
    return undefined;
  }
  return value;
}

/** A number of points: finite, ≥ 0 (or > 0 when `positive`), within the limit. */
function checkPoints(
  p: Problems,
  path: string,
  value: unknown,
  what: string,
  where: string,
  positive: boolean,
) {
  if (!isFiniteNumber(value)) {
    p.add(path, `${where}${what} phải là một số.`);
    return undefined;
  }
  if (value < 0) {
    p.add(path, `${where}${what} không được âm (đang là ${formatFigure(value)}).`);
    return undefined;
  }
  if (positive && value === 0) {
    p.add(path, `${where}${what} phải lớn hơn 0.`);
    return undefined;
  }
  if (value > SCORING_LIMITS.maxPoints) {
    p.add(path, `${where}${what} quá lớn (tối đa ${formatFigure(SCORING_LIMITS.maxPoints)}).`);
    return undefined;
  }
  return value;
}

/** Strictly increasing or strictly decreasing, never mixed (the order a bloc's table lists its levels). */
function monotonic(values: number[]): 'asc' | 'desc' | 'single' | null {
  if (values.length < 2) return 'single';
  const asc = values.every((v, i) => i === 0 || v > (values[i - 1] as number));
  if (asc) return 'asc';
  const desc = values.every((v, i) => i === 0 || v < (values[i - 1] as number));
  return desc ? 'desc' : null;
}

function checkBands(p: Problems, path: string, value: unknown, where: string) {
  if (!Array.isArray(value) || value.length === 0) {
    p.add(path, `${where}phương pháp “bands” cần ít nhất một mức { minRatio, points }.`);
    return;
  }
  if (value.length > SCORING_LIMITS.bands) {
    p.add(path, `${where}tối đa ${SCORING_LIMITS.bands} mức.`);
    return;
  }
  const ratios: number[] = [];
  const points: number[] = [];
  value.forEach((band: unknown, i) => {
    const at = `${path}.${i}`;
    if (!isObject(band)) {
      p.add(at, `${where}mức ${i + 1} phải có dạng { minRatio, points }.`);
      return;
    }
    const r = band.minRatio;
    if (!isFiniteNumber(r) || r < 0 || r > 1000)
      p.add(
        `${at}.minRatio`,
        `${where}mức ${i + 1}: tỷ lệ tối thiểu (minRatio) phải là số từ 0 đến 1000 (1 = 100% kế hoạch).`,
      );
    else ratios.push(r);
    const pts = checkPoints(p, `${at}.points`, band.points, `mức ${i + 1}: số điểm`, where, false);
    if (pts !== undefined) points.push(pts);
  });
  if (ratios.length !== value.length || points.length !== value.length) return;
  const order = monotonic(ratios);
  if (order === null) {
    p.add(
      path,
      `${where}các mức phải sắp theo tỷ lệ tăng dần hoặc giảm dần, không trùng, không xen kẽ (đang là ${ratios.map(formatFigure).join('; ')}).`,
    );
    return;
  }
  // Points must not fall as the ratio rises.
  const byRatio = ratios.map((r, i) => ({ r, pts: points[i] as number })).sort((a, b) => a.r - b.r);
  const falls = byRatio.findIndex((b, i) => i > 0 && b.pts < (byRatio[i - 1] as { pts: number }).pts);
  if (falls > 0)
    p.add(
      path,
      `${where}mức tỷ lệ cao hơn không được ít điểm hơn mức thấp hơn (mức ≥ ${formatFigure(byRatio[falls]!.r)} được ${formatFigure(byRatio[falls]!.pts)} điểm).`,
    );
}

function checkParams(
  p: Problems,
  path: string,
  method: ScoringMethod,
  params: unknown,
  maxPoints: number | undefined,
  where: string,
) {
  const needed = METHOD_PARAMS[method];
  if (params !== undefined && params !== null && !isObject(params)) {
    p.add(path, `${where}tham số (params) phải là một đối tượng.`);
    return;
  }
  const given = isObject(params) ? params : {};
  for (const key of Object.keys(given))
    if (!(needed as readonly string[]).includes(key))
      p.add(
        `${path}.${key}`,
        needed.length
          ? `${where}tham số “${key}” không dùng cho phương pháp “${method}” (chỉ dùng: ${needed.join(', ')}).`
          : `${where}phương pháp “${method}” không có tham số (bỏ “${key}”).`,
      );
  for (const key of needed)
    if (given[key] === undefined || given[key] === null)
      p.add(`${path}.${key}`, `${where}phương pháp “${method}” cần tham số “${key}”.`);
  if (method === 'bands' && given.bands !== undefined && given.bands !== null)
    checkBands(p, `${path}.bands`, given.bands, where);
  if (method === 'bonus' && given.perPercent !== undefined && given.perPercent !== null)
    checkPoints(
      p,
      `${path}.perPercent`,
      given.perPercent,
      'số điểm cho mỗi 1% vượt kế hoạch (perPercent)',
      where,
      true,
    );
  if (method === 'deduction' && given.perCount !== undefined && given.perCount !== null)
    checkPoints(p, `${path}.perCount`, given.perCount, 'số điểm trừ mỗi trường hợp (perCount)', where, true);
  if ((method === 'bonus' || method === 'deduction') && given.cap !== undefined && given.cap !== null) {
    const cap = checkPoints(p, `${path}.cap`, given.cap, 'mức trần (cap)', where, true);
    if (cap !== undefined && maxPoints !== undefined && cap > maxPoints)
      p.add(
        `${path}.cap`,
        `${where}mức trần (cap) ${formatFigure(cap)} vượt điểm tối đa ${formatFigure(maxPoints)} của chỉ tiêu.`,
      );
  }
}

/**
 * Problems of a scoring table: structure, unique codes (groups and items share one set of codes, so a code
 * names one row of the table), known methods and directions, points ≥ 0 (> 0 for fixed, proportional and
 * bands items), each method's params present and sane, bands ordered, caps within maxPoints, size limits.
 * Empty = the table can be scored.
 */
export function validateScoringTable(table: unknown, prefix = 'table'): ScoringProblem[] {
  const p = new Problems();
  checkTable(p, table, prefix);
  return p.done();
}

function checkTable(p: Problems, table: unknown, prefix: string) {
  if (!isObject(table) || !Array.isArray(table.groups)) {
    p.add(prefix, 'Bảng chấm điểm phải có danh sách nhóm tiêu chí (groups).');
    return;
  }
  const groups: unknown[] = table.groups;
  if (groups.length === 0) p.add(`${prefix}.groups`, 'Bảng chấm điểm phải có ít nhất một nhóm tiêu chí.');
  if (groups.length > SCORING_LIMITS.groups)
    p.add(`${prefix}.groups`, `Bảng chấm điểm có tối đa ${SCORING_LIMITS.groups} nhóm tiêu chí.`);
  const seen = new Map<string, string>();
  /** `label` says where a code is, for the message of a later duplicate ("nhóm 1", "chỉ tiêu 2 của nhóm 1"). */
  const claim = (code: string | undefined, path: string, where: string, label: string) => {
    if (code === undefined) return;
    const first = seen.get(code);
    if (first)
      p.add(
        path,
        `${where}mã ${quote(code)} bị trùng (đã dùng ở ${first}); mỗi mã chỉ dùng một lần trong bảng.`,
      );
    else seen.set(code, label);
  };
  let items = 0;
  groups.slice(0, SCORING_LIMITS.groups).forEach((group, g) => {
    const gp = `${prefix}.groups.${g}`;
    if (!isObject(group)) {
      p.add(gp, `Nhóm ${g + 1} phải có dạng { code, name, items }.`);
      return;
    }
    const gWhere = `Nhóm ${g + 1}: `;
    const gCode = checkText(p, `${gp}.code`, group.code, 'mã nhóm', SCORING_LIMITS.codeLength, gWhere);
    claim(gCode, `${gp}.code`, gWhere, `nhóm ${g + 1}`);
    const gName = gCode ? `Nhóm ${quote(gCode)}: ` : gWhere;
    checkText(p, `${gp}.name`, group.name, 'tên nhóm', SCORING_LIMITS.nameLength, gName);
    if (!Array.isArray(group.items) || group.items.length === 0) {
      p.add(`${gp}.items`, `${gName}phải có ít nhất một chỉ tiêu.`);
      return;
    }
    const list: unknown[] = group.items;
    items += list.length;
    if (items > SCORING_LIMITS.items) return;
    list.forEach((item, i) => {
      const ip = `${gp}.items.${i}`;
      if (!isObject(item)) {
        p.add(
          ip,
          `${gName}chỉ tiêu ${i + 1} phải có dạng { code, name, maxPoints, direction, method, params }.`,
        );
        return;
      }
      const code = checkText(
        p,
        `${ip}.code`,
        item.code,
        'mã chỉ tiêu',
        SCORING_LIMITS.codeLength,
        `${gName}chỉ tiêu ${i + 1}: `,
      );
      const where = code ? `Chỉ tiêu ${quote(code)}: ` : `${gName}chỉ tiêu ${i + 1}: `;
      claim(code, `${ip}.code`, where, `chỉ tiêu ${i + 1} của nhóm ${g + 1}`);
      checkText(p, `${ip}.name`, item.name, 'tên chỉ tiêu', SCORING_LIMITS.nameLength, where);
      const method = item.method;
      const knownMethod =
        typeof method === 'string' && (SCORING_METHODS as readonly string[]).includes(method);
      if (!knownMethod)
        p.add(
          `${ip}.method`,
          `${where}phương pháp chấm ${typeof method === 'string' ? quote(method) : ''} không hợp lệ; chọn một trong: ${SCORING_METHODS.join(', ')}.`.replace(
            '  ',
            ' ',
          ),
        );
      if (
        typeof item.direction !== 'string' ||
        !(SCORING_DIRECTIONS as readonly string[]).includes(item.direction)
      )
        p.add(
          `${ip}.direction`,
          `${where}chiều đánh giá (direction) phải là higher_better (càng cao càng tốt) hoặc lower_better (càng thấp càng tốt).`,
        );
      const base = knownMethod && ['fixed', 'proportional', 'bands'].includes(method);
      const maxPoints = checkPoints(p, `${ip}.maxPoints`, item.maxPoints, 'điểm tối đa', where, base);
      if (
        item.unit !== undefined &&
        item.unit !== null &&
        (typeof item.unit !== 'string' || item.unit.length > SCORING_LIMITS.unitLength)
      )
        p.add(`${ip}.unit`, `${where}đơn vị tính phải là chuỗi tối đa ${SCORING_LIMITS.unitLength} ký tự.`);
      if (
        item.evidenceRequired !== undefined &&
        item.evidenceRequired !== null &&
        typeof item.evidenceRequired !== 'boolean'
      )
        p.add(`${ip}.evidenceRequired`, `${where}“yêu cầu minh chứng” phải là true hoặc false.`);
      if (knownMethod) checkParams(p, `${ip}.params`, method as ScoringMethod, item.params, maxPoints, where);
    });
  });
  if (items > SCORING_LIMITS.items)
    p.add(
      `${prefix}.groups`,
      `Bảng chấm điểm có tối đa ${SCORING_LIMITS.items} chỉ tiêu (đang có ${items}).`,
    );
}

const VALUE_KEYS = new Set(['plan', 'actual', 'achieved', 'count']);

/** The item codes and group codes of a table (assumed valid). */
function codesOf(table: ScoringTable) {
  const items = new Set<string>();
  const groups = new Set<string>();
  for (const group of table.groups) {
    groups.add(group.code);
    for (const item of group.items) items.add(item.code);
  }
  return { items, groups };
}

/** What is wrong with a reported figure (null or undefined = not reported, fine), or null. */
function figureProblem(value: unknown, integer: boolean): string | null {
  if (value === undefined || value === null) return null;
  if (!isFiniteNumber(value)) return 'phải là một số.';
  if (value < 0) return `không được âm (đang là ${formatFigure(value)}).`;
  if (value > SCORING_LIMITS.maxFigure) return 'quá lớn.';
  if (integer && !Number.isInteger(value)) return 'phải là số nguyên.';
  return null;
}

/**
 * Problems of the members' values against a (valid) table: members listed once, values only for the table's
 * items (a group code or an unknown code is refused), figures non-negative, counts whole, `achieved` boolean.
 */
export function validateMembers(table: ScoringTable, members: unknown, prefix = 'members'): ScoringProblem[] {
  const p = new Problems();
  if (!Array.isArray(members)) {
    p.add(prefix, 'Danh sách thành viên (members) phải là một mảng.');
    return p.done();
  }
  if (members.length > SCORING_LIMITS.members) {
    p.add(prefix, `Tối đa ${SCORING_LIMITS.members} thành viên trong một lần chấm.`);
    return p.done();
  }
  const { items, groups } = codesOf(table);
  const ids = new Map<string, number>();
  members.forEach((member: unknown, m) => {
    const mp = `${prefix}.${m}`;
    if (!isObject(member)) {
      p.add(mp, `Thành viên ${m + 1} phải có dạng { id, name, values }.`);
      return;
    }
    const id = checkText(p, `${mp}.id`, member.id, 'mã thành viên (id)', 100, `Thành viên ${m + 1}: `);
    const where = id ? `Thành viên ${quote(id)}: ` : `Thành viên ${m + 1}: `;
    if (id !== undefined) {
      const first = ids.get(id);
      if (first !== undefined) p.add(`${mp}.id`, `${where}mã bị trùng với thành viên ${first + 1}.`);
      else ids.set(id, m);
    }
    if (member.name !== undefined && member.name !== null)
      checkText(p, `${mp}.name`, member.name, 'tên thành viên', SCORING_LIMITS.nameLength, where);
    if (member.values === undefined || member.values === null) return;
    if (!isObject(member.values)) {
      p.add(`${mp}.values`, `${where}số liệu (values) phải là đối tượng theo mã chỉ tiêu.`);
      return;
    }
    for (const [code, value] of Object.entries(member.values)) {
      if (!items.has(code)) {
        p.add(
          `${mp}.values.${code}`,
          groups.has(code)
            ? `${where}${quote(code)} là mã nhóm; số liệu nhập cho từng chỉ tiêu của nhóm.`
            : `${where}chỉ tiêu ${quote(code)} không có trong bảng chấm điểm.`,
        );
        continue;
      }
      if (value === undefined || value === null) continue;
      if (!isObject(value)) {
        p.add(
          `${mp}.values.${code}`,
          `${where}số liệu của chỉ tiêu ${quote(code)} phải có dạng { plan, actual, achieved, count }.`,
        );
        continue;
      }
      // Paths and messages are only built for a problem: this loop runs once per member and item (and no
      // closures here — tsx wraps every named function it creates).
      for (const key of Object.keys(value))
        if (!VALUE_KEYS.has(key))
          p.add(
            `${mp}.values.${code}.${key}`,
            `${where}chỉ tiêu ${quote(code)}: trường “${key}” không hợp lệ (dùng plan, actual, achieved, count).`,
          );
      const plan = figureProblem(value.plan, false);
      if (plan)
        p.add(`${mp}.values.${code}.plan`, `${where}chỉ tiêu ${quote(code)}: kế hoạch (plan) ${plan}`);
      const actual = figureProblem(value.actual, false);
      if (actual)
        p.add(`${mp}.values.${code}.actual`, `${where}chỉ tiêu ${quote(code)}: thực hiện (actual) ${actual}`);
      const count = figureProblem(value.count, true);
      if (count)
        p.add(
          `${mp}.values.${code}.count`,
          `${where}chỉ tiêu ${quote(code)}: số trường hợp (count) ${count}`,
        );
      if (value.achieved !== undefined && value.achieved !== null && typeof value.achieved !== 'boolean')
        p.add(
          `${mp}.values.${code}.achieved`,
          `${where}chỉ tiêu ${quote(code)}: “đạt” (achieved) phải là true hoặc false.`,
        );
    }
  });
  return p.done();
}

/** Problems of classification bands: 1–20 levels, labels given, minTotal finite, strictly ordered either way. */
export function validateClassificationBands(bands: unknown, prefix = 'bands'): ScoringProblem[] {
  const p = new Problems();
  if (!Array.isArray(bands) || bands.length === 0) {
    p.add(prefix, 'Cần ít nhất một mức xếp loại { minTotal, label }.');
    return p.done();
  }
  if (bands.length > SCORING_LIMITS.classificationBands) {
    p.add(prefix, `Tối đa ${SCORING_LIMITS.classificationBands} mức xếp loại.`);
    return p.done();
  }
  const totals: number[] = [];
  bands.forEach((band: unknown, i) => {
    const at = `${prefix}.${i}`;
    if (!isObject(band)) {
      p.add(at, `Mức xếp loại ${i + 1} phải có dạng { minTotal, label }.`);
      return;
    }
    checkText(p, `${at}.label`, band.label, 'tên mức xếp loại', 100, `Mức xếp loại ${i + 1}: `);
    const limit = SCORING_LIMITS.maxPoints * SCORING_LIMITS.items;
    if (!isFiniteNumber(band.minTotal) || Math.abs(band.minTotal) > limit)
      p.add(
        `${at}.minTotal`,
        `Mức xếp loại ${i + 1}: điểm tối thiểu (minTotal) phải là một số từ -${formatFigure(limit)} đến ${formatFigure(limit)}.`,
      );
    else totals.push(band.minTotal);
  });
  if (totals.length === bands.length && monotonic(totals) === null)
    p.add(
      prefix,
      `Các mức xếp loại phải sắp theo điểm tối thiểu giảm dần hoặc tăng dần, không trùng (đang là ${totals.map(formatFigure).join('; ')}).`,
    );
  return p.done();
}
