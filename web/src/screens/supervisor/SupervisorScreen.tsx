import { Tabs } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Dashboard } from './Dashboard';

// Each panel but the dashboard loads when its tab is first opened.
const CaseLookup = lazy(() => import('../common/CaseLookup').then((m) => ({ default: m.CaseLookup })));
const CalendarPanel = lazy(() => import('./CalendarPanel').then((m) => ({ default: m.CalendarPanel })));
const TicketsPanel = lazy(() => import('./TicketsPanel'));
const RatingsPanel = lazy(() => import('./RatingsPanel'));
const CatalogPanel = lazy(() => import('./CatalogPanel'));
const ArchivePanel = lazy(() => import('./ArchivePanel'));

const later = (panel: ReactNode) => <Suspense fallback={null}>{panel}</Suspense>;
const HallAdmin = lazy(() => import('../hall/HallAdmin'));

/** 监察 / 中心管理: dashboard, case lookup, tickets, ratings, the catalog, archive checks, the working-day calendar and the hall. */
export default function SupervisorScreen() {
  return (
    <Tabs
      items={[
        { key: 'dashboard', label: '监察看板', children: <Dashboard /> },
        { key: 'cases', label: '办件查询', children: later(<CaseLookup />) },
        { key: 'tickets', label: '工单', children: later(<TicketsPanel />) },
        { key: 'ratings', label: '好差评', children: later(<RatingsPanel />) },
        { key: 'catalog', label: '事项目录', children: later(<CatalogPanel />) },
        { key: 'archive', label: '归档核验', children: later(<ArchivePanel />) },
        { key: 'calendar', label: '工作日历', children: later(<CalendarPanel />) },
        { key: 'hall', label: '大厅管理', children: later(<HallAdmin />) },
      ]}
    />
  );
}
