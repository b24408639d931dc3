import { useQuery } from '@tanstack/react-query';
import { Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { ITEM_TYPE_LABELS } from '../../lib/format';

/** Find an item by keyword, code, theme or department (GET /items ranks the matches). */
export function ItemFinder({ selected, onSelect }: { selected?: string; onSelect: (code: string) => void }) {
  const { api } = useApi();
  const [q, setQ] = useState('');
  const [department, setDepartment] = useState<string>();
  const all = useQuery({ queryKey: ['items', 'all'], queryFn: async () => ok(await api.GET('/items', {})).items });
  // Unfiltered, the list is the whole catalog already fetched above: one request, not two, on the first screen.
  const filtered = !!q || !!department;
  const search = useQuery({
    queryKey: ['items', q, department],
    enabled: filtered,
    queryFn: async () =>
      ok(await api.GET('/items', { params: { query: { ...(q ? { q } : {}), ...(department ? { department } : {}) } } })).items,
  });
  const items = filtered ? search : all;
  const departments = [...new Set((all.data ?? []).map((i) => i.department))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.Search
        aria-label="搜索事项"
        placeholder="事项名称、编码、关键词或主题，如：失业"
        allowClear
        enterButton="查找"
        onSearch={setQ}
        autoFocus
      />
      <Select
        aria-label="按部门筛选"
        allowClear
        placeholder="全部部门"
        style={{ width: '100%' }}
        value={department}
        onChange={setDepartment}
        options={departments.map((d) => ({ value: d, label: d }))}
      />
      <List
        size="small"
        bordered
        loading={items.isLoading}
        style={{ maxHeight: 520, overflow: 'auto' }}
        dataSource={items.data ?? []}
        locale={{ emptyText: '没有符合的事项' }}
        renderItem={(item) => (
          <List.Item style={{ padding: 0, background: item.implementationCode === selected ? '#e6f4ff' : undefined }}>
            <button
              type="button"
              aria-pressed={item.implementationCode === selected}
              onClick={() => onSelect(item.implementationCode)}
              style={{ all: 'unset', boxSizing: 'border-box', width: '100%', padding: '8px 16px', cursor: 'pointer' }}
              className="pick-item"
            >
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{item.name}</Typography.Text>
                <Space size={4} wrap>
                  <Typography.Text type="secondary">{item.implementationCode}</Typography.Text>
                  <Tag>{item.department}</Tag>
                  <Tag color="blue">{ITEM_TYPE_LABELS[item.itemType]}</Tag>
                  {item.negativeList && <Tag color="red">负面清单</Tag>}
                </Space>
              </Space>
            </button>
          </List.Item>
        )}
      />
    </Space>
  );
}
