import { describe, expect, it } from 'vitest';
import { numberInWords, vndInWords } from './number-words';

describe('vndInWords: amounts on decisions and vouchers', () => {
  it.each([
    [0, 'Không đồng'],
    [105, 'Một trăm linh năm đồng'],
    [710_000, 'Bảy trăm mười nghìn đồng'],
    [760_000, 'Bảy trăm sáu mươi nghìn đồng'],
    [1_053_000, 'Một triệu không trăm năm mươi ba nghìn đồng'],
    [1_140_000, 'Một triệu một trăm bốn mươi nghìn đồng'],
    [3_795_000, 'Ba triệu bảy trăm chín mươi lăm nghìn đồng'],
    [8_855_000, 'Tám triệu tám trăm năm mươi lăm nghìn đồng'],
    [11_390_000, 'Mười một triệu ba trăm chín mươi nghìn đồng'],
    [21_060_000, 'Hai mươi mốt triệu không trăm sáu mươi nghìn đồng'],
    [39_220_000, 'Ba mươi chín triệu hai trăm hai mươi nghìn đồng'],
    [116_380_000, 'Một trăm mười sáu triệu ba trăm tám mươi nghìn đồng'],
    [1_000_000, 'Một triệu đồng'],
    [1_000_500, 'Một triệu năm trăm đồng'],
    [1_000_050, 'Một triệu không trăm năm mươi đồng'],
    [2_000_000_000, 'Hai tỷ đồng'],
    [1_000_000_001, 'Một tỷ không trăm linh một đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
    [1_234_567_890, 'Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng'],
  ])('%d → %s', (n, words) => {
    expect(vndInWords(n)).toBe(words);
  });
});

describe('numberInWords: the tricky units and tens', () => {
  it.each([
    [1, 'Một'],
    [5, 'Năm'],
    [10, 'Mười'],
    [11, 'Mười một'], // "một", not "mốt", after mười
    [14, 'Mười bốn'], // "bốn" after mười
    [15, 'Mười lăm'], // "lăm" after mười
    [20, 'Hai mươi'],
    [21, 'Hai mươi mốt'], // "mốt" after mươi
    [24, 'Hai mươi tư'], // "tư" after mươi
    [25, 'Hai mươi lăm'], // "lăm" after mươi
    [55, 'Năm mươi lăm'],
    [101, 'Một trăm linh một'], // "linh" for a zero ten, "một" after linh
    [104, 'Một trăm linh bốn'],
    [110, 'Một trăm mười'],
    [1_001, 'Một nghìn không trăm linh một'],
    [1_010, 'Một nghìn không trăm mười'],
    [10_000, 'Mười nghìn'],
    [15_000, 'Mười lăm nghìn'],
    [100_000, 'Một trăm nghìn'],
  ])('%d → %s', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])('refuses %d', (n) => {
    expect(() => numberInWords(n)).toThrow(RangeError);
  });
});
