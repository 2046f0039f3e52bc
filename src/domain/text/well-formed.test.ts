import { describe, expect, it } from 'vitest';
import { findTextDefect, isBlank, textDefect } from './well-formed';

describe('textDefect', () => {
  it.each([
    ['Nguyễn Văn An', null],
    ['dòng 1\ndòng 2\r\n\tthụt lề', null],
    ['biểu tượng 😀 và chữ 𠀧', null],
    ['\ud800', 'surrogate'],
    ['a\udc00b', 'surrogate'],
    ['😀'.slice(0, 1) + 'x', 'surrogate'],
    ['nul\u0000', 'control'],
    ['chuông\u0007', 'control'],
    ['xoá\u007f', 'control'],
    ['c1\u0085', 'control'],
    ['esc\u001b[31m', 'control'],
  ])('%j → %s', (input, expected) => {
    expect(textDefect(input)).toBe(expected);
  });

  it('finds the first defect in a nested body, keys included, without recursion limits', () => {
    expect(findTextDefect({ a: 'tốt', items: [{ note: 'ổn' }, { note: 'x\ud800' }] })).toEqual({
      path: ['items', '1', 'note'],
      defect: 'surrogate',
    });
    expect(findTextDefect({ ['k\u0000']: 1 })?.defect).toBe('control');
    expect(findTextDefect({ a: 1, b: true, c: null, d: ['ổn'] })).toBeNull();
    let deep: unknown = 'đáy\u0001';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findTextDefect(deep)?.defect).toBe('control');
  });
});

describe('isBlank', () => {
  it.each([
    ['', true],
    ['  \t\n', true],
    ['\u00a0\u3000', true],
    ['\u200b\u200b', true],
    ['\ufeff \u2060', true],
    ['Chủ tịch', false],
    ['\u200bA', false],
  ])('%j → %s', (input, expected) => {
    expect(isBlank(input)).toBe(expected);
  });
});
