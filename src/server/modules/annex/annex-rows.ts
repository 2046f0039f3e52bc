import {
  type AnnexCandidate,
  type AnnexRow,
  type AnnexRowRaw,
  matchAnnexRow,
  parseAnnexRow,
  recogniseAward,
} from '../../../domain/awards/annex';
import { CATALOGUE, catalogueEntry } from '../../../domain/awards/catalogue';
import { maskCitizenId } from '../../../domain/people/citizen-id';
import { foldVietnamese } from '../../../domain/text/vietnamese';
import type { AnnexCandidateSnapshot, AnnexCells, AnnexRowStatus } from '../../db/schema';

/**
 * Turning a parsed annex row into a session row: which award it names, which person it is, and what is
 * left for the reviewer. Pure (no I/O): the job feeds it the candidates it loaded set-based.
 */

/** Catalogue names without punctuation: annex wordings are compared with their punctuation removed. */
const plain = (name: string) =>
  name
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * What recogniseAward compares a wording with: every code with its official name, its former names,
 * and both again without punctuation ("Bằng khen của bộ, ban, ngành, tỉnh" is written with and without
 * the commas, and the wording is folded without them).
 */
export const ANNEX_CATALOGUE: readonly { code: string; name: string }[] = CATALOGUE.flatMap((e) =>
  [e.name, ...e.otherNames].flatMap((name) => [
    { code: e.code, name },
    { code: e.code, name: plain(name) },
  ]),
);

/** Titles and forms a person may receive: the template's drop-down and the reviewer's choice. */
export const INDIVIDUAL_AWARDS = CATALOGUE.filter((e) => e.subjectTypes.includes('individual'));

/** Annual titles and forms take the session's Năm xét when the row has none. */
const isAnnual = (code: string) => catalogueEntry(code)?.periods.includes('annual') ?? false;
const isTitle = (code: string) => catalogueEntry(code)?.group === 'emulation_title';

/** The evaluation year recorded for the row: its own Năm xét, else the session default for annual ones. */
export function evaluationYearFor(code: string, rowYear: number | null, defaultYear: number | null) {
  return rowYear ?? (isAnnual(code) ? defaultYear : null);
}

/** Why `code` cannot be recorded for a person on this row, or null when it can. */
export function awardProblem(
  code: string,
  rowYear: number | null,
  defaultYear: number | null,
): string | null {
  const entry = catalogueEntry(code);
  if (!entry) return `Mã "${code}" không có trong danh mục danh hiệu thi đua và hình thức khen thưởng`;
  if (!entry.subjectTypes.includes('individual'))
    return `"${entry.name}" không dành cho cá nhân; hãy chọn hình thức khác hoặc bỏ qua dòng này`;
  if (isTitle(code) && evaluationYearFor(code, rowYear, defaultYear) === null)
    return `Danh hiệu "${entry.name}" cần năm xét: ghi cột Năm xét hoặc chọn năm xét mặc định khi tải lên`;
  return null;
}

export const snapshotOf = (
  p: { id: string; fullName: string; birthDate: string | null; unitName: string | null },
  byCitizenId: boolean,
): AnnexCandidateSnapshot => ({
  personId: p.id,
  fullName: p.fullName,
  birthDate: p.birthDate,
  unitName: p.unitName,
  byCitizenId,
});

/** The row's cells as written, the citizen ID masked (a session never keeps a citizen ID in clear). */
export function cellsOf(raw: AnnexRowRaw, citizenId: string | null): AnnexCells {
  const cells: AnnexCells = {};
  for (const [key, value] of Object.entries(raw)) {
    const text = (value ?? '').toString().trim();
    if (!text) continue;
    cells[key] = key === 'citizenId' ? (citizenId ? maskCitizenId(citizenId) : '************') : text;
  }
  return cells;
}

/** A person found by the look-ups, with the names of their units. */
export interface FoundPerson {
  id: string;
  fullName: string;
  birthDate: string | null;
  unitName: string | null;
  unitNames: readonly string[];
}

export interface ClassifiedRow {
  status: AnnexRowStatus;
  row: AnnexRow | null;
  awardCode: string | null;
  personId: string | null;
  matchHow: string | null;
  candidates: AnnexCandidateSnapshot[];
  messages: string[];
}

/** Candidates shown for one row at most (the reviewer can still search any person in scope). */
const MAX_CANDIDATES = 20;

/**
 * Parses, recognises and matches one row. `byHash` are the people carrying the row's citizen ID,
 * `byName` its namesakes (accent-insensitive). Several findings → the most serious is the status; all
 * of them are in `messages`.
 */
export function classifyRow(
  raw: AnnexRowRaw,
  today: string,
  defaultYear: number | null,
  lookup: (row: AnnexRow) => { byHash: FoundPerson[]; byName: FoundPerson[] },
): ClassifiedRow {
  const parsed = parseAnnexRow(raw, today);
  if (!parsed.ok)
    return {
      status: 'error',
      row: null,
      awardCode: null,
      personId: null,
      matchHow: null,
      candidates: [],
      messages: parsed.errors.map((e) => `${e.column}: ${e.message}`),
    };
  const row = parsed.value;
  const messages: string[] = [];
  const wording = recogniseAward(row.awardText, ANNEX_CATALOGUE);
  let awardCode = wording.code;
  if (!awardCode) messages.push(wording.reason ?? 'Không nhận ra danh hiệu hoặc hình thức khen thưởng');
  const problem = awardCode ? awardProblem(awardCode, row.evaluationYear, defaultYear) : null;
  if (problem) {
    messages.push(problem);
    // A title without a year cannot be recorded: the row must be corrected in the sheet.
    if (isTitle(awardCode!) && catalogueEntry(awardCode!)?.subjectTypes.includes('individual'))
      return { status: 'error', row, awardCode, personId: null, matchHow: null, candidates: [], messages };
    awardCode = null;
  }

  const { byHash, byName } = lookup(row);
  const folded = foldVietnamese(row.fullName);
  const namesakes = byName.filter((p) => foldVietnamese(p.fullName) === folded);
  const candidates: AnnexCandidate[] = [
    ...byHash.map((p) => ({ ...candidateOf(p), byCitizenId: true })),
    ...namesakes
      .filter((p) => !byHash.some((h) => h.id === p.id))
      .map((p) => ({ ...candidateOf(p), byCitizenId: false })),
  ];
  const found = new Map([...byHash, ...namesakes].map((p) => [p.id, p]));
  const snapshot = (ids: string[]) =>
    ids.slice(0, MAX_CANDIDATES).map((id) =>
      snapshotOf(
        found.get(id)!,
        byHash.some((h) => h.id === id),
      ),
    );
  const match = matchAnnexRow(row, candidates);
  if (match.status === 'matched') {
    return {
      status: awardCode ? 'ok' : 'unrecognised_award',
      row,
      awardCode,
      personId: match.personId,
      matchHow: match.how,
      candidates: snapshot([match.personId]),
      messages,
    };
  }
  messages.unshift(match.reason);
  return {
    status: match.status,
    row,
    awardCode,
    personId: null,
    matchHow: null,
    // Unmatched by citizen ID: the namesakes are still worth showing.
    candidates: snapshot(match.status === 'ambiguous' ? match.candidateIds : namesakes.map((p) => p.id)),
    messages,
  };
}

const candidateOf = (p: FoundPerson) => ({
  personId: p.id,
  fullName: p.fullName,
  birthDate: p.birthDate,
  unitNames: p.unitNames,
});

/** A row still waiting for the reviewer: neither skipped nor unreadable, and its person or award unknown. */
export const isPending = (r: {
  status: AnnexRowStatus;
  skipped: boolean;
  personId: string | null;
  awardCode: string | null;
}) => !r.skipped && r.status !== 'error' && (r.personId === null || r.awardCode === null);
