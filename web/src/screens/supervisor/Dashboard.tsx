import { useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Progress, Row, Space, Statistic, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { deadlineText, formatDateTime, stateLabel } from '../../lib/format';
import { ErrorAlert } from '../common/ErrorAlert';
import { FigureTable } from '../common/FigureTable';

// The charts' code (Chartist) loads with the charts only.
const DashboardCharts = lazy(() => import('./DashboardCharts'));

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** Today's backlog, overdue cases, on-time rate and forwarding compliance per department, over a range. */
export function Dashboard() {
  const { api } = useApi();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const stats = useQuery({
    queryKey: ['statistics', from, to],
    queryFn: async () => ok(await api.GET('/supervision/statistics', { params: { query: { from, to } } })),
  });
  const today = dayjs().format('YYYY-MM-DD');
  const todays = useQuery({
    queryKey: ['statistics', today, today],
    queryFn: async () => ok(await api.GET('/supervision/statistics', { params: { query: { from: today, to: today } } })),
  });
  const warnings = useQuery({
    queryKey: ['warnings'],
    queryFn: async () => ok(await api.GET('/supervision/warnings', { params: { query: {} } })),
  });
  const s = stats.data;
  const stalled = warnings.data?.stalled ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <DatePicker.RangePicker
        aria-label="统计区间"
        value={range}
        allowClear={false}
        onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
      />
      <ErrorAlert error={stats.error} />
      <Row gutter={[16, 16]}>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title="今日收件" value={todays.data?.total.received ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title="区间收件" value={s?.total.received ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title="在办" value={s?.total.open ?? 0} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic
              title="超期"
              value={s?.total.overdue ?? 0}
              valueStyle={{ color: (s?.total.overdue ?? 0) > 0 ? '#c41d1d' : undefined }}
            />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title="流程异常" value={stalled.length} valueStyle={{ color: stalled.length > 0 ? '#c41d1d' : undefined }} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title="按时办结率" value={percent(s?.total.onTimeRate ?? null)} />
          </Card>
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title="转办及时率" value={percent(s?.total.forwardingCompliance ?? null)} />
          </Card>
        </Col>
      </Row>
      <ErrorAlert error={todays.error ?? warnings.error} />
      {s && warnings.data && (
        <Suspense fallback={<Card size="small" loading />}>
          <DashboardCharts
            openByState={s.openByState}
            byDepartment={s.byDepartment}
            open={s.total.open}
            warnings={warnings.data.warnings}
          />
        </Suspense>
      )}
      <Card size="small" title="各部门">
        <FigureTable
          label="各部门"
          rowKey={(d) => d.department}
          loading={stats.isLoading}
          rows={s?.byDepartment ?? []}
          columns={[
            { title: '部门', render: (d) => d.department },
            { title: '收件', render: (d) => d.received, nowrap: true },
            { title: '在办', render: (d) => d.open, nowrap: true },
            { title: '超期', render: (d) => (d.overdue ? <Tag color="red">{d.overdue}</Tag> : 0), nowrap: true },
            { title: '办结', render: (d) => d.decided, nowrap: true },
            {
              title: '按时办结率',
              render: (d) =>
                d.onTimeRate === null ? (
                  '—'
                ) : (
                  <Progress percent={Math.round(d.onTimeRate * 100)} size="small" aria-label={`${d.department}按时办结率`} />
                ),
            },
            {
              title: '转办及时率',
              render: (d) =>
                d.forwardingCompliance === null ? (
                  '—'
                ) : (
                  <Progress percent={Math.round(d.forwardingCompliance * 100)} size="small" aria-label={`${d.department}转办及时率`} />
                ),
            },
          ]}
        />
      </Card>
      {stalled.length > 0 && (
        <Card size="small" title="流程异常办件（系统将自动恢复）">
          <FigureTable
            label="流程异常办件"
            rowKey={(o) => o.caseNumber}
            rows={stalled}
            columns={[
              { title: '办件编号', render: (o) => o.caseNumber, nowrap: true },
              { title: '部门', render: (o) => o.department },
              { title: '状态', render: (o) => stateLabel(o.state), nowrap: true },
              { title: '发生时间', render: (o) => formatDateTime(o.at), nowrap: true },
              { title: '第几次运行', render: (o) => o.run },
            ]}
          />
        </Card>
      )}
      <Card size="small" title="超期办件（红灯）">
        <FigureTable
          label="超期办件（红灯）"
          rowKey={(o) => o.caseNumber}
          loading={stats.isLoading}
          rows={s?.overdue ?? []}
          emptyText="无超期办件"
          columns={[
            { title: '办件编号', render: (o) => o.caseNumber, nowrap: true },
            { title: '事项', render: (o) => o.itemName },
            { title: '部门', render: (o) => o.department },
            { title: '状态', render: (o) => stateLabel(o.state), nowrap: true },
            // A deadline on a year whose holidays are not yet published is marked, as in the case file.
            { title: '承诺办结', render: (o) => deadlineText(o.promisedBy, o.provisional) },
            { title: '超期工作日', render: (o) => o.workingDaysOverdue ?? '—', nowrap: true },
          ]}
        />
      </Card>
    </Space>
  );
}
