import { describe, expect, it } from 'vitest';
import { foldVietnamese, givenName, personSortKey, vietnameseSortKey } from './vietnamese';

describe('foldVietnamese', () => {
  it.each([
    ['Huyện Xín Mần', 'huyen xin man'],
    ['ĐỒNG VĂN', 'dong van'],
    ['  Thành   phố  Hà Giang ', 'thanh pho ha giang'],
    ['Nguyễn Thị Phương Lan', 'nguyen thi phuong lan'],
    ['Quản Bạ', 'quan ba'],
  ])('%s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});

describe('vietnameseSortKey orders by the Vietnamese alphabet', () => {
  const sorted = (names: string[]) =>
    [...names].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));
  it.each([
    [
      ['Đồng Văn', 'Dương Phong'],
      ['Dương Phong', 'Đồng Văn'],
    ], // d before đ
    [
      ['Ân Thi', 'An Lão', 'Ăn'],
      ['An Lão', 'Ăn', 'Ân Thi'],
    ], // a ă â
    [
      ['Ơn', 'Ôn', 'On'],
      ['On', 'Ôn', 'Ơn'],
    ], // o ô ơ
    [
      ['Ưng', 'Ung'],
      ['Ung', 'Ưng'],
    ], // u ư
    [
      ['Má', 'Mà', 'Ma', 'Mạ', 'Mả', 'Mã'],
      ['Ma', 'Mà', 'Mả', 'Mã', 'Má', 'Mạ'],
    ], // tones break ties only
    [
      ['Bắc Quang', 'Bắc Mê', 'Bắc Kạn'],
      ['Bắc Kạn', 'Bắc Mê', 'Bắc Quang'],
    ],
    [
      ['An Bình', 'An'],
      ['An', 'An Bình'],
    ], // a prefix comes first
    [
      ['Xã 10', 'Xã 2'],
      ['Xã 10', 'Xã 2'],
    ], // digits compare as text, as in registries
  ])('%j', (input, expected) => {
    expect(sorted(input)).toEqual(expected);
  });
});

describe('people sort by given name, then full name', () => {
  it('puts Trần Văn An before Nguyễn Thị Bình', () => {
    expect(personSortKey('Trần Văn An') < personSortKey('Nguyễn Thị Bình')).toBe(true);
  });
  it('breaks equal given names by full name', () => {
    expect(personSortKey('Lê Văn An') < personSortKey('Trần Văn An')).toBe(true);
  });
  it('takes the last word as the given name', () => {
    expect(givenName('Nguyễn Thị Phương Lan')).toBe('Lan');
  });
});
