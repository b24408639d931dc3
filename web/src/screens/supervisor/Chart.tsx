import { BarChart, PieChart, type BarChartOptions, type PieChartOptions } from 'chartist';
import 'chartist/dist/index.css';
import './chart.css';
import { useEffect, useRef } from 'react';

/** Series colours, distinct and dark enough against white (WCAG 1.4.11, 3:1 for graphics). */
export const SERIES_COLORS = ['#1456c8', '#ad6800', '#237804', '#c41d1d', '#722ed1', '#006d75', '#ad2102', '#595959'];

/** What a chart draws: bars (one colour per series) or a ring (one colour per slice), with each shape's hover text. */
export type ChartSpec =
  | {
      kind: 'bar';
      /** The categories (the departments), one row each. */
      labels: string[];
      series: { name: string; color: string; data: (number | null)[] }[];
      options: BarChartOptions;
      /** The hover text of one bar: category, series and value. */
      title: (category: number, series: number) => string;
    }
  | {
      kind: 'ring';
      slices: { label: string; value: number; color: string }[];
      options: PieChartOptions;
    };

/**
 * One chart (Chartist, SVG; its axis labels are HTML in the page's own font). The drawing is an image
 * with a text summary for screen readers (the figures are also in the legend and the tables below);
 * each bar and slice carries its figures as an SVG title, shown under the pointer.
 */
export function Chart({ spec, summary, height }: { spec: ChartSpec; summary: string; height: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    if (spec.kind === 'bar') {
      const chart = new BarChart(element, { labels: spec.labels, series: spec.series.map((s) => s.data) }, { ...spec.options, height });
      chart.on('draw', (event) => {
        if (event.type !== 'bar') return;
        event.element.attr({ style: `stroke: ${spec.series[event.seriesIndex]?.color ?? SERIES_COLORS[0]}` });
        event.element.elem('title').text(spec.title(event.index, event.seriesIndex));
      });
      return () => void chart.detach();
    }
    const slices = spec.slices;
    const chart = new PieChart(
      element,
      { labels: slices.map((s) => s.label), series: slices.map((s) => s.value) },
      { ...spec.options, height },
    );
    chart.on('draw', (event) => {
      if (event.type !== 'slice') return;
      const slice = slices[event.index];
      if (!slice) return;
      event.element.attr({ style: `stroke: ${slice.color}; fill: ${spec.options.donut ? 'none' : slice.color}` });
      event.element.elem('title').text(slice.label);
    });
    return () => void chart.detach();
  }, [spec, height]);
  return <div ref={box} role="img" aria-label={summary} className="onewindow-chart" style={{ width: '100%', height }} />;
}

/** A chart's legend: a swatch and a name per series (HTML, so it wraps and never covers a neighbour). */
export function Legend({ items }: { items: { name: string; color: string }[] }) {
  return (
    <ul className="onewindow-chart-legend">
      {items.map((item) => (
        <li key={item.name}>
          <span aria-hidden="true" style={{ background: item.color }} />
          {item.name}
        </li>
      ))}
    </ul>
  );
}
