import { describe, expect, it } from 'vitest';
import { diffSnapshots, displayValue } from './audit-diff';

describe('diffSnapshots', () => {
  it('lists only the changed fields with readable values', () => {
    expect(
      diffSnapshots(
        { name: 'Huyện Xín Mần', validTo: null, version: 1, isLeader: false },
        { name: 'Huyện Xín Mần', validTo: '2025-06-30', version: 2, isLeader: true },
      ),
    ).toEqual([
      { field: 'validTo', before: '—', after: '30/06/2025' },
      { field: 'version', before: '1', after: '2' },
      { field: 'isLeader', before: 'Không', after: 'Có' },
    ]);
  });

  it('treats a create (no before) and a delete (no after) as all fields changing', () => {
    expect(diffSnapshots(null, { name: 'A' })).toEqual([{ field: 'name', before: '—', after: 'A' }]);
    expect(diffSnapshots({ name: 'A' }, undefined)).toEqual([{ field: 'name', before: 'A', after: '—' }]);
    expect(diffSnapshots(null, null)).toEqual([]);
  });

  it('shows nested values as JSON', () => {
    expect(displayValue({ a: 1 })).toBe('{"a":1}');
    expect(diffSnapshots('x', 'y')).toEqual([{ field: 'value', before: 'x', after: 'y' }]);
  });
});
