import { useQuery } from '@tanstack/react-query';
import { Segmented, Tag } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { useAuth } from '../../auth';
import { byDeadline, deadlineText, formatDateTime, LIGHT_COLORS, LIGHT_LABELS, lightOf, stateLabel, type Light } from '../../lib/format';
import { CaseWorkspace } from '../common/CaseWorkspace';
import { oneLine } from '../common/table';
import type { CaseView } from '../common/types';

// What this post may do with a case: loaded with the case file, not with the queue.
const BackOfficeActions = lazy(() => import('./BackOfficeActions').then((m) => ({ default: m.BackOfficeActions })));

const OPEN_STATES = ['pending_acceptance', 'accepted', 'special_procedure', 'supplement_requested', 'reported'] as const;

type Worklist = 'lead' | 'co_opinion';

/** 后台审批: the department's queue by deadline with lights, its 联办 worklist, and the case file with its actions. */
export default function BackOfficeScreen() {
  const { api } = useApi();
  const { session } = useAuth();
  const [selected, setSelected] = useState<string>();
  const [worklist, setWorklist] = useState<Worklist>('lead');
  const queue = useQuery({
    queryKey: ['queue', session?.department],
    refetchInterval: 10_000,
    queryFn: async () => {
      const pages = await Promise.all(
        OPEN_STATES.map(async (state) => ok(await api.GET('/queue', { params: { query: { state, limit: 100 } } })).cases),
      );
      const warnings = ok(await api.GET('/supervision/warnings', { params: { query: {} } }));
      const lights = new Map<string, Light>(warnings.warnings.map((w) => [w.caseNumber, w.level as Light]));
      return pages
        .flat()
        .map((c) => ({ ...c, light: lightOf(c.promisedBy, lights.get(c.caseNumber)) }))
        .sort(byDeadline);
    },
  });
  // 联办: joint cases of other departments waiting for this department's opinion, due first.
  const coOpinion = useQuery({
    queryKey: ['queue', session?.department, 'co_opinion'],
    refetchInterval: 10_000,
    queryFn: async () =>
      ok(await api.GET('/queue', { params: { query: { task: 'co_opinion', limit: 100 } } })).cases.sort((a, b) =>
        (a.coOpinionTask?.dueOn ?? '9999').localeCompare(b.coOpinionTask?.dueOn ?? '9999'),
      ),
  });
  const switcher = (
    <Segmented<Worklist>
      aria-label="待办类型"
      value={worklist}
      onChange={setWorklist}
      options={[
        { value: 'lead', label: `本部门待办（${queue.data?.length ?? 0}）` },
        { value: 'co_opinion', label: `联办待办（${coOpinion.data?.length ?? 0}）` },
      ]}
    />
  );
  const common = {
    extra: switcher,
    selected,
    onSelect: setSelected,
    actions: (view: CaseView) => (
      <Suspense fallback={null}>
        <BackOfficeActions view={view} />
      </Suspense>
    ),
  };
  return worklist === 'lead' ? (
    <CaseWorkspace
      {...common}
      title={`${session?.department ?? ''}待办（按期限）`}
      rows={queue.data ?? []}
      loading={queue.isLoading}
      error={queue.error}
      emptyText="暂无待办"
      columns={[
        { title: '事项', dataIndex: 'itemName' },
        { title: '状态', ...oneLine, render: (_, c) => stateLabel(c.state) },
        {
          title: '承诺办结',
          render: (_, c) => (c.promisedBy ? deadlineText(c.promisedBy, c.provisional) : `收件 ${formatDateTime(c.receivedAt)}`),
        },
        { title: '亮灯', ...oneLine, render: (_, c) => (c.light ? <Tag color={LIGHT_COLORS[c.light]}>{LIGHT_LABELS[c.light]}</Tag> : '—') },
      ]}
    />
  ) : (
    <CaseWorkspace
      {...common}
      title={`${session?.department ?? ''}联办意见待办`}
      rows={coOpinion.data ?? []}
      loading={coOpinion.isLoading}
      error={coOpinion.error}
      emptyText="暂无联办待办"
      columns={[
        { title: '事项', dataIndex: 'itemName' },
        { title: '牵头部门', dataIndex: 'department' },
        { title: '送达本部门', render: (_, c) => formatDateTime(c.coOpinionTask?.since) },
        {
          title: '意见期限',
          render: (_, c) => (c.coOpinionTask ? `${c.coOpinionTask.dueOn ?? '—'}（${c.coOpinionTask.limitDays} 个工作日）` : '—'),
        },
      ]}
    />
  );
}
