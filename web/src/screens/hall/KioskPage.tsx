import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Form, Input, Result, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { formatDateTime } from '../../lib/format';
import { normaliseBookingCode } from '../../lib/hall-booking';
import { ErrorAlert } from '../common/ErrorAlert';

/** The slip stays on screen this long, then the kiosk is ready for the next person. */
const SLIP_SECONDS = 30;

/** 取号机: a number of a business category, or a booking checked in by its code; the slip is shown and printed. */
export default function KioskPage() {
  const { centre = '' } = useParams();
  const { api } = useApi();
  const [bookingCode, setBookingCode] = useState('');
  const board = useQuery({
    queryKey: ['hall-board', centre],
    queryFn: async () => ok(await api.GET('/public/hall/{centre}/board', { params: { path: { centre } } })),
    refetchInterval: 10_000,
  });
  const take = useMutation({
    mutationFn: async (body: { category: string } | { bookingCode: string }) =>
      ok(await api.POST('/public/hall/{centre}/tickets', { params: { path: { centre } }, body })),
  });
  const ticket = take.data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the slip is cleared once per ticket shown; reset and the setter are stable
  useEffect(() => {
    if (!ticket) return;
    const timer = setTimeout(() => {
      take.reset();
      setBookingCode('');
    }, SLIP_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [ticket]);

  return (
    <main style={{ maxWidth: 960, margin: '0 auto', padding: 24 }}>
      <Typography.Title level={1} style={{ fontSize: 28, textAlign: 'center' }}>
        {board.data?.centreName ?? '政务服务中心'} · 自助取号
      </Typography.Title>
      {ticket ? (
        <Card>
          <Result
            status="success"
            title={
              <span>
                您的号码：
                <strong data-testid="ticket-number" style={{ fontSize: 56, display: 'block' }}>
                  {ticket.number}
                </strong>
              </span>
            }
            subTitle={
              <Space direction="vertical">
                <span>
                  {ticket.categoryName}
                  {ticket.source === 'booking' ? '（预约签到）' : ''} · 取号时间 {formatDateTime(ticket.takenAt)}
                </span>
                <span data-testid="ticket-ahead">{ticket.ahead !== undefined ? `前面还有 ${ticket.ahead} 人等候` : ''}</span>
                <span>请留意大屏叫号和语音提示，过号请重新取号或到咨询台。</span>
              </Space>
            }
            extra={[
              <Button key="print" type="primary" size="large" onClick={() => window.print()}>
                打印号票
              </Button>,
              <Button key="done" size="large" onClick={() => take.reset()}>
                完成
              </Button>,
            ]}
          />
        </Card>
      ) : (
        <Row gutter={[24, 24]}>
          <Col xs={24} md={14}>
            <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>按业务取号</h2>}>
              <Space direction="vertical" style={{ width: '100%' }} size="middle">
                {board.data?.waiting.map((c) => (
                  <Button
                    key={c.category}
                    size="large"
                    block
                    style={{ height: 72, fontSize: 22 }}
                    loading={take.isPending && take.variables && 'category' in take.variables && take.variables.category === c.category}
                    onClick={() => take.mutate({ category: c.category })}
                  >
                    {c.letter} · {c.name}（等候 {c.count} 人）
                  </Button>
                ))}
                {board.data && board.data.waiting.length === 0 && <Typography.Text>本中心尚未设置业务类别，请到咨询台。</Typography.Text>}
              </Space>
            </Card>
          </Col>
          <Col xs={24} md={10}>
            <Card title={<h2 style={{ margin: 0, fontSize: 20 }}>预约签到</h2>}>
              <Form layout="vertical" onFinish={() => take.mutate({ bookingCode: normaliseBookingCode(bookingCode) })}>
                <Form.Item label="预约码（短信中的 8 位码）" htmlFor="booking-code">
                  <Input
                    id="booking-code"
                    size="large"
                    value={bookingCode}
                    onChange={(e) => setBookingCode(e.target.value)}
                    autoComplete="off"
                    maxLength={12}
                  />
                </Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  size="large"
                  block
                  disabled={normaliseBookingCode(bookingCode).length !== 8}
                  loading={take.isPending && !!take.variables && 'bookingCode' in take.variables}
                >
                  签到取号
                </Button>
              </Form>
            </Card>
          </Col>
        </Row>
      )}
      <div style={{ marginTop: 16 }}>
        <ErrorAlert error={take.error ?? board.error} />
      </div>
    </main>
  );
}
