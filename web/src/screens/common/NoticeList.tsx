import { useQuery } from '@tanstack/react-query';
import { Button, List, Space, Typography } from 'antd';
import { useMessage } from '../../message-context';
import { fetchBlobUrl, ok } from '../../api';
import { useApi } from '../../api-context';
import { formatDateTime } from '../../lib/format';

/**
 * The notices (文书) of a case, each opened or printed as its PDF. Notices are written just after
 * each step, so the list looks again every second until one is there, then every few seconds.
 */
export function NoticeList({ caseNumber }: { caseNumber: string }) {
  const { api, baseUrl, token } = useApi();
  const message = useMessage();
  const notices = useQuery({
    queryKey: ['notices', caseNumber],
    queryFn: async () => ok(await api.GET('/cases/{caseNumber}/notices', { params: { path: { caseNumber } } })).notices,
    refetchInterval: (q) => (q.state.data?.length ? 3000 : 1000),
  });
  const open = async (noticeId: string, print: boolean) => {
    try {
      const url = await fetchBlobUrl(baseUrl, `/cases/${encodeURIComponent(caseNumber)}/notices/${encodeURIComponent(noticeId)}`, token());
      const w = window.open(url, '_blank');
      if (print && w) w.addEventListener('load', () => w.print());
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <List
      size="small"
      header={<Typography.Text strong>文书</Typography.Text>}
      loading={notices.isLoading}
      locale={{ emptyText: '文书生成中…' }}
      dataSource={notices.data ?? []}
      renderItem={(n) => (
        <List.Item
          actions={[
            <Button key="open" size="small" onClick={() => void open(n.noticeId, false)} aria-label={`打开${n.title}`}>
              打开
            </Button>,
            <Button key="print" size="small" onClick={() => void open(n.noticeId, true)} aria-label={`打印${n.title}`}>
              打印
            </Button>,
          ]}
        >
          <Space direction="vertical" size={0}>
            <Typography.Text data-testid="notice-title">{n.title}</Typography.Text>
            <Typography.Text type="secondary">
              {n.number} · {formatDateTime(n.issuedAt)}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
