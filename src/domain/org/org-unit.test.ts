import { describe, expect, it } from 'vitest';
import {
  checkLineageEvent,
  isInForce,
  lineageKindFromLabel,
  parseVietnameseDate,
  previousDay,
  unitPath,
} from './org-unit';
import { parseLineageRow, type LineageRowInput } from './lineage-row';
import { planSuccession, type SuccessionUnit } from './succession';

describe('validity and dates', () => {
  it.each([
    [null, null, '2020-01-01', true],
    [null, '2025-06-30', '2025-06-30', true],
    [null, '2025-06-30', '2025-07-01', false],
    ['2025-07-01', null, '2025-06-30', false],
    ['2025-07-01', null, '2025-07-01', true],
  ])('from %s to %s in force on %s → %s', (validFrom, validTo, asOf, expected) => {
    expect(isInForce({ validFrom, validTo }, asOf)).toBe(expected);
  });

  it.each([
    ['2025-07-01', '2025-06-30'],
    ['2024-03-01', '2024-02-29'],
    ['2026-01-01', '2025-12-31'],
  ])('the day before %s is %s', (date, expected) => {
    expect(previousDay(date)).toBe(expected);
  });

  it.each([
    ['01/07/2025', '2025-07-01'],
    ['1/7/2025', '2025-07-01'],
    [' 29/02/2024 ', '2024-02-29'],
    ['29/02/2025', null],
    ['31/06/2025', null],
    ['2025-07-01', null],
    ['', null],
  ])('reads the Vietnamese date "%s" as %s', (input, expected) => {
    expect(parseVietnameseDate(input)).toBe(expected);
  });

  it.each([
    [null, 'a', 'a'],
    ['a/b', 'c', 'a/b/c'],
  ])('path under %s of %s is %s', (parent, id, expected) => {
    expect(unitPath(parent, id)).toBe(expected);
  });
});

describe('lineage kinds from their Vietnamese labels', () => {
  it.each([
    ['Sáp nhập vào', 'merged_into'],
    ['sap nhap vao', 'merged_into'],
    ['  CHIA TÁCH TỪ ', 'split_from'],
    ['Đổi tên thành', 'renamed'],
    ['Chuyển về trực thuộc', 'moved'],
    ['moved', 'moved'],
    ['Gộp', undefined],
    ['', undefined],
  ])('"%s" → %s', (label, kind) => {
    expect(lineageKindFromLabel(label)).toBe(kind);
  });
});

describe('checkLineageEvent (the earlier unit ends before the event, the later one starts by it)', () => {
  const former = { validFrom: null, validTo: '2025-06-30' };
  const current = { validFrom: '2025-07-01', validTo: null };
  it.each([
    ['merged_into', former, current, '2025-07-01', true],
    ['merged_into', former, current, '2025-06-30', false],
    ['renamed', current, current, '2025-07-01', false],
    ['split_from', { validFrom: null, validTo: null }, current, '2025-07-01', true],
    ['merged_into', { validFrom: '2025-07-01', validTo: '2025-08-01' }, current, '2025-07-01', false],
  ] as const)('%s from %j to %j on %s → ok %s', (kind, from, to, date, ok) => {
    expect(checkLineageEvent(kind, from, to, date).ok).toBe(ok);
  });
});

describe('planSuccession', () => {
  const unit = (
    id: string,
    parentId: string | null,
    path: string,
    extra: Partial<SuccessionUnit> = {},
  ): SuccessionUnit => ({
    id,
    parentId,
    path,
    depth: path.split('/').length - 1,
    name: id,
    type: 'agency',
    code: null,
    note: null,
    validFrom: '2025-07-01',
    validTo: null,
    ...extra,
  });
  const root = unit('s', 'p', 'p/s', { name: 'Sở Nội vụ' });
  const kids = [unit('b', 's', 'p/s/b'), unit('c', 'b', 'p/s/b/c', { validTo: '2027-12-31' })];
  let n = 0;
  const ids = () => `n${++n}`;

  it('renames: ends the subtree the day before and rebuilds it under the successor', () => {
    n = 0;
    const r = planSuccession(
      root,
      [...kids].reverse(),
      {
        kind: 'renamed',
        name: 'Sở Nội vụ mới',
        parent: { id: 'p', path: 'p', depth: 0 },
        effectiveDate: '2026-03-01',
      },
      ids,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.endOn).toBe('2026-02-28');
    expect(r.plan.endedIds).toEqual(['s', 'b', 'c']);
    expect(r.plan.successors.map((s) => [s.id, s.parentId, s.path, s.name, s.validFrom, s.validTo])).toEqual([
      ['n1', 'p', 'p/n1', 'Sở Nội vụ mới', '2026-03-01', null],
      ['n2', 'n1', 'p/n1/n2', 'b', '2026-03-01', null],
      ['n3', 'n2', 'p/n1/n2/n3', 'c', '2026-03-01', '2027-12-31'],
    ]);
    expect(r.plan.events).toEqual([
      { kind: 'renamed', fromUnitId: 's', toUnitId: 'n1' },
      { kind: 'moved', fromUnitId: 'b', toUnitId: 'n2' },
      { kind: 'moved', fromUnitId: 'c', toUnitId: 'n3' },
    ]);
  });

  it.each([
    ['the date is the unit’s first day', root, [], '2025-07-01'],
    ['the unit ended before the date', unit('s', 'p', 'p/s', { validTo: '2025-12-31' }), [], '2026-03-01'],
    [
      'a child starts on the date',
      root,
      [unit('b', 's', 'p/s/b', { validFrom: '2026-03-01' })],
      '2026-03-01',
    ],
  ])('refuses when %s', (_why, r, d, date) => {
    const res = planSuccession(r, d, { kind: 'moved', name: 'x', parent: null, effectiveDate: date }, ids);
    expect(res.ok).toBe(false);
  });
});

describe('parseLineageRow', () => {
  const row = (over: Partial<LineageRowInput>): LineageRowInput => ({
    kind: 'Sáp nhập vào',
    fromCode: '01099',
    fromName: '',
    toCode: '01108',
    toName: '',
    effectiveDate: '01/07/2025',
    legalBasis: '',
    note: '',
    ...over,
  });
  it('reads a good row (ISO dates from real date cells too)', () => {
    expect(parseLineageRow(row({ effectiveDate: '2025-07-01' }))).toEqual({
      ok: true,
      row: {
        kind: 'merged_into',
        from: { code: '01099', name: null },
        to: { code: '01108', name: null },
        effectiveDate: '2025-07-01',
        legalBasis: null,
        note: null,
      },
    });
  });
  it.each([
    [{ kind: '' }, 'Thiếu loại sự kiện.'],
    [{ kind: 'Gộp' }, 'Loại sự kiện "Gộp" không hợp lệ'],
    [{ fromCode: '' }, 'Thiếu mã hoặc tên đơn vị trước.'],
    [{ toCode: '' }, 'Thiếu mã hoặc tên đơn vị sau.'],
    [{ effectiveDate: '' }, 'Thiếu ngày hiệu lực.'],
    [{ effectiveDate: '30/02/2025' }, 'Ngày hiệu lực "30/02/2025" không hợp lệ'],
    [{ legalBasis: 'x'.repeat(501) }, 'Căn cứ pháp lý dài quá 500 ký tự.'],
  ])('%j → "%s"', (over, message) => {
    const r = parseLineageRow(row(over));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toContain(message);
  });
});
