import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio, Space, Table, Tag } from 'antd';
import { useMessage } from '../../message-context';
import { useMemo, useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { identityProblem } from '../../lib/identity-rules';
import {
  expectedOutcome,
  formProblems,
  intakeBody,
  OUTCOME_LABELS,
  entryOf,
  type DraftState,
  type MaterialEntry,
  type MaterialStatus,
} from '../../lib/intake-form';
import type { UploadedScan } from '../../lib/upload';
import { ErrorAlert } from '../common/ErrorAlert';
import { MaterialScan } from '../common/MaterialScan';
import type { CaseCreated, ItemView } from './types';

const STATUS_OPTIONS: { value: MaterialStatus; label: string }[] = [
  { value: 'scanned', label: '已收取' },
  { value: 'missing', label: '未提供' },
  { value: 'defective', label: '有缺陷' },
  { value: 'deferred', label: '容缺' },
];

/** The checklist-driven intake form: applicant, each material's status and scan, then register. */
export function IntakeForm({
  item,
  initial,
  onRegistered,
}: {
  item: ItemView;
  initial: DraftState;
  onRegistered: (created: CaseCreated) => void;
}) {
  const { api } = useApi();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [state, setState] = useState<DraftState>(initial);
  const [scans, setScans] = useState<Record<string, UploadedScan>>({});
  const [delivery, setDelivery] = useState<'pickup' | 'courier'>('pickup');
  const [address, setAddress] = useState({ recipient: '', phone: '', city: '', street: '' });
  const idProblem = state.applicant.idNumber ? identityProblem(state.applicant.kind, state.applicant.idNumber) : undefined;
  const outcome = expectedOutcome(item.materials, state.entries);
  const problems = useMemo(
    () => formProblems(item.materials, state.entries, state.commitment),
    [item.materials, state.entries, state.commitment],
  );

  const setEntry = (code: string, patch: Partial<MaterialEntry>) =>
    setState((s) => ({ ...s, entries: { ...s.entries, [code]: { ...entryOf(s.entries, code), ...patch } } }));
  const setApplicant = (patch: Partial<DraftState['applicant']>) => setState((s) => ({ ...s, applicant: { ...s.applicant, ...patch } }));

  const register = useMutation({
    mutationFn: async () => {
      const body = intakeBody(
        item.implementationCode,
        state.applicant,
        item.materials,
        state.entries,
        state.commitment,
        delivery === 'courier' ? { method: 'courier', address } : { method: 'pickup' },
      );
      const created = ok(await api.POST('/cases', { body, headers: { 'Idempotency-Key': crypto.randomUUID() } }));
      if (state.draftId) await api.DELETE('/drafts/{draftId}', { params: { path: { draftId: state.draftId } } });
      return created;
    },
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: ['drafts'] });
      onRegistered(created);
    },
  });

  const saveDraft = useMutation({
    mutationFn: async () => {
      const body = intakeBody(item.implementationCode, state.applicant, item.materials, state.entries, state.commitment);
      const form = {
        itemCode: item.implementationCode,
        applicant: {
          kind: body.applicant.kind,
          name: body.applicant.name,
          idNumber: body.applicant.idNumber,
          ...(body.applicant.phone ? { phone: body.applicant.phone } : {}),
        },
        channel: 'window' as const,
        materials: body.materials,
        defects: body.defects,
        ...(body.deferral ? { deferral: body.deferral } : {}),
      };
      const label = `${item.name} · ${state.applicant.name || '未填姓名'}`;
      const saved = state.draftId
        ? ok(
            await api.PUT('/drafts/{draftId}', {
              params: { path: { draftId: state.draftId } },
              body: { label, form, version: state.version ?? 1 },
            }),
          )
        : ok(await api.POST('/drafts', { body: { label, form } }));
      return saved;
    },
    onSuccess: (saved) => {
      setState((s) => ({ ...s, draftId: saved.draftId, version: saved.version }));
      void queryClient.invalidateQueries({ queryKey: ['drafts'] });
      void message.success('已暂存，可在“暂存件”中继续办理');
    },
  });

  const canRegister = !idProblem && state.applicant.name.trim() && state.applicant.idNumber && problems.length === 0;
  return (
    <Card title={`收件登记：${item.name}`} style={{ marginTop: 16 }}>
      <Form layout="vertical" onSubmitCapture={(e) => e.preventDefault()}>
        <Space wrap align="start" size="middle">
          <Form.Item label="申请人类型">
            <Radio.Group value={state.applicant.kind} onChange={(e) => setApplicant({ kind: e.target.value as 'person' | 'legal_person' })}>
              <Radio.Button value="person">自然人</Radio.Button>
              <Radio.Button value="legal_person">法人</Radio.Button>
            </Radio.Group>
          </Form.Item>
          <Form.Item label={state.applicant.kind === 'person' ? '姓名' : '单位名称'} htmlFor="applicant-name" required>
            <Input
              id="applicant-name"
              value={state.applicant.name}
              onChange={(e) => setApplicant({ name: e.target.value })}
              style={{ width: 200 }}
            />
          </Form.Item>
          <Form.Item
            label={state.applicant.kind === 'person' ? '身份证号码' : '统一社会信用代码'}
            htmlFor="applicant-id"
            required
            validateStatus={idProblem ? 'error' : state.applicant.idNumber ? 'success' : undefined}
            help={idProblem ?? (state.applicant.idNumber ? '校验通过' : undefined)}
            hasFeedback
          >
            <Input
              id="applicant-id"
              value={state.applicant.idNumber}
              maxLength={18}
              autoComplete="off"
              onChange={(e) => setApplicant({ idNumber: e.target.value.toUpperCase() })}
              style={{ width: 240 }}
            />
          </Form.Item>
          <Form.Item label="联系电话" htmlFor="applicant-phone">
            <Input
              id="applicant-phone"
              value={state.applicant.phone}
              onChange={(e) => setApplicant({ phone: e.target.value })}
              style={{ width: 160 }}
            />
          </Form.Item>
        </Space>
        <Form.Item label="送达方式">
          <Radio.Group value={delivery} onChange={(e) => setDelivery(e.target.value as 'pickup' | 'courier')}>
            <Radio value="pickup">窗口领取</Radio>
            <Radio value="courier" disabled={!item.courierDelivery}>
              邮寄送达{item.courierDelivery ? '' : '（本事项不支持）'}
            </Radio>
          </Radio.Group>
        </Form.Item>
        {delivery === 'courier' && (
          <Space wrap>
            {(['recipient', 'phone', 'city', 'street'] as const).map((k) => (
              <Input
                key={k}
                aria-label={{ recipient: '收件人', phone: '收件电话', city: '市', street: '详细地址' }[k]}
                placeholder={{ recipient: '收件人', phone: '收件电话', city: '市', street: '详细地址' }[k]}
                value={address[k]}
                onChange={(e) => setAddress((a) => ({ ...a, [k]: e.target.value }))}
              />
            ))}
          </Space>
        )}
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          caption="材料核验（按事项清单）"
          dataSource={item.materials}
          columns={[
            {
              title: '材料',
              render: (_, m) => (
                <Space direction="vertical" size={0}>
                  <span>{m.name}</span>
                  <Space size={2}>
                    {m.required ? <Tag color="red">必交</Tag> : <Tag>选交</Tag>}
                    {m.deferrable && <Tag color="#ad4e00">可容缺</Tag>}
                  </Space>
                </Space>
              ),
            },
            {
              title: '收取情况',
              render: (_, m) => (
                <Space direction="vertical" size={2}>
                  <Radio.Group
                    aria-label={`${m.name}收取情况`}
                    size="small"
                    optionType="button"
                    value={entryOf(state.entries, m.code).status}
                    onChange={(e) => setEntry(m.code, { status: e.target.value as MaterialStatus })}
                    options={STATUS_OPTIONS.filter((o) => o.value !== 'deferred' || m.deferrable)}
                  />
                  {entryOf(state.entries, m.code).status === 'defective' && (
                    <Input
                      aria-label={`${m.name}的问题`}
                      placeholder="写明问题，如：复印件不清晰"
                      value={entryOf(state.entries, m.code).defectReason ?? ''}
                      onChange={(e) => setEntry(m.code, { defectReason: e.target.value })}
                    />
                  )}
                </Space>
              ),
            },
            {
              title: '扫描件',
              render: (_, m) =>
                entryOf(state.entries, m.code).status === 'scanned' ? (
                  <MaterialScan
                    label={m.name}
                    scan={scans[m.code]}
                    onScanned={(scan) => {
                      setScans((s) => ({ ...s, [m.code]: scan }));
                      setEntry(m.code, { uploadId: scan.uploadId });
                    }}
                  />
                ) : (
                  '—'
                ),
            },
          ]}
        />
        {outcome === 'deferred' && (
          <Form.Item label="申请人承诺（容缺受理承诺书）" htmlFor="commitment" style={{ marginTop: 12 }} required>
            <Input.TextArea
              id="commitment"
              rows={2}
              value={state.commitment}
              onChange={(e) => setState((s) => ({ ...s, commitment: e.target.value }))}
              placeholder="本人承诺在规定期限内补交容缺材料，逾期未补交的自愿承担相应责任。"
            />
          </Form.Item>
        )}
        <Alert
          style={{ marginTop: 12 }}
          type={outcome === 'incomplete' ? 'warning' : 'info'}
          showIcon
          message={`预计结果：${OUTCOME_LABELS[outcome]}`}
          description={problems.length ? problems.join('；') : undefined}
          data-testid="expected-outcome"
        />
        <ErrorAlert error={register.error ?? saveDraft.error} />
        <Space style={{ marginTop: 12 }}>
          <Button type="primary" size="large" disabled={!canRegister} loading={register.isPending} onClick={() => register.mutate()}>
            登记
          </Button>
          <Button size="large" loading={saveDraft.isPending} onClick={() => saveDraft.mutate()}>
            暂存
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
