import { describe, expect, it } from 'vitest';
import { checkCitizenId, maskCitizenId } from './citizen-id';

describe('checkCitizenId (TT 59/2021/TT-BCA Điều 7)', () => {
  it.each([
    ['valid, no known facts', '002085001234', {}, true],
    ['spaces and dots are ignored', '002 085.001 234', {}, true],
    ['11 digits', '00208500123', {}, false],
    ['letters', '00208500123A', {}, false],
    ['unknown province code 003', '003085001234', {}, false],
    ['male born 1985', '002085001234', { birthDate: '1985-03-02', gender: 'male' }, true],
    ['female born 1985 needs digit 1', '002185001234', { birthDate: '1985-03-02', gender: 'female' }, true],
    ['female with male digit', '002085001234', { birthDate: '1985-03-02', gender: 'female' }, false],
    ['born 2003, male digit 2', '008203001234', { birthDate: '2003-01-01', gender: 'male' }, true],
    ['born 2003 with 1900s digit', '008003001234', { birthDate: '2003-01-01' }, false],
    ['year digits disagree', '002086001234', { birthDate: '1985-03-02' }, false],
  ] as const)('%s', (_name, raw, known, ok) => {
    expect(checkCitizenId(raw, known).ok).toBe(ok);
  });

  it('explains the failure in Vietnamese', () => {
    const result = checkCitizenId('12');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('12 chữ số');
  });
});

describe('maskCitizenId', () => {
  it('keeps the province code and the last three digits', () => {
    expect(maskCitizenId('002085001234')).toBe('002******234');
  });
});
