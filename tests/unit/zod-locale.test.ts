import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ENGLISH_ERRORS } from '#domain/zod-locale';
import { firstMessage } from './fixtures';

describe('zod’s issues as a clerk reads them', () => {
  it('names the type expected and the type received in words', () => {
    expect(firstMessage(z.boolean(), 1)).toBe('应为布尔值（true/false），收到的是数字');
    expect(firstMessage(z.array(z.string()), null)).toBe('应为数组，收到的是空值');
    expect(firstMessage(z.object({}), [])).toBe('应为对象，收到的是数组');
    expect(firstMessage(z.string(), Number.NaN)).toBe('应为文本，收到的是非数字');
    expect(firstMessage(z.int(), 1.5)).toBe('应为整数，收到的是数字');
    expect(firstMessage(z.date(), 'x')).toBe('应为日期，收到的是文本');
    expect(firstMessage(z.bigint(), true)).toBe('应为bigint，收到的是布尔值（true/false）');
    expect(firstMessage(z.string(), undefined)).toBe('必填项，不能为空');
  });

  it('says how long, how many and how large, inclusive or not', () => {
    expect(firstMessage(z.string().check(z.maxLength(2)), 'abc')).toBe('过长：最多 2 个字符');
    expect(firstMessage(z.array(z.string()).check(z.maxLength(2)), ['a', 'b', 'c'])).toBe('过多：最多 2 项');
    expect(firstMessage(z.number().check(z.lte(5)), 6)).toBe('过大：不得超过 5');
    expect(firstMessage(z.number().check(z.lt(5)), 5)).toBe('过大：不得达到 5');
    expect(firstMessage(z.string().check(z.minLength(1)), '')).toBe('不能为空');
    expect(firstMessage(z.string().check(z.minLength(3)), 'ab')).toBe('过短：至少 3 个字符');
    expect(firstMessage(z.array(z.string()).check(z.minLength(2)), ['a'])).toBe('至少 2 项');
    expect(firstMessage(z.number().check(z.gte(1)), 0)).toBe('过小：不得小于 1');
    expect(firstMessage(z.number().check(z.gt(0)), 0)).toBe('过小：不得小于或等于 0');
  });

  it('lists the values allowed, the fields not known and the formats', () => {
    expect(firstMessage(z.literal('pickup'), 'mail')).toBe('应为 "pickup"');
    expect(firstMessage(z.enum(['pickup', 'courier']), 'mail')).toBe('应为以下之一："pickup"、"courier"');
    expect(firstMessage(z.strictObject({ a: z.string() }), { a: 'x', b: 1, c: 2 })).toBe('不认识的字段：b、c');
    expect(firstMessage(z.uuid(), 'not-a-uuid')).toBe('应为 UUID');
    expect(firstMessage(z.string().check(z.regex(/^\d+$/)), 'x1')).toBe('格式不正确');
  });

  it('leaves other issues to zod’s own Chinese, and gives English when asked', () => {
    expect(firstMessage(z.email(), 'x')).toMatch(/[\u4e00-\u9fff]/);
    const english = z.literal('pickup').safeParse('mail', ENGLISH_ERRORS);
    expect(english.success ? '' : english.error.issues[0]!.message).toBe('Invalid input: expected "pickup"');
  });
});
