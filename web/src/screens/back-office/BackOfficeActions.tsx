import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Tabs } from 'antd';
import { useMessage } from '../../message-context';
import type { Dayjs } from 'dayjs';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { useAuth } from '../../auth';
import { ErrorAlert } from '../common/ErrorAlert';
import type { CaseView } from '../common/types';

const SPECIAL_KINDS = [
  ['hearing', '听证'],
  ['tender', '招标'],
  ['auction', '拍卖'],
  ['inspection', '检验'],
  ['testing', '检测'],
  ['quarantine', '检疫'],
  ['appraisal', '鉴定'],
  ['expert_review', '专家评审'],
  ['site_survey', '勘验'],
] as const;

type Step = () => Promise<unknown>;

/** One action's form: submit runs the call; the case reloads on success; errors show the API's message. */
function useStep(caseNumber: string, done: string) {
  const queryClient = useQueryClient();
  const message = useMessage();
  return useMutation({
    mutationFn: (run: Step) => run(),
    onSuccess: () => {
      void message.success(done);
      void queryClient.invalidateQueries({ queryKey: ['case', caseNumber] });
      void queryClient.invalidateQueries({ queryKey: ['queue'] });
      void queryClient.invalidateQueries({ queryKey: ['notices', caseNumber] });
    },
  });
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** What the back office can do with the case in its state: review, decide, pause, extend, reassign, report. */
export function BackOfficeActions({ view }: { view: CaseView }) {
  const { api } = useApi();
  const { session } = useAuth();
  const caseNumber = view.caseNumber;
  const p = { params: { path: { caseNumber } } };
  const review = useStep(caseNumber, '审查意见已提交');
  const decide = useStep(caseNumber, '决定已作出');
  const other = useStep(caseNumber, '已提交');
  const lead = view.department === session?.department;
  const tabs = [];

  if (view.state === 'pending_acceptance' && lead) {
    tabs.push({
      key: 'review',
      label: '受理审查',
      children: (
        <Form
          layout="vertical"
          initialValues={{ outcome: 'accept' }}
          onFinish={(v: {
            outcome: 'accept' | 'refuse' | 'request_supplement';
            reason?: string;
            legalBasis?: string;
            problems?: string[];
            problemText?: string;
            dueDate?: Dayjs;
          }) =>
            review.mutate(async () => {
              if (v.outcome === 'accept') return ok(await api.POST('/cases/{caseNumber}/review', { ...p, body: { outcome: 'accept' } }));
              if (v.outcome === 'refuse')
                return ok(
                  await api.POST('/cases/{caseNumber}/review', {
                    ...p,
                    body: { outcome: 'refuse', reason: v.reason ?? '', legalBasis: v.legalBasis ?? '' },
                  }),
                );
              const problems = (v.problems ?? []).map((code) => ({
                code,
                name: view.materials.find((m) => m.code === code)?.name ?? code,
                problem: v.problemText ?? '',
              }));
              return ok(
                await api.POST('/cases/{caseNumber}/review', {
                  ...p,
                  body: { outcome: 'request_supplement', problems, dueDate: v.dueDate ? day(v.dueDate) : '' },
                }),
              );
            })
          }
        >
          <Form.Item name="outcome" label="审查结论">
            <Radio.Group>
              <Radio.Button value="accept">受理</Radio.Button>
              <Radio.Button value="refuse">不予受理</Radio.Button>
              <Radio.Button value="request_supplement">补正</Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {({ getFieldValue }) =>
              getFieldValue('outcome') === 'refuse' ? (
                <>
                  <Form.Item name="reason" label="不予受理理由" rules={[{ required: true, min: 8, message: '请写明理由（至少 8 个字）' }]}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                  <Form.Item name="legalBasis" label="法律依据" rules={[{ required: true, message: '请写明法律依据' }]}>
                    <Input placeholder="如：《中华人民共和国行政许可法》第三十二条" />
                  </Form.Item>
                </>
              ) : getFieldValue('outcome') === 'request_supplement' ? (
                <>
                  <Form.Item name="problems" label="需补正的材料（一次性告知）" rules={[{ required: true, message: '请选择需补正的材料' }]}>
                    <Select mode="multiple" options={view.materials.map((m) => ({ value: m.code, label: m.name }))} />
                  </Form.Item>
                  <Form.Item name="problemText" label="问题说明" rules={[{ required: true, message: '请说明问题' }]}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="dueDate" label="补正期限" rules={[{ required: true, message: '请选择补正期限' }]}>
                    <DatePicker />
                  </Form.Item>
                </>
              ) : null
            }
          </Form.Item>
          <ErrorAlert error={review.error} />
          <Button type="primary" htmlType="submit" loading={review.isPending}>
            提交审查意见
          </Button>
        </Form>
      ),
    });
  }

  if (view.state === 'accepted' && lead) {
    tabs.push({
      key: 'decide',
      label: '作出决定',
      children: (
        <Form
          layout="vertical"
          initialValues={{ outcome: 'approve', kind: 'licence', issuer: view.department, title: view.itemName }}
          onFinish={(v: {
            outcome: 'approve' | 'deny';
            opinion: string;
            kind: 'licence' | 'decision_document';
            number: string;
            title: string;
            issuer: string;
          }) =>
            decide.mutate(async () =>
              ok(
                await api.POST('/cases/{caseNumber}/decision', {
                  ...p,
                  body: {
                    outcome: v.outcome,
                    opinion: v.opinion,
                    result: { kind: v.kind, number: v.number, title: v.title, issuer: v.issuer },
                  },
                }),
              ),
            )
          }
        >
          <Form.Item name="outcome" label="决定">
            <Radio.Group>
              <Radio.Button value="approve">准予</Radio.Button>
              <Radio.Button value="deny">不予许可</Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="opinion" label="审批意见" rules={[{ required: true, message: '请填写审批意见' }]}>
            <Input.TextArea rows={2} placeholder="材料齐全，符合条件，准予。" />
          </Form.Item>
          <Form.Item name="kind" label="结果文书类型">
            <Radio.Group>
              <Radio value="licence">证照</Radio>
              <Radio value="decision_document">决定书</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="number" label="文号 / 证照编号" rules={[{ required: true, message: '请填写文号或证照编号' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="title" label="文书名称" rules={[{ required: true, message: '请填写文书名称' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="issuer" label="出具机关" rules={[{ required: true, message: '请填写出具机关' }]}>
            <Input />
          </Form.Item>
          <ErrorAlert error={decide.error} />
          <Button type="primary" htmlType="submit" loading={decide.isPending}>
            作出决定
          </Button>
        </Form>
      ),
    });
    tabs.push({
      key: 'special',
      label: '特别程序',
      children: (
        <Form
          layout="vertical"
          onFinish={(v: { kind: (typeof SPECIAL_KINDS)[number][0]; reason: string; expectedDays?: number }) =>
            other.mutate(async () => ok(await api.POST('/cases/{caseNumber}/special-procedures', { ...p, body: v })))
          }
        >
          <Form.Item name="kind" label="程序" rules={[{ required: true, message: '请选择特别程序' }]}>
            <Select options={SPECIAL_KINDS.map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请写明理由' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="expectedDays" label="预计工作日">
            <InputNumber min={1} max={365} />
          </Form.Item>
          <Button htmlType="submit" loading={other.isPending}>
            启动特别程序（暂停计时）
          </Button>
        </Form>
      ),
    });
    tabs.push({
      key: 'extension',
      label: '延长期限',
      children: (
        <Form
          layout="vertical"
          onFinish={(v: { days: number; reason: string; approvedBy: string }) =>
            other.mutate(async () => ok(await api.POST('/cases/{caseNumber}/extension', { ...p, body: v })))
          }
        >
          <Form.Item name="days" label="延长工作日" rules={[{ required: true, message: '请填写天数' }]}>
            <InputNumber min={1} max={15} />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请写明理由' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="approvedBy" label="批准负责人" rules={[{ required: true, message: '请填写批准人' }]}>
            <Input />
          </Form.Item>
          <Button htmlType="submit" loading={other.isPending}>
            延长审批期限
          </Button>
        </Form>
      ),
    });
    tabs.push({
      key: 'report',
      label: '上报',
      children: (
        <Form
          layout="vertical"
          onFinish={(v: { authority: string; opinion: string }) =>
            other.mutate(async () => ok(await api.POST('/cases/{caseNumber}/report', { ...p, body: v })))
          }
        >
          <Form.Item name="authority" label="上级机关" rules={[{ required: true, message: '请填写上级机关' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="opinion" label="初审意见" rules={[{ required: true, message: '请填写初审意见' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button htmlType="submit" loading={other.isPending}>
            上报
          </Button>
        </Form>
      ),
    });
  }

  if (view.state === 'special_procedure' && lead) {
    tabs.push({
      key: 'special-end',
      label: '结束特别程序',
      children: (
        <Form
          layout="vertical"
          onFinish={(v: { outcome: string }) =>
            other.mutate(async () => ok(await api.POST('/cases/{caseNumber}/special-procedures/end', { ...p, body: v })))
          }
        >
          <Form.Item name="outcome" label="程序结果" rules={[{ required: true, message: '请填写结果' }]}>
            <Input />
          </Form.Item>
          <Button htmlType="submit" loading={other.isPending}>
            结束特别程序（恢复计时）
          </Button>
        </Form>
      ),
    });
  }

  // 联办: this department's own opinion slot, open while the lead department waits for it.
  const mySlot = view.coOpinions?.find((o) => o.department === session?.department);
  if (view.state === 'accepted' && !lead && mySlot && !mySlot.outcome) {
    tabs.push({
      key: 'co-opinion',
      label: '联办意见',
      children: (
        <Form
          layout="vertical"
          initialValues={{ outcome: 'approve' }}
          onFinish={(v: { outcome: 'approve' | 'deny'; opinion: string }) =>
            other.mutate(async () => ok(await api.POST('/cases/{caseNumber}/co-opinion', { ...p, body: v })))
          }
        >
          <Form.Item name="outcome" label="意见">
            <Radio.Group>
              <Radio.Button value="approve">同意</Radio.Button>
              <Radio.Button value="deny">不同意</Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="opinion" label="说明" rules={[{ required: true, message: '请填写意见说明' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={other.isPending}>
            提交联办意见
          </Button>
        </Form>
      ),
    });
  }

  if (lead && ['pending_acceptance', 'accepted', 'special_procedure', 'supplement_requested'].includes(view.state)) {
    tabs.push({
      key: 'assignee',
      label: 'AB岗转办',
      children: (
        <Form
          layout="vertical"
          onFinish={(v: { subject: string; name: string; reason: string }) =>
            other.mutate(async () => ok(await api.POST('/cases/{caseNumber}/assignee', { ...p, body: v })))
          }
        >
          <Form.Item name="subject" label="承办人账号" rules={[{ required: true, message: '请填写账号' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="name" label="承办人姓名" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请写明原因' }]}>
            <Input placeholder="A岗外出，由B岗办理" />
          </Form.Item>
          <Button htmlType="submit" loading={other.isPending}>
            转给该承办人
          </Button>
        </Form>
      ),
    });
  }

  if (!tabs.length) return null;
  return (
    <Card size="small" title="办理">
      <ErrorAlert error={other.error} />
      <Tabs items={tabs} />
    </Card>
  );
}
