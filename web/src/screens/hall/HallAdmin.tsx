import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useMessage } from '../../message-context';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { formatDateTime } from '../../lib/format';
import { percent, TAG_COLOURS, waitLabel } from '../../lib/hall-board';
import { hoursLabel, hoursOn, parsePeriods, WEEKDAY_KEYS, WEEKDAY_LABELS, type Hours, type WeekdayKey } from '../../lib/hall-hours';
import { ErrorAlert } from '../common/ErrorAlert';
import type { Category, HallWindow } from './types';

const WINDOW_KINDS = [
  { value: 'general', label: '无差别综窗' },
  { value: 'domain', label: '分领域综窗' },
  { value: 'department', label: '部门专窗' },
  { value: 'consultation', label: '咨询' },
  { value: 'helper', label: '帮办代办' },
  { value: 'cannot_get_done', label: '办不成事' },
  { value: 'output', label: '出件' },
] as const;
type WindowKind = (typeof WINDOW_KINDS)[number]['value'];
const BY_LABELS = { day: '按日', window: '按窗口', clerk: '按工作人员', category: '按业务' } as const;
const BOOKING_LABELS: Record<string, string> = { booked: '已预约', cancelled: '已取消', checked_in: '已签到', no_show: '爽约' };
const WORKDAYS: WeekdayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/** One form for the hours: the weekdays and the periods they share. */
function HoursField({
  days,
  periods,
  onDays,
  onPeriods,
}: {
  days: WeekdayKey[];
  periods: string;
  onDays: (d: WeekdayKey[]) => void;
  onPeriods: (p: string) => void;
}) {
  const parsed = parsePeriods(periods);
  return (
    <>
      <Form.Item label="办公日">
        <Checkbox.Group
          value={days}
          onChange={(v) => onDays(v as WeekdayKey[])}
          options={WEEKDAY_KEYS.map((d) => ({ value: d, label: WEEKDAY_LABELS[d] }))}
        />
      </Form.Item>
      <Form.Item
        label="办公时间"
        htmlFor="hours-periods"
        {...('problem' in parsed
          ? { validateStatus: 'error' as const, help: parsed.problem }
          : { help: '法定节假日自动闭厅，调休上班日照常' })}
      >
        <Input id="hours-periods" value={periods} onChange={(e) => onPeriods(e.target.value)} placeholder="09:00-12:00, 13:30-17:00" />
      </Form.Item>
    </>
  );
}

/** The hours the form describes; the form's problem, in Chinese, as the error to show. */
function hoursOrProblem(days: WeekdayKey[], periods: string): Hours {
  const parsed = parsePeriods(periods);
  if ('problem' in parsed) throw new Error(parsed.problem);
  return hoursOn(days, parsed.periods);
}

const hoursFormOf = (hours: Hours | undefined) => {
  const days = WEEKDAY_KEYS.filter((d) => (hours?.[d] ?? []).length > 0);
  const first = days[0] ? hours![days[0]]! : [];
  return {
    days: days.length ? days : WORKDAYS,
    periods: first.length ? first.map((p) => `${p.from}-${p.to}`).join(', ') : '09:00-12:00, 13:30-17:00',
  };
};

/** 大厅管理 in the supervisor's screen: live waiting, statistics, windows and categories with the tidal switch, bookings. */
export default function HallAdmin() {
  return (
    <Tabs
      size="small"
      items={[
        { key: 'live', label: '实时等候', children: <Live /> },
        { key: 'stats', label: '大厅统计', children: <Stats /> },
        { key: 'config', label: '窗口与业务', children: <Config /> },
        { key: 'bookings', label: '预约', children: <Bookings /> },
      ]}
    />
  );
}

function Live() {
  const { api } = useApi();
  const live = useQuery({
    queryKey: ['hall-live'],
    queryFn: async () => ok(await api.GET('/hall/statistics/live', {})),
    refetchInterval: 5_000,
  });
  const l = live.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <ErrorAlert error={live.error} />
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="正在等候" value={l?.waiting ?? 0} suffix="人" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="最长等候" value={l ? waitLabel(l.longestWaitMinutes) : '—'} />
          </Card>
        </Col>
      </Row>
      <Table
        size="small"
        rowKey="category"
        pagination={false}
        loading={live.isLoading}
        dataSource={l?.categories ?? []}
        columns={[
          { title: '业务', dataIndex: 'name' },
          { title: '等候人数', dataIndex: 'waiting' },
          { title: '最长等候', render: (_, c) => (c.waiting ? waitLabel(c.longestWaitMinutes) : '—') },
          { title: '服务窗口数', dataIndex: 'windowsServing' },
        ]}
      />
      {l && <span>更新于 {formatDateTime(l.at)}</span>}
    </Space>
  );
}

function Stats() {
  const { api } = useApi();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs(), dayjs()]);
  const [by, setBy] = useState<keyof typeof BY_LABELS>('window');
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const stats = useQuery({
    queryKey: ['hall-stats', from, to, by],
    queryFn: async () => ok(await api.GET('/hall/statistics', { params: { query: { from, to, by } } })),
  });
  const rows = stats.data ? [...stats.data.rows, { ...stats.data.total, key: '__total', label: '合计' }] : [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker.RangePicker
          aria-label="统计区间"
          value={range}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
        />
        <Radio.Group
          aria-label="统计维度"
          optionType="button"
          value={by}
          onChange={(e) => setBy(e.target.value as keyof typeof BY_LABELS)}
          options={Object.entries(BY_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Space>
      <ErrorAlert error={stats.error} />
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        loading={stats.isLoading}
        dataSource={rows}
        scroll={{ x: true }}
        columns={[
          { title: BY_LABELS[by].slice(1), dataIndex: 'label' },
          { title: '取号', dataIndex: 'tickets' },
          { title: '办结', dataIndex: 'served' },
          { title: '过号作废', dataIndex: 'dropped' },
          { title: '平均等候', render: (_, r) => `${r.averageWaitMinutes.toFixed(1)} 分钟` },
          { title: 'P90 等候', render: (_, r) => `${r.p90WaitMinutes.toFixed(1)} 分钟` },
          { title: '平均办理', render: (_, r) => `${r.averageServiceMinutes.toFixed(1)} 分钟` },
          { title: '预约到场', dataIndex: 'bookingsUsed' },
          { title: '爽约', dataIndex: 'noShows' },
          { title: '评价数', dataIndex: 'ratings' },
          { title: '满意率', render: (_, r) => percent(r.goodShare) },
        ]}
      />
    </Space>
  );
}

type CategoryForm = {
  code: string;
  letter: string;
  name: string;
  itemCodes: string;
  departments: string;
  bookable: boolean;
  slotMinutes: number;
  capacity: number;
  days: WeekdayKey[];
  periods: string;
  isNew: boolean;
};
type WindowForm = {
  windowId: string;
  name: string;
  kind: WindowKind;
  categories: string[];
  temporary: boolean;
  days: WeekdayKey[];
  periods: string;
  isNew: boolean;
};

const list = (text: string) =>
  text
    .split(/[,，、\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

function Config() {
  const { api } = useApi();
  const message = useMessage();
  const queryClient = useQueryClient();
  const config = useQuery({ queryKey: ['hall-config'], queryFn: async () => ok(await api.GET('/hall/config', {})) });
  const [category, setCategory] = useState<CategoryForm>();
  const [win, setWin] = useState<WindowForm>();
  const [tidal, setTidal] = useState<{ windowId: string; name: string; categories: string[]; reason: string }>();
  const done = (text: string) => {
    void message.success(text);
    void queryClient.invalidateQueries({ queryKey: ['hall-config'] });
  };
  const saveCategory = useMutation({
    mutationFn: async (f: CategoryForm) => {
      const hours = hoursOrProblem(f.days, f.periods);
      return ok(
        await api.PUT('/hall/categories/{category}', {
          params: { path: { category: f.code.trim() } },
          body: {
            letter: f.letter.trim().toUpperCase(),
            name: f.name.trim(),
            itemCodes: list(f.itemCodes),
            departments: list(f.departments),
            ...(f.bookable ? { booking: { slotMinutes: f.slotMinutes, capacity: f.capacity } } : {}),
            hours,
          },
        }),
      );
    },
    onSuccess: (c) => {
      setCategory(undefined);
      done(`业务类别 ${c.letter} · ${c.name} 已保存`);
    },
  });
  const saveWindow = useMutation({
    mutationFn: async (f: WindowForm) => {
      const hours = hoursOrProblem(f.days, f.periods);
      return ok(
        await api.PUT('/hall/windows/{windowId}', {
          params: { path: { windowId: f.windowId.trim() } },
          body: { name: f.name.trim(), kind: f.kind, categories: f.categories, temporary: f.temporary, hours },
        }),
      );
    },
    onSuccess: (w) => {
      setWin(undefined);
      done(`窗口 ${w.name} 已保存`);
    },
  });
  const switchWindow = useMutation({
    mutationFn: async (t: NonNullable<typeof tidal>) =>
      ok(
        await api.POST('/hall/windows/{windowId}/tidal', {
          params: { path: { windowId: t.windowId } },
          body: { categories: t.categories, reason: t.reason.trim() },
        }),
      ),
    onSuccess: (w) => {
      setTidal(undefined);
      done(`${w.name} 将在下次叫号时切换`);
    },
  });
  const categories = config.data?.categories ?? [];
  const nameOf = (code: string) => categories.find((c) => c.code === code)?.name ?? code;
  const editCategory = (c?: Category) =>
    setCategory({
      code: c?.code ?? '',
      letter: c?.letter ?? '',
      name: c?.name ?? '',
      itemCodes: c?.itemCodes.join(', ') ?? '',
      departments: c?.departments.join(', ') ?? '',
      bookable: !!c?.booking,
      slotMinutes: c?.booking?.slotMinutes ?? 30,
      capacity: c?.booking?.capacity ?? 5,
      ...hoursFormOf(c?.hours),
      isNew: !c,
    });
  const editWindow = (w?: HallWindow) =>
    setWin({
      windowId: w?.windowId ?? '',
      name: w?.name ?? '',
      kind: w?.kind ?? 'general',
      categories: w?.categories ?? [],
      temporary: w?.temporary ?? false,
      ...hoursFormOf(w?.hours),
      isNew: !w,
    });

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <ErrorAlert error={config.error} />
      <Card
        size="small"
        title={<h3 style={{ margin: 0, fontSize: 16 }}>业务类别</h3>}
        extra={<Button onClick={() => editCategory()}>新增业务类别</Button>}
      >
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          loading={config.isLoading}
          dataSource={categories}
          columns={[
            { title: '字母', dataIndex: 'letter' },
            { title: '名称', dataIndex: 'name' },
            { title: '事项 / 部门', render: (_, c) => [...c.itemCodes, ...c.departments].join('、') || '—' },
            { title: '预约', render: (_, c) => (c.booking ? `每 ${c.booking.slotMinutes} 分钟 ${c.booking.capacity} 人` : '不可预约') },
            { title: '办公时间', render: (_, c) => hoursLabel(c.hours) },
            {
              title: '操作',
              render: (_, c) => (
                <Button size="small" onClick={() => editCategory(c)}>
                  修改
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={<h3 style={{ margin: 0, fontSize: 16 }}>窗口</h3>}
        extra={<Button onClick={() => editWindow()}>新增窗口</Button>}
      >
        <Table
          size="small"
          rowKey="windowId"
          pagination={false}
          loading={config.isLoading}
          dataSource={config.data?.windows ?? []}
          scroll={{ x: true }}
          columns={[
            {
              title: '窗口',
              render: (_, w) => (
                <>
                  {w.name}
                  {w.temporary && (
                    <Tag color={TAG_COLOURS.temporary} style={{ marginLeft: 4 }}>
                      临时
                    </Tag>
                  )}
                </>
              ),
            },
            { title: '类型', dataIndex: 'kindLabel' },
            {
              title: '服务业务',
              render: (_, w) => (
                <>
                  {w.categories.map(nameOf).join('、')}
                  {w.pendingSwitch && (
                    <Tag color="purple" style={{ marginLeft: 4 }}>
                      潮汐切换待生效：{w.pendingSwitch.categories.map(nameOf).join('、')}
                    </Tag>
                  )}
                </>
              ),
            },
            { title: '在岗', render: (_, w) => (w.shift ? `${w.shift.name}（${w.shift.post}岗）` : '—') },
            {
              title: '状态',
              render: (_, w) => <Tag color={w.openNow ? TAG_COLOURS.open : TAG_COLOURS.closed}>{w.openNow ? '开放' : '未开放'}</Tag>,
            },
            {
              title: '操作',
              render: (_, w) => (
                <Space>
                  <Button size="small" onClick={() => editWindow(w)}>
                    修改
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setTidal({ windowId: w.windowId, name: w.name, categories: w.categories, reason: '' })}
                  >
                    潮汐切换
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Modal
        title={category?.isNew ? '新增业务类别' : `修改业务类别 ${category?.name ?? ''}`}
        open={!!category}
        okText="保存"
        cancelText="取消"
        confirmLoading={saveCategory.isPending}
        onOk={() => category && saveCategory.mutate(category)}
        onCancel={() => setCategory(undefined)}
        destroyOnHidden
      >
        {category && (
          <Form layout="vertical">
            <Form.Item label="类别编码" htmlFor="cat-code">
              <Input
                id="cat-code"
                value={category.code}
                disabled={!category.isNew}
                onChange={(e) => setCategory({ ...category, code: e.target.value })}
              />
            </Form.Item>
            <Form.Item label="号码字母（如 A）" htmlFor="cat-letter">
              <Input
                id="cat-letter"
                value={category.letter}
                maxLength={1}
                onChange={(e) => setCategory({ ...category, letter: e.target.value.toUpperCase() })}
              />
            </Form.Item>
            <Form.Item label="名称" htmlFor="cat-name">
              <Input id="cat-name" value={category.name} onChange={(e) => setCategory({ ...category, name: e.target.value })} />
            </Form.Item>
            <Form.Item label="事项编码（逗号分隔）" htmlFor="cat-items">
              <Input id="cat-items" value={category.itemCodes} onChange={(e) => setCategory({ ...category, itemCodes: e.target.value })} />
            </Form.Item>
            <Form.Item label="部门（逗号分隔）" htmlFor="cat-departments">
              <Input
                id="cat-departments"
                value={category.departments}
                onChange={(e) => setCategory({ ...category, departments: e.target.value })}
              />
            </Form.Item>
            <Form.Item>
              <Checkbox checked={category.bookable} onChange={(e) => setCategory({ ...category, bookable: e.target.checked })}>
                开放预约
              </Checkbox>
            </Form.Item>
            {category.bookable && (
              <Space>
                <Form.Item label="每时段分钟数" htmlFor="cat-slot">
                  <InputNumber
                    id="cat-slot"
                    min={10}
                    max={240}
                    value={category.slotMinutes}
                    onChange={(v) => setCategory({ ...category, slotMinutes: v ?? 30 })}
                  />
                </Form.Item>
                <Form.Item label="每时段人数" htmlFor="cat-capacity">
                  <InputNumber
                    id="cat-capacity"
                    min={1}
                    max={200}
                    value={category.capacity}
                    onChange={(v) => setCategory({ ...category, capacity: v ?? 1 })}
                  />
                </Form.Item>
              </Space>
            )}
            <HoursField
              days={category.days}
              periods={category.periods}
              onDays={(days) => setCategory({ ...category, days })}
              onPeriods={(periods) => setCategory({ ...category, periods })}
            />
            <ErrorAlert error={saveCategory.error} />
          </Form>
        )}
      </Modal>

      <Modal
        title={win?.isNew ? '新增窗口' : `修改窗口 ${win?.name ?? ''}`}
        open={!!win}
        okText="保存"
        cancelText="取消"
        confirmLoading={saveWindow.isPending}
        onOk={() => win && saveWindow.mutate(win)}
        onCancel={() => setWin(undefined)}
        destroyOnHidden
      >
        {win && (
          <Form layout="vertical">
            <Form.Item label="窗口编码" htmlFor="win-id">
              <Input
                id="win-id"
                value={win.windowId}
                disabled={!win.isNew}
                onChange={(e) => setWin({ ...win, windowId: e.target.value })}
              />
            </Form.Item>
            <Form.Item label="窗口名称" htmlFor="win-name">
              <Input id="win-name" value={win.name} onChange={(e) => setWin({ ...win, name: e.target.value })} />
            </Form.Item>
            <Form.Item label="窗口类型" htmlFor="win-kind">
              <Select
                id="win-kind"
                value={win.kind}
                onChange={(kind: WindowKind) => setWin({ ...win, kind })}
                options={WINDOW_KINDS.map((k) => ({ value: k.value, label: k.label }))}
              />
            </Form.Item>
            <Form.Item label="服务业务" htmlFor="win-categories">
              <Select
                id="win-categories"
                mode="multiple"
                value={win.categories}
                onChange={(v: string[]) => setWin({ ...win, categories: v })}
                options={categories.map((c) => ({ value: c.code, label: `${c.letter} · ${c.name}` }))}
              />
            </Form.Item>
            <Form.Item>
              <Checkbox checked={win.temporary} onChange={(e) => setWin({ ...win, temporary: e.target.checked })}>
                临时窗口（潮汐）
              </Checkbox>
            </Form.Item>
            <HoursField
              days={win.days}
              periods={win.periods}
              onDays={(days) => setWin({ ...win, days })}
              onPeriods={(periods) => setWin({ ...win, periods })}
            />
            <ErrorAlert error={saveWindow.error} />
          </Form>
        )}
      </Modal>

      <Modal
        title={`潮汐切换 ${tidal?.name ?? ''}`}
        open={!!tidal}
        okText="切换"
        cancelText="取消"
        confirmLoading={switchWindow.isPending}
        okButtonProps={{ disabled: !tidal?.reason.trim() || !tidal.categories.length }}
        onOk={() => tidal && switchWindow.mutate(tidal)}
        onCancel={() => setTidal(undefined)}
        destroyOnHidden
      >
        {tidal && (
          <Form layout="vertical">
            <Form.Item label="切换后服务的业务（下次叫号起生效）" htmlFor="tidal-categories">
              <Select
                id="tidal-categories"
                mode="multiple"
                value={tidal.categories}
                onChange={(v: string[]) => setTidal({ ...tidal, categories: v })}
                options={categories.map((c) => ({ value: c.code, label: `${c.letter} · ${c.name}` }))}
              />
            </Form.Item>
            <Form.Item label="切换原因" htmlFor="tidal-reason">
              <Input.TextArea
                id="tidal-reason"
                rows={2}
                maxLength={500}
                value={tidal.reason}
                onChange={(e) => setTidal({ ...tidal, reason: e.target.value })}
              />
            </Form.Item>
            <ErrorAlert error={switchWindow.error} />
          </Form>
        )}
      </Modal>
    </Space>
  );
}

function Bookings() {
  const { api } = useApi();
  const [day, setDay] = useState<Dayjs>(dayjs());
  const [category, setCategory] = useState<string>();
  const config = useQuery({ queryKey: ['hall-config'], queryFn: async () => ok(await api.GET('/hall/config', {})) });
  const d = day.format('YYYY-MM-DD');
  const bookings = useQuery({
    queryKey: ['hall-bookings', d, category],
    queryFn: async () => ok(await api.GET('/hall/bookings', { params: { query: { day: d, ...(category ? { category } : {}) } } })),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <DatePicker aria-label="预约日期" value={day} allowClear={false} onChange={(v) => v && setDay(v)} />
        <Select
          aria-label="业务类别"
          allowClear
          placeholder="全部业务"
          style={{ minWidth: 200 }}
          value={category}
          onChange={(v: string | undefined) => setCategory(v)}
          options={(config.data?.categories ?? []).map((c) => ({ value: c.code, label: `${c.letter} · ${c.name}` }))}
        />
      </Space>
      <ErrorAlert error={bookings.error} />
      <Table
        size="small"
        rowKey="bookingCode"
        loading={bookings.isLoading}
        dataSource={bookings.data?.bookings ?? []}
        columns={[
          { title: '时段', render: (_, b) => `${b.slot}–${b.slotEnd}` },
          { title: '业务', dataIndex: 'categoryName' },
          { title: '预约人', render: (_, b) => `${b.nameMasked} ${b.idNumberMasked}` },
          { title: '手机', dataIndex: 'mobileMasked' },
          { title: '预约码', dataIndex: 'bookingCode' },
          { title: '状态', render: (_, b) => BOOKING_LABELS[b.status] ?? b.status },
        ]}
      />
    </Space>
  );
}
