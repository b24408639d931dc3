/**
 * The signed-in user as oidc-client-ts keeps it in the tab's sessionStorage, read without loading
 * oidc-client-ts: a staff screen needs only the ID token and its claims, and the library (about 20 KB
 * gzip) then loads for signing in, the callback and signing out alone.
 */
export interface StoredUser {
  idToken: string;
  /** The ID token's claims, as oidc-client-ts stores them. */
  profile: Record<string, unknown>;
  /** Seconds since the epoch; absent when the provider gave no expiry. */
  expiresAt?: number;
}

/** The key oidc-client-ts's WebStorageStateStore (prefix `oidc.`) stores the user under. */
export function storedUserKey(authority: string, clientId: string): string {
  return `oidc.user:${authority}:${clientId}`;
}

/** The user in `stored` (oidc-client-ts's storage string), or undefined when absent, malformed or expired at `nowMs`. */
export function storedUser(stored: string | null, nowMs: number): StoredUser | undefined {
  if (!stored) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { id_token: idToken, profile, expires_at: expiresAt } = value as Record<string, unknown>;
  if (typeof idToken !== 'string' || typeof profile !== 'object' || profile === null) return undefined;
  if (expiresAt !== undefined && typeof expiresAt !== 'number') return undefined;
  const user: StoredUser = { idToken, profile: profile as Record<string, unknown>, ...(expiresAt !== undefined ? { expiresAt } : {}) };
  return isExpired(user, nowMs) ? undefined : user;
}

/** Expired at `nowMs` (as oidc-client-ts's `User.expired`: no expiry given means never). */
export function isExpired(user: StoredUser, nowMs: number): boolean {
  return user.expiresAt !== undefined && user.expiresAt * 1000 <= nowMs;
}
