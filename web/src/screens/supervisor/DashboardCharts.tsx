import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { LIGHT_COLORS } from '../../lib/format';
import { backlogSeries, barRows, lightCounts, percentOf, type BacklogCell } from '../../lib/supervision';
import { Chart, type ChartSpec, Legend, SERIES_COLORS } from './Chart';

interface Props {
  openByState: BacklogCell[];
  byDepartment: { department: string; onTimeRate: number | null; forwardingCompliance: number | null }[];
  open: number;
  warnings: { level: string }[];
}

// Horizontal bars, a row per department: its name has the whole label column and never runs into the next one.
const DEPARTMENT_COLUMN = 112;
const ROW = { backlog: 32, rates: 40 };
const FRAME = 48;
const percentText = (v: number | null) => (v === null ? '—' : `${v}%`);

/** The dashboard's charts (Chartist, loaded only with this panel): backlog, lights, on-time and forwarding rates. */
export default function DashboardCharts({ openByState, byDepartment, open, warnings }: Props) {
  const backlog = useMemo(() => backlogSeries(openByState), [openByState]);
  const lights = useMemo(() => lightCounts(open, warnings), [open, warnings]);
  const backlogSeriesColored = useMemo(
    () => backlog.series.map((s, i) => ({ ...s, color: SERIES_COLORS[i % SERIES_COLORS.length] ?? '#1456c8' })),
    [backlog],
  );
  const backlogSpec = useMemo<ChartSpec>(
    () => ({
      kind: 'bar',
      ...barRows(backlog.departments, backlogSeriesColored, (v) => `${v ?? 0} 件`),
      options: {
        horizontalBars: true,
        stackBars: true,
        axisY: { offset: DEPARTMENT_COLUMN, showGrid: false },
        axisX: { onlyInteger: true, low: 0 },
        chartPadding: { top: 8, right: 40, bottom: 0, left: 0 },
      },
    }),
    [backlog, backlogSeriesColored],
  );
  const lightSpec = useMemo<ChartSpec>(
    () => ({
      kind: 'ring',
      // The counts are in the legend above (an empty slice's label would sit on its neighbour's); an empty slice is not drawn.
      slices: (
        [
          ['绿灯', lights.green, LIGHT_COLORS.green],
          ['黄灯', lights.yellow, LIGHT_COLORS.yellow],
          ['红灯', lights.red, LIGHT_COLORS.red],
        ] as const
      ).map(([name, value, color]) => ({ label: `${name}：${value}`, value, color })),
      options: {
        donut: true,
        donutWidth: 36,
        showLabel: false,
        ignoreEmptyValues: true,
        chartPadding: 16,
      },
    }),
    [lights],
  );
  const rateSeries = useMemo(
    () => [
      { name: '按时办结率', color: SERIES_COLORS[0] ?? '#1456c8', data: byDepartment.map((d) => percentOf(d.onTimeRate)) },
      { name: '转办及时率', color: SERIES_COLORS[1] ?? '#ad6800', data: byDepartment.map((d) => percentOf(d.forwardingCompliance)) },
    ],
    [byDepartment],
  );
  const ratesSpec = useMemo<ChartSpec>(
    () => ({
      kind: 'bar',
      ...barRows(
        byDepartment.map((d) => d.department),
        rateSeries,
        percentText,
      ),
      options: {
        horizontalBars: true,
        seriesBarDistance: 12,
        axisY: { offset: DEPARTMENT_COLUMN, showGrid: false },
        axisX: { low: 0, high: 100, onlyInteger: true, labelInterpolationFnc: (v) => `${String(v)}%` },
        chartPadding: { top: 8, right: 40, bottom: 0, left: 0 },
      },
    }),
    [byDepartment, rateSeries],
  );
  const backlogSummary = backlog.departments.length
    ? `各部门在办：${backlog.departments.map((d, i) => `${d} ${backlog.series.reduce((n, s) => n + (s.data[i] ?? 0), 0)} 件`).join('，')}`
    : '各部门在办：无';
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24}>
        <Card size="small" title="各部门在办（按状态）">
          <Legend items={backlogSeriesColored} />
          <Chart spec={backlogSpec} summary={backlogSummary} height={FRAME + ROW.backlog * Math.max(1, backlog.departments.length)} />
        </Card>
      </Col>
      <Col xs={24} md={10} xl={8}>
        <Card size="small" title="亮灯">
          <Legend
            items={[
              { name: `绿灯 ${lights.green} 件`, color: LIGHT_COLORS.green },
              { name: `黄灯 ${lights.yellow} 件`, color: LIGHT_COLORS.yellow },
              { name: `红灯 ${lights.red} 件`, color: LIGHT_COLORS.red },
            ]}
          />
          <Chart spec={lightSpec} summary={`绿灯 ${lights.green} 件，黄灯 ${lights.yellow} 件，红灯 ${lights.red} 件`} height={240} />
        </Card>
      </Col>
      <Col xs={24} md={14} xl={16}>
        <Card size="small" title="按时办结率与转办及时率">
          <Legend items={rateSeries} />
          <Chart
            spec={ratesSpec}
            height={FRAME + ROW.rates * Math.max(1, byDepartment.length)}
            summary={
              byDepartment
                .map(
                  (d) =>
                    `${d.department} 按时办结率 ${percentText(percentOf(d.onTimeRate))}，转办及时率 ${percentText(percentOf(d.forwardingCompliance))}`,
                )
                .join('；') || '无数据'
            }
          />
        </Card>
      </Col>
    </Row>
  );
}
