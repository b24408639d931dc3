import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Row, Segmented, Table, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { formatDateTime, stateLabel } from '../../lib/format';
import { ErrorAlert } from '../common/ErrorAlert';
import { OutputActions } from './OutputActions';

// The case file (previews, history) loads once a case is opened.
const CaseFile = lazy(() => import('../common/CaseFile').then((m) => ({ default: m.CaseFile })));

type DeskFilter = 'all' | 'to_scan' | 'result_ready' | 'mailed';
const FILTERS: { value: DeskFilter; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'to_scan', label: '待扫描入库' },
  { value: 'result_ready', label: '待领取 / 待寄出' },
  { value: 'mailed', label: '已寄出' },
];

/** 出件窗口: every department's results at one desk; scan, hand over, mail. */
export default function OutputScreen() {
  const { api } = useApi();
  const [filter, setFilter] = useState<DeskFilter>('all');
  const [selected, setSelected] = useState<string>();
  const desk = useQuery({
    queryKey: ['output-desk'],
    refetchInterval: 10_000,
    queryFn: async () => ok(await api.GET('/output-desk', { params: { query: {} } })).cases,
  });
  const view = useQuery({
    queryKey: ['case', selected],
    enabled: !!selected,
    queryFn: async () => ok(await api.GET('/cases/{caseNumber}', { params: { path: { caseNumber: selected! } } })),
  });
  const rows = (desk.data ?? []).filter((c) =>
    filter === 'all' ? true : filter === 'to_scan' ? ['approved', 'denied', 'not_accepted'].includes(c.state) : c.state === filter,
  );
  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card
          title="统一出件"
          size="small"
          extra={<Segmented aria-label="筛选" options={FILTERS} value={filter} onChange={(v) => setFilter(v as DeskFilter)} />}
        >
          <ErrorAlert error={desk.error} />
          <Table
            size="small"
            rowKey="caseNumber"
            loading={desk.isLoading}
            dataSource={rows}
            pagination={{ pageSize: 15 }}
            locale={{ emptyText: '暂无待出件' }}
            onRow={(c) => ({ onClick: () => setSelected(c.caseNumber), style: { cursor: 'pointer' } })}
            columns={[
              {
                title: '办件编号',
                dataIndex: 'caseNumber',
                render: (n: string) => (
                  <Button type="link" size="small" style={{ padding: 0, color: '#0b3d91' }} onClick={() => setSelected(n)}>
                    {n}
                  </Button>
                ),
              },
              { title: '事项', dataIndex: 'itemName' },
              { title: '部门', dataIndex: 'department' },
              { title: '状态', render: (_, c) => <Tag>{stateLabel(c.state)}</Tag> },
              { title: '送达', render: (_, c) => (c.delivery?.method === 'courier' ? '邮寄' : '领取') },
              { title: '决定时间', render: (_, c) => formatDateTime(c.decision?.decidedAt) },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        {view.data ? (
          <Suspense fallback={null}>
            <CaseFile view={view.data} actions={<OutputActions view={view.data} />} />
          </Suspense>
        ) : (
          <Card>
            <Empty description="在左侧选择一个办件" />
          </Card>
        )}
        <ErrorAlert error={view.error} />
      </Col>
    </Row>
  );
}
