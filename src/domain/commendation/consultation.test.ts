import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDAR } from '../calendar';
import {
  consultationPhase,
  consultationWindow,
  DEFAULT_CONSULTATION_SETTINGS,
  redactForPublic,
  requiresConsultation,
  validateComment,
} from './consultation';

const CAL = DEFAULT_HOLIDAY_CALENDAR;

describe('which forms need a public consultation (§4.4)', () => {
  it.each([
    ['huan_chuong_lao_dong_hang_3', DEFAULT_CONSULTATION_SETTINGS, true],
    ['nha_giao_uu_tu', DEFAULT_CONSULTATION_SETTINGS, true],
    ['giai_thuong_nha_nuoc', DEFAULT_CONSULTATION_SETTINGS, true],
    ['cstd_toan_quoc', DEFAULT_CONSULTATION_SETTINGS, true],
    ['cstd_bo_tinh', DEFAULT_CONSULTATION_SETTINGS, false],
    ['bang_khen_bo_tinh', DEFAULT_CONSULTATION_SETTINGS, false],
    ['bang_khen_bo_tinh', { groups: [], awardCodes: ['bang_khen_bo_tinh'] }, true],
    ['huan_chuong_lao_dong_hang_3', { groups: [], awardCodes: [] }, false],
    ['not_a_code', DEFAULT_CONSULTATION_SETTINGS, false],
  ])('%s → %s', (code, settings, expected) => {
    expect(requiresConsultation(code, settings)).toBe(expected);
  });
});

describe('consultation window in working days', () => {
  it.each([
    ['Monday, 5 days', '2026-03-02', 5, '2026-03-02', '2026-03-06'],
    ['Thursday, 5 days over a weekend', '2026-03-05', 5, '2026-03-05', '2026-03-11'],
    ['starting on a Saturday moves to Monday', '2026-03-07', 5, '2026-03-09', '2026-03-13'],
    ['one day', '2026-03-04', 1, '2026-03-04', '2026-03-04'],
    ['across 30/4–01/5 2026', '2026-04-28', 5, '2026-04-28', '2026-05-06'],
    ['across the new year', '2025-12-29', 5, '2025-12-29', '2026-01-05'],
  ])('%s', (_label, start, days, startsOn, endsOn) => {
    expect(consultationWindow(start, days, CAL)).toEqual({ startsOn, endsOn });
  });

  it('refuses zero days', () => {
    expect(() => consultationWindow('2026-03-02', 0, CAL)).toThrow(RangeError);
  });

  it.each<['open' | 'closed', string, string]>([
    ['open', '2026-03-01', 'scheduled'],
    ['open', '2026-03-02', 'open'],
    ['open', '2026-03-06', 'open'],
    ['open', '2026-03-07', 'ended'],
    ['closed', '2026-03-03', 'ended'],
  ])('%s on %s is %s', (status, today, phase) => {
    expect(consultationPhase({ status, startsOn: '2026-03-02', endsOn: '2026-03-06' }, today)).toBe(phase);
  });
});

describe('citizen comments', () => {
  const ok = { name: ' Nguyễn Văn A ', contact: '', text: 'Tôi đồng ý với đề nghị khen thưởng này.' };
  it('trims and accepts an anonymous comment', () => {
    const r = validateComment({ ...ok, name: '' });
    expect(r.issues).toEqual({});
    expect(validateComment(ok).value.name).toBe('Nguyễn Văn A');
  });
  it.each([
    ['too short', { ...ok, text: 'ngắn' }, 'text', 'ít nhất 10'],
    ['too long', { ...ok, text: 'a'.repeat(3001) }, 'text', 'tối đa 3000'],
    ['only control characters', { ...ok, text: '\u0001\u0002   ' }, 'text', 'ít nhất 10'],
    ['too many links', { ...ok, text: 'xem http://a.vn http://b.vn http://c.vn' }, 'text', 'liên kết'],
    ['long name', { ...ok, name: 'a'.repeat(121) }, 'name', 'tối đa 120'],
    ['two-line name', { ...ok, name: 'A\nB' }, 'name', 'một dòng'],
    ['long contact', { ...ok, contact: 'a'.repeat(201) }, 'contact', 'tối đa 200'],
  ])('%s', (_label, input, field, message) => {
    expect(validateComment(input).issues[field]).toContain(message);
  });
});

describe('public text redaction', () => {
  it.each([
    ['CCCD 001085012345 đã ẩn', 'CCCD [đã ẩn số định danh] đã ẩn'],
    ['CMND 012345678', 'CMND [đã ẩn số định danh]'],
    ['số 001 085 012 345', 'số [đã ẩn số định danh]'],
    ['sinh ngày 12/05/1980, quê Hà Nội', 'sinh ngày [đã ẩn ngày sinh, ngày tháng], quê Hà Nội'],
    ['Năm sinh: 1975', 'Năm sinh: [đã ẩn ngày sinh, ngày tháng]'],
    ['Quyết định số 125/QĐ-UBND ngày 12/05/2025', 'Quyết định số 125/QĐ-UBND ngày 12/05/2025'],
    ['Doanh thu 2025 tăng 15%', 'Doanh thu 2025 tăng 15%'],
  ])('%j', (input, expected) => {
    expect(redactForPublic(input)).toBe(expected);
  });
});
