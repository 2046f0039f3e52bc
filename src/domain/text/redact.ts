/**
 * Redaction of personal data in text that will be published (citizens' comments on a public consultation,
 * the dossier summary shown on the portal). Nghị định 13/2023/NĐ-CP Điều 2 khoản 3 counts as basic personal
 * data a person's date of birth, phone number, e-mail address and identity numbers (số định danh cá nhân,
 * CCCD 12 digits, CMND 9 digits); publishing them needs the person's consent, which a comment form does not
 * collect. So the published text never carries them: each run is replaced by a marker naming its kind, and
 * the moderator is shown what was replaced.
 *
 * Recognised (Vietnamese conventions):
 * - e-mail addresses;
 * - phone numbers: 10-digit mobiles and 10–11-digit landlines starting with 0 (0912 345 678, 0912.345.678,
 *   024 3825 1234), or with +84 / 84 in place of the 0 (+84 912 345 678, (+84) 912-345-678);
 * - identity numbers: 12 digits (CCCD) or 9 digits (CMND), also typed in groups of digits and spaces
 *   (001 234 567 890) — not dots, which group thousands in amounts (150.000.000 đồng);
 * - dates written day/month/year (15/3/1980, 15-03-1980, 15.03.1980): a birth date cannot be told from
 *   another date by its form, so every such date is hidden except one introduced by "ngày" alone, the way
 *   Vietnamese dates an event ("Quyết định số 125/QĐ-UBND ngày 12/05/2025"; "sinh ngày …" is still hidden);
 *   and a year after "sinh" ("sinh năm 1980").
 * Digits runs of other lengths (amounts, decision numbers like 123/QĐ-UBND, years) are left alone.
 */

export const REDACTION_KINDS = ['email', 'phone', 'citizenId', 'date'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export const REDACTION_LABELS: Record<RedactionKind, string> = {
  email: 'thư điện tử',
  phone: 'số điện thoại',
  citizenId: 'số định danh',
  date: 'ngày sinh, ngày tháng',
};

export interface Redaction {
  kind: RedactionKind;
  /** The text that was replaced. */
  original: string;
}

const marker = (kind: RedactionKind) => `[đã ẩn ${REDACTION_LABELS[kind]}]`;

// Digit groups may be separated by one space, dot or hyphen.
const SEP = '[ .\\-]?';
const digits = (n: number, sep = SEP) => Array.from({ length: n }, () => '\\d').join(sep);

/** "ngày 12/05/2025" dates an event; "sinh ngày", "ngày sinh" do not precede it. */
const EVENT_DATE_BEFORE = /(?:^|[\s(,;])ngày\s*$/iu;
const BIRTH_BEFORE = /sinh\s*ngày\s*$/iu;
const keepDate = (before: string) => EVENT_DATE_BEFORE.test(before) && !BIRTH_BEFORE.test(before);

const RULES: [RedactionKind, RegExp, ((before: string) => boolean)?][] = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu],
  // +84 / 84 / 0, then 9–10 digits (mobile 9 after the prefix, landline up to 10).
  [
    'phone',
    new RegExp(
      `(?<![\\d+])(?:\\(?\\+84\\)?${SEP}|84${SEP}(?=[1-9])|0)(?:${digits(10)}|${digits(9)})(?![\\d])`,
      'g',
    ),
  ],
  // Identity numbers are grouped by spaces only: dots group thousands in amounts (150.000.000 đồng).
  ['citizenId', new RegExp(`(?<![\\d/.])(?:${digits(12, ' ?')}|${digits(9, ' ?')})(?![\\d/]|\\.\\d)`, 'g')],
  ['date', /(?<!\d)(?:0?[1-9]|[12]\d|3[01])([/.-])(?:0?[1-9]|1[0-2])\1(?:1[89]|20)\d{2}(?!\d)/g, keepDate],
  ['date', /(?<=\b(?:sinh|sinh năm|năm sinh|sinh ngày|ngày sinh)\s*:?\s*)(?:1[89]|20)\d{2}(?!\d)/giu],
];

/** The text with every run of personal data replaced, and what was replaced, in order of the rules. */
export function redactPersonalData(input: string): { text: string; redactions: Redaction[] } {
  const redactions: Redaction[] = [];
  let text = input;
  for (const [kind, re, keep] of RULES)
    text = text.replace(re, (...args: unknown[]) => {
      const match = args[0] as string;
      const offset = args.find((a, i) => i > 0 && typeof a === 'number') as number;
      if (keep?.(text.slice(Math.max(0, offset - 20), offset))) return match;
      redactions.push({ kind, original: match });
      return marker(kind);
    });
  return { text, redactions };
}
