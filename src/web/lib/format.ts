/** Display formats of the back office: dates dd/mm/yyyy, money in VND, masked text. */

const EMPTY = '—';

/** ISO yyyy-mm-dd (or a full ISO timestamp) → dd/mm/yyyy; empty → "—". */
export function formatDate(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  if (value.length > 10) {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  }
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** ISO timestamp → dd/mm/yyyy HH:mm:ss in the browser's time zone. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return EMPTY;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** dd/mm/yyyy → ISO yyyy-mm-dd, or undefined when it is not a real date. */
export function parseDisplayDate(value: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Thousands with dots, as written in Vietnamese: 1234567 → "1.234.567". */
export function formatNumber(value: number | bigint | null | undefined): string {
  if (value === null || value === undefined) return EMPTY;
  const negative = value < 0;
  const digits = (negative ? -BigInt(value) : BigInt(value)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return negative ? `-${grouped}` : grouped;
}

/** Money in VND: 1234567 → "1.234.567 ₫". */
export function formatVnd(value: number | bigint | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  const n = typeof value === 'string' ? BigInt(value) : typeof value === 'number' ? Math.round(value) : value;
  return `${formatNumber(n)} ₫`;
}

/** Masks all but the last `visible` characters: "001099012345" → "********2345". Already masked text is kept. */
export function maskText(value: string | null | undefined, visible = 4): string {
  if (!value) return EMPTY;
  if (value.includes('*') || value.includes('•')) return value;
  if (value.length <= visible) return '*'.repeat(value.length);
  return '*'.repeat(value.length - visible) + value.slice(-visible);
}

/** Text or "—". */
export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? EMPTY : String(value);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
