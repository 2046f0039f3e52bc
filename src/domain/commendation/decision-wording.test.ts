import { describe, expect, it } from 'vitest';
import { DECISION_FUNDS, type DecisionFund } from './decision';
import {
  annexHeading,
  DEFAULT_LEGAL_BASES,
  defaultDecisionHeading,
  defaultWording,
  EXECUTION_ARTICLE,
  moneyArticle,
  printedArticles,
  subjectCounts,
} from './decision-wording';

describe('Nghị định 30/2020/NĐ-CP: heading and signature of a People’s Committee decision', () => {
  it.each([
    ['tỉnh Hà Giang', 'Hà Giang'],
    ['thành phố Hà Nội', 'Hà Nội'],
    ['xã Tùng Bá', 'Tùng Bá'],
    ['phường Hà Giang 1', 'Hà Giang 1'],
    ['đặc khu Phú Quốc', 'Phú Quốc'],
    ['Bộ Nội vụ', 'Bộ Nội vụ'],
    ['', ''],
  ])('%j is signed in %j', (tenant, place) => {
    expect(defaultDecisionHeading(tenant)).toEqual({
      issuingBody: `Ủy ban nhân dân\n${tenant}`,
      authorityLine: `Chủ tịch Ủy ban nhân dân ${tenant}`,
      place,
      recipients: ['Như Điều 3;', 'Lưu: VT.'],
      signerCapacity: 'TM. Ủy ban nhân dân',
      signerTitle: 'Chủ tịch',
    });
  });

  it('the legal bases are the Law of 15/06/2022, Nghị định 152/2025/NĐ-CP and the council', () => {
    expect(DEFAULT_LEGAL_BASES).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Xét đề nghị của Hội đồng Thi đua - Khen thưởng.',
    ]);
  });
});

describe('Điều 1: Luật Thi đua, khen thưởng 2022 Điều 20 titles are recognised, other forms are given', () => {
  it.each([
    [['individual', 'individual', 'collective'], '02 cá nhân, 01 tập thể'],
    [['collective', 'individual'], '01 cá nhân, 01 tập thể'],
    [['household'], '01 hộ gia đình'],
    [Array.from({ length: 12 }, () => 'individual' as const), '12 cá nhân'],
    [[], ''],
  ] as const)('counts %j → %s', (types, text) => expect(subjectCounts(types)).toBe(text));

  it.each([
    [
      'bang_khen_bo_tinh',
      ['individual'],
      undefined,
      'Về việc tặng Bằng khen của bộ, ban, ngành, tỉnh',
      /^Tặng Bằng khen .+ cho 01 cá nhân đã có thành tích xuất sắc \(có danh sách kèm theo\)\.$/,
    ],
    [
      'lao_dong_tien_tien',
      ['individual', 'individual'],
      'năm 2026',
      'Về việc công nhận danh hiệu Lao động tiên tiến',
      /^Công nhận danh hiệu Lao động tiên tiến cho 02 cá nhân năm 2026 \(có danh sách kèm theo\)\.$/,
    ],
    [
      'tap_the_lao_dong_xuat_sac',
      ['collective'],
      '  ',
      'Về việc công nhận danh hiệu Tập thể lao động xuất sắc',
      /^Công nhận danh hiệu Tập thể lao động xuất sắc cho 01 tập thể đã có thành tích xuất sắc/,
    ],
    [
      'khong_ton_tai',
      ['individual'],
      null,
      'Về việc tặng khong_ton_tai',
      /^Tặng khong_ton_tai cho 01 cá nhân/,
    ],
  ] as const)('%s', (code, types, achievement, summary, articleOne) => {
    const w = defaultWording(code, types, achievement);
    expect(w.summary).toBe(summary);
    expect(w.articleOne).toMatch(articleOne);
  });
});

describe('Điều 2: money under Nghị định 152/2025/NĐ-CP, from the fund of the deciding level', () => {
  const expected: Record<DecisionFund, string> = {
    province: 'quỹ thi đua, khen thưởng cấp tỉnh',
    commune: 'quỹ thi đua, khen thưởng cấp xã',
    agency: 'quỹ thi đua, khen thưởng của cơ quan, đơn vị',
    central: 'quỹ thi đua, khen thưởng trung ương',
    other: 'nguồn kinh phí khác',
  };
  it.each(DECISION_FUNDS.map((f) => [f, expected[f]] as const))('%s → chi từ %s', (fund, from) => {
    expect(moneyArticle(fund)).toBe(
      `Tiền thưởng kèm theo thực hiện theo Nghị định số 152/2025/NĐ-CP, chi từ ${from}.`,
    );
  });
});

describe('the printed articles', () => {
  it('are Điều 1 (award), Điều 2 (money), Điều 3 (execution) when none were written', () => {
    expect(
      printedArticles({ articles: [], awardCode: 'lao_dong_tien_tien', fund: 'commune' }, [
        'individual',
        'collective',
      ]),
    ).toEqual([
      'Công nhận danh hiệu Lao động tiên tiến cho 01 cá nhân, 01 tập thể đã có thành tích xuất sắc (có danh sách kèm theo).',
      'Tiền thưởng kèm theo thực hiện theo Nghị định số 152/2025/NĐ-CP, chi từ quỹ thi đua, khen thưởng cấp xã.',
      EXECUTION_ARTICLE,
    ]);
    expect(EXECUTION_ARTICLE).toMatch(
      /^Quyết định này có hiệu lực kể từ ngày ký\. .+ có tên tại Điều 1 .+\/\.$/,
    );
  });

  it('are the stored ones when the drafter wrote them', () => {
    const stored = ['Tặng Giấy khen cho ông A.', 'Điều thi hành.'];
    const printed = printedArticles(
      { articles: stored, awardCode: 'lao_dong_tien_tien', fund: 'province' },
      [],
    );
    expect(printed).toEqual(stored);
    expect(printed).not.toBe(stored);
  });
});

describe('the annex heading under "DANH SÁCH"', () => {
  it.each([
    [
      'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      'ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH',
    ],
    [
      'Về việc công nhận danh hiệu Lao động tiên tiến năm 2026.',
      'ĐƯỢC CÔNG NHẬN DANH HIỆU LAO ĐỘNG TIÊN TIẾN NĂM 2026',
    ],
    ['Về việc khen thưởng đột xuất', 'ĐƯỢC KHEN THƯỞNG ĐỘT XUẤT'],
    ['Quyết định khác', 'CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG'],
  ])('of %j', (summary, heading) => expect(annexHeading(summary)).toBe(heading));
});
