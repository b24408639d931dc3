import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Grid, Row, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, type ReactNode } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { ErrorAlert } from './ErrorAlert';
import type { CaseView } from './types';
import { oneLine } from './table';

// The case file (previews, history) loads once a case is opened.
const CaseFile = lazy(() => import('./CaseFile').then((m) => ({ default: m.CaseFile })));

interface CaseWorkspaceProps<T extends { caseNumber: string }> {
  title: string;
  extra?: ReactNode;
  /** Above the list (e.g. a worklist switch). */
  above?: ReactNode;
  rows: T[];
  loading: boolean;
  error: unknown;
  /** The columns after the case number (always first, a link-styled button so the keyboard opens the case too). */
  columns: NoInfer<ColumnsType<T>>;
  emptyText: string;
  selected: string | undefined;
  onSelect: (caseNumber: string) => void;
  /** The actions this post may take on the opened case. */
  actions: (view: CaseView) => ReactNode;
}

/**
 * A post's work list on the left and the opened case file on the right, with that post's actions:
 * the back office and the output desk work the same way.
 */
export function CaseWorkspace<T extends { caseNumber: string }>(props: CaseWorkspaceProps<T>) {
  const { api } = useApi();
  const { selected, onSelect } = props;
  // Beside the case file (xl and up) the list fits its column: long cells wrap, no column is pushed out
  // of sight; alone on a narrow screen it scrolls sideways instead.
  const besideFile = Grid.useBreakpoint().xl === true;
  const view = useQuery({
    queryKey: ['case', selected],
    enabled: !!selected,
    queryFn: async () => ok(await api.GET('/cases/{caseNumber}', { params: { path: { caseNumber: selected! } } })),
  });
  return (
    <Row gutter={16}>
      <Col xs={24} xl={12} xxl={10}>
        <Card title={props.title} size="small" extra={props.extra}>
          {props.above}
          <ErrorAlert error={props.error} />
          <Table<T>
            size="small"
            rowKey="caseNumber"
            loading={props.loading}
            dataSource={props.rows}
            pagination={{ pageSize: 15 }}
            scroll={besideFile ? undefined : { x: 'max-content' }}
            locale={{ emptyText: props.emptyText }}
            onRow={(c) => ({ onClick: () => onSelect(c.caseNumber), style: { cursor: 'pointer' } })}
            rowClassName={(c) => (c.caseNumber === selected ? 'ant-table-row-selected' : '')}
            columns={[
              {
                title: '办件编号',
                dataIndex: 'caseNumber',
                ...oneLine,
                render: (n: string) => (
                  <Button type="link" size="small" style={{ padding: 0, color: '#0b3d91' }} onClick={() => onSelect(n)}>
                    {n}
                  </Button>
                ),
              },
              ...props.columns,
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12} xxl={14}>
        {view.data ? (
          <Suspense fallback={null}>
            <CaseFile view={view.data} actions={props.actions(view.data)} />
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
