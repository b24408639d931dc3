import { describe, expect, it } from 'vitest';
import { refusalFlags } from '#domain/case/back-office';
import { refusalWithoutReason } from '#domain/supervision';
import { registered } from './fixtures';

describe('a refusal needs a reason of at least eight characters, punctuation and spaces not counted', () => {
  it('counts characters, not UTF-16 units, and leaves out spaces and punctuation', () => {
    expect(refusalWithoutReason('不符合条件')).toBe(true);
    expect(refusalWithoutReason('不属于本机关职权范围')).toBe(false);
    expect(refusalWithoutReason('材料不全，不予受理')).toBe(false);
    expect(refusalWithoutReason('材料 不全，。！ 不予')).toBe(true);
    expect(refusalWithoutReason('𠮷𠮷𠮷𠮷𠮷𠮷𠮷')).toBe(true);
    expect(refusalWithoutReason('𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷')).toBe(false);
  });

  it('flags a thin one once for supervision, keeping the case’s other flags, and leaves a reasoned one alone', () => {
    const flagged = { ...registered(), flags: ['deferral_overdue', 'refusal_without_reason'] };
    expect(refusalFlags(flagged, '不行')).toEqual({
      patch: { flags: ['deferral_overdue', 'refusal_without_reason'] },
      details: { flags: ['refusal_without_reason'] },
    });
    expect(refusalFlags(registered(), '不行')).toEqual({
      patch: { flags: ['refusal_without_reason'] },
      details: { flags: ['refusal_without_reason'] },
    });
    expect(refusalFlags(flagged, '申请事项不属于本机关职权范围')).toEqual({ patch: {}, details: {} });
  });
});
