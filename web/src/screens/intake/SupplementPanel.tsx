import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, List, Typography } from 'antd';
import { useMessage } from '../../message-context';
import { useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { problemsToSupply, supplementBody } from '../../lib/supplement';
import type { UploadedScan } from '../../lib/upload';
import { ErrorAlert } from '../common/ErrorAlert';
import { MaterialScan } from '../common/MaterialScan';
import type { CaseView } from '../common/types';

/** 补正材料: the applicant brings what the notice asked for; the clerk scans each and sends the case back. */
export function SupplementPanel({ view }: { view: CaseView }) {
  const { api } = useApi();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [scans, setScans] = useState<Record<string, UploadedScan>>({});
  // Once the clerk has tried to send, what is still unscanned shows, and shrinks as each scan is verified.
  const [tried, setTried] = useState(false);
  const asked = problemsToSupply(view);
  const body = supplementBody(asked?.problems ?? [], Object.fromEntries(Object.entries(scans).map(([code, s]) => [code, s.uploadId])));
  const supply = useMutation({
    mutationFn: async () => {
      if ('missing' in body) throw new Error(body.missing.join('；'));
      return ok(await api.POST('/cases/{caseNumber}/supplement', { params: { path: { caseNumber: view.caseNumber } }, body }));
    },
    onSuccess: () => {
      void message.success('补正材料已提交');
      setScans({});
      setTried(false);
      for (const key of [
        ['case', view.caseNumber],
        ['notices', view.caseNumber],
      ])
        void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  if (!asked) return null;
  return (
    <Card size="small" title="补正材料">
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message={
          asked.source === 'back_office' ? `审批部门要求补正${asked.dueDate ? `，期限 ${asked.dueDate}` : ''}` : '收件时一次性告知的材料'
        }
      />
      <List
        size="small"
        dataSource={asked.problems}
        renderItem={(p) => (
          <List.Item
            actions={[
              <MaterialScan
                key="scan"
                label={p.name}
                scan={scans[p.code]}
                onScanned={(s) => {
                  // A new scan answers the last refusal: it no longer stands under the list.
                  supply.reset();
                  setScans((all) => ({ ...all, [p.code]: s }));
                }}
              />,
            ]}
          >
            <List.Item.Meta title={p.name} description={<Typography.Text>{p.problem}</Typography.Text>} />
          </List.Item>
        )}
      />
      {tried && 'missing' in body && <ErrorAlert error={new Error(body.missing.join('；'))} />}
      <ErrorAlert error={supply.error} />
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        loading={supply.isPending}
        onClick={() => {
          setTried(true);
          if ('materials' in body) supply.mutate();
        }}
      >
        提交补正材料
      </Button>
    </Card>
  );
}
