// Chinese text on machines without a CJK system font: Noto Sans SC in unicode-range slices (only the
// slices a page uses are fetched), font-display swap; CSS and font files, no JavaScript.
import '@fontsource/noto-sans-sc/400.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { createApi } from './api';
import { ApiProvider } from './api-context';
import { authActions, AuthProvider, currentUser, fromSignIn, sessionOf, userManager } from './auth';
import { loadConfig } from './config';
import { isExpired } from './lib/stored-user';
import { AppRoutes, preloadScreen } from './routes';
import { ROLE_HOME } from './lib/session';

dayjs.locale('zh-cn');

// Text colours dark enough for WCAG AA contrast (axe checks every screen).
const THEME = {
  token: {
    // System CJK fonts first (no download where they exist), then the bundled Noto Sans SC.
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji'",
    colorPrimary: '#1456c8',
    // Darker, not lighter, under the pointer: white text on antd's lighter hover blue fails AA, and axe
    // checks a screen right after a click, with the pointer still on the primary button.
    colorPrimaryHover: '#0f47a8',
    colorPrimaryActive: '#0b3d91',
    // Links: antd's light hover blue is too pale on white.
    colorLinkHover: '#2f6fd0',
    colorSuccess: '#237804',
    colorError: '#c41d1d',
    colorWarning: '#ad6800',
    colorTextDescription: 'rgba(0,0,0,0.65)',
    colorTextTertiary: 'rgba(0,0,0,0.62)',
    colorTextPlaceholder: 'rgba(0,0,0,0.56)',
    colorTextQuaternary: 'rgba(0,0,0,0.56)',
    colorTextDisabled: 'rgba(0,0,0,0.56)',
  },
};

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  // The screen's code and the config side by side; the first render then shows the screen, not a spinner.
  const [config] = await Promise.all([loadConfig(), preloadScreen(window.location.pathname)]);
  let user = currentUser(config);
  if (window.location.pathname === '/callback') {
    try {
      user = fromSignIn(await (await userManager(config)).signinRedirectCallback());
    } catch {
      user = undefined;
    }
    const session = sessionOf(user);
    window.history.replaceState(null, '', session ? ROLE_HOME[session.role].path : '/');
  }
  const session = sessionOf(user);
  const token = () => (user && !isExpired(user, Date.now()) ? user.idToken : undefined);
  const api = createApi(config.apiBase, token);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
  root.render(
    <StrictMode>
      {/* Field labels (承办部门, 收件时间…) are a few characters: kept on one line, the value takes what is left. */}
      <ConfigProvider
        locale={zhCN}
        button={{ autoInsertSpace: false }}
        descriptions={{ styles: { label: { whiteSpace: 'nowrap' } } }}
        theme={THEME}
      >
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <AuthProvider value={{ ...authActions(config), session }}>
              <ApiProvider value={{ api, baseUrl: config.apiBase, token }}>
                <BrowserRouter>
                  <AppRoutes />
                </BrowserRouter>
              </ApiProvider>
            </AuthProvider>
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}

void boot().catch((error: unknown) => {
  document.getElementById('root')!.textContent = `工作台启动失败：${error instanceof Error ? error.message : String(error)}`;
});
