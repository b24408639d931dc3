import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Descriptions, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import { useMessage } from '../../message-context';
import { useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { useAuth } from '../../auth';
import { formatDateTime } from '../../lib/format';
import { PRIORITY_LABELS, TAG_COLOURS, TICKET_STATUS_LABELS, waitLabel, windowActions } from '../../lib/hall-board';
import { useModule } from '../../lib/use-module';
import { ErrorAlert } from '../common/ErrorAlert';
import { chosenWindow, windowQueryKey } from './desk-link';
import type { QueueTicket } from './types';
import type { IssueRequest, TransferRequest } from './WindowDeskDialogs';

// The two dialogs (and antd's Modal and Form) load when one is first opened, not with the intake screen.
const loadDialogs = () => import('./WindowDeskDialogs');

/**
 * 窗口叫号 at the top of the clerk's workbench: sign in to a window for the shift (A post, or the B post
 * taking it over), call the next number, recall, skip, transfer with a reason, finish; 受理办件 opens the
 * intake form, and a case registered while the ticket is served is linked to it.
 */
export default function WindowDesk({ onIntake }: { onIntake: () => void }) {
  const { api } = useApi();
  const { session } = useAuth();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [windowId, setWindowId] = useState<string | undefined>(chosenWindow.get());
  const [post, setPost] = useState<'A' | 'B'>('A');
  const [takeOverReason, setTakeOverReason] = useState('');
  const [transfer, setTransfer] = useState<TransferRequest>();
  const [issue, setIssue] = useState<IssueRequest>();
  const dialogs = useModule(loadDialogs, !!issue || !!transfer);

  const config = useQuery({ queryKey: ['hall-config'], queryFn: async () => ok(await api.GET('/hall/config', {})) });
  const now = useQuery({
    queryKey: windowQueryKey(windowId),
    enabled: !!windowId,
    queryFn: async () => ok(await api.GET('/hall/windows/{windowId}', { params: { path: { windowId: windowId! } } })),
    refetchInterval: 5_000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: windowQueryKey(windowId) });

  const w = now.data?.window;
  const mine = !!w?.shift && w.shift.subject === session?.subject;
  const heldByOther = !!w?.shift && !mine;
  const ticket = now.data?.serving;
  const actions = windowActions(mine, ticket?.status);

  const act = useMutation({
    mutationFn: async (action: 'sign-in' | 'sign-out' | 'call' | 'recall' | 'skip' | 'finish' | 'transfer'): Promise<string> => {
      const path = { windowId: windowId! };
      switch (action) {
        case 'sign-in':
          ok(
            await api.POST('/hall/windows/{windowId}/sign-in', {
              params: { path },
              body: heldByOther ? { post: 'B', takeOverReason: takeOverReason.trim() } : { post },
            }),
          );
          return '已上岗';
        case 'sign-out':
          ok(await api.POST('/hall/windows/{windowId}/sign-out', { params: { path } }));
          return '已下岗';
        case 'call': {
          const r = ok(await api.POST('/hall/windows/{windowId}/call', { params: { path } }));
          return r.ticket ? `已呼叫 ${r.ticket.number}` : '当前没有等候的号';
        }
        case 'transfer': {
          const t = ok(
            await api.POST('/hall/tickets/{ticketId}/transfer', {
              params: { path: { ticketId: ticket!.ticketId } },
              body: {
                ...(transfer?.category ? { category: transfer.category } : {}),
                ...(transfer?.windowId ? { windowId: transfer.windowId } : {}),
                reason: transfer!.reason.trim(),
              },
            }),
          );
          setTransfer(undefined);
          return `${t.number} 已转移`;
        }
        default: {
          const t = ok(await api.POST(`/hall/tickets/{ticketId}/${action}`, { params: { path: { ticketId: ticket!.ticketId } } }));
          return action === 'recall'
            ? `已重呼 ${t.number}`
            : action === 'skip'
              ? t.status === 'dropped'
                ? `${t.number} 第二次过号，已作废`
                : `${t.number} 已过号，回到队列`
              : `${t.number} 已办结，请申请人在评价器上评价`;
        }
      }
    },
    onSuccess: (text) => {
      void message.success(text);
      void refresh();
    },
  });

  // 咨询台: a number issued for someone, in the priority lane (绿色通道) where due.
  const issued = useMutation({
    mutationFn: async () =>
      ok(
        await api.POST('/hall/tickets', { body: { category: issue!.category!, ...(issue?.priority ? { priority: issue.priority } : {}) } }),
      ),
    onSuccess: (t) => {
      setIssue(undefined);
      void message.success(`已发号 ${t.number}${t.priority ? `（绿色通道：${PRIORITY_LABELS[t.priority]}）` : ''}`);
      void refresh();
    },
  });

  const windows = config.data?.windows ?? [];
  const categories = config.data?.categories ?? [];
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={<h2 style={{ margin: 0, fontSize: 16 }}>窗口叫号</h2>}
      data-testid="window-desk"
      extra={
        <Space>
          <Button size="small" onClick={() => setIssue({})}>
            代为取号 / 绿色通道
          </Button>
          {windowId && (
            <Button size="small" href={`/pad/${encodeURIComponent(windowId)}`} target="_blank" rel="noreferrer">
              打开评价器
            </Button>
          )}
        </Space>
      }
    >
      <Space wrap align="start" size="large">
        <Space direction="vertical" size={4}>
          <label htmlFor="desk-window">窗口</label>
          <Select
            id="desk-window"
            style={{ minWidth: 220 }}
            value={windowId}
            placeholder="选择本人所在窗口"
            onChange={(v: string) => {
              chosenWindow.set(v);
              setWindowId(v);
            }}
            options={windows.map((x) => ({ value: x.windowId, label: `${x.name}（${x.kindLabel}）` }))}
          />
        </Space>
        {w && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ minWidth: 360 }}>
            <Descriptions.Item label="在岗">
              {w.shift ? `${w.shift.name}（${w.shift.post}岗，${formatDateTime(w.shift.since)} 起）` : '无人上岗'}
            </Descriptions.Item>
            <Descriptions.Item label="等候">
              <span data-testid="desk-waiting">{now.data?.waiting ?? 0} 人</span>
            </Descriptions.Item>
            <Descriptions.Item label="服务">
              {w.categories.map((c) => categories.find((x) => x.code === c)?.name ?? c).join('、')}
              {w.pendingSwitch
                ? `（下次叫号起改为：${w.pendingSwitch.categories.map((c) => categories.find((x) => x.code === c)?.name ?? c).join('、')}）`
                : ''}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Space>
      {w && !mine && (
        <Space wrap style={{ marginTop: 8 }}>
          {heldByOther ? (
            <>
              <Input
                aria-label="顶岗原因"
                placeholder={`${w.shift!.name} 在岗；B 岗顶岗请写明原因`}
                value={takeOverReason}
                onChange={(e) => setTakeOverReason(e.target.value)}
                style={{ width: 320 }}
              />
              <Button type="primary" disabled={!takeOverReason.trim()} loading={act.isPending} onClick={() => act.mutate('sign-in')}>
                B岗顶岗
              </Button>
            </>
          ) : (
            <>
              <Radio.Group
                aria-label="岗位"
                value={post}
                onChange={(e) => setPost(e.target.value as 'A' | 'B')}
                optionType="button"
                options={[
                  { value: 'A', label: 'A岗' },
                  { value: 'B', label: 'B岗' },
                ]}
              />
              <Button type="primary" loading={act.isPending} onClick={() => act.mutate('sign-in')}>
                上岗
              </Button>
            </>
          )}
        </Space>
      )}
      {mine && (
        <div style={{ marginTop: 8 }}>
          {ticket && <ServingTicket ticket={ticket} />}
          <Space wrap style={{ marginTop: 8 }}>
            {actions.includes('call') && (
              <Button type="primary" size="large" loading={act.isPending && act.variables === 'call'} onClick={() => act.mutate('call')}>
                叫号
              </Button>
            )}
            {actions.includes('intake') && (
              <Button type="primary" onClick={onIntake}>
                受理办件
              </Button>
            )}
            {actions.includes('recall') && <Button onClick={() => act.mutate('recall')}>重呼</Button>}
            {actions.includes('skip') && <Button onClick={() => act.mutate('skip')}>过号</Button>}
            {actions.includes('transfer') && <Button onClick={() => setTransfer({ reason: '' })}>转移</Button>}
            {actions.includes('finish') && (
              <Button onClick={() => act.mutate('finish')} loading={act.isPending && act.variables === 'finish'}>
                办结
              </Button>
            )}
            {!ticket && <Button onClick={() => act.mutate('sign-out')}>下岗</Button>}
          </Space>
        </div>
      )}
      <div style={{ marginTop: 8 }}>
        <ErrorAlert error={act.error ?? now.error ?? config.error} />
      </div>
      {dialogs && (
        <>
          <dialogs.IssueDialog
            issue={issue}
            setIssue={setIssue}
            categories={categories}
            pending={issued.isPending}
            error={issued.error}
            onIssue={() => issued.mutate()}
          />
          <dialogs.TransferDialog
            number={ticket?.number}
            transfer={transfer}
            setTransfer={setTransfer}
            categories={categories}
            windows={windows.filter((x) => x.windowId !== windowId)}
            pending={act.isPending}
            onTransfer={() => act.mutate('transfer')}
          />
        </>
      )}
    </Card>
  );
}

function ServingTicket({ ticket }: { ticket: QueueTicket }) {
  return (
    <Space wrap size="large" data-testid="serving-ticket">
      <Typography.Text strong style={{ fontSize: 28 }} data-testid="serving-number">
        {ticket.number}
      </Typography.Text>
      <Tag color="blue">{TICKET_STATUS_LABELS[ticket.status]}</Tag>
      <span>{ticket.categoryName}</span>
      {ticket.priority && <Tag color={TAG_COLOURS.priority}>绿色通道：{PRIORITY_LABELS[ticket.priority] ?? ticket.priority}</Tag>}
      {ticket.bookingCode && <Tag>预约 {ticket.bookingCode}</Tag>}
      <span>等候 {waitLabel(ticket.waitMinutes)}</span>
      {ticket.caseNumbers.length > 0 && <span data-testid="serving-cases">已关联办件：{ticket.caseNumbers.join('、')}</span>}
    </Space>
  );
}
