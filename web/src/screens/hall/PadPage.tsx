import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Input, Result, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { useAuth } from '../../auth';
import { PAD_RATING_ROLES } from '../../lib/hall-board';
import { RATING_LEVELS, ratingProblem, type RatingLevel } from '../../lib/rating';
import { ErrorAlert } from '../common/ErrorAlert';
import { windowQueryKey } from './desk-link';

// Each ≥ 4.5:1 against white, as text on the white button and as the chosen button's fill under white text.
const LEVEL_COLOURS: Record<RatingLevel, string> = { 1: '#237804', 2: '#5b7a00', 3: '#1456c8', 4: '#a35200', 5: '#c41d1d' };
const THANKS_SECONDS = 8;

/** 评价器: the window's pad asks the applicant, once per service (一次一评), for the national five-level rating. */
export default function PadPage() {
  const { windowId = '' } = useParams();
  const { api } = useApi();
  const queryClient = useQueryClient();
  const { session } = useAuth();
  // A supervisor opens the pad to set it up or check it; only the window's clerk stores ratings.
  const mayRate = !!session && PAD_RATING_ROLES.includes(session.role);
  const [level, setLevel] = useState<RatingLevel>();
  const [comment, setComment] = useState('');
  const now = useQuery({
    queryKey: windowQueryKey(windowId),
    queryFn: async () => ok(await api.GET('/hall/windows/{windowId}', { params: { path: { windowId } } })),
    refetchInterval: 2_000,
  });
  const ticket = now.data?.awaitingRating;
  const rate = useMutation({
    mutationFn: async () =>
      ok(
        await api.POST('/hall/tickets/{ticketId}/rating', {
          params: { path: { ticketId: ticket!.ticketId } },
          body: { level: level!, comment: comment.trim() },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: windowQueryKey(windowId) }),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the thanks are cleared once per rating stored; reset and the setters are stable
  useEffect(() => {
    if (!rate.data) return;
    const timer = setTimeout(() => {
      rate.reset();
      setLevel(undefined);
      setComment('');
    }, THANKS_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [rate.data]);

  const problem = ratingProblem(level, comment);
  const w = now.data?.window;
  return (
    <section style={{ maxWidth: 720, margin: '0 auto' }} aria-labelledby="pad-title">
      <Typography.Title level={1} id="pad-title" style={{ fontSize: 26, textAlign: 'center' }}>
        {w ? `${w.name} · ` : ''}服务评价
      </Typography.Title>
      {w?.shift && <Typography.Paragraph style={{ textAlign: 'center' }}>为您服务的工作人员：{w.shift.name}</Typography.Paragraph>}
      {!mayRate && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="查看模式：评价器须由该窗口在岗的工作人员登录后供申请人评价，监察人员不能代为评价。"
        />
      )}
      <Card>
        {rate.data ? (
          <Result status="success" title="感谢您的评价" subTitle={`您的评价：${rate.data.label}`} />
        ) : !ticket ? (
          <Result status="info" title="欢迎办事" subTitle="办理结束后，请在此对本次服务进行评价。" />
        ) : (
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <Typography.Paragraph style={{ fontSize: 20, textAlign: 'center', margin: 0 }} data-testid="pad-ticket">
              {ticket.number} 号，请对本次服务进行评价
            </Typography.Paragraph>
            <div
              role="radiogroup"
              aria-label="评价等级"
              style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', gap: 12 }}
            >
              {RATING_LEVELS.map((r) => (
                <Button
                  key={r.level}
                  role="radio"
                  aria-checked={level === r.level}
                  size="large"
                  style={{
                    height: 72,
                    fontSize: 20,
                    borderColor: LEVEL_COLOURS[r.level],
                    color: level === r.level ? '#fff' : LEVEL_COLOURS[r.level],
                    background: level === r.level ? LEVEL_COLOURS[r.level] : '#fff',
                  }}
                  onClick={() => setLevel(r.level)}
                >
                  {r.label}
                </Button>
              ))}
            </div>
            <Input.TextArea
              aria-label="意见和建议"
              rows={3}
              maxLength={500}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              placeholder="您的意见和建议（不满意请写明原因）"
            />
            {level && problem && <Typography.Text type="danger">{problem}</Typography.Text>}
            <ErrorAlert error={rate.error} />
            <Button
              type="primary"
              size="large"
              block
              disabled={!mayRate || !!problem}
              loading={rate.isPending}
              onClick={() => rate.mutate()}
            >
              提交评价
            </Button>
          </Space>
        )}
      </Card>
      <ErrorAlert error={now.error} />
    </section>
  );
}
