import { useQuery } from '@tanstack/react-query';
import { Segmented, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { formatDateTime, stateLabel } from '../../lib/format';
import { CaseWorkspace } from '../common/CaseWorkspace';
import { oneLine } from '../common/table';

// What this post may do with a case: loaded with the case file, not with the queue.
const OutputActions = lazy(() => import('./OutputActions').then((m) => ({ default: m.OutputActions })));

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
  const rows = (desk.data ?? []).filter((c) =>
    filter === 'all' ? true : filter === 'to_scan' ? ['approved', 'denied', 'not_accepted'].includes(c.state) : c.state === filter,
  );
  return (
    <CaseWorkspace
      title="统一出件"
      extra={<Segmented aria-label="筛选" options={FILTERS} value={filter} onChange={(v) => setFilter(v as DeskFilter)} />}
      rows={rows}
      loading={desk.isLoading}
      error={desk.error}
      emptyText="暂无待出件"
      selected={selected}
      onSelect={setSelected}
      actions={(view) => (
        <Suspense fallback={null}>
          <OutputActions view={view} />
        </Suspense>
      )}
      columns={[
        { title: '事项', dataIndex: 'itemName' },
        { title: '部门', dataIndex: 'department', ...oneLine },
        { title: '状态', ...oneLine, render: (_, c) => <Tag>{stateLabel(c.state)}</Tag> },
        { title: '送达', ...oneLine, render: (_, c) => (c.delivery?.method === 'courier' ? '邮寄' : '领取') },
        { title: '决定时间', ...oneLine, render: (_, c) => formatDateTime(c.decision?.decidedAt) },
      ]}
    />
  );
}
