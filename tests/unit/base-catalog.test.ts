import { describe, expect, it } from 'vitest';
import { assertImplements, baseItemVersion } from '#domain/base-catalog';
import { itemInput, T0, thrown } from './fixtures';

describe('基本目录 and a centre’s implementation items', () => {
  const base = baseItemVersion('000123456000', { name: '失业保险金申领', itemType: 'promised', statutoryDays: 20, legalBasis: '《失业保险条例》' }, undefined, 'admin-1', T0);

  it('numbers the versions of an entry and records who wrote it', () => {
    expect(base).toMatchObject({ basicCode: '000123456000', version: 1, updatedBy: 'admin-1', updatedAt: T0.toISOString() });
    expect(baseItemVersion('000123456000', { ...base, statutoryDays: 15 }, base, 'admin-2', T0).version).toBe(2);
  });

  it('an implementation item keeps the entry’s item type and statutory limit; its promised limit is the centre’s', () => {
    expect(() => assertImplements(base, itemInput({ statutoryDays: 20, promisedDays: 3 }))).not.toThrow();
    const e = thrown(() => assertImplements(base, itemInput({ statutoryDays: 30, itemType: 'joint', coDepartments: ['民政局'] })));
    expect([e.status, e.code]).toEqual([422, 'base_item_mismatch']);
    expect(e.details.problems).toEqual([
      { field: 'itemType', base: 'promised', given: 'joint' },
      { field: 'statutoryDays', base: 20, given: 30 },
    ]);
  });

  it('an item whose basic code is not on the base list (yet) is the centre’s to describe', () => {
    expect(() => assertImplements(undefined, itemInput({ statutoryDays: 30 }))).not.toThrow();
  });
});
