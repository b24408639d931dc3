import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, List, Radio, Space, Typography } from 'antd';
import { useMessage } from '../../message-context';
import dayjs, { type Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { formatDateTime } from '../../lib/format';
import { identityProblem } from '../../lib/identity-rules';
import { uploadScan, type UploadedScan } from '../../lib/upload';
import { ErrorAlert } from '../common/ErrorAlert';
import { MaterialScan } from '../common/MaterialScan';
import type { CaseView } from '../common/types';
import { SignatureCanvas, type SignatureHandle } from './SignatureCanvas';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** The output window's steps for a case: scan the result, hand it over with a signature, or mail it. */
export function OutputActions({ view }: { view: CaseView }) {
  const { api } = useApi();
  const message = useMessage();
  const queryClient = useQueryClient();
  const caseNumber = view.caseNumber;
  const p = { params: { path: { caseNumber } } };
  const [resultScan, setResultScan] = useState<UploadedScan>();
  const [letter, setLetter] = useState<UploadedScan>();
  const signature = useRef<SignatureHandle>(null);
  const step = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: () => {
      void message.success('已办理');
      for (const key of [['case', caseNumber], ['output-desk'], ['notices', caseNumber], ['sms', caseNumber]])
        void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const sms = useQuery({
    queryKey: ['sms', caseNumber],
    queryFn: async () => ok(await api.GET('/notifications', { params: { query: { caseNumber } } })).notifications,
  });
  const waitingScan = ['approved', 'denied', 'not_accepted'].includes(view.state);
  const courier = view.delivery?.method === 'courier';
  const [recipientKind, setRecipientKind] = useState<'applicant' | 'proxy'>('applicant');

  return (
    <Card size="small" title="出件">
      <ErrorAlert error={step.error} />
      {waitingScan && (
        <Form
          layout="vertical"
          initialValues={{ number: view.result?.number ?? '' }}
          onFinish={(v: { number: string }) =>
            step.mutate(async () => {
              if (!resultScan) throw new Error('请先扫描结果文书');
              return ok(
                await api.POST('/cases/{caseNumber}/result', { ...p, body: { uploadId: resultScan.uploadId, number: v.number.trim() } }),
              );
            })
          }
        >
          <Typography.Paragraph>
            核对纸质结果文书的编号与审批登记的一致后扫描入库，系统将短信通知申请人{courier ? '（邮寄送达）' : '领取'}。
          </Typography.Paragraph>
          <Form.Item label="结果文书扫描件" required>
            <MaterialScan label="结果文书" scan={resultScan} onScanned={setResultScan} />
          </Form.Item>
          <Form.Item name="number" label="文号 / 证照编号" rules={[{ required: true, message: '请填写文书上的编号' }]}>
            <Input style={{ maxWidth: 320 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={step.isPending}>
            扫描入库
          </Button>
        </Form>
      )}
      {view.state === 'result_ready' && !courier && (
        <Form
          layout="vertical"
          onFinish={(v: { name: string; idNumber: string }) =>
            step.mutate(async () => {
              const png = await signature.current?.png();
              if (!png) throw new Error('请领取人在签名区签名');
              const signed = await uploadScan(api, png, () => undefined);
              const recipient =
                recipientKind === 'applicant'
                  ? { kind: 'applicant' as const, name: v.name.trim(), idNumber: v.idNumber.trim().toUpperCase() }
                  : {
                      kind: 'proxy' as const,
                      name: v.name.trim(),
                      idNumber: v.idNumber.trim().toUpperCase(),
                      authorisationUploadId: letter?.uploadId ?? '',
                    };
              return ok(
                await api.POST('/cases/{caseNumber}/handover', {
                  ...p,
                  body: { method: 'pickup', recipient, signatureUploadId: signed.uploadId },
                }),
              );
            })
          }
        >
          <Form.Item label="领取人">
            <Radio.Group value={recipientKind} onChange={(e) => setRecipientKind(e.target.value as 'applicant' | 'proxy')}>
              <Radio.Button value="applicant">申请人本人</Radio.Button>
              <Radio.Button value="proxy">委托代领</Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="name" label="领取人姓名" rules={[{ required: true, message: '请填写姓名' }]}>
              <Input />
            </Form.Item>
            <Form.Item
              name="idNumber"
              label="领取人身份证号码（现场核验）"
              rules={[
                {
                  validator: async (_, value: string | undefined) => {
                    const problem = identityProblem('person', value ?? '');
                    if (problem) throw new Error(problem);
                  },
                },
              ]}
            >
              <Input maxLength={18} style={{ width: 240 }} autoComplete="off" />
            </Form.Item>
          </Space>
          {recipientKind === 'proxy' && (
            <Form.Item label="授权委托书扫描件" required>
              <MaterialScan label="授权委托书" scan={letter} onScanned={setLetter} />
            </Form.Item>
          )}
          <Form.Item label="领取人签名（送达回证）" required>
            <SignatureCanvas ref={signature} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={step.isPending}>
            确认交付
          </Button>
        </Form>
      )}
      {view.state === 'result_ready' && courier && (
        <Form
          layout="vertical"
          initialValues={{ sentOn: dayjs() }}
          onFinish={(v: { carrier: string; trackingNumber: string; sentOn: Dayjs }) =>
            step.mutate(async () =>
              ok(
                await api.POST('/cases/{caseNumber}/dispatch', {
                  ...p,
                  body: { carrier: v.carrier, trackingNumber: v.trackingNumber, sentOn: day(v.sentOn) },
                }),
              ),
            )
          }
        >
          <Typography.Paragraph>
            邮寄至：
            {view.delivery?.method === 'courier'
              ? `${view.delivery.address.recipient} ${view.delivery.address.city}${view.delivery.address.street}`
              : ''}
          </Typography.Paragraph>
          <Space wrap>
            <Form.Item name="carrier" label="快递公司" rules={[{ required: true, message: '请填写快递公司' }]}>
              <Input placeholder="中国邮政EMS" />
            </Form.Item>
            <Form.Item name="trackingNumber" label="运单号" rules={[{ required: true, message: '请填写运单号' }]}>
              <Input />
            </Form.Item>
            <Form.Item name="sentOn" label="寄出日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker />
            </Form.Item>
          </Space>
          <Button type="primary" htmlType="submit" loading={step.isPending}>
            登记寄出
          </Button>
        </Form>
      )}
      {view.state === 'mailed' && (
        <Form
          layout="vertical"
          initialValues={{ receivedOn: dayjs() }}
          onFinish={(v: { receivedOn: Dayjs }) =>
            step.mutate(async () => ok(await api.POST('/cases/{caseNumber}/receipt', { ...p, body: { receivedOn: day(v.receivedOn) } })))
          }
        >
          <Form.Item name="receivedOn" label="签收日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={step.isPending}>
            登记签收
          </Button>
        </Form>
      )}
      <List
        size="small"
        style={{ marginTop: 16 }}
        header={<Typography.Text strong>短信记录</Typography.Text>}
        dataSource={sms.data ?? []}
        locale={{ emptyText: '暂无短信' }}
        renderItem={(n) => (
          <List.Item>
            <List.Item.Meta
              title={`${formatDateTime(n.queuedAt)} · ${n.status === 'sent' ? '已发送' : n.status === 'queued' ? '待发送' : '无手机号'}${n.to ? ` · ${n.to}` : ''}`}
              description={n.text}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
