import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { api, baseUrl, CITIZEN_ID, token, uploadScan, waitingFor } from '#tests/support/client';

/**
 * Issue 9 §5 and §6, issue 10 §5 through the API: bad input refused with exact codes and Chinese
 * messages, the local system closed to everyone but this machine.
 */
let clerk: string;
let approver: string;

beforeAll(async () => {
  clerk = await token('intake_clerk', { subject: `clerk-hardening-${randomUUID().slice(0, 6)}` });
  approver = await token('approver', { department: '人社局' });
});

const applicant = { kind: 'person', name: '张三', idNumber: CITIZEN_ID };

async function register(extra: Record<string, unknown> = {}) {
  const [id, separation] = await Promise.all([uploadScan(clerk), uploadScan(clerk)]);
  return api<{ caseNumber: string; code?: string; message?: string }>('POST', '/cases', {
    token: clerk,
    headers: { 'idempotency-key': randomUUID() },
    body: {
      itemCode: 'RS-0001',
      applicant,
      materials: [
        { code: 'ID', uploadId: id },
        { code: 'SEPARATION', uploadId: separation },
      ],
      ...extra,
    },
  });
}

const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('dates in requests are real calendar dates', () => {
  it('refuses 2026-13-45 and 9999-99-99 as a 补正 due date, and a due date past the statutory window', async () => {
    const registered = await register();
    expect(registered.status).toBe(201);
    const { caseNumber } = registered.body;
    await waitingFor(caseNumber, 'acceptance', approver, 60_000);
    const problems = [{ code: 'ID', name: '居民身份证', problem: '身份证已过有效期' }];
    for (const dueDate of ['2026-13-45', '9999-99-99']) {
      const res = await api('POST', `/cases/${caseNumber}/review`, { token: approver, body: { outcome: 'request_supplement', problems, dueDate } });
      expect([res.status, res.body.code, res.body.message]).toEqual([400, 'invalid_body', `请求内容有误（dueDate）：${dueDate} 不是有效的日期`]);
    }
    const far = later(200);
    const tooLate = await api('POST', `/cases/${caseNumber}/review`, { token: approver, body: { outcome: 'request_supplement', problems, dueDate: far } });
    expect([tooLate.status, tooLate.body.code]).toEqual([422, 'due_date_too_late']);
    expect(String(tooLate.body.message)).toMatch(new RegExp(`^补正期限（${far}）不得晚于 \\d{4}-\\d{2}-\\d{2}（自今日起 20 个工作日的法定时限内）。$`));
    // Nothing changed: the case still waits for its review.
    const after = await api<{ state: string }>('GET', `/cases/${caseNumber}`, { token: approver });
    expect(after.body.state).toBe('pending_acceptance');
  });

  it('refuses an impossible 容缺 due date at intake', async () => {
    const res = await register({ deferral: { materials: ['SEPARATION'], commitment: '本人承诺补交', dueDate: '9999-99-99' } });
    expect([res.status, res.body.code, res.body.message]).toEqual([400, 'invalid_body', '请求内容有误（deferral.dueDate）：9999-99-99 不是有效的日期']);
  });
});

describe('forged page cursors', () => {
  it('answers 400, never 500', async () => {
    const forged = Buffer.from(JSON.stringify({ pk: 'CASE#x' })).toString('base64');
    for (const cursor of [forged, Buffer.from('{"pk":"CASE#x","sk":"CASE","gsi1pk":"QUEUE#XX","gsi1sk":"x"}').toString('base64url'), 'garbage']) {
      const res = await api('GET', `/queue?cursor=${encodeURIComponent(cursor)}`, { token: approver });
      expect([res.status, res.body.code, res.body.message]).toEqual([400, 'invalid_cursor', '翻页参数无效，请从第一页重新查询。']);
    }
    // A cursor the API handed out still works.
    const first = await api<{ nextCursor?: string }>('GET', '/queue?limit=1', { token: approver });
    expect(first.status).toBe(200);
    if (first.body.nextCursor) expect((await api('GET', `/queue?limit=1&cursor=${first.body.nextCursor}`, { token: approver })).status).toBe(200);
  });
});

describe('names without hidden characters, lengths in characters', () => {
  it('refuses NUL, U+202E, zero-width characters and lone surrogates in a name, saying which', async () => {
    const cases: [string, string][] = [
      ['张\u0000三', '控制字符 U+0000（空字符 NUL）'],
      ['张三\u202Eabc', '文字方向控制字符 U+202E（从右至左强制符）'],
      ['张\u200D三', '不可见的零宽字符 U+200D（零宽连字）'],
      ['张\uD800三', '不完整的字符（孤立代理项，常见于复制粘贴出错）'],
    ];
    for (const [name, what] of cases) {
      const res = await api('POST', '/cases', { token: clerk, headers: { 'idempotency-key': randomUUID() }, body: { itemCode: 'RS-0001', applicant: { ...applicant, name } } });
      expect([res.status, res.body.code, res.body.message]).toEqual([400, 'invalid_body', `请求内容有误（applicant.name）：含有不允许的${what}，请删除后重新输入`]);
    }
  });

  it('counts 𠮷 as one character', async () => {
    const ok = await api('POST', '/drafts', { token: clerk, body: { label: '𠮷'.repeat(100), form: {} } });
    expect(ok.status).toBe(201);
    const long = await api('POST', '/drafts', { token: clerk, body: { label: '𠮷'.repeat(101), form: {} } });
    expect([long.status, long.body.message]).toEqual([400, '请求内容有误（label）：过长：最多 100 个字符，现有 101 个']);
  });
});

describe('drafts never return the full identity number', () => {
  it('shows it masked on save, resume and list, and keeps it when the masked form comes back', async () => {
    const form = { itemCode: 'RS-0001', applicant: { kind: 'person', name: '王五', idNumber: CITIZEN_ID } };
    const saved = await api<{ draftId: string; form: { applicant: { idNumber: string } } }>('POST', '/drafts', { token: clerk, body: { label: '王五', form } });
    expect(saved.status).toBe(201);
    expect(saved.body.form.applicant.idNumber).toBe('110***********002X');
    const resumed = await api('GET', `/drafts/${saved.body.draftId}`, { token: clerk });
    const listed = await api('GET', '/drafts', { token: clerk });
    for (const res of [saved, resumed, listed]) expect(JSON.stringify(res.body)).not.toContain(CITIZEN_ID);
    const updated = await api<{ form: { applicant: { idNumber: string } } }>('PUT', `/drafts/${saved.body.draftId}`, {
      token: clerk,
      body: { version: 1, form: { ...form, applicant: { ...form.applicant, idNumber: '110***********002X' } } },
    });
    expect([updated.status, updated.body.form.applicant.idNumber]).toEqual([200, '110***********002X']);
  });
});

describe('messages in the clerk’s language', () => {
  it('speaks Chinese by default and English when asked', async () => {
    const zh = await api('GET', '/cases/NOPE404', { token: approver });
    expect([zh.status, zh.body.code, zh.body.message]).toEqual([404, 'case_not_found', '没有编号为 NOPE404 的办件。']);
    const en = await api('GET', '/cases/NOPE404', { token: approver, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect([en.status, en.body.code, en.body.message]).toEqual([404, 'case_not_found', 'There is no case NOPE404.']);
    const unsigned = await api('GET', '/cases/NOPE404');
    expect([unsigned.status, unsigned.body.code, unsigned.body.message]).toEqual([401, 'unauthorized', '请先登录：请求未携带登录凭证（Authorization: Bearer …）。']);
    const badType = await api('POST', '/drafts', { token: clerk, body: { label: 7, form: {} } });
    expect([badType.status, badType.body.message]).toEqual([400, '请求内容有误（label）：应为文本，收到的是数字']);
  });
});

describe('the local system is not an open door', () => {
  it('caps local tokens at 12 hours', async () => {
    const mint = (ttlSeconds: number) => api<{ token?: string; code?: string; message?: string }>('POST', '/local/token', { body: { role: 'supervisor', ttlSeconds } });
    const greedy = await mint(100_000_000);
    expect([greedy.status, greedy.body.code, greedy.body.message]).toEqual([400, 'invalid_ttl', '令牌有效期须为 1 至 43200 秒（12 小时）。']);
    const fine = await mint(43_200);
    expect(fine.status).toBe(200);
    const claims = JSON.parse(Buffer.from(fine.body.token!.split('.')[1]!, 'base64url').toString()) as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(43_200);
  });

  it('answers a malformed path 400 and an oversized body 413, as API Gateway does', async () => {
    const malformed = await api('GET', '/cases/%E0%A4%A', { token: approver });
    expect([malformed.status, malformed.body.code, malformed.body.message]).toEqual([400, 'invalid_uri', '请求地址编码有误（百分号编码不完整或不是 UTF-8）。']);
    const huge = await fetch(`${baseUrl()}/cases`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clerk}`, 'content-type': 'application/json' },
      body: `{"pad":"${'x'.repeat(11 * 1024 * 1024)}"}`,
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ code: 'body_too_large', message: '请求内容过大（上限 10 MB）；扫描件请通过 /uploads 上传。', details: { limit: 10 * 1024 * 1024 } });
  });

  it('reports each engine on /health', async () => {
    const health = await api<{ status: string; engines: Record<string, { status: string }> }>('GET', '/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    expect(Object.fromEntries(Object.entries(health.body.engines).map(([name, e]) => [name, e.status]))).toEqual({
      dynamodb: 'up',
      s3: 'up',
      stepFunctions: 'up',
      eventBridge: 'up',
      kms: 'up',
      sns: 'up',
    });
  });

  it('listens on 127.0.0.1 only: every engine and the API refuse connections to other addresses', async () => {
    const env = inject('systemEnv');
    const endpoints = [baseUrl(), ...Object.entries(env).filter(([k]) => k.startsWith('AWS_ENDPOINT_URL_')).map(([, v]) => v)];
    const ports = endpoints.map((u) => Number(new URL(u).port));
    // The API, DynamoDB Local, s3rver and the Step Functions, EventBridge, KMS, SNS and SQS stand-ins.
    expect(ports).toHaveLength(8);
    const reach = (host: string, port: number) =>
      new Promise<'open' | 'refused'>((resolve) => {
        const socket = connect({ host, port, timeout: 2000 });
        socket.once('connect', () => {
          socket.destroy();
          resolve('open');
        });
        socket.once('error', () => resolve('refused'));
        socket.once('timeout', () => {
          socket.destroy();
          resolve('refused');
        });
      });
    for (const port of ports) expect(await reach('127.0.0.1', port)).toBe('open');
    const outside = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const address of outside) for (const port of ports) expect(`${address}:${port} ${await reach(address, port)}`).toBe(`${address}:${port} refused`);
  });
});
