import { describe, expect, it } from 'vitest';
import { DISCIPLINE_FORMS, warningOrHeavier } from './types';

describe('Luật Thi đua, khen thưởng 2022 Điều 28 k4: disciplined with cảnh cáo or heavier', () => {
  it.each([
    [null, false],
    ['khien_trach', false],
    ['canh_cao', true],
    ['ha_bac_luong', true],
    ['giang_chuc', true],
    ['cach_chuc', true],
    ['buoc_thoi_viec', true],
  ] as const)('%s → %s', (form, expected) => expect(warningOrHeavier(form)).toBe(expected));

  it('covers every discipline form', () => expect(DISCIPLINE_FORMS).toHaveLength(6));
});
