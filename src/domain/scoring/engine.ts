/**
 * The score engine (issue 5, item 5): every member's points per item with the arithmetic in Vietnamese,
 * group subtotals, the total — the unrounded item points summed, rounded half up to two decimals once, at the
 * end — the rank (equal totals share a rank: 1, 2, 2, 4) and the classification.
 *
 * law-reference §8.2: blocs score their members against their own table at the year-end review; the top
 * unit is then chosen by secret ballot and proposed for Cờ thi đua bộ/tỉnh (Law Điều 26). The engine gives the
 * reviewable arithmetic; it decides no award.
 */
import { classify, defaultClassificationBands } from './classification';
import { formatFigure, formatPoints, roundPoints, snap } from './format';
import { type ItemScore, scoreItem } from './methods';
import { rankByTotal } from './ranking';
import { flattenItems, type TableMaxima, tableMaxima } from './table';
import type { ClassificationBand, ItemValue, ScoringMember, ScoringProblem, ScoringTable } from './types';
import { validateClassificationBands, validateMembers, validateScoringTable } from './validate';

export interface GroupScore {
  code: string;
  /** Rounded to two decimals for display. */
  points: number;
  exactPoints: number;
}

export interface MemberScore {
  id: string;
  name?: string;
  /** Σ exactPoints of every item, rounded half up to two decimals. */
  total: number;
  exactTotal: number;
  groups: GroupScore[];
  items: ItemScore[];
  /** Items without figures (status `missing`). */
  missingItems: number;
  explanation: string;
}

export interface RankedMemberScore extends MemberScore {
  rank: number;
  classification: string | null;
}

export interface ScoringResult {
  maxima: TableMaxima;
  /** The classification bands applied (the bloc's, or the default for this table). */
  bands: ClassificationBand[];
  /** Ranked order: highest total first, equal totals in the order given. */
  members: RankedMemberScore[];
}

export interface ScoringInput {
  table: ScoringTable;
  members: readonly ScoringMember[];
  /** Classification bands; absent or null = {@link defaultClassificationBands}. */
  bands?: readonly ClassificationBand[] | null;
}

export type ScoringOutcome = { ok: true; value: ScoringResult } | { ok: false; problems: ScoringProblem[] };

/** Neumaier's compensated sum: float noise does not pile up over hundreds of items. */
class Sum {
  private s = 0;
  private c = 0;
  add(x: number) {
    const t = this.s + x;
    this.c += Math.abs(this.s) >= Math.abs(x) ? this.s - t + x : x - t + this.s;
    this.s = t;
  }
  get value() {
    return this.s + this.c;
  }
}

type Compiled = { table: ScoringTable; flat: ReturnType<typeof flattenItems> };

function compile(table: ScoringTable): Compiled {
  return { table, flat: flattenItems(table) };
}

function valueOf(member: ScoringMember, code: string): ItemValue | undefined {
  const values = member.values as ScoringMember['values'] | undefined | null;
  return values && Object.hasOwn(values, code) ? (values[code] ?? undefined) : undefined;
}

function scoreCompiled({ table, flat }: Compiled, member: ScoringMember): MemberScore {
  const groupSums = table.groups.map(() => new Sum());
  const total = new Sum();
  const items: ItemScore[] = new Array<ItemScore>(flat.length);
  let missingItems = 0;
  for (let i = 0; i < flat.length; i++) {
    const { item, groupIndex } = flat[i]!;
    const score = scoreItem(item, valueOf(member, item.code));
    items[i] = score;
    if (score.status === 'missing') missingItems++;
    groupSums[groupIndex]!.add(score.exactPoints);
    total.add(score.exactPoints);
  }
  const exactTotal = snap(total.value);
  const rounded = roundPoints(exactTotal);
  const exactShown = exactTotal === rounded ? formatPoints(rounded) : formatFigure(exactTotal);
  const explanation =
    `Tổng ${flat.length} chỉ tiêu (cộng điểm chưa làm tròn) = ${exactShown}` +
    (exactTotal === rounded ? ' điểm' : ` → làm tròn ${formatPoints(rounded)} điểm`) +
    (missingItems ? `; ${missingItems} chỉ tiêu chưa có số liệu (0 điểm).` : '.');
  return {
    id: member.id,
    ...(member.name === undefined ? {} : { name: member.name }),
    total: rounded,
    exactTotal,
    groups: table.groups.map((g, i) => {
      const exact = snap(groupSums[i]!.value);
      return { code: g.code, points: roundPoints(exact), exactPoints: exact };
    }),
    items,
    missingItems,
    explanation,
  };
}

/** One member against a valid table (no rank, no classification). */
export function scoreMember(table: ScoringTable, member: ScoringMember): MemberScore {
  return scoreCompiled(compile(table), member);
}

/**
 * Every member against a valid table (see {@link evaluateScoring} for the checked version), ranked and
 * classified. Members come back in ranked order.
 */
export function scoreMembers(
  table: ScoringTable,
  members: readonly ScoringMember[],
  bands?: readonly ClassificationBand[] | null,
): ScoringResult {
  const compiled = compile(table);
  const maxima = tableMaxima(table);
  const applied = bands?.length ? [...bands] : defaultClassificationBands(maxima);
  const scored = members.map((m) => scoreCompiled(compiled, m));
  const ranked = rankByTotal(scored, (s) => s.total).map(({ entry, rank }) => ({
    ...entry,
    rank,
    classification: classify(entry.total, applied),
  }));
  return { maxima, bands: applied, members: ranked };
}

/** Checks the table, the members' values and the bands, then scores; problems instead of a result when any. */
export function evaluateScoring(input: ScoringInput): ScoringOutcome {
  const tableProblems = validateScoringTable(input.table, 'table');
  const problems = [
    ...tableProblems,
    // Values are checked against the table's codes, which needs a table that parsed.
    ...(tableProblems.length ? [] : validateMembers(input.table, input.members, 'members')),
    ...(input.bands === undefined || input.bands === null
      ? []
      : validateClassificationBands(input.bands, 'bands')),
  ];
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: scoreMembers(input.table, input.members, input.bands) };
}
