import { useMutation } from '@tanstack/react-query';
import { Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { useAuth } from '../../auth';
import { deadlineText, formatBytes, formatDateTime, ITEM_TYPE_LABELS, stateLabel } from '../../lib/format';
import { historyText } from '../../lib/history';
import { ErrorAlert } from './ErrorAlert';
import { MaterialPreview } from './MaterialPreview';
import { NoticeList } from './NoticeList';
import type { CaseView } from './types';

/** Roles that may read a case's personal data in full; each reading is recorded by the API. */
const MAY_REVEAL = new Set(['approver', 'output_clerk']);

/** The case file: summary, materials (previewed inline), notices and the full history. */
export function CaseFile({ view, actions }: { view: CaseView; actions?: ReactNode }) {
  const { api } = useApi();
  const { session } = useAuth();
  const reveal = useMutation({
    mutationFn: async () => ok(await api.GET('/cases/{caseNumber}/personal-data', { params: { path: { caseNumber: view.caseNumber } } })),
  });
  const applicant = reveal.data?.applicant;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card
        title={`办件 ${view.caseNumber}`}
        size="small"
        extra={
          <Tag color="blue" data-testid="case-state">
            {stateLabel(view.state)}
          </Tag>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xxl: 3 }} bordered>
          <Descriptions.Item label="事项">{view.itemName}</Descriptions.Item>
          <Descriptions.Item label="类型">{ITEM_TYPE_LABELS[view.itemType]}</Descriptions.Item>
          <Descriptions.Item label="承办部门">{view.department}</Descriptions.Item>
          <Descriptions.Item label="申请人">
            <span data-testid="applicant-name">{applicant?.name ?? view.applicant.name}</span>
          </Descriptions.Item>
          <Descriptions.Item label="证件号码">
            <Space>
              <span data-testid="applicant-id">{applicant?.idNumber ?? view.applicant.idNumberMasked}</span>
              {session && MAY_REVEAL.has(session.role) && !applicant && (
                <Popconfirm
                  title="查看完整个人信息？"
                  description="本次查看将被记录（查看人、时间）。"
                  okText="查看"
                  cancelText="取消"
                  onConfirm={() => reveal.mutate()}
                >
                  <Button size="small">查看完整信息</Button>
                </Popconfirm>
              )}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="联系电话">{applicant?.phone ?? view.applicant.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="收件时间">{formatDateTime(view.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label="承诺办结">{deadlineText(view.promisedBy, view.provisional, '受理后计算')}</Descriptions.Item>
          <Descriptions.Item label="收件人">{view.submittedBy.name}</Descriptions.Item>
          {view.deferred && (
            <Descriptions.Item label="容缺材料" span={3}>
              {view.deferred.materials.map((m) => m.name).join('、')}，补交期限 {view.deferred.dueDate}
            </Descriptions.Item>
          )}
          {view.correction && (
            <Descriptions.Item label="补正事项" span={3}>
              {view.correction.problems.map((p) => `${p.name}：${p.problem}`).join('；')}
            </Descriptions.Item>
          )}
          {view.decision && (
            <Descriptions.Item label="决定" span={3}>
              {view.decision.outcome === 'approve' ? '准予' : '不予'}：{view.decision.opinion}（{view.decision.decidedBy.name}，
              {formatDateTime(view.decision.decidedAt)}）
            </Descriptions.Item>
          )}
        </Descriptions>
        <ErrorAlert error={reveal.error} />
      </Card>
      {actions}
      <Card title="申请材料" size="small">
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={view.materials}
          locale={{ emptyText: '没有扫描材料' }}
          expandable={{
            expandedRowRender: (m) => (
              <MaterialPreview caseNumber={view.caseNumber} code={m.code} contentType={m.contentType} name={m.name} />
            ),
            expandRowByClick: false,
          }}
          columns={[
            { title: '材料', dataIndex: 'name' },
            { title: '类型', dataIndex: 'contentType' },
            { title: '大小', render: (_, m) => formatBytes(m.size) },
            { title: 'SHA-256', render: (_, m) => <Typography.Text code>{m.sha256.slice(0, 16)}…</Typography.Text> },
          ]}
        />
      </Card>
      <Card size="small">
        <NoticeList caseNumber={view.caseNumber} />
      </Card>
      <Card title="办理过程" size="small">
        <Timeline items={view.history.map((h) => ({ children: <span>{historyText(h)}</span> }))} />
      </Card>
    </Space>
  );
}
