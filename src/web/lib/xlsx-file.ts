/** Checks done in the browser before an Excel upload (the server checks again). */
export const MAX_UPLOAD_MB = 20;

export function checkXlsxFile(file: { name: string; size: number }): 'ok' | 'type' | 'size' {
  if (!/\.xlsx$/i.test(file.name)) return 'type';
  if (file.size > MAX_UPLOAD_MB * 1024 * 1024) return 'size';
  return 'ok';
}

/** Row errors come as { row, messages } or { row, column, message }: one readable line each. */
export function rowErrorText(error: { messages?: unknown; message?: unknown; column?: unknown }): string {
  const parts: string[] = [];
  if (Array.isArray(error.messages)) parts.push(...error.messages.map(String));
  if (typeof error.message === 'string') parts.push(error.message);
  const text = parts.join('; ');
  return typeof error.column === 'string' && error.column ? `${error.column}: ${text}` : text;
}
