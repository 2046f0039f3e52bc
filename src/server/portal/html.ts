/**
 * The escaping tagged template of the public portal (ADR 0003). Every interpolated value is escaped unless it is
 * itself the result of `html\`…\`` (a `SafeHtml`) or an array of them; `null`, `undefined` and `false` render as
 * nothing, so `${cond && html\`…\`}` works. There is deliberately no way to mark an arbitrary string as safe
 * except `raw()`, kept for constant markup written in this code base (never user data).
 */
import { vietnamDate } from '../../domain/calendar';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

export type HtmlValue =
  SafeHtml | string | number | bigint | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i += 1) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Constant markup from this code base only — never pass request or database text. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** dd/mm/yyyy from an ISO date (`2026-11-24`) or an instant (its date in Việt Nam), as the UI and documents show dates. */
export function formatDateVi(value: string | Date | null | undefined): string {
  if (!value) return '';
  const iso = value instanceof Date ? vietnamDate(value) : value.slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}
