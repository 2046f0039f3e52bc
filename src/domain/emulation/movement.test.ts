import { describe, expect, it } from 'vitest';
import {
  checkPeriodHoldsStages,
  checkStagePlacement,
  checkStageRemoval,
  movementPhase,
  movementRunsIn,
  movementYears,
  openFlagPaths,
  type StageFact,
} from './movement';

describe('movementYears: whole years, end day included (Law Điều 25 k1c, Điều 26 "từ … năm trở lên")', () => {
  it.each([
    ['giai đoạn 2016–2020', '2016-01-01', '2020-12-31', 5],
    ['one calendar year', '2024-01-01', '2024-12-31', 1],
    ['exactly three years from mid-March', '2021-03-15', '2024-03-14', 3],
    ['one day short of three years', '2021-03-15', '2024-03-13', 2],
    ['a few months', '2025-03-01', '2025-09-30', 0],
    ['leap-day start', '2020-02-29', '2023-02-28', 3],
    ['end before start', '2024-05-01', '2024-04-30', 0],
    ['same day', '2024-05-01', '2024-05-01', 0],
  ])('%s → %i', (_name, start, end, years) => {
    expect(movementYears(start, end)).toBe(years);
  });
});

describe('openFlagPaths', () => {
  it.each([
    ['regular movements open no path (their flags go through bloc leadership)', 'regular', 10, undefined, []],
    ['thematic, 2 years: none', 'thematic', 2, undefined, []],
    [
      'Law Điều 26: thematic ≥ 3 years opens Cờ thi đua bộ/tỉnh (path B)',
      'thematic',
      3,
      undefined,
      ['co_thi_dua_bo_tinh'],
    ],
    ['thematic 4 years: still only path B', 'thematic', 4, undefined, ['co_thi_dua_bo_tinh']],
    [
      'Law Điều 25 k1c: thematic ≥ 5 years also opens Cờ thi đua của Chính phủ (path C)',
      'thematic',
      5,
      undefined,
      ['co_thi_dua_bo_tinh', 'co_thi_dua_chinh_phu'],
    ],
    [
      'Law Điều 26: a provincial movement of 5 years opens only path B',
      'thematic',
      5,
      'province',
      ['co_thi_dua_bo_tinh'],
    ],
    [
      'Law Điều 25 k1c: a Prime-Minister movement of 5 years opens path C',
      'thematic',
      5,
      'central',
      ['co_thi_dua_chinh_phu'],
    ],
    ['a commune movement opens neither flag', 'thematic', 6, 'commune', []],
  ] as const)('%s', (_name, kind, years, level, titles) => {
    expect(openFlagPaths(kind, years, level).map((p) => p.title)).toEqual(titles);
  });

  it('cites the article and takes other thresholds', () => {
    const [b] = openFlagPaths('thematic', 3);
    expect(b?.citation).toContain('Điều 26');
    expect(openFlagPaths('thematic', 3, undefined, { boTinh: 4, chinhPhu: 6 })).toEqual([]);
    expect(openFlagPaths('thematic', 5, 'central')[0]?.citation).toContain('Điều 25');
  });
});

const M = { startDate: '2021-01-01', endDate: '2025-12-31' };
const launch: StageFact = { id: 'l', stage: 'launch', date: '2021-03-01' };
const mid: StageFact = { id: 'm', stage: 'midterm', date: '2023-06-30' };
const final: StageFact = { id: 'f', stage: 'final', date: '2025-12-01' };

describe('checkStagePlacement: Law Điều 17 order (launch → sơ kết → tổng kết), dates within the movement', () => {
  it.each([
    ['launch on the start day', [], { stage: 'launch', date: '2021-01-01' }, true],
    ['launch before the movement starts', [], { stage: 'launch', date: '2020-12-31' }, false],
    ['final after the movement ends', [launch], { stage: 'final', date: '2026-01-01' }, false],
    ['a second launch', [launch], { stage: 'launch', date: '2021-04-01' }, false],
    ['launch after a recorded review', [mid], { stage: 'launch', date: '2024-01-01' }, false],
    ['mid-term before any launch', [], { stage: 'midterm', date: '2023-01-01' }, false],
    ['mid-term before the launch date', [launch], { stage: 'midterm', date: '2021-02-01' }, false],
    ['mid-term between launch and final', [launch, final], { stage: 'midterm', date: '2024-06-30' }, true],
    ['mid-term after the final review', [launch, final], { stage: 'midterm', date: '2025-12-15' }, false],
    ['several mid-terms', [launch, mid], { stage: 'midterm', date: '2024-06-30' }, true],
    ['final without launch', [], { stage: 'final', date: '2025-12-01' }, false],
    ['final after launch', [launch], { stage: 'final', date: '2025-12-01' }, true],
    ['final before a mid-term', [launch, mid], { stage: 'final', date: '2023-01-01' }, false],
    ['a second final', [launch, final], { stage: 'final', date: '2025-12-20' }, false],
  ] as const)('%s → %s', (_name, existing, candidate, allowed) => {
    const result = checkStagePlacement(M, existing, candidate);
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.reason).toMatch(/[ạảãàáâăđêôơư]/);
  });

  it('moving a stage leaves itself out of the comparison', () => {
    expect(checkStagePlacement(M, [launch, final], { id: 'f', stage: 'final', date: '2025-12-30' }).ok).toBe(
      true,
    );
    expect(checkStagePlacement(M, [launch, mid], { id: 'l', stage: 'launch', date: '2023-07-01' }).ok).toBe(
      false,
    );
  });
});

describe('stage removal, period change, phase, year', () => {
  it.each([
    ['the launch while reviews exist', [launch, mid], 'l', false],
    ['the launch alone', [launch], 'l', true],
    ['a mid-term', [launch, mid, final], 'm', true],
  ] as const)('removing %s → %s', (_name, stages, id, allowed) => {
    expect(checkStageRemoval(stages, id).ok).toBe(allowed);
  });

  it.each([
    ['a period holding every stage', '2021-03-01', '2025-12-01', true],
    ['a period that cuts off the final review', '2021-01-01', '2025-11-30', false],
    ['an end before the start', '2025-01-01', '2024-01-01', false],
  ])('%s → %s', (_name, start, end, allowed) => {
    expect(checkPeriodHoldsStages(start, end, [launch, mid, final]).ok).toBe(allowed);
  });

  it.each([
    [[], 'planned'],
    [[launch], 'launched'],
    [[launch, mid], 'launched'],
    [[launch, mid, final], 'closed'],
  ] as const)('phase of %j', (stages, phase) => {
    expect(movementPhase(stages)).toBe(phase);
  });

  it.each([
    [2020, false],
    [2021, true],
    [2025, true],
    [2026, false],
  ])('runs in %i → %s', (year, runs) => {
    expect(movementRunsIn(M, year)).toBe(runs);
  });
});
