import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Drawer, Form, Input, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { useAuth } from '../../auth';
import { searchBody, type CaseSearchBody, type CaseSearchForm } from '../../lib/case-search';
import { formatDateTime, LIGHT_COLORS, LIGHT_LABELS, STATE_LABELS, stateLabel } from '../../lib/format';
import type { paths } from '../../api/schema';
import { ErrorAlert } from '../common/ErrorAlert';
import { FigureTable } from '../common/FigureTable';

// The case file opens in the drawer: its code loads then, not with the search form.
const CaseFile = lazy(() => import('../common/CaseFile').then((m) => ({ default: m.CaseFile })));

type Hit = paths['/cases/search']['post']['responses'][200]['content']['application/json']['cases'][number];
type FormValues = Omit<CaseSearchForm, 'received'> & { received?: [Dayjs, Dayjs] };

const PAGE = 20;

/** 办件查询: clerks and supervisors find cases of the centre (approvers: of their department); personal data masked. */
export default function CaseSearchScreen() {
  const { api } = useApi();
  const { session } = useAuth();
  const [form] = Form.useForm<FormValues>();
  const [hits, setHits] = useState<Hit[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [asked, setAsked] = useState<CaseSearchForm | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [open, setOpen] = useState<string | undefined>();

  const run = async (values: CaseSearchForm, after?: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const body: CaseSearchBody = searchBody(values, { limit: PAGE, cursor: after });
      const page = ok(await api.POST('/cases/search', { body }));
      setHits((before) => (after ? [...before, ...page.cases] : page.cases));
      setCursor(page.nextCursor);
      setAsked(values);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const submit = (values: FormValues) =>
    void run({
      ...values,
      received: values.received ? [values.received[0].format('YYYY-MM-DD'), values.received[1].format('YYYY-MM-DD')] : undefined,
    });

  const file = useQuery({
    queryKey: ['case', open],
    enabled: !!open,
    queryFn: async () => ok(await api.GET('/cases/{caseNumber}', { params: { path: { caseNumber: open! } } })),
  });

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        办件查询
      </Typography.Title>
      <Card>
        <Form form={form} layout="inline" onFinish={submit} style={{ rowGap: 12 }} aria-label="查询条件">
          <Form.Item name="caseNumber" label="办件编号">
            <Input allowClear style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="applicantName" label="申请人姓名">
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="idNumber" label="证件号码" rules={[{ len: 18, message: '证件号码为 18 位' }]}>
            <Input allowClear style={{ width: 200 }} autoComplete="off" />
          </Form.Item>
          <Form.Item name="itemCode" label="事项编码">
            <Input allowClear style={{ width: 140 }} />
          </Form.Item>
          {session?.role !== 'approver' && (
            <Form.Item name="department" label="部门">
              <Input allowClear style={{ width: 140 }} />
            </Form.Item>
          )}
          <Form.Item name="state" label="状态">
            <Select
              allowClear
              style={{ width: 160 }}
              aria-label="状态"
              options={Object.entries(STATE_LABELS).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="received" label="收件日期">
            <DatePicker.RangePicker aria-label="收件日期" />
          </Form.Item>
          <Form.Item name="light" label="灯色">
            <Select
              allowClear
              style={{ width: 140 }}
              aria-label="灯色"
              options={[
                { value: 'yellow', label: LIGHT_LABELS.yellow },
                { value: 'red', label: LIGHT_LABELS.red },
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" loading={busy && !cursor}>
                查询
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setHits([]);
                  setCursor(undefined);
                  setAsked(undefined);
                }}
              >
                清空
              </Button>
            </Space>
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          姓名与证件号码仅用于匹配，不会出现在网址中；结果中的个人信息均已脱敏。
        </Typography.Paragraph>
      </Card>
      <ErrorAlert error={error} />
      {asked && (
        // Read-only rows, more fetched with 继续查找: no paging or sorting here, so not antd's Table (65 KB gzip).
        <FigureTable<Hit>
          label="查询结果"
          rowKey={(h) => h.caseNumber}
          rows={hits}
          emptyText="没有符合条件的办件"
          columns={[
            {
              title: '办件编号',
              nowrap: true,
              render: (h) => (
                // antd's link blue is under AA contrast on white; the same dark blue as the queues' case links.
                <Button type="link" style={{ padding: 0, color: '#0b3d91' }} onClick={() => setOpen(h.caseNumber)}>
                  {h.caseNumber}
                </Button>
              ),
            },
            { title: '事项', render: (h) => `${h.itemName}（${h.itemCode}）` },
            { title: '部门', render: (h) => h.department },
            { title: '申请人', render: (h) => `${h.applicant.name} ${h.applicant.idNumberMasked}` },
            { title: '状态', render: (h) => stateLabel(h.state), nowrap: true },
            { title: '收件时间', render: (h) => formatDateTime(h.receivedAt), nowrap: true },
            { title: '承诺期限', render: (h) => h.promisedBy ?? '—', nowrap: true },
            { title: '灯色', render: (h) => (h.light ? <Tag color={LIGHT_COLORS[h.light]}>{LIGHT_LABELS[h.light]}</Tag> : '—') },
          ]}
        />
      )}
      {asked && cursor && (
        <Space>
          {hits.length < PAGE && <Alert type="info" showIcon message="已查找一批办件，符合条件的较少，可继续查找。" />}
          <Button onClick={() => void run(asked, cursor)} loading={busy}>
            继续查找
          </Button>
        </Space>
      )}
      <Drawer open={!!open} width={880} title={open ? `办件 ${open}` : ''} onClose={() => setOpen(undefined)} destroyOnHidden>
        <ErrorAlert error={file.error} />
        {file.data && (
          <Suspense fallback={null}>
            <CaseFile view={file.data} />
          </Suspense>
        )}
      </Drawer>
    </Space>
  );
}
