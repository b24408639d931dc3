import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tabs, Timeline, Typography } from 'antd';
import { useMessage } from '../../message-context';
import { useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { formatDateTime } from '../../lib/format';
import { TICKET_KIND_LABELS, ticketStanding } from '../../lib/supervision';
import { ErrorAlert } from '../common/ErrorAlert';
import { oneLine } from '../common/table';

type Kind = 'rectification' | 'cannot_get_done' | 'consultation';
type Status = 'open' | 'resolved';

/** 工单: 差评整改 (opened by a bad rating), 办不成事 and 咨询, each followed up, extended once and closed. */
export default function TicketsPanel() {
  const { api } = useApi();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>();
  const [status, setStatus] = useState<Status | undefined>('open');
  const [department, setDepartment] = useState<string>();
  // Tickets are kept per department: the departments are those of the centre's catalog.
  const departments = useQuery({
    queryKey: ['catalog-departments'],
    queryFn: async () =>
      [...new Set(ok(await api.GET('/items', { params: { query: {} } })).items.flatMap((i) => [i.department, ...i.coDepartments]))].sort(
        (a, b) => a.localeCompare(b, 'zh-CN'),
      ),
  });
  const shown = department ?? departments.data?.[0];
  const tickets = useQuery({
    queryKey: ['tickets', shown, kind, status],
    enabled: !!shown,
    queryFn: async () =>
      ok(await api.GET('/tickets', { params: { query: { department: shown!, ...(kind ? { kind } : {}), ...(status ? { status } : {}) } } }))
        .tickets,
  });
  const step = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: () => {
      void message.success('工单已更新');
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
    },
  });
  const open = useMutation({
    mutationFn: async (v: { kind: 'cannot_get_done' | 'consultation'; comment: string; department?: string; caseNumber?: string }) =>
      ok(
        await api.POST('/tickets', {
          body: {
            kind: v.kind,
            comment: v.comment,
            channel: 'window',
            ...(v.department ? { department: v.department } : {}),
            ...(v.caseNumber ? { caseNumber: v.caseNumber } : {}),
          },
        }),
      ),
    onSuccess: (ticket) => {
      // Show the department's list the new ticket is on.
      setDepartment(ticket.department);
      void message.success('工单已登记');
      void queryClient.invalidateQueries({ queryKey: ['tickets'] });
    },
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        size="small"
        title="工单"
        extra={
          <Space>
            <Select<string>
              aria-label="工单部门"
              style={{ width: 160 }}
              value={shown}
              onChange={setDepartment}
              loading={departments.isLoading}
              options={(departments.data ?? []).map((d) => ({ value: d, label: d }))}
            />
            <Select<Kind | 'all'>
              aria-label="工单类型"
              style={{ width: 140 }}
              value={kind ?? 'all'}
              onChange={(v) => setKind(v === 'all' ? undefined : v)}
              options={[
                { value: 'all', label: '全部类型' },
                ...Object.entries(TICKET_KIND_LABELS).map(([value, label]) => ({ value: value as Kind, label })),
              ]}
            />
            <Select<Status | 'all'>
              aria-label="工单状态"
              style={{ width: 120 }}
              value={status ?? 'all'}
              onChange={(v) => setStatus(v === 'all' ? undefined : v)}
              options={[
                { value: 'open', label: '办理中' },
                { value: 'resolved', label: '已办结' },
                { value: 'all', label: '全部' },
              ]}
            />
          </Space>
        }
      >
        <ErrorAlert error={departments.error ?? tickets.error ?? step.error} />
        <Table
          size="small"
          rowKey="ticketId"
          loading={tickets.isLoading}
          dataSource={tickets.data ?? []}
          locale={{ emptyText: '暂无工单' }}
          scroll={{ x: 'max-content' }}
          expandable={{
            expandedRowRender: (t) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Timeline
                  items={[
                    { children: `${formatDateTime(t.openedAt)} 登记：${t.comment}` },
                    ...t.followUps.map((f) => ({ children: `${formatDateTime(f.at)} ${f.by}：${f.note}` })),
                    ...(t.extension
                      ? [
                          {
                            children: `${formatDateTime(t.extension.at)} ${t.extension.by} 延期 ${t.extension.days} 个工作日：${t.extension.reason}`,
                          },
                        ]
                      : []),
                    ...(t.resolution
                      ? [{ color: 'green', children: `${formatDateTime(t.resolution.at)} ${t.resolution.by} 办结：${t.resolution.result}` }]
                      : []),
                  ]}
                />
                {t.status === 'open' && (
                  <Tabs
                    size="small"
                    items={[
                      {
                        key: 'follow',
                        label: '跟进',
                        children: (
                          <Form
                            layout="inline"
                            onFinish={(v: { note: string }) =>
                              step.mutate(async () =>
                                ok(
                                  await api.POST('/tickets/{ticketId}/follow-up', { params: { path: { ticketId: t.ticketId } }, body: v }),
                                ),
                              )
                            }
                          >
                            <Form.Item name="note" label="跟进记录" rules={[{ required: true, message: '请填写跟进记录' }]}>
                              <Input style={{ width: 360 }} />
                            </Form.Item>
                            <Button htmlType="submit" loading={step.isPending}>
                              记录
                            </Button>
                          </Form>
                        ),
                      },
                      ...(t.extension
                        ? []
                        : [
                            {
                              key: 'extend',
                              label: '延期',
                              children: (
                                <Form
                                  layout="inline"
                                  onFinish={(v: { days: number; reason: string }) =>
                                    step.mutate(async () =>
                                      ok(
                                        await api.POST('/tickets/{ticketId}/extend', {
                                          params: { path: { ticketId: t.ticketId } },
                                          body: v,
                                        }),
                                      ),
                                    )
                                  }
                                >
                                  <Form.Item name="days" label="延期工作日" rules={[{ required: true, message: '请填写天数' }]}>
                                    <InputNumber min={1} max={10} />
                                  </Form.Item>
                                  <Form.Item name="reason" label="延期理由" rules={[{ required: true, message: '请写明理由' }]}>
                                    <Input style={{ width: 280 }} />
                                  </Form.Item>
                                  <Button htmlType="submit" loading={step.isPending}>
                                    延期（仅一次）
                                  </Button>
                                </Form>
                              ),
                            },
                          ]),
                      {
                        key: 'resolve',
                        label: '办结',
                        children: (
                          <Form
                            layout="inline"
                            onFinish={(v: { result: string }) =>
                              step.mutate(async () =>
                                ok(await api.POST('/tickets/{ticketId}/resolve', { params: { path: { ticketId: t.ticketId } }, body: v })),
                              )
                            }
                          >
                            <Form.Item name="result" label="办理结果" rules={[{ required: true, message: '请填写办理结果' }]}>
                              <Input style={{ width: 360 }} />
                            </Form.Item>
                            <Button type="primary" htmlType="submit" loading={step.isPending}>
                              办结工单
                            </Button>
                          </Form>
                        ),
                      },
                    ]}
                  />
                )}
              </Space>
            ),
          }}
          columns={[
            { title: '类型', render: (_, t) => TICKET_KIND_LABELS[t.kind] ?? t.kind, ...oneLine },
            { title: '部门', dataIndex: 'department', ...oneLine },
            { title: '办件 / 事项', render: (_, t) => t.caseNumber ?? t.itemCode ?? '—' },
            {
              title: '内容',
              render: (_, t) => (
                <Typography.Text ellipsis={{ tooltip: t.comment }} style={{ maxWidth: 280 }}>
                  {t.comment}
                </Typography.Text>
              ),
            },
            { title: '登记时间', render: (_, t) => formatDateTime(t.openedAt), ...oneLine },
            { title: '答复期限', render: (_, t) => t.dueBy ?? '—', ...oneLine },
            {
              title: '状态',
              render: (_, t) => {
                const s = ticketStanding(t);
                return <Badge status={s.tone} text={s.text} />;
              },
              ...oneLine,
            },
          ]}
        />
      </Card>
      <Card size="small" title="登记工单（办不成事 / 咨询）">
        <Form
          layout="vertical"
          initialValues={{ kind: 'cannot_get_done' }}
          onFinish={(v: { kind: 'cannot_get_done' | 'consultation'; comment: string; department?: string; caseNumber?: string }) =>
            open.mutate(v)
          }
        >
          <Space wrap align="start">
            <Form.Item name="kind" label="类型">
              <Select
                style={{ width: 140 }}
                options={[
                  { value: 'cannot_get_done', label: '办不成事' },
                  { value: 'consultation', label: '咨询' },
                ]}
              />
            </Form.Item>
            <Form.Item name="department" label="责任部门">
              <Input style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="caseNumber" label="相关办件编号">
              <Input style={{ width: 200 }} />
            </Form.Item>
          </Space>
          <Form.Item name="comment" label="诉求内容" rules={[{ required: true, message: '请填写申请人的诉求' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <ErrorAlert error={open.error} />
          <Button type="primary" htmlType="submit" loading={open.isPending}>
            登记工单
          </Button>
        </Form>
      </Card>
    </Space>
  );
}
