import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { testFile } from '../ledger/test-file';
import { EMPTY_FACTS, factsBody, factsFromFile, type FactsValues } from './facts';

const facts = (patch: Partial<FactsValues>): FactsValues => ({ ...EMPTY_FACTS, ...patch });

describe('simulator facts → POST /api/rules/evaluate', () => {
  it('sends dates as ISO yyyy-mm-dd and keeps record ids', () => {
    const body = factsBody(
      facts({
        ratings: [{ year: 2025, rating: 'HTXS', id: 'r1' }],
        disciplines: [{ form: 'canh_cao', from: dayjs('2024-05-01'), to: null }],
        maternityLeaves: [{ from: dayjs('2023-01-02'), to: dayjs('2023-07-01') }],
        initiatives: [
          { id: ' SK-1 ', scope: 'bo_tinh', recognizedOn: dayjs('2025-11-20'), usedByAward: '  ' },
        ],
        recruitedOn: dayjs('2015-09-01'),
      }),
      'individual',
    );
    expect(body.ratings).toEqual([{ year: 2025, rating: 'HTXS', id: 'r1' }]);
    expect(body.disciplines).toEqual([{ form: 'canh_cao', from: '2024-05-01', to: null }]);
    expect(body.maternityLeaves).toEqual([{ from: '2023-01-02', to: '2023-07-01' }]);
    expect(body.initiatives).toEqual([
      { id: 'SK-1', scope: 'bo_tinh', recognizedOn: '2025-11-20', usedByAward: null },
    ]);
    expect(body.recruitedOn).toBe('2015-09-01');
    expect(body).not.toHaveProperty('members');
  });

  it('leaves out what only people have for a collective and sends its members and bloc flag', () => {
    const body = factsBody(
      facts({
        disciplines: [{ form: 'canh_cao', from: dayjs('2024-05-01'), to: null }],
        recruitedOn: dayjs('2015-09-01'),
        isBlocLeader: true,
        members: [{ rating: 'HTT', titles: ['lao_dong_tien_tien'], disciplineForm: null }],
      }),
      'collective',
    );
    expect(body.disciplines).toEqual([]);
    expect(body.recruitedOn).toBeNull();
    expect(body.isBlocLeader).toBe(true);
    expect(body.members).toEqual([{ rating: 'HTT', titles: ['lao_dong_tien_tien'], disciplineForm: null }]);
  });
});

describe('an achievement file as simulator facts', () => {
  const f = factsFromFile(testFile(), '2010-09-01');

  it('takes awards by counted year with their type and status, so revoked and ad hoc ones stay visible to the engine', () => {
    expect(f.awards).toEqual([
      { code: 'cstd_co_so', year: 2025, type: 'cong_trang', id: 'a1', status: 'valid' },
      { code: 'lao_dong_tien_tien', year: 2021, type: 'dot_xuat', id: 'a2', status: 'revoked' },
    ]);
  });

  it('dates an initiative by its recognition decision and names the award that used it (G7)', () => {
    const body = factsBody(f, 'individual');
    expect(body.initiatives).toEqual([
      { id: 'i1', scope: 'bo_tinh', recognizedOn: '2025-11-20', usedByAward: 'a1' },
    ]);
  });

  it('carries the open case as the G1 flag, the recruitment date and the periods', () => {
    const body = factsBody(f, 'individual');
    expect(body.pendingInvestigation).toBe(true);
    expect(body.recruitedOn).toBe('2010-09-01');
    expect(body.disciplines).toEqual([{ form: 'khien_trach', from: '2018-05-01', to: null, id: 'd1' }]);
    expect(body.maternityLeaves).toEqual([{ from: '2019-03-01', to: '2019-08-31', id: 'm1' }]);
    expect(body.ratings).toEqual([{ year: 2025, rating: 'HTXS', id: 'r1' }]);
  });
});
