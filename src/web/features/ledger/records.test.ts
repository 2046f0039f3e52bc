import { describe, expect, it } from 'vitest';
import { describeRecord, kindsFor, recordIndex } from './records';
import { testFile } from './test-file';

describe('ledger records in words', () => {
  const index = recordIndex(testFile());
  const words = (id: string) => {
    const r = index.get(id);
    if (!r) throw new Error(`no record ${id}`);
    return describeRecord(r);
  };

  it('indexes every record of the file by id', () => {
    expect([...index.keys()].sort()).toEqual(['a1', 'a2', 'c1', 'd1', 'i1', 'm1', 'r1']);
    expect(index.get('i1')?.kind).toBe('initiative');
  });

  it('names an award with its year, decision (dd/mm/yyyy) and authority', () => {
    expect(words('a1')).toEqual({
      title: 'Chiến sĩ thi đua cơ sở (2025)',
      detail: 'Số quyết định 12/QĐ-UBND, 20/01/2026 — Chủ tịch UBND xã Xín Mần',
    });
  });

  it('falls back to the counted year when an award has no evaluation year', () => {
    expect(words('a2').title).toBe('Lao động tiên tiến (2021)');
    expect(words('a2').detail).toBe('');
  });

  it('names a rating with its year, label and code', () => {
    expect(words('r1').title).toBe('Năm 2025: Hoàn thành xuất sắc nhiệm vụ (HTXS)');
  });

  it('writes an open period as "từ ngày dd/mm/yyyy" and a closed one as a range', () => {
    expect(words('d1')).toEqual({ title: 'Kỷ luật: Khiển trách', detail: 'từ ngày 01/05/2018 · 12/QĐ-KL' });
    expect(words('m1').detail).toBe('01/03/2019 – 31/08/2019');
    expect(words('c1')).toEqual({ title: 'Đang thanh tra, kiểm tra', detail: 'từ ngày 01/02/2026' });
  });

  it('describes an initiative by scope, recognising body and decision', () => {
    expect(words('i1')).toEqual({
      title: 'Số hoá hồ sơ thi đua',
      detail: 'Cấp bộ, ban, ngành, tỉnh · Hội đồng sáng kiến tỉnh · Số quyết định 45/QĐ-UBND, 20/11/2025',
    });
  });

  it('offers discipline and maternity leave for people only, ratings not for households', () => {
    expect(kindsFor('individual')).toEqual([
      'rating',
      'award',
      'initiative',
      'discipline',
      'pending_case',
      'maternity_leave',
    ]);
    expect(kindsFor('collective')).toEqual(['rating', 'award', 'pending_case', 'initiative']);
    expect(kindsFor('household')).toEqual(['award']);
  });
});
