import { Button, Layout, Space } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth';
import { ROLE_HOME } from '../lib/session';

/** The frame of every staff screen: who is signed in, at which post, and sign-out. */
export function Shell({ children }: { children: ReactNode }) {
  const { session, signOut } = useAuth();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#0f3d8a', paddingInline: 24 }}
      >
        {/* Plain text, not Typography: see SignIn in routes.tsx. */}
        <span style={{ color: '#fff', fontSize: 18, fontWeight: 600 }}>一窗通办{session ? ` · ${ROLE_HOME[session.role].title}` : ''}</span>
        {session && (
          <Space>
            <Link to={ROLE_HOME[session.role].path} style={{ color: '#fff' }}>
              {ROLE_HOME[session.role].title}
            </Link>
            <Link to="/search" style={{ color: '#fff' }}>
              办件查询
            </Link>
            <span style={{ color: '#fff' }} data-testid="signed-in-as">
              {session.name}
              {session.department ? `（${session.department}）` : ''}
            </span>
            <Button size="small" onClick={() => void signOut()}>
              退出
            </Button>
          </Space>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <main>{children}</main>
      </Layout.Content>
    </Layout>
  );
}
