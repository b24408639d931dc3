import { InMemoryWebStorage, User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { describe, expect, it } from 'vitest';
import { isExpired, storedUser, storedUserKey } from '../../web/src/lib/stored-user';

// A staff screen reads who is signed in without loading oidc-client-ts: what it reads must be what the
// library itself stored at sign-in.
const NOW_MS = Date.UTC(2026, 11, 7, 9, 0, 0);
const CLAIMS = { sub: 'u-wang', name: '王窗口', 'cognito:groups': ['intake_clerk'], centre: 'HZ' };

function signedIn(expiresAt: number | undefined): User {
  return new User({
    id_token: 'eyJ.header.sig',
    access_token: 'at',
    token_type: 'Bearer',
    profile: { ...CLAIMS, iss: 'i', aud: 'a', exp: 0, iat: 0 },
    expires_at: expiresAt,
  });
}

describe('the signed-in user, read from what oidc-client-ts stored (工作台登录状态)', () => {
  it('finds the user under the key the library writes it to, with its ID token and claims', async () => {
    const store = new InMemoryWebStorage();
    const manager = new UserManager({
      authority: 'http://127.0.0.1:3000/oidc',
      client_id: 'workbench',
      redirect_uri: 'http://127.0.0.1:3000/callback',
      userStore: new WebStorageStateStore({ store }),
    });
    await manager.storeUser(signedIn(NOW_MS / 1000 + 3600));
    const key = storedUserKey('http://127.0.0.1:3000/oidc', 'workbench');
    expect(key).toBe('oidc.user:http://127.0.0.1:3000/oidc:workbench');
    const user = storedUser(store.getItem(key), NOW_MS);
    expect(user?.idToken).toBe('eyJ.header.sig');
    expect(user?.profile.name).toBe('王窗口');
    expect(user?.profile['cognito:groups']).toEqual(['intake_clerk']);
    expect(user?.expiresAt).toBe(NOW_MS / 1000 + 3600);
  });

  it('treats an expired token as signed out, one second after its expiry and not before', () => {
    const expiresAt = NOW_MS / 1000 + 60;
    const stored = signedIn(expiresAt).toStorageString();
    expect(storedUser(stored, NOW_MS + 59_000)).toBeDefined();
    expect(storedUser(stored, NOW_MS + 60_000)).toBeUndefined();
    expect(isExpired({ idToken: 't', profile: {}, expiresAt }, NOW_MS + 61_000)).toBe(true);
    // No expiry from the provider: oidc-client-ts never counts it expired either.
    expect(storedUser(signedIn(undefined).toStorageString(), NOW_MS + 10 ** 9)?.idToken).toBe('eyJ.header.sig');
  });

  it('reads nothing from an empty tab or a damaged entry', () => {
    expect(storedUser(null, NOW_MS)).toBeUndefined();
    expect(storedUser('', NOW_MS)).toBeUndefined();
    expect(storedUser('{not json', NOW_MS)).toBeUndefined();
    expect(storedUser('"a string"', NOW_MS)).toBeUndefined();
    expect(storedUser(JSON.stringify({ profile: CLAIMS }), NOW_MS)).toBeUndefined();
    expect(storedUser(JSON.stringify({ id_token: 't', profile: CLAIMS, expires_at: 'soon' }), NOW_MS)).toBeUndefined();
  });
});
