import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { formatBytes, formatDateTime } from '../../lib/format';
import { ARCHIVE_PROPERTY_LABELS, CHECK_LABELS } from '../../lib/supervision';
import { ErrorAlert } from '../common/ErrorAlert';
import { oneLine } from '../common/table';

// Solid colours: white text on them keeps AA contrast (axe).
const CHECK_COLORS: Record<string, string> = { pass: '#237804', fail: '#a8071a', unverified: 'default' };
const PROPERTIES = Object.keys(ARCHIVE_PROPERTY_LABELS) as (keyof typeof ARCHIVE_PROPERTY_LABELS)[];

/** 归档: each package's latest verification (四性检测), failed first, and one case's package opened. */
export default function ArchivePanel() {
  const { api } = useApi();
  const [status, setStatus] = useState<'all' | 'failed' | 'passed'>('all');
  const [caseNumber, setCaseNumber] = useState('');
  const checks = useQuery({
    queryKey: ['archive-verifications', status],
    queryFn: async () =>
      ok(await api.GET('/archive/verifications', { params: { query: { limit: 100, ...(status === 'all' ? {} : { status }) } } }))
        .verifications,
  });
  const pkg = useQuery({
    queryKey: ['archive', caseNumber],
    enabled: !!caseNumber,
    queryFn: async () => ok(await api.GET('/archive/cases/{caseNumber}', { params: { path: { caseNumber } } })),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        size="small"
        title="归档包核验（真实性、完整性、可用性、安全性）"
        extra={
          <Segmented
            aria-label="核验结果"
            value={status}
            onChange={(v) => setStatus(v as typeof status)}
            options={[
              { value: 'all', label: '全部' },
              { value: 'failed', label: '未通过' },
              { value: 'passed', label: '通过' },
            ]}
          />
        }
      >
        <ErrorAlert error={checks.error} />
        <Table
          size="small"
          rowKey="packageKey"
          loading={checks.isLoading}
          dataSource={checks.data ?? []}
          locale={{ emptyText: '暂无核验记录' }}
          scroll={{ x: 'max-content' }}
          onRow={(v) => ({ onClick: () => setCaseNumber(v.caseNumber), style: { cursor: 'pointer' } })}
          expandable={{
            rowExpandable: (v) => PROPERTIES.some((p) => v.properties[p].problems.length > 0),
            expandedRowRender: (v) => (
              <ul style={{ margin: 0 }}>
                {PROPERTIES.flatMap((p) =>
                  v.properties[p].problems.map((problem) => (
                    <li key={`${p}:${problem}`}>
                      {ARCHIVE_PROPERTY_LABELS[p]}：{problem}
                    </li>
                  )),
                )}
              </ul>
            ),
          }}
          columns={[
            { title: '办件编号', dataIndex: 'caseNumber', ...oneLine },
            { title: '部门', dataIndex: 'department', ...oneLine },
            { title: '核验时间', render: (_, v) => formatDateTime(v.checkedAt), ...oneLine },
            {
              title: '结论',
              render: (_, v) => (v.status === 'passed' ? <Tag color="#237804">通过</Tag> : <Tag color="#a8071a">未通过</Tag>),
            },
            ...PROPERTIES.map((p) => ({
              title: ARCHIVE_PROPERTY_LABELS[p],
              render: (_: unknown, v: { properties: Record<typeof p, { status: string }> }) => (
                <Tag color={CHECK_COLORS[v.properties[p].status]}>{CHECK_LABELS[v.properties[p].status]}</Tag>
              ),
            })),
          ]}
        />
      </Card>
      <Card size="small" title="查看归档包">
        <Input.Search
          aria-label="归档办件编号"
          placeholder="输入办件编号"
          enterButton="查看"
          style={{ maxWidth: 420 }}
          value={caseNumber}
          onChange={(e) => setCaseNumber(e.target.value.trim())}
          onSearch={(v) => setCaseNumber(v.trim())}
        />
        <ErrorAlert error={pkg.error} />
        {pkg.data && (
          <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
            <Descriptions size="small" bordered column={{ xs: 1, lg: 2 }}>
              <Descriptions.Item label="归档时间">{formatDateTime(pkg.data.archived.at)}</Descriptions.Item>
              <Descriptions.Item label="清单校验">
                {pkg.data.manifestSha256Matches ? <Tag color="#237804">与登记一致</Tag> : <Tag color="#a8071a">与登记不一致</Tag>}
                <a href={pkg.data.manifestUrl} target="_blank" rel="noreferrer">
                  归档清单
                </a>
              </Descriptions.Item>
              <Descriptions.Item label="补充件">{pkg.data.addenda.length}</Descriptions.Item>
              <Descriptions.Item label="被拒绝的改动">{pkg.data.refusedChanges.length}</Descriptions.Item>
            </Descriptions>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={pkg.data.objects}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  title: '文件',
                  render: (_, o) => (
                    <a href={o.url} target="_blank" rel="noreferrer">
                      {o.title}
                    </a>
                  ),
                },
                { title: '类别', dataIndex: 'role' },
                { title: '大小', render: (_, o) => formatBytes(o.size) },
                { title: 'SHA-256', render: (_, o) => <Typography.Text code>{o.sha256.slice(0, 16)}…</Typography.Text> },
              ]}
            />
          </Space>
        )}
      </Card>
    </Space>
  );
}
