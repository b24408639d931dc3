import { useQuery } from '@tanstack/react-query';
import { Card, Progress, Segmented, Table } from 'antd';
import { useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { RATING_LEVELS } from '../../lib/rating';
import { ErrorAlert } from '../common/ErrorAlert';

/** 好差评: per department or per item, how many ratings, the average, the share of good ones and each level. */
export default function RatingsPanel() {
  const { api } = useApi();
  const [by, setBy] = useState<'department' | 'item'>('department');
  const stats = useQuery({
    queryKey: ['ratings', by],
    queryFn: async () => ok(await api.GET('/ratings/stats', { params: { query: { by } } })).stats,
  });
  return (
    <Card
      size="small"
      title="好差评"
      extra={
        <Segmented<'department' | 'item'>
          aria-label="统计口径"
          value={by}
          onChange={setBy}
          options={[
            { value: 'department', label: '按部门' },
            { value: 'item', label: '按事项' },
          ]}
        />
      }
    >
      <ErrorAlert error={stats.error} />
      <Table
        size="small"
        rowKey={(s) => `${s.department}/${s.itemCode ?? ''}`}
        loading={stats.isLoading}
        dataSource={stats.data ?? []}
        pagination={false}
        locale={{ emptyText: '暂无评价' }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '部门', dataIndex: 'department' },
          ...(by === 'item' ? [{ title: '事项编码', dataIndex: 'itemCode' }] : []),
          { title: '评价数', dataIndex: 'count' },
          { title: '平均等级', render: (_, s) => s.average.toFixed(2) },
          {
            title: '好评率',
            render: (_, s) => (
              <Progress
                percent={Math.round(s.goodShare * 100)}
                size="small"
                aria-label={`${s.department}${s.itemCode ?? ''}好评率`}
                style={{ width: 140 }}
              />
            ),
          },
          ...RATING_LEVELS.map((l) => ({
            title: l.label,
            render: (_: unknown, s: { byLevel: Record<string, number> }) => s.byLevel[String(l.level)] ?? 0,
          })),
        ]}
      />
    </Card>
  );
}
