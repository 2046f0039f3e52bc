import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDAR } from '../calendar';
import {
  appraisalActions,
  appraisalChecklist,
  checkReason,
  DEFAULT_APPRAISAL_SETTINGS,
  type DeadlineInput,
  deadlineState,
  reminderFor,
  stepDeadlines,
} from './appraisal';
import { DOSSIER_STATUSES, type DossierStatus } from './dossier';

const CAL = DEFAULT_HOLIDAY_CALENDAR;
const S = DEFAULT_APPRAISAL_SETTINGS;
const base: DeadlineInput = {
  receivedOn: '2026-03-02',
  completenessDoneOn: null,
  concludedOn: null,
  clearances: [],
};

describe('step deadlines (§7.2, working days from the full dossier)', () => {
  it('nothing before the full dossier is received', () => {
    expect(stepDeadlines({ ...base, receivedOn: null }, S, CAL)).toEqual([]);
  });

  it.each<[string, DeadlineInput, Record<string, [string, string | null]>]>([
    [
      'received Monday 02/03/2026: 5 and 20 working days',
      base,
      { completeness: ['2026-03-09', null], appraisal: ['2026-03-30', null] },
    ],
    [
      'received before Giỗ Tổ and 30/4–01/5 2026 (27/04 compensatory)',
      { ...base, receivedOn: '2026-04-20' },
      { completeness: ['2026-04-28', null], appraisal: ['2026-05-21', null] },
    ],
    [
      'received before Tết 2026',
      { ...base, receivedOn: '2026-02-10' },
      { completeness: ['2026-02-24', null], appraisal: ['2026-03-17', null] },
    ],
    [
      'completeness done by the checklist, appraisal concluded',
      { ...base, completenessDoneOn: '2026-03-04', concludedOn: '2026-03-20' },
      { completeness: ['2026-03-09', '2026-03-04'], appraisal: ['2026-03-30', '2026-03-20'] },
    ],
    [
      'a return ends the completeness step too',
      { ...base, concludedOn: '2026-03-05' },
      { completeness: ['2026-03-09', '2026-03-05'], appraisal: ['2026-03-30', '2026-03-05'] },
    ],
    [
      'a clearance still pending: no after-opinions step yet',
      { ...base, clearances: [{ answeredOn: '2026-03-10' }, { answeredOn: null }] },
      { completeness: ['2026-03-09', null], appraisal: ['2026-03-30', null] },
    ],
    [
      'all clearances answered: 10 working days after the last answer',
      { ...base, clearances: [{ answeredOn: '2026-03-10' }, { answeredOn: '2026-03-16' }] },
      {
        completeness: ['2026-03-09', null],
        appraisal: ['2026-03-30', null],
        after_opinions: ['2026-03-30', null],
      },
    ],
  ])('%s', (_label, input, expected) => {
    const got = Object.fromEntries(stepDeadlines(input, S, CAL).map((d) => [d.step, [d.dueOn, d.doneOn]]));
    expect(got).toEqual(expected);
  });

  it('uses the tenant limits', () => {
    const custom = { ...S, stepWorkingDays: { completeness: 3, appraisal: 10, after_opinions: 5 } };
    expect(stepDeadlines(base, custom, CAL).map((d) => d.dueOn)).toEqual(['2026-03-05', '2026-03-16']);
  });
});

describe('deadline state and reminders', () => {
  const due = { dueOn: '2026-03-09', doneOn: null };
  it.each<[string, string, { dueOn: string; doneOn: string | null }, string, number, string | null]>([
    ['a week ahead', '2026-03-02', due, 'on_time', 5, null],
    ['three working days ahead', '2026-03-04', due, 'on_time', 3, null],
    ['two working days ahead (reminder window)', '2026-03-05', due, 'due_soon', 2, 'due_soon'],
    ['on the weekend before', '2026-03-07', due, 'due_soon', 1, 'due_soon'],
    ['on the due day', '2026-03-09', due, 'due_soon', 0, 'due_soon'],
    ['the day after', '2026-03-10', due, 'overdue', -1, 'overdue'],
    ['done on time', '2026-03-20', { dueOn: '2026-03-09', doneOn: '2026-03-06' }, 'done', 0, null],
    ['done late', '2026-03-20', { dueOn: '2026-03-09', doneOn: '2026-03-12' }, 'done', 0, null],
  ])('%s', (_label, today, d, state, left, reminder) => {
    const s = deadlineState(d, today, 2, DEFAULT_HOLIDAY_CALENDAR);
    expect(s.state).toBe(state);
    expect(s.workingDaysLeft).toBe(left);
    expect(reminderFor(d, today, 2, DEFAULT_HOLIDAY_CALENDAR)).toBe(reminder);
  });

  it('marks a late completion', () => {
    expect(deadlineState({ dueOn: '2026-03-09', doneOn: '2026-03-12' }, '2026-03-20', 2, CAL).late).toBe(
      true,
    );
    expect(deadlineState({ dueOn: '2026-03-09', doneOn: '2026-03-09' }, '2026-03-20', 2, CAL).late).toBe(
      false,
    );
  });
});

describe('checklist and reasons', () => {
  it('derives document items from §7.1 and adds the standard judgements', () => {
    const items = appraisalChecklist({
      awardCode: 'cstd_co_so',
      commendationType: 'cong_trang',
      subjectType: 'individual',
    });
    const codes = items.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'doc:to_trinh',
        'doc:bao_cao_thanh_tich',
        'doc:bien_ban_binh_xet',
        'doc:xac_nhan_sang_kien',
        'std:authority',
        'std:criteria',
      ]),
    );
    expect(items.find((i) => i.code === 'doc:bien_ban_binh_xet')?.label).toContain('bỏ phiếu');
    expect(items.find((i) => i.code === 'doc:tai_lieu_khac')?.required).toBe(false);
  });

  it('an ad hoc Bằng khen has the short summary, no minutes', () => {
    const codes = appraisalChecklist({
      awardCode: 'bang_khen_bo_tinh',
      commendationType: 'dot_xuat',
      subjectType: 'individual',
    }).map((i) => i.code);
    expect(codes).toContain('doc:tom_tat_thanh_tich');
    expect(codes).not.toContain('doc:bien_ban_binh_xet');
  });

  it.each([
    ['', 'ít nhất 5'],
    ['  ab  ', 'ít nhất 5'],
    ['x'.repeat(2001), 'tối đa 2000'],
    ['Thiếu biên bản bình xét', null],
  ])('reason case %#', (reason, message) => {
    const got = checkReason(reason);
    if (message === null) expect(got).toBeNull();
    else expect(got).toContain(message);
  });
});

describe('the appraisal panel’s actions follow the dossier state machine (Luật Thi đua, khen thưởng 2022 Điều 84)', () => {
  /** Every dossier status, written out. */
  const EXPECTED: Record<DossierStatus, string[]> = {
    draft: [],
    submitted: ['receive', 'return', 'mark_not_eligible'],
    returned: [],
    in_appraisal: ['approve', 'return', 'mark_not_eligible', 'record'],
    appraised: ['return', 'mark_not_eligible'],
    in_consultation: ['mark_not_eligible'],
    not_eligible: [],
    withdrawn: [],
    council_approved: [],
    council_rejected: [],
    decided: [],
    forwarded: [],
  };
  it('covers every status', () => expect(Object.keys(EXPECTED).sort()).toEqual([...DOSSIER_STATUSES].sort()));
  it.each(DOSSIER_STATUSES.map((s) => [s, EXPECTED[s]] as const))('%s → %j', (status, actions) => {
    expect(appraisalActions(status)).toEqual(actions);
  });
});
