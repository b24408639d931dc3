import { Result, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';

// Each hall device loads only its own page: the screen, the kiosk, the phone.
const HallScreen = lazy(() => import('./HallScreen'));
const KioskPage = lazy(() => import('./KioskPage'));
const BookingPage = lazy(() => import('./BookingPage'));

/** The hall's public pages of a centre, no sign-in: /hall/{centre}/screen, /kiosk, /book. */
export default function HallPublicRoutes() {
  return (
    <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: 48 }} />}>
      <Routes>
        <Route path="screen" element={<HallScreen />} />
        <Route path="kiosk" element={<KioskPage />} />
        <Route path="book" element={<BookingPage />} />
        <Route
          path="*"
          element={
            <main>
              <Result status="404" title="页面不存在" subTitle="大厅页面：screen（叫号大屏）、kiosk（取号机）、book（预约）" />
            </main>
          }
        />
      </Routes>
    </Suspense>
  );
}
