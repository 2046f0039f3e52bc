import { describe, expect, it } from 'vitest';
import { percentBars, percentColor, totalBars } from './chart-options';

describe('dashboard chart options', () => {
  it.each([
    [124, '#389e0d'],
    [100, '#389e0d'],
    [85.5, '#d48806'],
    [79.9, '#cf1322'],
    [null, '#bfbfbf'],
  ])('colour of %s %% of plan is %s', (value, colour) => {
    expect(percentColor(value)).toBe(colour);
  });

  it('percent bars: one bar per item, the 100 % line and the reference line, Vietnamese axis labels', () => {
    const o = percentBars(
      [
        { label: 'A1', title: 'Thu ngân sách', value: 124 },
        { label: 'A2', value: null },
      ],
      { label: 'Cả khối', value: 96.5 },
    );
    expect(o.xAxis.data).toEqual(['A1', 'A2']);
    expect(o.series[0]!.data.map((d) => d.value)).toEqual([124, null]);
    expect(o.series[0]!.markLine.data).toEqual([
      { yAxis: 100 },
      { yAxis: 96.5, lineStyle: { color: '#1677ff' } },
    ]);
    expect(o.yAxis.axisLabel.formatter(1200)).toBe('1.200 %');
    const tip = o.tooltip.formatter([{ name: 'A1', data: { title: 'Thu ngân sách', value: 124 } }]);
    expect(tip).toBe('Thu ngân sách<br/><b>124,0 %</b>');
  });

  it('total bars: best member on top (last category), labels with two decimals', () => {
    const o = totalBars([
      { label: 'Bắc Mê', value: 80.25 },
      { label: 'TP Hà Giang', value: 96.5 },
      { label: 'Vị Xuyên', value: null },
    ]);
    expect(o.yAxis.data).toEqual(['Vị Xuyên', 'Bắc Mê', 'TP Hà Giang']);
    expect(o.series[0]!.label.formatter({ value: 96.5 })).toBe('96,50');
  });
});
