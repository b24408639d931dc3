import { Button, Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth';
import { ROLE_HOME } from '../lib/session';

/** The frame of every staff screen: who is signed in, at which post, and sign-out. */
export function Shell({ children }: { children: ReactNode }) {
  const { session, manager } = useAuth();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#0f3d8a', paddingInline: 24 }}
      >
        <Typography.Text strong style={{ color: '#fff', fontSize: 18 }}>
          一窗通办{session ? ` · ${ROLE_HOME[session.role].title}` : ''}
        </Typography.Text>
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
            <Button
              size="small"
              onClick={() => void manager.signoutRedirect().catch(() => manager.removeUser().then(() => window.location.assign('/')))}
            >
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
