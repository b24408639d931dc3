import { Form, Input, Modal, Radio, Select } from 'antd';
import type { Dispatch, SetStateAction } from 'react';
import { PRIORITY_LABELS } from '../../lib/hall-board';
import { ErrorAlert } from '../common/ErrorAlert';

/** 代为取号: the business category and, where due, the priority lane (绿色通道). */
export interface IssueRequest {
  category?: string;
  priority?: 'elderly' | 'disabled' | 'pregnant';
}
/** 转移: to another category or another window, with the reason. */
export interface TransferRequest {
  category?: string;
  windowId?: string;
  reason: string;
}
interface Category {
  code: string;
  letter: string;
  name: string;
}

/** 代为取号 at the desk: a number issued for someone, in the priority lane where due. */
export function IssueDialog({
  issue,
  setIssue,
  categories,
  pending,
  error,
  onIssue,
}: {
  issue: IssueRequest | undefined;
  setIssue: Dispatch<SetStateAction<IssueRequest | undefined>>;
  categories: readonly Category[];
  pending: boolean;
  error: unknown;
  onIssue: () => void;
}) {
  return (
    <Modal
      title="代为取号"
      open={!!issue}
      okText="发号"
      cancelText="取消"
      okButtonProps={{ disabled: !issue?.category, loading: pending }}
      onOk={onIssue}
      onCancel={() => setIssue(undefined)}
    >
      <Form layout="vertical">
        <Form.Item label="业务类别" htmlFor="issue-category">
          <Select
            id="issue-category"
            value={issue?.category}
            onChange={(v: string) => setIssue((i) => ({ ...i, category: v }))}
            options={categories.map((c) => ({ value: c.code, label: `${c.letter} · ${c.name}` }))}
          />
        </Form.Item>
        <Form.Item label="绿色通道（优先叫号）">
          <Radio.Group
            aria-label="绿色通道"
            value={issue?.priority ?? ''}
            onChange={(e) =>
              setIssue((i) => ({ ...i, priority: (e.target.value as '' | 'elderly' | 'disabled' | 'pregnant') || undefined }))
            }
            options={[{ value: '', label: '否' }, ...Object.entries(PRIORITY_LABELS).map(([value, label]) => ({ value, label }))]}
          />
        </Form.Item>
        <ErrorAlert error={error} />
      </Form>
    </Modal>
  );
}

/** 转移 the number being served to another category or window, with the reason. */
export function TransferDialog({
  number,
  transfer,
  setTransfer,
  categories,
  windows,
  pending,
  onTransfer,
}: {
  number: string | undefined;
  transfer: TransferRequest | undefined;
  setTransfer: Dispatch<SetStateAction<TransferRequest | undefined>>;
  categories: readonly Category[];
  /** The other windows of the hall. */
  windows: readonly { windowId: string; name: string }[];
  pending: boolean;
  onTransfer: () => void;
}) {
  return (
    <Modal
      title={`转移 ${number ?? ''}`}
      open={!!transfer}
      okText="转移"
      cancelText="取消"
      okButtonProps={{ disabled: !transfer?.reason.trim() || (!transfer.category && !transfer.windowId), loading: pending }}
      onOk={onTransfer}
      onCancel={() => setTransfer(undefined)}
    >
      <Form layout="vertical">
        <Form.Item label="转到业务类别" htmlFor="transfer-category">
          <Select
            id="transfer-category"
            allowClear
            value={transfer?.category}
            onChange={(v: string | undefined) => setTransfer((t) => ({ reason: '', ...t, category: v }))}
            options={categories.map((c) => ({ value: c.code, label: `${c.letter} · ${c.name}` }))}
          />
        </Form.Item>
        <Form.Item label="或转到窗口" htmlFor="transfer-window">
          <Select
            id="transfer-window"
            allowClear
            value={transfer?.windowId}
            onChange={(v: string | undefined) => setTransfer((t) => ({ reason: '', ...t, windowId: v }))}
            options={windows.map((x) => ({ value: x.windowId, label: x.name }))}
          />
        </Form.Item>
        <Form.Item label="转移原因" htmlFor="transfer-reason">
          <Input.TextArea
            id="transfer-reason"
            rows={2}
            maxLength={500}
            value={transfer?.reason}
            onChange={(e) => setTransfer((t) => ({ ...t, reason: e.target.value }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
