import dayjs, { type Dayjs } from 'dayjs';

/** Display and input format of every date picker. */
export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm:ss';

/** A picker value → ISO yyyy-mm-dd (null when empty). */
export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value && value.isValid() ? value.format('YYYY-MM-DD') : null;
}

/** ISO yyyy-mm-dd → a picker value (null when empty). */
export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  if (!value) return null;
  const d = dayjs(value.slice(0, 10), 'YYYY-MM-DD', true);
  return d.isValid() ? d : null;
}
