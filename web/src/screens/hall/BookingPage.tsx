import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, Descriptions, Empty, Form, Input, Radio, Result, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { bookingProblems, mobileProblem, normaliseBookingCode, slotLabel, slotTime } from '../../lib/hall-booking';
import { identityProblem } from '../../lib/identity-rules';
import { ErrorAlert } from '../common/ErrorAlert';

const STATUS_LABELS: Record<string, string> = { booked: '已预约', cancelled: '已取消', checked_in: '已签到', no_show: '爽约' };

/** Where a field's live check shows: its problem once something is typed, or 校验通过. */
function check(value: string, problem: string | undefined) {
  if (!value.trim()) return {};
  return problem ? { validateStatus: 'error' as const, help: problem } : { validateStatus: 'success' as const, help: '校验通过' };
}

/** 预约 on a phone, no sign-in: business, day and slot, name, identity number and mobile; the booking code; cancel. */
export default function BookingPage() {
  const { centre = '' } = useParams();
  const { api } = useApi();
  const [category, setCategory] = useState<string>();
  const [day, setDay] = useState<string>();
  const [slot, setSlot] = useState<string>();
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [mobile, setMobile] = useState('');
  const [cancelCode, setCancelCode] = useState('');
  const [cancelMobile, setCancelMobile] = useState('');

  const board = useQuery({
    queryKey: ['hall-board', centre],
    queryFn: async () => ok(await api.GET('/public/hall/{centre}/board', { params: { path: { centre } } })),
  });
  const slots = useQuery({
    queryKey: ['hall-slots', centre, category],
    enabled: !!category,
    queryFn: async () =>
      ok(await api.GET('/public/hall/{centre}/slots', { params: { path: { centre }, query: { category: category!, days: 7 } } })),
  });
  const book = useMutation({
    mutationFn: async () =>
      ok(
        await api.POST('/public/hall/{centre}/bookings', {
          params: { path: { centre } },
          body: {
            category: category!,
            day: day!,
            slot: slot!,
            name: name.trim(),
            idNumber: idNumber.trim().toUpperCase(),
            mobile: mobile.replace(/[\s-]/g, ''),
          },
        }),
      ),
  });
  const cancel = useMutation({
    mutationFn: async () =>
      ok(
        await api.POST('/public/hall/{centre}/bookings/cancel', {
          params: { path: { centre } },
          body: { bookingCode: normaliseBookingCode(cancelCode), mobile: cancelMobile.replace(/[\s-]/g, '') },
        }),
      ),
  });

  const problems = bookingProblems({ category, slot: day && slot ? `${day} ${slot}` : undefined, name, idNumber, mobile });
  const daySlots = slots.data?.days.find((d) => d.day === day)?.slots ?? [];
  const b = book.data;

  return (
    <main style={{ maxWidth: 480, margin: '0 auto', padding: 12 }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {board.data?.centreName ?? '政务服务中心'} · 预约办事
      </Typography.Title>
      {b ? (
        <Card size="small">
          <Result status="success" title="预约成功" subTitle="预约码已通过短信发送，请在预约时段前 30 分钟内到大厅取号机签到。" />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="预约码">
              <Typography.Text strong copyable data-testid="booking-code" style={{ fontSize: 22 }}>
                {b.bookingCode}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="业务">{b.categoryName}</Descriptions.Item>
            <Descriptions.Item label="时段">{`${b.day} ${b.slot}–${b.slotEnd}`}</Descriptions.Item>
            <Descriptions.Item label="预约人">{`${b.nameMasked} ${b.idNumberMasked}`}</Descriptions.Item>
            <Descriptions.Item label="手机">{b.mobileMasked}</Descriptions.Item>
          </Descriptions>
          <Button
            block
            style={{ marginTop: 12 }}
            onClick={() => {
              setCancelCode(b.bookingCode);
              book.reset();
            }}
          >
            返回
          </Button>
        </Card>
      ) : (
        <Card size="small">
          <Form layout="vertical" onFinish={() => book.mutate()}>
            <Form.Item label="办理业务" htmlFor="booking-category">
              <Select
                id="booking-category"
                size="large"
                value={category}
                placeholder="请选择"
                onChange={(v: string) => {
                  setCategory(v);
                  setDay(undefined);
                  setSlot(undefined);
                }}
                options={(board.data?.waiting ?? []).map((c) => ({ value: c.category, label: `${c.letter} · ${c.name}` }))}
              />
            </Form.Item>
            {category && (
              <Form.Item label="预约日期">
                {slots.error ? (
                  <ErrorAlert error={slots.error} />
                ) : slots.data && slots.data.days.length === 0 ? (
                  <Empty description="近 7 个工作日没有可预约的时段" />
                ) : (
                  <Radio.Group
                    aria-label="预约日期"
                    optionType="button"
                    value={day}
                    onChange={(e) => {
                      setDay(e.target.value as string);
                      setSlot(undefined);
                    }}
                    options={(slots.data?.days ?? []).map((d) => ({
                      value: d.day,
                      label: d.day.slice(5),
                      disabled: d.slots.every((s) => s.left <= 0),
                    }))}
                  />
                )}
              </Form.Item>
            )}
            {day && (
              <Form.Item label="预约时段">
                <Radio.Group aria-label="预约时段" value={slot} onChange={(e) => setSlot(e.target.value as string)}>
                  <Space direction="vertical">
                    {daySlots.map((s) => (
                      <Radio key={s.start} value={slotTime(s.start)} disabled={s.left <= 0}>
                        {slotLabel(s)}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              </Form.Item>
            )}
            <Form.Item label="姓名" htmlFor="booking-name">
              <Input
                id="booking-name"
                size="large"
                value={name}
                onChange={(e) => setName(e.target.value)}
                autoComplete="name"
                maxLength={50}
              />
            </Form.Item>
            <Form.Item label="身份证号码" htmlFor="booking-id" {...check(idNumber, identityProblem('person', idNumber))}>
              <Input
                id="booking-id"
                size="large"
                value={idNumber}
                onChange={(e) => setIdNumber(e.target.value)}
                autoComplete="off"
                maxLength={18}
              />
            </Form.Item>
            <Form.Item label="手机号码" htmlFor="booking-mobile" {...check(mobile, mobileProblem(mobile))}>
              <Input
                id="booking-mobile"
                size="large"
                value={mobile}
                onChange={(e) => setMobile(e.target.value)}
                inputMode="tel"
                autoComplete="tel"
                maxLength={13}
              />
            </Form.Item>
            <Typography.Paragraph type="secondary">
              身份信息加密保存，仅用于核验预约人；同一业务每人只能有一个有效预约，连续爽约 3 次将暂停预约 30 天。
            </Typography.Paragraph>
            <ErrorAlert error={book.error} />
            {problems.length > 0 && (name || idNumber || mobile) && (
              <Alert type="info" showIcon message={problems[0]} style={{ marginBottom: 12 }} />
            )}
            <Button type="primary" size="large" htmlType="submit" block disabled={problems.length > 0} loading={book.isPending}>
              提交预约
            </Button>
          </Form>
        </Card>
      )}
      <Collapse
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'cancel',
            label: '取消预约',
            children: (
              <Form layout="vertical" onFinish={() => cancel.mutate()}>
                <Form.Item label="预约码" htmlFor="cancel-code">
                  <Input
                    id="cancel-code"
                    value={cancelCode}
                    onChange={(e) => setCancelCode(e.target.value)}
                    autoComplete="off"
                    maxLength={12}
                  />
                </Form.Item>
                <Form.Item label="预约时填写的手机号码" htmlFor="cancel-mobile">
                  <Input
                    id="cancel-mobile"
                    value={cancelMobile}
                    onChange={(e) => setCancelMobile(e.target.value)}
                    inputMode="tel"
                    maxLength={13}
                  />
                </Form.Item>
                <ErrorAlert error={cancel.error} />
                {cancel.data && (
                  <Alert
                    type="success"
                    showIcon
                    message={`预约 ${cancel.data.bookingCode} ${STATUS_LABELS[cancel.data.status] ?? cancel.data.status}`}
                    style={{ marginBottom: 12 }}
                  />
                )}
                <Button
                  htmlType="submit"
                  block
                  danger
                  disabled={normaliseBookingCode(cancelCode).length !== 8 || !!mobileProblem(cancelMobile)}
                  loading={cancel.isPending}
                >
                  取消预约
                </Button>
              </Form>
            ),
          },
        ]}
      />
    </main>
  );
}
