import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Input, List, Radio, Space, Table, Tag, Typography } from 'antd';
import { useMessage } from '../../message-context';
import { useState } from 'react';
import { ApiError, ok } from '../../api';
import { useApi } from '../../api-context';
import { formatDateTime, ITEM_TYPE_LABELS } from '../../lib/format';
import { problemsByLine } from '../../lib/supervision';
import { ErrorAlert } from '../common/ErrorAlert';
import { oneLine } from '../common/table';

/** One item's versions: each opened as it was (what a case registered under that version was checked against). */
function Versions({ itemCode, current }: { itemCode: string; current: number }) {
  const { api } = useApi();
  const [version, setVersion] = useState(current);
  const item = useQuery({
    queryKey: ['item-version', itemCode, version],
    queryFn: async () =>
      ok(await api.GET('/items/{itemCode}/versions/{version}', { params: { path: { itemCode, version: String(version) } } })),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Radio.Group
        aria-label={`${itemCode}版本`}
        value={version}
        onChange={(e) => setVersion(e.target.value as number)}
        optionType="button"
        size="small"
        options={Array.from({ length: current }, (_, i) => current - i).map((v) => ({
          value: v,
          label: `第 ${v} 版${v === current ? '（现行）' : ''}`,
        }))}
      />
      <ErrorAlert error={item.error} />
      {item.data && (
        <Descriptions size="small" bordered column={{ xs: 1, lg: 3 }}>
          <Descriptions.Item label="名称">{item.data.name}</Descriptions.Item>
          <Descriptions.Item label="承诺时限">
            {item.data.promisedDays} 个工作日（法定 {item.data.statutoryDays}）
          </Descriptions.Item>
          <Descriptions.Item label="发布">
            {formatDateTime(item.data.createdAt)} · {item.data.createdBy}
          </Descriptions.Item>
          <Descriptions.Item label="材料" span={3}>
            {item.data.materials.map((m) => `${m.name}${m.required ? '' : '（选交）'}`).join('、') || '—'}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Space>
  );
}

/** 事项目录: the centre's items with their versions, and importing a county's list (CSV or JSON), all or nothing. */
export default function CatalogPanel() {
  const { api } = useApi();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const items = useQuery({
    queryKey: ['catalog', q],
    queryFn: async () => ok(await api.GET('/items', { params: { query: { ...(q ? { q } : {}), includeRetired: 'true' } } })).items,
  });
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [content, setContent] = useState('');
  const importing = useMutation({
    mutationFn: async () => {
      if (format === 'csv') return ok(await api.POST('/items/import', { body: { format: 'csv', content } }));
      let parsed: unknown;
      try {
        parsed = JSON.parse(content);
      } catch {
        throw new Error('JSON 格式不正确，请检查文件内容');
      }
      const list = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown[] }).items;
      if (!Array.isArray(list)) throw new Error('JSON 文件应为事项数组，或含 items 数组的对象');
      return ok(await api.POST('/items/import', { body: { format: 'json', items: list } }));
    },
    onSuccess: (r) => {
      void message.success(`导入完成：新增或更新 ${r.imported} 项，未变 ${r.unchanged} 项`);
      void queryClient.invalidateQueries({ queryKey: ['catalog'] });
    },
  });
  const rowProblems = importing.error instanceof ApiError ? problemsByLine(importing.error.body.details) : [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        size="small"
        title="事项目录"
        extra={
          <Input.Search
            aria-label="搜索目录"
            placeholder="名称、编码、部门"
            allowClear
            onSearch={(v) => setQ(v.trim())}
            style={{ width: 260 }}
          />
        }
      >
        <ErrorAlert error={items.error} />
        <Table
          size="small"
          rowKey="implementationCode"
          loading={items.isLoading}
          dataSource={items.data ?? []}
          pagination={{ pageSize: 10 }}
          scroll={{ x: 'max-content' }}
          expandable={{ expandedRowRender: (i) => <Versions itemCode={i.implementationCode} current={i.version} /> }}
          columns={[
            { title: '实施编码', dataIndex: 'implementationCode', ...oneLine },
            { title: '事项', dataIndex: 'name' },
            { title: '部门', dataIndex: 'department', ...oneLine },
            { title: '类型', render: (_, i) => ITEM_TYPE_LABELS[i.itemType], ...oneLine },
            { title: '承诺时限', render: (_, i) => `${i.promisedDays} 个工作日`, ...oneLine },
            { title: '版本', render: (_, i) => `第 ${i.version} 版`, ...oneLine },
            { title: '状态', render: (_, i) => (i.status === 'active' ? <Tag color="#237804">在用</Tag> : <Tag>已停用</Tag>) },
          ]}
        />
      </Card>
      <Card size="small" title="导入事项清单（全部通过才导入）">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Radio.Group
            aria-label="文件格式"
            value={format}
            onChange={(e) => setFormat(e.target.value as 'csv' | 'json')}
            options={[
              { value: 'csv', label: 'CSV' },
              { value: 'json', label: 'JSON' },
            ]}
          />
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            aria-label="选择清单文件"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              if (file.name.toLowerCase().endsWith('.json')) setFormat('json');
              if (file.name.toLowerCase().endsWith('.csv')) setFormat('csv');
              void file.text().then(setContent);
            }}
          />
          <Input.TextArea
            aria-label="清单内容"
            rows={6}
            value={content}
            onChange={(e) => setContent(e.target.value)}
            placeholder="或粘贴文件内容（首行为字段名）"
            style={{ fontFamily: 'monospace' }}
          />
          <Button type="primary" disabled={!content.trim()} loading={importing.isPending} onClick={() => importing.mutate()}>
            导入
          </Button>
          {importing.error && !rowProblems.length && <ErrorAlert error={importing.error} />}
          {rowProblems.length > 0 && (
            <Alert
              type="error"
              showIcon
              role="alert"
              message={importing.error instanceof Error ? importing.error.message : '导入失败'}
              description={
                <List
                  size="small"
                  data-testid="import-problems"
                  dataSource={rowProblems}
                  renderItem={(p) => (
                    <List.Item>
                      <Typography.Text strong>
                        第 {p.line} 行{p.implementationCode ? `（${p.implementationCode}）` : ''}：
                      </Typography.Text>
                      {p.problems.join('；')}
                    </List.Item>
                  )}
                />
              }
            />
          )}
          {importing.data && (
            <Table
              size="small"
              rowKey="implementationCode"
              pagination={false}
              dataSource={importing.data.items}
              columns={[
                { title: '实施编码', dataIndex: 'implementationCode' },
                { title: '版本', render: (_, r) => `第 ${r.version} 版` },
                { title: '结果', render: (_, r) => ({ created: '新增', updated: '更新', unchanged: '未变' })[r.result] },
              ]}
            />
          )}
        </Space>
      </Card>
    </Space>
  );
}
