/**
 * Plausible date windows: a date outside its window is a typing slip (1900 for 2020, 9999 for "open") and
 * is refused with the window in the message, before it reaches a decision, a register or a report.
 * All window values live here, one kind per line, so a tenant-wide change is one edit.
 *
 * - `act` — acts of the state on awards: decision and signing dates, council and bloc sessions, appraisal
 *   steps, revocations, certificate dates. None predates the founding of the Democratic Republic of Viet Nam
 *   (02/9/1945; the first emulation decree, Sắc lệnh 195/SL, dates from 31/8/1948 and the first award acts
 *   from 1945–1947). Up to one year ahead: a draft may be dated for a planned ceremony, never years ahead.
 * - `plan` — periods that are planned ahead: emulation movements (giai đoạn 5 năm), registration deadlines,
 *   consultation openings, award rounds. Same lower bound; up to ten years ahead.
 * - `any` — every other date (birth dates, org-unit history back to the 1831 provinces of Minh Mạng, query
 *   dates): a sanity window that only refuses what no record can hold (year 0001, 9999).
 *
 * The upper bound is counted in calendar years from the current Vietnam year (31/12 of year + N), so it
 * does not move with the hour of the day.
 */
export const DATE_WINDOWS = {
  act: { from: '1945-09-02', yearsAhead: 1 },
  plan: { from: '1945-09-02', yearsAhead: 10 },
  any: { from: '1800-01-01', yearsAhead: 100 },
} as const satisfies Record<string, { from: string; yearsAhead: number }>;

export type DateKind = keyof typeof DATE_WINDOWS;

/** The window of a kind as ISO dates, for the current Vietnam year. */
export function dateWindow(kind: DateKind, currentYear: number): { from: string; to: string } {
  const w = DATE_WINDOWS[kind];
  return { from: w.from, to: `${String(currentYear + w.yearsAhead).padStart(4, '0')}-12-31` };
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** Why an ISO date (yyyy-mm-dd) lies outside its kind's window, or null when it is plausible. */
export function implausibleDate(kind: DateKind, iso: string, currentYear: number): string | null {
  const { from, to } = dateWindow(kind, currentYear);
  if (iso < from || iso > to) return `Ngày phải trong khoảng ${dmy(from)} – ${dmy(to)}`;
  return null;
}
