import { Tabs } from 'antd';
import { lazy, Suspense } from 'react';
import { CaseLookup } from '../common/CaseLookup';
import { CalendarPanel } from './CalendarPanel';
import { Dashboard } from './Dashboard';

const HallAdmin = lazy(() => import('../hall/HallAdmin'));

/** 监察 / 中心管理: the dashboard over a chosen range, case lookup and the working-day calendar. */
export default function SupervisorScreen() {
  return (
    <Tabs
      items={[
        { key: 'dashboard', label: '监察看板', children: <Dashboard /> },
        { key: 'cases', label: '办件查询', children: <CaseLookup /> },
        { key: 'calendar', label: '工作日历', children: <CalendarPanel /> },
        { key: 'hall', label: '大厅管理', children: <Suspense fallback={null}><HallAdmin /></Suspense> },
      ]}
    />
  );
}
