import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { callAnnouncement } from '../../lib/call-speech';
import { formatDateTime } from '../../lib/format';
import { callKey, newCalls, TAG_COLOURS, waitLabel } from '../../lib/hall-board';
import { ErrorAlert } from '../common/ErrorAlert';
import { speakCall } from './speech';
import type { Board } from './types';
import { FEED_STATUS_LABELS, useHallFeed, useHallSocketUrl } from './useHallFeed';

const isBoard = (m: unknown): m is Board =>
  typeof m === 'object' && m !== null && Array.isArray((m as Board).calling) && Array.isArray((m as Board).waiting);

const PANEL = { background: '#0d2f66', borderRadius: 8, padding: 16, color: '#fff' } as const;

/** 大屏: the numbers being called with their windows, the last calls and who waits per category; spoken in Chinese. */
export default function HallScreen() {
  const { centre = '' } = useParams();
  const { api } = useApi();
  const queryClient = useQueryClient();
  const key = ['hall-board', centre];
  const board = useQuery({
    queryKey: key,
    queryFn: async () => ok(await api.GET('/public/hall/{centre}/board', { params: { path: { centre } } })),
    staleTime: Infinity,
  });
  const url = useHallSocketUrl(centre);
  const status = useHallFeed(
    url,
    (message) => {
      // The channel pushes the whole board after each call ({type: 'board', board}); anything else is a nudge to read it.
      const pushed =
        typeof message === 'object' && message !== null && 'board' in message ? (message as { board: unknown }).board : message;
      if (isBoard(pushed)) queryClient.setQueryData(key, pushed);
      else void queryClient.invalidateQueries({ queryKey: key });
    },
    () => void queryClient.invalidateQueries({ queryKey: key }),
  );

  const [speech, setSpeech] = useState(false);
  const [flash, setFlash] = useState<string>();
  const seen = useRef<Set<string>>(undefined);
  const calling = board.data?.calling;
  useEffect(() => {
    if (!calling) return;
    const fresh = newCalls(seen.current, calling);
    seen.current = new Set(calling.map(callKey));
    if (fresh.length === 0) return;
    setFlash(callKey(fresh.at(-1)!));
    if (speech) for (const c of fresh) speakCall(callAnnouncement(c.number, c.windowName, c.kind === 'recall'));
  }, [calling, speech]);

  const b = board.data;
  return (
    <main style={{ minHeight: '100vh', background: '#071d42', color: '#fff', padding: 24 }}>
      <Row justify="space-between" align="middle" style={{ marginBottom: 16 }}>
        <Typography.Title level={1} style={{ color: '#fff', margin: 0, fontSize: 32 }}>
          {b?.centreName ?? '政务服务中心'} · 叫号大屏
        </Typography.Title>
        <Space>
          <span data-testid="feed-status" style={{ color: '#dbe7ff' }}>
            {FEED_STATUS_LABELS[status]}
          </span>
          <Button onClick={() => setSpeech((s) => !s)} aria-pressed={speech}>
            {speech ? '关闭语音播报' : '开启语音播报'}
          </Button>
        </Space>
      </Row>
      {board.error ? <ErrorAlert error={board.error} /> : null}
      <Row gutter={24}>
        <Col xs={24} lg={14}>
          <section aria-labelledby="calling-title" style={PANEL}>
            <h2 id="calling-title" style={{ color: '#fff', fontSize: 24, marginTop: 0 }}>
              正在呼叫
            </h2>
            {b && b.calling.length === 0 && <p style={{ fontSize: 20 }}>暂无叫号</p>}
            <ol aria-live="polite" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="calling">
              {b?.calling.map((c) => (
                <li
                  key={callKey(c)}
                  data-testid="call"
                  style={{
                    display: 'flex',
                    justifyContent: 'space-between',
                    alignItems: 'baseline',
                    fontSize: 40,
                    padding: '8px 16px',
                    marginBottom: 8,
                    borderRadius: 6,
                    background: flash === callKey(c) ? '#8a1c1c' : '#123d80',
                  }}
                >
                  <strong style={{ color: '#ffe58f' }}>{c.number}</strong>
                  <span>
                    请到 {c.windowName}
                    {c.kind === 'recall' ? '（重呼）' : ''}
                  </span>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="recent-title" style={{ ...PANEL, marginTop: 16 }}>
            <h2 id="recent-title" style={{ color: '#fff', fontSize: 20, marginTop: 0 }}>
              最近叫号
            </h2>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: 12 }} data-testid="recent">
              {b?.recent.map((r) => (
                <li key={`${r.number}@${r.at}`} style={{ fontSize: 18, padding: '4px 10px', background: '#123d80', borderRadius: 4 }}>
                  {r.number} → {r.windowName}
                </li>
              ))}
            </ul>
          </section>
        </Col>
        <Col xs={24} lg={10}>
          <section aria-labelledby="waiting-title" style={PANEL}>
            <h2 id="waiting-title" style={{ color: '#fff', fontSize: 24, marginTop: 0 }}>
              等候人数
            </h2>
            <table style={{ width: '100%', fontSize: 20, borderCollapse: 'collapse' }} data-testid="waiting">
              <thead>
                <tr style={{ textAlign: 'left' }}>
                  <th scope="col">业务</th>
                  <th scope="col">等候</th>
                  <th scope="col">最长等候</th>
                </tr>
              </thead>
              <tbody>
                {b?.waiting.map((w) => (
                  <tr key={w.category} data-testid={`waiting-${w.letter}`}>
                    <td>
                      {w.letter} · {w.name}
                    </td>
                    <td>{w.count} 人</td>
                    <td>{w.count ? waitLabel(w.longestWaitMinutes) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="windows-title" style={{ ...PANEL, marginTop: 16 }}>
            <h2 id="windows-title" style={{ color: '#fff', fontSize: 20, marginTop: 0 }}>
              窗口
            </h2>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {b?.windows.map((w) => (
                <li key={w.windowId} style={{ fontSize: 18, marginBottom: 6 }}>
                  {w.name} <Tag color={w.open ? TAG_COLOURS.open : TAG_COLOURS.closed}>{w.open ? '办理中' : '暂停服务'}</Tag>
                  {w.serving ? `正在办理 ${w.serving}` : ''}
                </li>
              ))}
            </ul>
          </section>
        </Col>
      </Row>
      {b && <p style={{ color: '#dbe7ff', marginTop: 12 }}>更新于 {formatDateTime(b.at)}</p>}
      {status === 'polling' && url && (
        <Alert type="warning" showIcon message="推送通道暂时中断，正在每 2 秒刷新" style={{ marginTop: 12 }} />
      )}
    </main>
  );
}
