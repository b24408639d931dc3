import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Row, Table, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { useAuth } from '../../auth';
import { byDeadline, formatDateTime, LIGHT_COLORS, LIGHT_LABELS, lightOf, stateLabel, type Light } from '../../lib/format';
import { ErrorAlert } from '../common/ErrorAlert';
import { BackOfficeActions } from './BackOfficeActions';

// The case file (previews, history) loads once a case is opened.
const CaseFile = lazy(() => import('../common/CaseFile').then((m) => ({ default: m.CaseFile })));

const OPEN_STATES = ['pending_acceptance', 'accepted', 'special_procedure', 'supplement_requested', 'reported'] as const;

/** 后台审批: the department's queue by deadline with lights, and the case file with its actions. */
export default function BackOfficeScreen() {
  const { api } = useApi();
  const { session } = useAuth();
  const [selected, setSelected] = useState<string>();
  const queue = useQuery({
    queryKey: ['queue', session?.department],
    refetchInterval: 10_000,
    queryFn: async () => {
      const pages = await Promise.all(
        OPEN_STATES.map(async (state) => ok(await api.GET('/queue', { params: { query: { state, limit: 100 } } })).cases),
      );
      const warnings = ok(await api.GET('/supervision/warnings', { params: { query: {} } }));
      const lights = new Map<string, Light>(warnings.warnings.map((w) => [w.caseNumber, w.level as Light]));
      return pages
        .flat()
        .map((c) => ({ ...c, light: lightOf(c.promisedBy, lights.get(c.caseNumber)) }))
        .sort(byDeadline);
    },
  });
  const view = useQuery({
    queryKey: ['case', selected],
    enabled: !!selected,
    queryFn: async () => ok(await api.GET('/cases/{caseNumber}', { params: { path: { caseNumber: selected! } } })),
  });
  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title={`${session?.department ?? ''}待办（按期限）`} size="small">
          <ErrorAlert error={queue.error} />
          <Table
            size="small"
            rowKey="caseNumber"
            loading={queue.isLoading}
            dataSource={queue.data ?? []}
            pagination={{ pageSize: 15 }}
            locale={{ emptyText: '暂无待办' }}
            onRow={(c) => ({ onClick: () => setSelected(c.caseNumber), style: { cursor: 'pointer' } })}
            rowClassName={(c) => (c.caseNumber === selected ? 'ant-table-row-selected' : '')}
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
              { title: '状态', render: (_, c) => stateLabel(c.state) },
              { title: '承诺办结', render: (_, c) => c.promisedBy ?? `收件 ${formatDateTime(c.receivedAt)}` },
              { title: '亮灯', render: (_, c) => (c.light ? <Tag color={LIGHT_COLORS[c.light]}>{LIGHT_LABELS[c.light]}</Tag> : '—') },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        {view.data ? (
          <Suspense fallback={null}>
            <CaseFile view={view.data} actions={<BackOfficeActions view={view.data} />} />
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
