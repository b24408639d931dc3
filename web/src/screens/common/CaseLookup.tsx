import { useQuery } from '@tanstack/react-query';
import { Input, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { CaseFile } from './CaseFile';
import { ErrorAlert } from './ErrorAlert';
import type { CaseView } from './types';

/** Open a case by its number: its file, notices to reprint, and history; `actions` are what this post may do with it. */
export function CaseLookup({ actions }: { actions?: (view: CaseView) => ReactNode } = {}) {
  const { api } = useApi();
  const [caseNumber, setCaseNumber] = useState('');
  const view = useQuery({
    queryKey: ['case', caseNumber],
    enabled: !!caseNumber,
    queryFn: async () => ok(await api.GET('/cases/{caseNumber}', { params: { path: { caseNumber } } })),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Input.Search
        aria-label="办件编号"
        placeholder="输入办件编号"
        enterButton="查询"
        style={{ maxWidth: 420 }}
        onSearch={(v) => setCaseNumber(v.trim())}
      />
      <ErrorAlert error={view.error} />
      {view.data && <CaseFile view={view.data} actions={actions?.(view.data)} />}
    </Space>
  );
}
