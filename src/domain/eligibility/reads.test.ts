import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../awards/catalogue';
import {
  COMMENDATION_TYPES,
  DISCIPLINE_FORMS,
  INITIATIVE_SCOPES,
  RATINGS,
  type SubjectFacts,
} from '../awards/types';
import { evaluateEligibility } from './engine';
import { narrowFacts } from './reads';
import { ELIGIBILITY_TARGETS } from './targets';

// A small deterministic generator (mulberry32), so a failure reproduces.
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const LADDER = [
  'lao_dong_tien_tien',
  'cstd_co_so',
  'cstd_bo_tinh',
  'cstd_toan_quoc',
  'bang_khen_bo_tinh',
  'bang_khen_thu_tuong',
  'huan_chuong_lao_dong_hang_3',
  'giay_khen_chu_tich_ubnd_xa',
];
const CODES = CATALOGUE.map((e) => e.code);

function randomFacts(r: () => number, n: number): SubjectFacts {
  const facts: SubjectFacts = {
    ratings: [],
    awards: [],
    initiatives: [],
    disciplines: [],
    maternityLeaves: [],
    pendingInvestigation: r() < 0.05,
    recruitedOn: r() < 0.9 ? '2010-03-01' : '2025-09-01',
  };
  for (let y = 2012; y <= 2025; y++) {
    if (r() < 0.9)
      facts.ratings.push({ year: y, rating: r() < 0.6 ? 'HTXS' : pick(r, RATINGS), id: `r${n}-${y}` });
    for (const code of LADDER) {
      if (r() < 0.45)
        facts.awards.push({
          code,
          year: y,
          type: r() < 0.85 ? 'cong_trang' : pick(r, COMMENDATION_TYPES),
          id: `a${n}-${y}-${code}`,
          status: r() < 0.03 ? 'revoked' : 'valid',
        });
    }
    if (r() < 0.1) facts.awards.push({ code: pick(r, CODES), year: y, type: 'cong_trang', id: `x${n}-${y}` });
    if (r() < 0.3)
      facts.initiatives.push({
        id: `i${n}-${y}`,
        scope: pick(r, INITIATIVE_SCOPES),
        recognizedOn: `${y}-06-15`,
        usedByAward: r() < 0.3 ? `a${n}-${y}-cstd_co_so` : null,
      });
  }
  if (r() < 0.1)
    facts.disciplines.push({
      form: pick(r, DISCIPLINE_FORMS),
      from: '2019-05-01',
      to: r() < 0.5 ? '2020-05-01' : null,
      id: `d${n}`,
    });
  if (r() < 0.1) facts.maternityLeaves.push({ from: '2022-03-01', to: '2022-09-01', id: `m${n}` });
  return facts;
}

describe('narrowFacts: the filtered facts answer exactly as all the facts', () => {
  const individualTargets = ELIGIBILITY_TARGETS.filter((t) => t.subjectTypes.includes('individual')).map(
    (t) => t.code,
  );
  it.each(individualTargets)('%s', (target) => {
    const r = prng(target.length * 7919 + target.charCodeAt(0));
    let differing = 0;
    for (let n = 0; n < 150; n++) {
      const facts = randomFacts(r, n);
      const filtered = narrowFacts(target, facts);
      const input = {
        target,
        subjectType: 'individual' as const,
        evaluationYear: 2025,
        receivedOn: '2026-03-02',
      };
      const full = evaluateEligibility({ ...input, facts });
      const part = evaluateEligibility({ ...input, facts: filtered });
      expect(part).toEqual(full);
      if (facts.awards.length !== filtered.awards.length) differing++;
    }
    // The filter did remove records in most cases, so the equality above means something.
    expect(differing).toBeGreaterThan(100);
  });
});
