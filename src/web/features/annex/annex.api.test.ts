import { describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/format';
import { candidateLabel, uploadForm } from './annex.api';
import { annexText } from './annex.messages';

describe('candidateLabel', () => {
  it('names the person with the birth date as dd/mm/yyyy and the unit', () => {
    expect(
      candidateLabel(
        { fullName: 'Thào Mí Chứ', birthDate: '1986-11-25', unitName: 'Trường Tiểu học Xín Mần' },
        formatDate,
        annexText,
      ),
    ).toBe('Thào Mí Chứ — sinh 25/11/1986 — Trường Tiểu học Xín Mần');
  });
  it('says when the birth date and the unit are unknown', () => {
    expect(candidateLabel({ fullName: 'A', birthDate: null, unitName: null }, formatDate, annexText)).toBe(
      'A — chưa có đơn vị',
    );
  });
});

describe('uploadForm', () => {
  it('sends the defaults that are set, the file last', () => {
    const file = new File(['x'], 'phu-luc.xlsx');
    const form = uploadForm(file, {
      evaluationYear: 2024,
      commendationType: 'dot_xuat',
      decisionAuthority: '  ',
    });
    expect([...form.keys()]).toEqual(['evaluationYear', 'commendationType', 'file']);
    expect(form.get('evaluationYear')).toBe('2024');
  });
});
