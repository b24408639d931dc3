import { Button, Card, Spin, theme } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useAuth } from './auth';
import { PAD_ROLES } from './lib/hall-board';
import { preloadable } from './lib/preloadable';
import { ROLE_HOME, type StaffRole } from './lib/session';
import { Shell } from './screens/Shell';

// One chunk per role, so each first screen loads only its own code.
const IntakeScreen = preloadable(() => import('./screens/intake/IntakeScreen'));
const BackOfficeScreen = preloadable(() => import('./screens/back-office/BackOfficeScreen'));
const OutputScreen = preloadable(() => import('./screens/output/OutputScreen'));
const SupervisorScreen = preloadable(() => import('./screens/supervisor/SupervisorScreen'));
const ProgressScreen = preloadable(() => import('./screens/progress/ProgressScreen'));
const CaseSearchScreen = preloadable(() => import('./screens/search/CaseSearchScreen'));
const HallPublicRoutes = preloadable(() => import('./screens/hall/HallPublicRoutes'));
const PadPage = preloadable(() => import('./screens/hall/PadPage'));

const SCREEN_OF_PATH: [RegExp, { preload: () => Promise<unknown> }][] = [
  [/^\/intake(\/|$)/, IntakeScreen],
  [/^\/back-office(\/|$)/, BackOfficeScreen],
  [/^\/output(\/|$)/, OutputScreen],
  [/^\/supervisor(\/|$)/, SupervisorScreen],
  [/^\/progress$/, ProgressScreen],
  [/^\/search$/, CaseSearchScreen],
  [/^\/hall\//, HallPublicRoutes],
  [/^\/pad\//, PadPage],
];

/**
 * Fetches the screen of `pathname` while the workbench boots (config, session), so that the first
 * render shows it at once instead of a spinner. Never fails: a screen that did not load is fetched
 * again, and reported, when it renders.
 */
export async function preloadScreen(pathname: string): Promise<void> {
  const screen = SCREEN_OF_PATH.find(([path]) => path.test(pathname))?.[1];
  await screen?.preload().catch(() => undefined);
}
const Forbidden = lazy(() => import('./screens/common/Forbidden'));

const loading = (
  <div style={{ padding: 48, textAlign: 'center' }}>
    <Spin size="large" tip="加载中…">
      <div style={{ height: 48 }} />
    </Spin>
  </div>
);

function SignIn() {
  const { signIn, session } = useAuth();
  const { token } = theme.useToken();
  if (session) return <Navigate to={ROLE_HOME[session.role].path} replace />;
  // Plain heading and paragraphs in antd's type scale: Typography would bring its editor (TextArea,
  // the form context) into the one chunk every screen loads first.
  const paragraph = { margin: '0 0 1em', color: token.colorText, fontSize: token.fontSize, lineHeight: token.lineHeight };
  return (
    <main style={{ maxWidth: 480, margin: '10vh auto', padding: 16 }}>
      <Card>
        <h1 style={{ margin: '0 0 0.5em', fontSize: 24, fontWeight: 600, color: token.colorTextHeading, lineHeight: 1.35 }}>
          一窗通办 · 政务服务工作台
        </h1>
        <p style={paragraph}>前台综合受理、后台分类审批、统一窗口出件。工作人员请登录后进入本岗位的工作台。</p>
        <Button type="primary" size="large" block autoFocus onClick={() => void signIn()}>
          登录
        </Button>
        <p style={{ ...paragraph, marginTop: 16 }}>
          申请人查询办件进度：请扫描材料接收告知单上的二维码，或打开 <a href="/progress">办件进度查询</a>。
        </p>
      </Card>
    </main>
  );
}

/** A role's screen; `role` may name several roles that share a page (the evaluation pad). */
function RequireRole({ role, children }: { role: StaffRole | readonly StaffRole[]; children: ReactNode }) {
  const { session } = useAuth();
  const roles: readonly StaffRole[] = typeof role === 'string' ? [role] : role;
  if (!session) return <Navigate to="/" replace />;
  if (!roles.includes(session.role)) {
    return (
      <Shell>
        <Suspense fallback={loading}>
          <Forbidden roles={roles} own={session.role} />
        </Suspense>
      </Shell>
    );
  }
  return (
    <Shell>
      <Suspense fallback={loading}>{children}</Suspense>
    </Shell>
  );
}

/** A screen every staff role opens (办件查询): signed in is enough; the API scopes what each sees. */
function RequireStaff({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  if (!session) return <Navigate to="/" replace />;
  return (
    <Shell>
      <Suspense fallback={loading}>{children}</Suspense>
    </Shell>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<SignIn />} />
      <Route
        path="/progress"
        element={
          <Suspense fallback={loading}>
            <ProgressScreen />
          </Suspense>
        }
      />
      <Route
        path="/hall/:centre/*"
        element={
          <Suspense fallback={loading}>
            <HallPublicRoutes />
          </Suspense>
        }
      />
      <Route
        path="/pad/:windowId"
        element={
          <RequireRole role={PAD_ROLES}>
            <PadPage />
          </RequireRole>
        }
      />
      <Route
        path="/intake/*"
        element={
          <RequireRole role="intake_clerk">
            <IntakeScreen />
          </RequireRole>
        }
      />
      <Route
        path="/back-office/*"
        element={
          <RequireRole role="approver">
            <BackOfficeScreen />
          </RequireRole>
        }
      />
      <Route
        path="/output/*"
        element={
          <RequireRole role="output_clerk">
            <OutputScreen />
          </RequireRole>
        }
      />
      <Route
        path="/supervisor/*"
        element={
          <RequireRole role="supervisor">
            <SupervisorScreen />
          </RequireRole>
        }
      />
      <Route
        path="/search"
        element={
          <RequireStaff>
            <CaseSearchScreen />
          </RequireStaff>
        }
      />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
