import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Result, Space, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError, ok } from '../../api';
import { useApi } from '../../api-context';
import { formatDateTime } from '../../lib/format';
import { RATING_LEVELS, ratingProblem, type RatingLevel } from '../../lib/rating';
import { ErrorAlert } from '../common/ErrorAlert';

const RATEABLE = new Set(['approved', 'denied', 'not_accepted', 'result_ready', 'mailed', 'delivered', 'closed']);

/** 申请人: progress by case number and query code (the receipt's QR code fills them in), and the rating. */
export default function ProgressScreen() {
  const { api } = useApi();
  const [params] = useSearchParams();
  const [caseNumber, setCaseNumber] = useState(params.get('case') ?? '');
  const [queryCode, setQueryCode] = useState(params.get('code') ?? '');
  const [level, setLevel] = useState<RatingLevel>();
  const [comment, setComment] = useState('');
  const progress = useMutation({
    mutationFn: async () => ok(await api.POST('/public/progress', { body: { caseNumber: caseNumber.trim(), queryCode: queryCode.trim() } })),
  });
  const rate = useMutation({
    mutationFn: async () => ok(await api.POST('/public/rating', { body: { caseNumber: caseNumber.trim(), queryCode: queryCode.trim(), level: level!, comment: comment.trim() } })),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: only once, on arrival from the QR code
  useEffect(() => {
    if (params.get('case') && params.get('code')) progress.mutate();
  }, []);
  const p = progress.data;
  const problem = ratingProblem(level, comment);
  const notFound = progress.error instanceof ApiError && progress.error.status === 404;
  return (
    <main style={{ maxWidth: 480, margin: '0 auto', padding: 12 }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        办件进度查询
      </Typography.Title>
      <Card size="small">
        <Form layout="vertical" onFinish={() => progress.mutate()}>
          <Form.Item label="办件编号" htmlFor="case-number">
            <Input id="case-number" value={caseNumber} onChange={(e) => setCaseNumber(e.target.value)} inputMode="text" />
          </Form.Item>
          <Form.Item label="查询码（见材料接收告知单）" htmlFor="query-code">
            <Input id="query-code" value={queryCode} onChange={(e) => setQueryCode(e.target.value)} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={progress.isPending} disabled={!caseNumber.trim() || !queryCode.trim()}>
            查询
          </Button>
        </Form>
      </Card>
      {notFound ? <Alert style={{ marginTop: 12 }} type="warning" showIcon message="未找到该办件，请核对办件编号和查询码" /> : <ErrorAlert error={progress.error} />}
      {p && (
        <Card size="small" style={{ marginTop: 12 }} title={p.itemName}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label="办件编号">{p.caseNumber}</Descriptions.Item>
            <Descriptions.Item label="申请人">{p.applicant}</Descriptions.Item>
            <Descriptions.Item label="承办部门">{p.department}</Descriptions.Item>
            <Descriptions.Item label="当前状态">
              <Typography.Text strong data-testid="progress-state">
                {p.stateLabel}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="承诺办结">{p.promisedBy ?? '受理后确定'}</Descriptions.Item>
            {p.delivery.trackingNumber && <Descriptions.Item label="运单号">{`${p.delivery.carrier ?? ''} ${p.delivery.trackingNumber}`}</Descriptions.Item>}
            {p.delivery.collectedAt && <Descriptions.Item label="已领取">{`${formatDateTime(p.delivery.collectedAt)} ${p.delivery.collectedBy ?? ''}`}</Descriptions.Item>}
          </Descriptions>
          {p.missing && p.missing.length > 0 && (
            <Alert type="warning" showIcon message={`需补正${p.supplementDueDate ? `（${p.supplementDueDate}前）` : ''}`} description={p.missing.map((m) => `${m.name}：${m.problem}`).join('；')} />
          )}
          <Steps direction="vertical" size="small" current={p.steps.length - 1} items={p.steps.map((s) => ({ title: s.step, description: formatDateTime(s.at) }))} style={{ marginTop: 12 }} />
        </Card>
      )}
      {p && RATEABLE.has(p.state) && (
        <Card size="small" style={{ marginTop: 12 }} title="好差评">
          {rate.data ? (
            <Result status="success" title="感谢您的评价" subTitle={`您的评价：${rate.data.label}`} />
          ) : (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Radio.Group aria-label="评价等级" value={level} onChange={(e) => setLevel(e.target.value as RatingLevel)}>
                <Space direction="vertical">
                  {RATING_LEVELS.map((r) => (
                    <Radio key={r.level} value={r.level}>
                      {r.label}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
              <Input.TextArea aria-label="评价内容" rows={3} value={comment} onChange={(e) => setComment(e.target.value)} placeholder="您的意见和建议（差评必填）" maxLength={500} />
              {level && problem && <Typography.Text type="danger">{problem}</Typography.Text>}
              <ErrorAlert error={rate.error} />
              <Button type="primary" block disabled={!!problem} loading={rate.isPending} onClick={() => rate.mutate()}>
                提交评价
              </Button>
            </Space>
          )}
        </Card>
      )}
    </main>
  );
}
