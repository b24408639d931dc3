import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the parts the dashboard draws: this chunk loads with the charts, never with the first screen.
use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/**
 * One ECharts chart. The container is an image with a text summary for screen readers (the
 * figures are also in the tables below); the SVG inside is decoration to assistive technology.
 */
export function EChart({ option, summary, height = 260 }: { option: ChartOption; summary: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let chart: ECharts | undefined;
    let gone = false;
    // ECharts places legend items and labels by measuring their text on a canvas, which knows no
    // 'inherit': it is given the page's own font stack, and measures once the glyphs of this chart's
    // text are loaded (measured in a fallback font the labels come out narrower than drawn, and the
    // next legend item covers the end of a long one such as 待补齐（一次性告知）).
    const fontFamily = getComputedStyle(element).fontFamily;
    const texts = JSON.stringify(option);
    void document.fonts
      .load(`12px ${fontFamily}`, texts)
      .catch(() => [])
      .then(() => {
        if (gone) return;
        chart = init(element, undefined, { renderer: 'svg' });
        chart.setOption({ textStyle: { fontFamily }, ...option });
      });
    const resize = () => chart?.resize();
    window.addEventListener('resize', resize);
    return () => {
      gone = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [option]);
  return <div ref={box} role="img" aria-label={summary} style={{ width: '100%', height }} />;
}
