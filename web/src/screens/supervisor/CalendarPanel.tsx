import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Table } from 'antd';
import { useMessage } from '../../message-context';
import { useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { parseDays } from '../../lib/calendar-input';
import { formatDateTime } from '../../lib/format';
import { ErrorAlert } from '../common/ErrorAlert';

/** The centre's working-day calendar: the years in force, and loading a year from the State Council notice. */
export function CalendarPanel() {
  const { api } = useApi();
  const message = useMessage();
  const queryClient = useQueryClient();
  const years = useQuery({ queryKey: ['calendar'], queryFn: async () => ok(await api.GET('/calendar', {})).years });
  const [year, setYear] = useState(new Date().getFullYear() + 1);
  const [holidays, setHolidays] = useState('');
  const [workdays, setWorkdays] = useState('');
  const [source, setSource] = useState('');
  const h = parseDays(holidays, year);
  const w = parseDays(workdays, year);
  const problems = [...h.problems, ...w.problems];
  const load = useMutation({
    mutationFn: async () =>
      ok(
        await api.PUT('/calendar/{year}', {
          params: { path: { year } },
          body: { holidays: h.days, workdays: w.days, source: source.trim() },
        }),
      ),
    onSuccess: (r) => {
      void message.success(`${r.year} 年日历已加载：节假日 ${r.holidays} 天，调休上班 ${r.workdays} 天`);
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
    },
  });
  return (
    <>
      <Card size="small" title="已加载年份">
        <Table
          size="small"
          rowKey="year"
          pagination={false}
          loading={years.isLoading}
          dataSource={years.data ?? []}
          columns={[
            { title: '年份', dataIndex: 'year' },
            { title: '来源', dataIndex: 'source' },
            { title: '节假日', dataIndex: 'holidays' },
            { title: '调休上班', dataIndex: 'workdays' },
            { title: '加载时间', render: (_, y) => formatDateTime(y.loadedAt) },
            { title: '加载人', render: (_, y) => y.loadedByName ?? y.loadedBy ?? '内置' },
          ]}
        />
      </Card>
      <Card size="small" title="加载年度日历" style={{ marginTop: 16 }}>
        <Form layout="vertical" onFinish={() => load.mutate()}>
          <Form.Item label="年份" htmlFor="calendar-year">
            <InputNumber id="calendar-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          </Form.Item>
          <Form.Item label={`放假日期（${h.days.length} 天）`} htmlFor="calendar-holidays">
            <Input.TextArea
              id="calendar-holidays"
              rows={3}
              value={holidays}
              onChange={(e) => setHolidays(e.target.value)}
              placeholder={`${year}-01-01, ${year}-02-16 …`}
            />
          </Form.Item>
          <Form.Item label={`调休上班日期（${w.days.length} 天）`} htmlFor="calendar-workdays">
            <Input.TextArea id="calendar-workdays" rows={2} value={workdays} onChange={(e) => setWorkdays(e.target.value)} />
          </Form.Item>
          <Form.Item label="依据（通知文号）" htmlFor="calendar-source">
            <Input id="calendar-source" value={source} onChange={(e) => setSource(e.target.value)} placeholder="国办发明电〔2026〕X号" />
          </Form.Item>
          {problems.length > 0 && <ErrorAlert error={new Error(problems.join('；'))} />}
          <ErrorAlert error={load.error} />
          <Button
            type="primary"
            htmlType="submit"
            disabled={problems.length > 0 || !h.days.length || !source.trim()}
            loading={load.isPending}
          >
            加载
          </Button>
        </Form>
      </Card>
    </>
  );
}
