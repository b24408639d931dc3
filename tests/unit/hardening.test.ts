import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { latestCorrectionDue } from '#domain/deadline';
import { buildCalendar, CN_2026 } from '#domain/calendar';
import { formToStore, formView } from '#domain/draft';
import { AppError } from '#domain/errors';
import { day, forbiddenCharacter, instant, line, text } from '#domain/input';
import { ENGLISH_ERRORS } from '#domain/zod-locale';
import { outageCause, writeMayHaveApplied } from '#http/handler';
import { CHINESE_AT_SOURCE, languageOf, messageFor, ZH_MESSAGES } from '#http/messages';
import { decodeCursor, INDEX_CURSOR_SHAPE } from '#repositories/keys';
import { backoffMs, MAX_BACKOFF_MS } from '#local/streams';
import * as z from 'zod/mini';
import { firstMessage } from './fixtures';

describe('dates in requests are real calendar dates', () => {
  it('refuses impossible dates with a Chinese message, and accepts real ones', () => {
    expect(firstMessage(day, '2026-13-45')).toBe('2026-13-45 不是有效的日期');
    expect(firstMessage(day, '9999-99-99')).toBe('9999-99-99 不是有效的日期');
    expect(firstMessage(day, '2026-02-29')).toBe('2026-02-29 不是有效的日期');
    expect(firstMessage(day, '2026-04-31')).toBe('2026-04-31 不是有效的日期');
    expect(firstMessage(day, '2026/12/04')).toBe('日期格式应为 YYYY-MM-DD（如 2026-12-04）');
    expect(firstMessage(day, '2028-02-29')).toBeUndefined();
    expect(firstMessage(day, '2026-12-31')).toBeUndefined();
  });

  it('takes date-times only with an offset and on a real day', () => {
    expect(firstMessage(instant, '2026-12-04T09:30:00+08:00')).toBeUndefined();
    expect(firstMessage(instant, '2026-12-04T09:30Z')).toBeUndefined();
    expect(firstMessage(instant, '2026-13-04T09:30:00+08:00')).toBe('时间格式应为带时区的 ISO 8601（如 2026-12-04T09:30:00+08:00）');
    expect(firstMessage(instant, '2026-12-04T09:30:00')).toBe('时间格式应为带时区的 ISO 8601（如 2026-12-04T09:30:00+08:00）');
  });

  it('keeps a 补正 due date within 20 working days of the request', () => {
    const calendar = buildCalendar([CN_2026]);
    // From Monday 2026-09-21: 中秋 09-25..09-27 and 国庆 10-01..10-07 are holidays, Saturday 10-10 a
    // make-up working day; counted by hand, the 20th working day is Monday 10-26.
    expect(latestCorrectionDue(calendar, '2026-09-21')).toBe('2026-10-26');
    // Into 2027, whose schedule is not published: the provisional calendar (元旦 2027-01-01 off, no 调休).
    expect(latestCorrectionDue(calendar, '2026-12-21')).toBe('2027-01-19');
  });
});

describe('names and texts hold no hidden characters; lengths count characters', () => {
  const name = line(100);
  it('refuses control, bidi, zero-width and lone-surrogate characters, naming the one to delete', () => {
    expect(firstMessage(name, '张\u0000三')).toBe('含有不允许的控制字符 U+0000（空字符 NUL），请删除后重新输入');
    expect(firstMessage(name, '张三\u202Eabc')).toBe('含有不允许的文字方向控制字符 U+202E（从右至左强制符），请删除后重新输入');
    expect(firstMessage(name, '张\u2067三')).toBe('含有不允许的文字方向控制字符 U+2067，请删除后重新输入');
    expect(firstMessage(name, '张\u200B三')).toBe('含有不允许的不可见的零宽字符 U+200B（零宽空格），请删除后重新输入');
    expect(firstMessage(name, '张\uD842三')).toBe('含有不允许的不完整的字符（孤立代理项，常见于复制粘贴出错），请删除后重新输入');
    expect(firstMessage(name, '张\n三')).toBe('含有不允许的控制字符 U+000A，请删除后重新输入');
    expect(firstMessage(name, ' 张三 ')).toBeUndefined();
    expect(name.parse(' 张三 ')).toBe('张三');
  });

  it('lets free texts keep line breaks but nothing else invisible', () => {
    expect(firstMessage(text(100), '第一行\n第二行\t完')).toBeUndefined();
    expect(firstMessage(text(100), '第一行\u0007')).toBe('含有不允许的控制字符 U+0007，请删除后重新输入');
    expect(forbiddenCharacter('བཀྲ་ཤིས་བདེ་ལེགས', false)).toBeUndefined();
  });

  it('counts 𠮷 (two UTF-16 units) as one character', () => {
    expect(firstMessage(name, '𠮷'.repeat(100))).toBeUndefined();
    expect(firstMessage(name, '𠮷'.repeat(101))).toBe('过长：最多 100 个字符，现有 101 个');
    expect(firstMessage(name, '   ')).toBe('不能为空');
  });
});

describe('messages in the clerk’s language', () => {
  it('has a Chinese text for every error code the code base throws', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk('functions');
    walk('local');
    const codes = new Set<string>();
    const thrown = /(?:badRequest|forbidden|notFound|conflict|unprocessable)\(\s*'([a-z_]+)'|new AppError\(\s*\d+,\s*'([a-z_]+)'/g;
    for (const source of sources) for (const m of source.matchAll(thrown)) codes.add(m[1] ?? m[2]!);
    expect(codes.size).toBeGreaterThan(80);
    const untranslated = [...codes].filter((code) => !(code in ZH_MESSAGES) && !CHINESE_AT_SOURCE.includes(code));
    expect(untranslated).toEqual([]);
  });

  it('answers in Chinese unless English is asked for first', () => {
    expect(languageOf(undefined)).toBe('zh');
    expect(languageOf('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-US,en;q=0.9')).toBe('en');
    expect(languageOf('zh;q=0.5, en;q=0.8')).toBe('en');
    expect(languageOf('fr')).toBe('zh');
    const english = 'There is no case HZ1.';
    expect(messageFor('case_not_found', english, { caseNumber: 'HZ1' }, 'zh')).toBe('没有编号为 HZ1 的办件。');
    expect(messageFor('case_not_found', english, { caseNumber: 'HZ1' }, 'en')).toBe(english);
    expect(messageFor('invalid_state', '', { caseNumber: 'HZ1', state: 'approved' }, 'zh')).toBe(
      '办件 HZ1 当前状态为「已办结（准予）」，不能办理此项操作。',
    );
    expect(
      messageFor('joint_outcome', '', { coOpinions: [{ department: '住建局', outcome: 'deny' }, { department: '自然资源局' }] }, 'zh'),
    ).toBe('联办部门意见尚未齐备：自然资源局。');
  });

  it('gives zod’s issues in plain Chinese, and English per parse', () => {
    const schema = z.strictObject({ name: z.string().check(z.maxLength(3)), count: z.int() });
    expect(firstMessage(schema, { name: 'abcd', count: 1 })).toBe('过长：最多 3 个字符');
    expect(firstMessage(schema, { name: 'a' })).toBe('必填项，不能为空');
    expect(firstMessage(schema, { name: 'a', count: 'x' })).toBe('应为数字，收到的是文本');
    expect(firstMessage(schema, { name: 'a', count: 1, colour: 'red' })).toBe('不认识的字段：colour');
    const english = schema.safeParse({ name: 'abcd', count: 1 }, ENGLISH_ERRORS);
    expect(english.success ? '' : english.error.issues[0]!.message).toBe('Too big: expected string to have <=3 characters');
  });
});

describe('page cursors', () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const page = { pk: 'CASE#HZ1', sk: 'CASE', gsi1pk: 'QUEUE#HZ#人社局#pending_acceptance', gsi1sk: '2026-12-04#HZ1' };
  const invalid = (cursor: string) => {
    try {
      decodeCursor(cursor, INDEX_CURSOR_SHAPE, { gsi1pk: page.gsi1pk });
      return undefined;
    } catch (error) {
      return error instanceof AppError ? `${error.status} ${error.code}` : String(error);
    }
  };
  it('takes back a cursor of the same listing', () => {
    expect(decodeCursor(encode(page), INDEX_CURSOR_SHAPE, { gsi1pk: page.gsi1pk })).toEqual(page);
  });
  it('refuses forged, edited or foreign cursors with 400', () => {
    expect(invalid(encode({ pk: 'CASE#x' }))).toBe('400 invalid_cursor');
    expect(invalid(encode({ ...page, gsi1pk: 'QUEUE#XX#人社局#pending_acceptance' }))).toBe('400 invalid_cursor');
    expect(invalid(encode({ ...page, extra: '1' }))).toBe('400 invalid_cursor');
    expect(invalid(encode({ ...page, sk: 7 }))).toBe('400 invalid_cursor');
    expect(invalid(encode([1, 2]))).toBe('400 invalid_cursor');
    expect(invalid('not base64 json!')).toBe('400 invalid_cursor');
  });
});

describe('drafts never show the full identity number', () => {
  const form = { itemCode: 'RS-0001', applicant: { kind: 'person', name: '王五', idNumber: '11010519491231002X' } };
  it('masks it in the view and keeps the stored number when the masked one comes back', () => {
    const shown = formView(form);
    expect(shown).toEqual({ itemCode: 'RS-0001', applicant: { kind: 'person', name: '王五', idNumber: '110***********002X' } });
    expect(formToStore(form, { ...shown, itemCode: 'RS-0002' })).toEqual({ ...form, itemCode: 'RS-0002' });
    // A retyped number replaces it; a masked value that is not the stored one is dropped.
    expect(formToStore(form, { applicant: { name: '王五', idNumber: '11010519491231003X' } })).toEqual({
      applicant: { name: '王五', idNumber: '11010519491231003X' },
    });
    expect(formToStore(form, { applicant: { name: '王五', idNumber: '999***********002X' } })).toEqual({ applicant: { name: '王五' } });
  });
});

describe('outages are 503, not 500', () => {
  it('recognises unreachable or failing services', () => {
    expect(outageCause(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
    expect(outageCause(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]))).toBe('ECONNREFUSED');
    expect(outageCause(Object.assign(new Error('boom'), { name: 'InternalServerError', $metadata: { httpStatusCode: 500 } }))).toBe(
      'InternalServerError',
    );
    expect(outageCause(new TypeError('fetch failed', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }))).toBe('ECONNRESET');
    expect(
      outageCause(Object.assign(new Error('bad'), { name: 'ValidationException', $metadata: { httpStatusCode: 400 } })),
    ).toBeUndefined();
    expect(outageCause(new Error('bug'))).toBeUndefined();
  });

  it('tells a write that may have been saved (timeout, reset, 500) from one that never ran (refused, 503, throttled)', () => {
    for (const cause of ['TimeoutError', 'ETIMEDOUT', 'ECONNRESET', 'InternalServerError', 'HTTP 500'])
      expect([cause, writeMayHaveApplied('POST', cause)]).toEqual([cause, true]);
    for (const cause of ['ECONNREFUSED', 'ENOTFOUND', 'ServiceUnavailable', 'ThrottlingException', 'HTTP 503'])
      expect([cause, writeMayHaveApplied('POST', cause)]).toEqual([cause, false]);
    // A read changes nothing, whatever cut it off.
    expect(writeMayHaveApplied('GET', 'TimeoutError')).toBe(false);
    expect(writeMayHaveApplied('PUT', 'TimeoutError')).toBe(true);
  });
});

describe('stream pollers back off while the stream cannot be read', () => {
  it('doubles the wait after each failed poll, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffMs(n, 25))).toEqual([200, 400, 800, 1600, 3200, 6400, 10_000, 10_000]);
    expect(MAX_BACKOFF_MS).toBe(10_000);
    // A 15-second outage costs at most a handful of polls (and one log line), not thousands.
    let waited = 0;
    let polls = 0;
    while (waited < 15_000) waited += backoffMs(++polls, 25);
    expect(polls).toBe(7);
  });
});

describe('local tokens', () => {
  it('refuses a correctly signed token without exp, and mints at most 12 h', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { importJWK, SignJWT, decodeJwt } = await import('jose');
    const { createIssuer, loadOrCreateKey, LOCAL_AUDIENCE } = await import('#local/issuer');
    const { verifyBearer } = await import('#local/auth');
    const dir = mkdtempSync(join(tmpdir(), 'onewindow-issuer-'));
    try {
      const keyFile = join(dir, 'key.json');
      const issuer = await createIssuer(keyFile, 'http://127.0.0.1:1', 'HZ');
      const { privateJwk } = await loadOrCreateKey(keyFile);
      const forever = await new SignJWT({ 'cognito:groups': ['supervisor'], 'custom:centre': 'HZ' })
        .setProtectedHeader({ alg: 'RS256', kid: privateJwk.kid })
        .setSubject('mallory')
        .setIssuer(issuer.issuer)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .sign(await importJWK(privateJwk, 'RS256'));
      const refused = await verifyBearer(`Bearer ${forever}`, issuer).then(
        () => 'accepted',
        (error: unknown) => (error instanceof AppError ? `${error.status} ${error.code}` : String(error)),
      );
      expect(refused).toBe('401 unauthorized');

      const minted = await issuer.mint({ role: 'supervisor', ttlSeconds: 12 * 3600 });
      const claims = decodeJwt(minted);
      expect(claims.exp! - claims.iat!).toBe(43_200);
      expect((await verifyBearer(`Bearer ${minted}`, issuer)).sub).toBe('supervisor');
      await expect(issuer.mint({ role: 'supervisor', ttlSeconds: 100_000_000 })).rejects.toThrow('ttlSeconds must be 1 to 43200');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops accepting a token it verified once when the token expires', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { createIssuer } = await import('#local/issuer');
    const { verifyBearer } = await import('#local/auth');
    const dir = mkdtempSync(join(tmpdir(), 'onewindow-issuer-'));
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const issuer = await createIssuer(join(dir, 'key.json'), 'http://127.0.0.1:1', 'HZ');
      const minted = await issuer.mint({ role: 'intake_clerk', ttlSeconds: 60 });
      expect((await verifyBearer(`Bearer ${minted}`, issuer)).sub).toBe('intake_clerk');
      vi.setSystemTime(Date.now() + 30_000);
      expect((await verifyBearer(`Bearer ${minted}`, issuer)).sub).toBe('intake_clerk');
      vi.setSystemTime(Date.now() + 61_000);
      const after = await verifyBearer(`Bearer ${minted}`, issuer).then(
        () => 'accepted',
        (error: unknown) => (error instanceof AppError ? `${error.status} ${String(error.details?.reason)}` : String(error)),
      );
      expect(after).toBe('401 ERR_JWT_EXPIRED');
    } finally {
      vi.useRealTimers();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
