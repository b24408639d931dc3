import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { LIGHT_COLORS } from '../../lib/format';
import { backlogSeries, lightCounts, percentOf, type BacklogCell } from '../../lib/supervision';
import { EChart, type ChartOption } from './EChart';

interface Props {
  openByState: BacklogCell[];
  byDepartment: { department: string; onTimeRate: number | null; forwardingCompliance: number | null }[];
  open: number;
  warnings: { level: string }[];
}

const AXIS_TEXT = { color: 'rgba(0,0,0,0.85)' };

/** The dashboard's charts (ECharts, loaded only with this panel): backlog, lights, on-time and forwarding rates. */
export default function DashboardCharts({ openByState, byDepartment, open, warnings }: Props) {
  const backlog = useMemo(() => backlogSeries(openByState), [openByState]);
  const lights = useMemo(() => lightCounts(open, warnings), [open, warnings]);
  const backlogOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, textStyle: AXIS_TEXT },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: backlog.departments, axisLabel: AXIS_TEXT },
      yAxis: { type: 'value', minInterval: 1, axisLabel: AXIS_TEXT },
      series: backlog.series.map((s) => ({ type: 'bar', stack: 'open', name: s.name, data: s.data })),
    }),
    [backlog],
  );
  const lightOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, textStyle: AXIS_TEXT },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          label: { formatter: '{b}：{c}', color: 'rgba(0,0,0,0.85)' },
          // An empty slice has no label: two “0” labels at the same point would sit on each other.
          data: (
            [
              ['绿灯', lights.green, LIGHT_COLORS.green],
              ['黄灯', lights.yellow, LIGHT_COLORS.yellow],
              ['红灯', lights.red, LIGHT_COLORS.red],
            ] as const
          ).map(([name, value, color]) => ({
            name,
            value,
            itemStyle: { color },
            ...(value === 0 ? { label: { show: false }, labelLine: { show: false } } : {}),
          })),
        },
      ],
    }),
    [lights],
  );
  const ratesOption = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? '—' : `${String(v)}%`) },
      legend: { top: 0, textStyle: AXIS_TEXT },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: byDepartment.map((d) => d.department), axisLabel: AXIS_TEXT },
      yAxis: { type: 'value', max: 100, axisLabel: { ...AXIS_TEXT, formatter: '{value}%' } },
      series: [
        { type: 'bar', name: '按时办结率', data: byDepartment.map((d) => percentOf(d.onTimeRate)) },
        { type: 'bar', name: '转办及时率', data: byDepartment.map((d) => percentOf(d.forwardingCompliance)) },
      ],
    }),
    [byDepartment],
  );
  const backlogSummary = backlog.departments.length
    ? `各部门在办：${backlog.departments.map((d, i) => `${d} ${backlog.series.reduce((n, s) => n + (s.data[i] ?? 0), 0)} 件`).join('，')}`
    : '各部门在办：无';
  return (
    // The backlog has a legend entry per state (some long, 待补齐（一次性告知）): a row of its own.
    <Row gutter={[16, 16]}>
      <Col xs={24}>
        <Card size="small" title="各部门在办（按状态）">
          <EChart option={backlogOption} summary={backlogSummary} />
        </Card>
      </Col>
      <Col xs={24} md={10} xl={8}>
        <Card size="small" title="亮灯">
          <EChart option={lightOption} summary={`绿灯 ${lights.green} 件，黄灯 ${lights.yellow} 件，红灯 ${lights.red} 件`} />
        </Card>
      </Col>
      <Col xs={24} md={14} xl={16}>
        <Card size="small" title="按时办结率与转办及时率">
          <EChart
            option={ratesOption}
            summary={
              byDepartment
                .map(
                  (d) =>
                    `${d.department} 按时办结率 ${percentOf(d.onTimeRate) ?? '—'}%，转办及时率 ${percentOf(d.forwardingCompliance) ?? '—'}%`,
                )
                .join('；') || '无数据'
            }
          />
        </Card>
      </Col>
    </Row>
  );
}
