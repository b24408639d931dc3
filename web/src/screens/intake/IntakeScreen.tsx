import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Col, Empty, List, Row, Tabs, Typography } from 'antd';
import { useMessage } from '../../message-context';
import { lazy, Suspense, useState } from 'react';
import { ok } from '../../api';
import { useApi } from '../../api-context';
import { formatDateTime } from '../../lib/format';
import { useModule } from '../../lib/use-module';
import { emptyDraft, type DraftState } from '../../lib/intake-form';
import { useLinkCaseToTicket } from '../hall/desk-link';
// On the first screen (the window's ticket desk): loaded with it, not one round trip after it.
import WindowDesk from '../hall/WindowDesk';
import { ItemFinder } from './ItemFinder';
import { Receipt } from './Receipt';
import type { CaseCreated } from './types';

// Loaded when the tab is opened: the first screen carries only what taking an application needs.
const CaseLookup = lazy(() => import('../common/CaseLookup').then((m) => ({ default: m.CaseLookup })));
const SupplementPanel = lazy(() => import('./SupplementPanel').then((m) => ({ default: m.SupplementPanel })));
// Loaded once an item is chosen (the guide, the checklist form with its table), alongside the item's
// own request: neither weighs on the first screen.
const loadItemPanel = () => Promise.all([import('./ServiceGuide'), import('./IntakeForm')]);

/** 收件窗口: find the item, read its guide, take the application, register, hand over the notices. */
export default function IntakeScreen() {
  const { api } = useApi();
  const queryClient = useQueryClient();
  const message = useMessage();
  const linkCase = useLinkCaseToTicket();
  const [tab, setTab] = useState('intake');
  const [itemCode, setItemCode] = useState<string>();
  const [draft, setDraft] = useState<DraftState>(emptyDraft);
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<CaseCreated>();
  const item = useQuery({
    queryKey: ['item', itemCode],
    enabled: !!itemCode,
    queryFn: async () => ok(await api.GET('/items/{itemCode}', { params: { path: { itemCode: itemCode! } } })),
  });
  const itemPanel = useModule(loadItemPanel, !!itemCode);
  const ServiceGuide = itemPanel?.[0].ServiceGuide;
  const IntakeForm = itemPanel?.[1].IntakeForm;
  const drafts = useQuery({ queryKey: ['drafts'], queryFn: async () => ok(await api.GET('/drafts', {})).drafts });

  const startNew = (code?: string, state: DraftState = emptyDraft()) => {
    setCreated(undefined);
    setItemCode(code);
    setDraft(state);
    setFormKey((k) => k + 1);
    setTab('intake');
  };

  const resume = async (draftId: string) => {
    const d = ok(await api.GET('/drafts/{draftId}', { params: { path: { draftId } } }));
    const f = d.form;
    const entries: DraftState['entries'] = {};
    for (const m of f.materials ?? []) entries[m.code] = { status: 'scanned', uploadId: m.uploadId };
    for (const m of f.defects ?? []) entries[m.code] = { status: 'defective', defectReason: m.reason };
    for (const code of f.deferral?.materials ?? []) entries[code] = { status: 'deferred' };
    startNew(f.itemCode, {
      draftId: d.draftId,
      version: d.version,
      applicant: {
        kind: f.applicant?.kind ?? 'person',
        name: f.applicant?.name ?? '',
        idNumber: f.applicant?.idNumber ?? '',
        phone: f.applicant?.phone ?? '',
      },
      entries,
      commitment: f.deferral?.commitment ?? '',
    });
  };

  const tabs = (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      items={[
        {
          key: 'intake',
          label: '收件登记',
          children: created ? (
            <Receipt created={created} onNext={() => startNew()} />
          ) : (
            <Row gutter={16}>
              <Col xs={24} lg={8}>
                <Card title="查找事项" size="small">
                  <ItemFinder selected={itemCode} onSelect={(code) => startNew(code)} />
                </Card>
              </Col>
              <Col xs={24} lg={16}>
                {!item.data ? (
                  <Card>
                    <Empty description="请先在左侧查找并选择办理事项" />
                  </Card>
                ) : item.data.negativeList ? (
                  <Card>
                    <Typography.Paragraph type="danger">
                      该事项列入综合窗口负面清单，请引导申请人到{item.data.departmentWindow ?? `${item.data.department}专窗`}办理。
                    </Typography.Paragraph>
                  </Card>
                ) : !ServiceGuide || !IntakeForm ? (
                  <Card loading />
                ) : (
                  <>
                    <ServiceGuide item={item.data} />
                    <IntakeForm
                      key={formKey}
                      item={item.data}
                      initial={draft}
                      onRegistered={(c) => {
                        setCreated(c);
                        void queryClient.invalidateQueries({ queryKey: ['drafts'] });
                        // The applicant came with a number: the case records how long they waited.
                        void linkCase(c.caseNumber).then(
                          (number) => number && void message.success(`办件已关联号票 ${number}`),
                          (e: unknown) => void message.error(`办件未能关联号票：${e instanceof Error ? e.message : String(e)}`),
                        );
                      }}
                    />
                  </>
                )}
              </Col>
            </Row>
          ),
        },
        {
          key: 'drafts',
          label: `暂存件${drafts.data?.length ? `（${drafts.data.length}）` : ''}`,
          children: (
            <List
              bordered
              loading={drafts.isLoading}
              dataSource={drafts.data ?? []}
              locale={{ emptyText: '没有暂存件' }}
              renderItem={(d) => (
                <List.Item
                  actions={[
                    <Button key="resume" onClick={() => void resume(d.draftId)}>
                      继续办理
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={d.label}
                    description={`更新于 ${formatDateTime(d.updatedAt)}，保留至 ${formatDateTime(d.expiresAt)}`}
                  />
                </List.Item>
              )}
            />
          ),
        },
        {
          key: 'lookup',
          label: '办件查询 / 补正 / 补打',
          children: (
            <Suspense fallback={null}>
              <CaseLookup
                actions={(view) => (
                  <Suspense fallback={null}>
                    <SupplementPanel view={view} />
                  </Suspense>
                )}
              />
            </Suspense>
          ),
        },
      ]}
    />
  );

  return (
    <>
      <WindowDesk onIntake={() => setTab('intake')} />
      {tabs}
    </>
  );
}
