import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { type Configuration, type JWK as OidcJwk, type KoaContextWithOIDC } from 'oidc-provider';
import { CLAIMS } from '#domain/principal';
import { readRequestBody } from './aws-json';
import { demoUsers, type DemoUser } from './demo-users';
import { LOCAL_AUDIENCE, loadOrCreateKey } from './issuer';

/**
 * The local stand-in for the Cognito user pool's managed login: a real OpenID Connect provider
 * (oidc-provider) on the API's origin, authorization code + PKCE only, for the one public client
 * the workbench is. Its ID tokens carry the claims Cognito would and are signed with the local
 * issuer's key, so the API accepts them exactly like the tokens of /local/token.
 */
export const WEB_CLIENT_ID = LOCAL_AUDIENCE;
/** Where the workbench receives the authorization code. */
export const CALLBACK_PATH = '/callback';
const PREFIX = '/oidc';

export interface LocalOidc {
  /** Handles the request when it is the provider's (discovery, /oidc/…); false otherwise. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  users: DemoUser[];
}

function idTokenClaims(user: DemoUser): Record<string, unknown> {
  return {
    sub: user.subject,
    name: user.name,
    [CLAIMS.groups]: [user.role],
    ...(user.centre ? { [CLAIMS.centre]: user.centre } : {}),
    ...(user.department ? { [CLAIMS.department]: user.department } : {}),
    ...(user.windowDecision ? { [CLAIMS.windowDecision]: 'true' } : {}),
    token_use: 'id',
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const ROLE_TITLES: Record<string, string> = {
  intake_clerk: '收件窗口',
  approver: '后台审批',
  output_clerk: '出件窗口',
  supervisor: '监察 / 中心管理',
};

const STYLE = `body{font-family:system-ui,"Noto Sans SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;background:#f0f2f5;color:#1f1f1f}
main{max-width:760px;margin:32px auto;padding:24px 32px;background:#fff;border-radius:8px}
h1{font-size:22px;margin:0 0 4px}p{color:#595959;margin:0 0 16px}h2{font-size:16px;margin:20px 0 8px;color:#003a8c}
ul{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:8px}
button{width:100%;text-align:left;padding:10px 12px;border:1px solid #d9d9d9;border-radius:6px;background:#fff;cursor:pointer;font:inherit;color:#1f1f1f}
button:hover,button:focus-visible{border-color:#1677ff;outline:2px solid #1677ff}button span{display:block;color:#595959;font-size:13px;margin-top:2px}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · 一窗通办</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/** The login page: every demo user as a button, grouped by role, with department and centre. */
export function loginPage(uid: string, users: DemoUser[], centreName: string): string {
  const groups = [...new Set(users.map((u) => u.role))].map((role) => {
    const buttons = users
      .filter((u) => u.role === role)
      .map(
        (u) => `<li><button type="submit" name="account" value="${escapeHtml(u.subject)}"><strong>${escapeHtml(u.name)}</strong>
          <span>${escapeHtml(u.post)}${u.department ? ` · ${escapeHtml(u.department)}` : ''} · ${escapeHtml(u.centre ?? '')}</span></button></li>`,
      )
      .join('');
    return `<section><h2>${escapeHtml(ROLE_TITLES[role] ?? role)}</h2><ul>${buttons}</ul></section>`;
  });
  return page(
    '登录',
    `<h1>一窗通办 · 本地登录</h1><p>${escapeHtml(centreName)}：请选择演示账号（本机开发用，代替统一身份认证）。</p>
<form method="post" action="${PREFIX}/interaction/${escapeHtml(uid)}/login">${groups.join('')}</form>`,
  );
}

export async function createLocalOidc(options: { issuer: string; keyFile: string; centre: string; centreName: string }): Promise<LocalOidc> {
  const { privateJwk } = await loadOrCreateKey(options.keyFile);
  const users = demoUsers(options.centre);
  const configuration: Configuration = {
    clients: [
      {
        client_id: WEB_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        redirect_uris: [`${options.issuer}${CALLBACK_PATH}`],
        post_logout_redirect_uris: [`${options.issuer}/`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    jwks: { keys: [privateJwk as OidcJwk] },
    findAccount: (_ctx, id) => {
      const user = users.find((u) => u.subject === id);
      return user ? { accountId: id, claims: () => ({ ...idTokenClaims(user), sub: id }) } : undefined;
    },
    claims: { openid: ['sub'], profile: ['name', CLAIMS.groups, CLAIMS.centre, CLAIMS.department, CLAIMS.windowDecision, 'token_use'] },
    // The API reads the role and centre from the ID token, as from Cognito's.
    conformIdTokenClaims: false,
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = page('退出登录', `<h1>退出登录</h1><p>确认退出一窗通办工作台？</p>${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">退出</button>`);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = page('已退出', '<h1>已退出</h1><p><a href="/">重新登录</a></p>');
        },
      },
    },
    // The workbench calls the token endpoint from the provider's own origin only.
    clientBasedCORS: (_ctx, origin) => origin === new URL(options.issuer).origin,
    interactions: { url: (_ctx, interaction) => `${PREFIX}/interaction/${interaction.uid}` },
    // A first-party client: the staff member's choice of account is the whole consent.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const client = ctx.oidc.client;
      const session = ctx.oidc.session;
      if (!client || !session?.accountId) return undefined;
      const existing = ctx.oidc.result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile');
      await grant.save();
      return grant;
    },
    routes: {
      authorization: `${PREFIX}/auth`,
      token: `${PREFIX}/token`,
      jwks: `${PREFIX}/jwks`,
      userinfo: `${PREFIX}/me`,
      end_session: `${PREFIX}/session/end`,
      revocation: `${PREFIX}/token/revocation`,
      introspection: `${PREFIX}/token/introspection`,
    },
    ttl: { IdToken: 8 * 3600, AccessToken: 8 * 3600, Session: 12 * 3600, Grant: 12 * 3600, Interaction: 3600 },
    cookies: { keys: [randomBytes(32).toString('hex')] },
  };
  const provider = new Provider(options.issuer, configuration);
  const callback = provider.callback();

  return {
    users,
    async handle(req, res) {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path !== '/.well-known/openid-configuration' && !path.startsWith(`${PREFIX}/`)) return false;
      const interaction = /^\/oidc\/interaction\/([\w-]+)(\/login)?$/.exec(path);
      if (!interaction) {
        callback(req, res);
        return true;
      }
      try {
        const details = await provider.interactionDetails(req, res);
        if (req.method === 'GET' && !interaction[2]) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          res.end(loginPage(details.uid, users, options.centreName));
          return true;
        }
        if (req.method === 'POST' && interaction[2]) {
          const account = new URLSearchParams((await readRequestBody(req, 16 * 1024)).toString('utf8')).get('account') ?? '';
          if (!users.some((u) => u.subject === account)) {
            res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
            res.end('未知的演示账号。');
            return true;
          }
          await provider.interactionFinished(req, res, { login: { accountId: account } }, { mergeWithLastSubmission: false });
          return true;
        }
        res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Method not allowed');
      } catch {
        // An expired or unknown interaction: start the sign-in again from the workbench.
        res.writeHead(303, { location: '/' });
        res.end();
      }
      return true;
    },
  };
}
