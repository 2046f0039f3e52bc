/**
 * What typed text may not hold. Such characters make no sense in a name, a title or a comment, and they
 * break storage: PostgreSQL refuses NUL in text and a lone UTF-16 surrogate in jsonb (the audit row), so
 * they must be refused at the door with a 400 rather than fail as a 500 in the middle of a write.
 * JSON.parse accepts "\ud800" (a lone surrogate) and "\u0000", so the parsed body must be checked.
 */

/** C0 control characters except tab, line feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export type TextDefect = 'control' | 'surrogate';

export function textDefect(s: string): TextDefect | null {
  if (LONE_SURROGATE.test(s)) return 'surrogate';
  if (CONTROL.test(s)) return 'control';
  return null;
}

export const TEXT_DEFECT_MESSAGE: Record<TextDefect, string> = {
  control: 'Chứa ký tự điều khiển không hợp lệ',
  surrogate: 'Chứa ký tự Unicode không hợp lệ (mã UTF-16 lẻ)',
};

/** The first string (value or key) in a parsed JSON value that holds a defect, with its path. */
export function findTextDefect(value: unknown): { path: string[]; defect: TextDefect } | null {
  interface Node {
    v: unknown;
    key: string;
    parent: Node | null;
  }
  const pathOf = (n: Node | null, last?: string) => {
    const out: string[] = last === undefined ? [] : [last];
    for (let p = n; p && p.parent; p = p.parent) out.push(p.key);
    return out.reverse();
  };
  const stack: Node[] = [{ v: value, key: '', parent: null }];
  while (stack.length) {
    const node = stack.pop()!;
    const v = node.v;
    if (typeof v === 'string') {
      const defect = textDefect(v);
      if (defect) return { path: pathOf(node), defect };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], key: String(i), parent: node });
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        const defect = textDefect(k);
        if (defect) return { path: pathOf(node, k.replace(/[^\x20-\x7e]/g, '?')), defect };
        stack.push({ v: child, key: k, parent: node });
      }
    }
  }
  return null;
}

/**
 * Text with nothing visible counts as not given: whitespace (trim covers Unicode spaces, NBSP, U+3000) and the
 * invisible format characters a paste carries (zero-width space, joiners, word joiner, BOM).
 */
export const isBlank = (s: string | null | undefined) =>
  s === null || s === undefined || /^[\s\u200b-\u200d\u2060\ufeff]*$/u.test(s);
