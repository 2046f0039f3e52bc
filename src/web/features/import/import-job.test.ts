import { describe, expect, it } from 'vitest';
import { groupRowErrors, isFinished, percentOf } from './import-job';

describe('import job helpers', () => {
  it('groups cell errors by row', () => {
    expect(
      groupRowErrors([
        { row: 5, column: 'Ngày sinh', message: 'Ngày không hợp lệ' },
        { row: 3, messages: ['Thiếu họ tên'] },
        { row: 5, column: 'Giới tính', message: 'Phải là Nam hoặc Nữ' },
      ]),
    ).toEqual([
      { row: 3, messages: ['Thiếu họ tên'] },
      { row: 5, messages: ['Ngày sinh: Ngày không hợp lệ', 'Giới tính: Phải là Nam hoặc Nữ'] },
    ]);
  });

  it.each([
    [{ status: 'running' as const, total: 200, processed: 50 }, 25],
    [{ status: 'running' as const, total: 0, processed: 0 }, 0],
    [{ status: 'running' as const, total: 10, processed: 10 }, 99],
    [{ status: 'succeeded' as const, total: 10, processed: 10 }, 100],
  ])('percent of %j is %i', (job, percent) => {
    expect(percentOf(job)).toBe(percent);
  });

  it('knows when polling can stop', () => {
    expect(isFinished({ status: 'queued' })).toBe(false);
    expect(isFinished({ status: 'failed' })).toBe(true);
    expect(isFinished(undefined)).toBe(false);
  });
});
