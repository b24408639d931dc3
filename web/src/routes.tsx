import { Button, Card, Spin, theme } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { useAuth } from './auth';
import { PAD_ROLES } from './lib/hall-board';
import { ROLE_HOME, type StaffRole } from './lib/session';
import { Shell } from './screens/Shell';

// One chunk per role, so each first screen loads only its own code.
const SCREENS = {
  intake: () => import('./screens/intake/IntakeScreen'),
  backOffice: () => import('./screens/back-office/BackOfficeScreen'),
  output: () => import('./screens/output/OutputScreen'),
  supervisor: () => import('./screens/supervisor/SupervisorScreen'),
  progress: () => import('./screens/progress/ProgressScreen'),
  search: () => import('./screens/search/CaseSearchScreen'),
  hall: () => import('./screens/hall/HallPublicRoutes'),
  pad: () => import('./screens/hall/PadPage'),
};
const IntakeScreen = lazy(SCREENS.intake);
const BackOfficeScreen = lazy(SCREENS.backOffice);
const OutputScreen = lazy(SCREENS.output);
const SupervisorScreen = lazy(SCREENS.supervisor);
const ProgressScreen = lazy(SCREENS.progress);
const CaseSearchScreen = lazy(SCREENS.search);
const HallPublicRoutes = lazy(SCREENS.hall);
const PadPage = lazy(SCREENS.pad);

const SCREEN_OF_PATH: [RegExp, () => Promise<unknown>][] = [
  [/^\/intake(\/|$)/, SCREENS.intake],
  [/^\/back-office(\/|$)/, SCREENS.backOffice],
  [/^\/output(\/|$)/, SCREENS.output],
  [/^\/supervisor(\/|$)/, SCREENS.supervisor],
  [/^\/progress$/, SCREENS.progress],
  [/^\/search$/, SCREENS.search],
  [/^\/hall\//, SCREENS.hall],
  [/^\/pad\//, SCREENS.pad],
];

/**
 * Starts fetching the screen of `pathname` while the workbench boots (config, session), instead of
 * after the first render: the screen's chunks and the boot overlap.
 */
export function preloadScreen(pathname: string): void {
  const load = SCREEN_OF_PATH.find(([path]) => path.test(pathname))?.[1];
  void load?.().catch(() => undefined);
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
