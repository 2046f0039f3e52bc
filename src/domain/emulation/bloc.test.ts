import { describe, expect, it } from 'vitest';
import {
  checkLeadership,
  checkMembers,
  checkMembersKeepLeadership,
  checkRotationOrder,
  type HandoverFacts,
  planHandover,
  rotateLeadership,
} from './bloc';

// Seed 001: Khối các huyện, thành phố vùng động lực (Hà Giang), 2019.
const HG = 'tp-ha-giang';
const BQ = 'bac-quang';
const VX = 'vi-xuyen';
const QB = 'quang-binh';
const BM = 'bac-me';
const ORDER = [HG, BQ, VX, QB, BM];

describe('rotateLeadership: the next member after this year’s head becomes head, the one after it deputy (§8.2)', () => {
  it.each([
    ['seed 001: TP Hà Giang head in 2019 → Bắc Quang head, Vị Xuyên deputy', ORDER, HG, ORDER, BQ, VX],
    ['the order is circular', ORDER, BM, ORDER, HG, BQ],
    ['the last but one wraps for the deputy', ORDER, QB, ORDER, BM, HG],
    ['units that leave next year are passed over', ORDER, HG, [HG, VX, QB, BM], VX, QB],
    ['this year’s head may itself come round again', ORDER, HG, [HG, BQ], BQ, HG],
  ])('%s', (_name, order, head, next, newHead, newDeputy) => {
    expect(rotateLeadership(order, head, next)).toEqual({
      ok: true,
      headUnitId: newHead,
      deputyUnitId: newDeputy,
    });
  });

  it.each([
    ['no agreed order', [], HG, ORDER, 'chưa có thứ tự'],
    ['the head is not in the order', [BQ, VX], HG, ORDER, 'không có trong thứ tự'],
    ['fewer than two members left in the order', ORDER, HG, [HG, 'khac'], 'ít nhất hai'],
  ])('refuses: %s', (_name, order, head, next, message) => {
    const r = rotateLeadership(order, head, next);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(message);
  });
});

describe('membership and leadership checks', () => {
  it.each([
    ['distinct members', [HG, BQ], true],
    ['a unit twice', [HG, HG], false],
  ])('checkMembers: %s', (_name, members, ok) => {
    expect(checkMembers(members).ok).toBe(ok);
    expect(checkRotationOrder(members).ok).toBe(ok);
  });

  it.each([
    ['head and deputy are members', HG, BQ, true],
    ['no deputy', HG, null, true],
    ['head is not a member', 'khac', BQ, false],
    ['deputy is not a member', HG, 'khac', false],
    ['head is deputy', HG, HG, false],
  ])('checkLeadership: %s', (_name, head, deputy, ok) => {
    expect(checkLeadership(ORDER, head, deputy, 2019).ok).toBe(ok);
  });

  it.each([
    ['keeps head and deputy', [HG, BQ, VX], true],
    ['drops the head', [BQ, VX], false],
    ['drops the deputy', [HG, VX], false],
  ])('checkMembersKeepLeadership: %s', (_name, members, ok) => {
    expect(checkMembersKeepLeadership(members, { headUnitId: HG, deputyUnitId: BQ }).ok).toBe(ok);
  });
});

const FACTS: HandoverFacts = {
  year: 2019,
  members: ORDER,
  leadership: { headUnitId: HG, deputyUnitId: BQ, handedOver: false },
  nextMembers: null,
  nextLeadershipExists: false,
  rotationOrder: ORDER,
};

describe('planHandover: year-end handover (law-reference §8.2)', () => {
  it('by rotation, copying this year’s members (seed 001 → 2020: Bắc Quang, Vị Xuyên)', () => {
    expect(planHandover(FACTS, { method: 'rotation' })).toEqual({
      ok: true,
      nextYear: 2020,
      copyMembers: true,
      members: ORDER,
      headUnitId: BQ,
      deputyUnitId: VX,
      source: 'rotation',
    });
  });

  it('by vote, into next year’s membership already entered', () => {
    const plan = planHandover(
      { ...FACTS, nextMembers: [BQ, VX, QB] },
      { method: 'vote', headUnitId: QB, deputyUnitId: VX },
    );
    expect(plan).toMatchObject({
      ok: true,
      copyMembers: false,
      headUnitId: QB,
      deputyUnitId: VX,
      source: 'vote',
    });
  });

  it.each([
    [
      'this year’s leadership is not set',
      { leadership: null },
      { method: 'rotation' },
      'chưa có Trưởng khối',
    ],
    [
      'handed over already',
      { leadership: { headUnitId: HG, deputyUnitId: BQ, handedOver: true } },
      { method: 'rotation' },
      'đã chuyển giao',
    ],
    [
      'next year already has a head',
      { nextLeadershipExists: true },
      { method: 'rotation' },
      'Năm 2020 đã có',
    ],
    [
      'a vote for a unit outside next year’s membership',
      { nextMembers: [BQ, VX] },
      { method: 'vote', headUnitId: QB, deputyUnitId: VX },
      'thành viên của khối trong năm 2020',
    ],
    [
      'a vote naming one unit twice',
      {},
      { method: 'vote', headUnitId: BQ, deputyUnitId: BQ },
      'hai đơn vị khác nhau',
    ],
    ['rotation without an agreed order', { rotationOrder: [] }, { method: 'rotation' }, 'thứ tự luân phiên'],
  ] as const)('refuses: %s', (_name, facts, how, message) => {
    const plan = planHandover({ ...FACTS, ...facts }, how);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.reason).toContain(message);
  });
});
