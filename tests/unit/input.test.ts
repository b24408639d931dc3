import { describe, expect, it } from 'vitest';
import { characterCount, forbiddenCharacter, isCalendarDay, loose, text } from '#domain/input';
import { firstMessage } from './fixtures';

describe('calendar days the system takes', () => {
  it('are years 1900 to 2199, on days that exist', () => {
    expect(isCalendarDay('1899-12-31')).toBe(false);
    expect(isCalendarDay('1900-01-01')).toBe(true);
    expect(isCalendarDay('2199-12-31')).toBe(true);
    expect(isCalendarDay('2200-01-01')).toBe(false);
    expect(isCalendarDay('2026-00-10')).toBe(false);
    expect(isCalendarDay('2026-01-00')).toBe(false);
    expect(isCalendarDay('2026-1-10')).toBe(false);
    expect(isCalendarDay(' 2026-01-10')).toBe(false);
    expect(isCalendarDay('2026-01-10 ')).toBe(false);
  });
});

describe('characters a text may not hold', () => {
  it('allows tabs and line breaks in a multi-line text only', () => {
    expect(forbiddenCharacter('第一行\n\t第二行\r\n', true)).toBeUndefined();
    expect(forbiddenCharacter('甲\t乙', false)).toBe('控制字符 U+0009');
    expect(forbiddenCharacter('甲\u000B乙', true)).toBe('控制字符 U+000B');
  });

  it('names DEL, C1 controls and the other invisible characters by their code point', () => {
    expect(forbiddenCharacter('甲\u007F', true)).toBe('控制字符 U+007F');
    expect(forbiddenCharacter('甲\u0085', true)).toBe('控制字符 U+0085');
    expect(forbiddenCharacter('甲\u00A0乙', false)).toBeUndefined();
    expect(forbiddenCharacter('\u200E张三', false)).toBe('文字方向控制字符 U+200E');
    expect(forbiddenCharacter('张三\u061C', false)).toBe('文字方向控制字符 U+061C');
    expect(forbiddenCharacter('张\u202D三', false)).toBe('文字方向控制字符 U+202D（从左至右强制符）');
    expect(forbiddenCharacter('张\u200C三', false)).toBe('不可见的零宽字符 U+200C（零宽不连字）');
    expect(forbiddenCharacter('张\u200D三', false)).toBe('不可见的零宽字符 U+200D（零宽连字）');
    expect(forbiddenCharacter('\uFEFF张三', false)).toBe('不可见的零宽字符 U+FEFF（零宽不换行空格）');
    expect(forbiddenCharacter('张\u2064三', false)).toBe('不可见的零宽字符 U+2064');
    // Only the first offending character is named.
    expect(forbiddenCharacter('a\u200Bb\u0000', false)).toBe('不可见的零宽字符 U+200B（零宽空格）');
  });

  it('counts characters as a clerk does', () => {
    expect(characterCount('𠮷野家')).toBe(3);
    expect(characterCount('')).toBe(0);
  });
});

describe('text fields', () => {
  it('a free text keeps its line breaks, is trimmed and has a limit counted in characters', () => {
    expect(text(5).parse('  甲\n乙  ')).toBe('甲\n乙');
    expect(firstMessage(text(3), '𠮷𠮷𠮷𠮷')).toBe('过长：最多 3 个字符，现有 4 个');
    expect(firstMessage(text(3), ' \n ')).toBe('不能为空');
  });

  it('a loose text may be empty but not too long nor hold hidden characters', () => {
    expect(loose(4).parse('')).toBe('');
    expect(loose(4).parse(' 备注 ')).toBe(' 备注 ');
    expect(firstMessage(loose(4), '一二三四五')).toBe('过长：最多 4 个字符，现有 5 个');
    expect(firstMessage(loose(10), '备\n注')).toBe('含有不允许的控制字符 U+000A，请删除后重新输入');
    expect(loose(10, true).parse('备\n注')).toBe('备\n注');
  });
});
