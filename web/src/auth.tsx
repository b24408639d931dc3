import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { createContext, useContext, type ReactNode } from 'react';
import type { WebConfig } from './config';
import { sessionFromClaims, type Session } from './lib/session';

/**
 * OpenID Connect sign-in, authorization code + PKCE (oidc-client-ts): against the local provider
 * in development and Cognito's managed login in AWS. The API takes the ID token as the bearer.
 */
export function userManager(config: WebConfig): UserManager {
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}/callback`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    // Per tab: two staff members can be signed in side by side in one browser.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
    loadUserInfo: false,
  });
}

export interface Auth {
  manager: UserManager;
  user: User | null;
  session: Session | undefined;
}

const AuthContext = createContext<Auth | undefined>(undefined);

export function AuthProvider({ value, children }: { value: Auth; children: ReactNode }) {
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

export function sessionOf(user: User | null): Session | undefined {
  return user && !user.expired ? sessionFromClaims(user.profile as Record<string, unknown>) : undefined;
}
