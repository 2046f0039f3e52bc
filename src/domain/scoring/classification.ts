/**
 * Classification of a total (xếp loại) by configurable bands. No law fixes the levels or the thresholds
 * (law-reference §8.2: scoring is each bloc's own regulation), so a bloc sends its own bands; the default is
 * the project's: Xuất sắc from 90 %, Tốt from 80 %, Khá from 70 %, Trung bình from 50 % of the table's
 * standard maximum, Yếu below — 90/80/70/50 points on a 100-point table, 900/800/… on a 1,000-point one.
 */
import { roundPoints } from './format';
import type { TableMaxima } from './table';
import type { ClassificationBand } from './types';

/** Shares of the standard maximum where each default level starts, highest first. */
export const DEFAULT_CLASSIFICATION_SHARES: readonly { share: number; label: string }[] = [
  { share: 0.9, label: 'Xuất sắc' },
  { share: 0.8, label: 'Tốt' },
  { share: 0.7, label: 'Khá' },
  { share: 0.5, label: 'Trung bình' },
];
export const DEFAULT_LOWEST_LABEL = 'Yếu';

/**
 * The default bands for a table, highest first. The lowest band ("Yếu") starts at the lowest total the table
 * allows (0, or minus every deduction cap), so every total is classified.
 */
export function defaultClassificationBands(maxima: TableMaxima): ClassificationBand[] {
  const bands = DEFAULT_CLASSIFICATION_SHARES.map(({ share, label }) => ({
    minTotal: roundPoints(maxima.base * share),
    label,
  }));
  bands.push({
    minTotal: maxima.deduction > 0 ? -roundPoints(maxima.deduction) : 0,
    label: DEFAULT_LOWEST_LABEL,
  });
  return bands;
}

/** The label of the band with the highest minTotal not above the (rounded) total; null below every band. */
export function classify(total: number, bands: readonly ClassificationBand[]): string | null {
  const rounded = roundPoints(total);
  let best: ClassificationBand | undefined;
  for (const band of bands)
    if (band.minTotal <= rounded && (!best || band.minTotal > best.minTotal)) best = band;
  return best?.label ?? null;
}
