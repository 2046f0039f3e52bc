/** Chart options of the plan-vs-actual dashboards (pure: data in, ECharts option out; numbers Vietnamese). */
import { formatDecimal, formatPercent, formatPoints } from '../shared/numbers';

export interface Bar {
  /** Axis label (item code or member name). */
  label: string;
  /** Tooltip title (item name). */
  title?: string;
  value: number | null;
}

const PALETTE = { primary: '#b71c1c', good: '#389e0d', warn: '#d48806', bad: '#cf1322', neutral: '#1677ff' };

/** Colour of a % of plan: ≥ 100 green, ≥ 80 amber, else red. */
export function percentColor(value: number | null): string {
  if (value === null) return '#bfbfbf';
  return value >= 100 ? PALETTE.good : value >= 80 ? PALETTE.warn : PALETTE.bad;
}

const tooltip = (format: (v: number | null) => string) => ({
  trigger: 'axis' as const,
  axisPointer: { type: 'shadow' as const },
  formatter: (params: unknown) => {
    const p = (Array.isArray(params) ? params[0] : params) as {
      name: string;
      data: { title?: string; value: number | null };
    };
    return `${p.data.title ?? p.name}<br/><b>${format(p.data.value)}</b>`;
  },
});

/** Vertical bars of % of plan with a 100 % line. */
export function percentBars(bars: Bar[], reference?: { label: string; value: number | null }) {
  return {
    grid: { left: 56, right: 24, top: 24, bottom: 56 },
    tooltip: tooltip((v) => formatPercent(v)),
    xAxis: {
      type: 'category' as const,
      data: bars.map((b) => b.label),
      axisLabel: { interval: 0, rotate: bars.length > 12 ? 45 : 0 },
    },
    yAxis: { type: 'value' as const, axisLabel: { formatter: (v: number) => `${formatDecimal(v, 0)} %` } },
    series: [
      {
        type: 'bar' as const,
        barMaxWidth: 36,
        data: bars.map((b) => ({
          value: b.value,
          title: b.title,
          itemStyle: { color: percentColor(b.value) },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          label: {
            formatter: (p: { value: number }) =>
              reference && p.value === reference.value ? reference.label : '100 %',
          },
          data: [
            { yAxis: 100 },
            ...(reference?.value != null
              ? [{ yAxis: reference.value, lineStyle: { color: PALETTE.neutral } }]
              : []),
          ],
        },
      },
    ],
  };
}

/** Horizontal bars of members' totals, best on top. */
export function totalBars(bars: Bar[]) {
  const sorted = [...bars].sort((a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity));
  return {
    grid: { left: 8, right: 64, top: 8, bottom: 24, containLabel: true },
    tooltip: tooltip((v) => formatPoints(v)),
    xAxis: { type: 'value' as const, axisLabel: { formatter: (v: number) => formatDecimal(v, 0) } },
    yAxis: { type: 'category' as const, data: sorted.map((b) => b.label) },
    series: [
      {
        type: 'bar' as const,
        barMaxWidth: 28,
        itemStyle: { color: PALETTE.primary },
        label: {
          show: true,
          position: 'right' as const,
          formatter: (p: { value: number | null }) => formatPoints(p.value),
        },
        data: sorted.map((b) => ({ value: b.value, title: b.title })),
      },
    ],
  };
}
