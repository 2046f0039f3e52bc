import ReactEChartsCore from 'echarts-for-react/lib/core';
import { echarts } from './echarts';

/** A canvas chart of the dashboards (ECharts core with the registered parts only). */
export function Chart({ option, height = 320, label }: { option: object; height?: number; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ height, width: '100%' }}
      />
    </div>
  );
}
