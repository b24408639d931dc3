import type { User, UserManager } from 'oidc-client-ts';
import { createContext, useContext, type ReactNode } from 'react';
import type { WebConfig } from './config';
import { sessionFromClaims, type Session } from './lib/session';
import { storedUser, storedUserKey, type StoredUser } from './lib/stored-user';

/**
 * OpenID Connect sign-in, authorization code + PKCE (oidc-client-ts): against the local provider
 * in development and Cognito's managed login in AWS. The API takes the ID token as the bearer.
 * The library loads on demand (sign-in, the callback, sign-out); a screen reads the stored user.
 */
export async function userManager(config: WebConfig): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
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

/** The user this tab signed in as (what oidc-client-ts stored), unless expired. */
export function currentUser(config: WebConfig): StoredUser | undefined {
  return storedUser(window.sessionStorage.getItem(storedUserKey(config.authority, config.clientId)), Date.now());
}

/** The user oidc-client-ts returns from the sign-in callback, in the stored form. */
export function fromSignIn(user: User | null): StoredUser | undefined {
  return user ? storedUser(user.toStorageString(), Date.now()) : undefined;
}

export interface Auth {
  /** Sends the browser to the provider's login page. */
  signIn: () => Promise<void>;
  /** Ends the session at the provider (or, if it cannot be reached, in this tab) and returns to `/`. */
  signOut: () => Promise<void>;
  session: Session | undefined;
}

/** Sign-in and sign-out through oidc-client-ts, loaded when first used. */
export function authActions(config: WebConfig): Pick<Auth, 'signIn' | 'signOut'> {
  return {
    signIn: async () => (await userManager(config)).signinRedirect(),
    signOut: async () => {
      const manager = await userManager(config);
      await manager.signoutRedirect().catch(() => manager.removeUser().then(() => window.location.assign('/')));
    },
  };
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

export function sessionOf(user: StoredUser | undefined): Session | undefined {
  return user ? sessionFromClaims(user.profile) : undefined;
}
