import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese, vietnameseSortKey } from '../../../domain/text/vietnamese';
import { awardRounds, nominations, orgUnits } from '../../db/schema';
import { newId } from '../../lib/ids';
import { as, createTenant, createTestApp, createUser, signIn, type TestApp } from '../../test/harness';

/**
 * The council end to end over HTTP: 9 members, 5 present + 2 written opinions + 2 absent; thresholds
 * against ALL members; secrecy checked on every endpoint as every role; round 2; results to the dossiers.
 */

type Call = ReturnType<typeof as>;
let t: TestApp;
let tenantId: string;
let manager: Call;
let viewer: Call;
let outsider: Call;
let otherTenant: Call;
const members: { userId: string; call: Call; name: string }[] = [];
let councilId: string;
let sessionId: string;
const noms: Record<'A' | 'B' | 'C', string> = { A: '', B: '', C: '' };
const OPTIONS = ['agree', 'disagree', 'lower_form', 'selected', 'invalid'];

async function insertUnit(tenant: string, name: string) {
  const id = newId();
  await t.deps.database.db.insert(orgUnits).values({
    id,
    tenantId: tenant,
    path: id,
    depth: 0,
    name,
    type: 'province',
    searchText: foldVietnamese(name),
    sortKey: vietnameseSortKey(name),
  });
  return id;
}

async function insertNomination(roundId: string, unitId: string, name: string, awardCode: string) {
  const id = newId();
  await t.deps.database.db.insert(nominations).values({
    id,
    tenantId,
    roundId,
    proposingUnitId: unitId,
    subjectType: 'individual',
    subjectId: newId(),
    subjectName: name,
    subjectUnitName: 'Sở Nội vụ',
    awardCode,
    status: 'appraised',
  });
  return id;
}

const json = <T = Record<string, unknown>>(r: { body: string }) => JSON.parse(r.body) as T;

beforeAll(async () => {
  t = await createTestApp();
  tenantId = await createTenant(t.deps, 'HDT');
  const other = await createTenant(t.deps, 'HDX');
  const unit = await insertUnit(tenantId, 'Ủy ban nhân dân tỉnh Hà Giang');
  await createUser(t.deps, tenantId, 'thuky@hd.vn', [{ role: 'board_officer' }]);
  await createUser(t.deps, tenantId, 'xem@hd.vn', [{ role: 'viewer' }]);
  await createUser(t.deps, tenantId, 'ngoai@hd.vn', [{ role: 'council_member' }]);
  await createUser(t.deps, other, 'khac@hd.vn', [{ role: 'board_officer' }]);
  manager = as(t.app, await signIn(t.app, 'thuky@hd.vn'));
  viewer = as(t.app, await signIn(t.app, 'xem@hd.vn'));
  outsider = as(t.app, await signIn(t.app, 'ngoai@hd.vn'));
  otherTenant = as(t.app, await signIn(t.app, 'khac@hd.vn'));
  for (let i = 1; i <= 9; i++) {
    const email = `tv${i}@hd.vn`;
    const userId = await createUser(t.deps, tenantId, email, [
      { role: i === 1 ? 'leader' : 'council_member' },
    ]);
    members.push({ userId, call: as(t.app, await signIn(t.app, email)), name: `Thành viên Số ${i}` });
  }
  const roundId = newId();
  await t.deps.database.db.insert(awardRounds).values({
    id: roundId,
    tenantId,
    orgUnitId: unit,
    name: 'Khen thưởng năm 2025',
    commendationType: 'cong_trang',
    level: 'province',
    year: 2025,
    status: 'closed',
  });
  noms.A = await insertNomination(roundId, unit, 'Nguyễn Văn An', 'cstd_co_so');
  noms.B = await insertNomination(roundId, unit, 'Trần Thị Bình', 'bang_khen_bo_tinh');
  noms.C = await insertNomination(roundId, unit, 'Lê Văn Cường', 'cstd_bo_tinh');

  const council = await manager({
    method: 'POST',
    url: '/api/council/councils',
    payload: {
      orgUnitId: unit,
      level: 'province',
      name: 'Hội đồng Thi đua - Khen thưởng tỉnh Hà Giang',
      foundingDecisionNumber: '125/QĐ-UBND',
      foundingDecisionDate: '2025-01-10',
    },
  });
  expect(council.statusCode, council.body).toBe(201);
  councilId = json<{ id: string }>(council).id;
  const put = await manager({
    method: 'PUT',
    url: `/api/council/councils/${councilId}/members`,
    payload: {
      version: 1,
      members: members.map((m, i) => ({
        userId: m.userId,
        fullName: m.name,
        position: i === 0 ? 'Chủ tịch UBND tỉnh' : 'Giám đốc Sở',
        role: i === 0 ? 'chu_tich' : i === 1 ? 'pho_chu_tich' : i === 8 ? 'uy_vien_thu_ky' : 'uy_vien',
      })),
    },
  });
  expect(put.statusCode, put.body).toBe(200);
  const session = await manager({
    method: 'POST',
    url: '/api/council/sessions',
    payload: {
      councilId,
      roundId,
      title: 'Xét khen thưởng năm 2025',
      heldOn: '2025-12-15',
      place: 'Hà Giang',
    },
  });
  expect(session.statusCode, session.body).toBe(201);
  sessionId = json<{ id: string }>(session).id;
}, 120_000);
afterAll(() => t.close());

interface Session {
  attendance: { memberId: string; userId: string }[];
  agenda: { nominationId: string; thresholdPercent: number | null; result: string | null }[];
  quorum: { met: boolean; present: number; written: number };
  ballots: { id: string; round: number; status: string; candidates: { id: string; ref: string }[] }[];
  status: string;
}
const getSession = async () =>
  json<Session>(await manager({ method: 'GET', url: `/api/council/sessions/${sessionId}` }));
const vote = (call: Call, ballotId: string, choices: Record<string, string>) =>
  call({ method: 'POST', url: `/api/council/ballots/${ballotId}/vote`, payload: { choices } });

/** Fails when any object holds a member's identity next to a choice (the whole secrecy contract). */
function assertNoVoterChoice(body: unknown, where: string) {
  const ids = new Set(members.flatMap((m) => [m.userId, m.name]));
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      const prims = entries.filter(([, x]) => typeof x !== 'object' || x === null);
      const names = prims.some(([, x]) => ids.has(String(x)));
      const choice = entries.some(
        ([k, x]) => OPTIONS.includes(k) || (typeof x === 'string' && OPTIONS.includes(x)),
      );
      expect(names && choice, `${where}: ${JSON.stringify(v)}`).toBe(false);
      entries.forEach(([, x]) => walk(x));
    }
  };
  walk(body);
}

describe('council session with a secret ballot', () => {
  let ballot1: string;
  let ballot2: string;
  let cand: Record<'A' | 'B' | 'C', string>;

  it('the agenda takes the appraised dossiers with their thresholds from the rule set', async () => {
    const s = await getSession();
    const th = Object.fromEntries(s.agenda.map((a) => [a.nominationId, a.thresholdPercent]));
    expect(th).toEqual({ [noms.A]: 80, [noms.B]: null, [noms.C]: 90 });
  });

  it('quorum not met → 409; with the council quorum lowered to 50% the ballot opens', async () => {
    const s = await getSession();
    const status = (i: number) => (i < 5 ? 'present' : i < 7 ? 'absent_written' : 'absent');
    const att = await manager({
      method: 'PUT',
      url: `/api/council/sessions/${sessionId}/attendance`,
      payload: { items: s.attendance.map((a, i) => ({ memberId: a.memberId, status: status(i) })) },
    });
    expect(att.statusCode, att.body).toBe(200);
    expect(json<Session>(att).quorum).toMatchObject({ met: false, present: 5, written: 2 });
    const refused = await manager({
      method: 'POST',
      url: `/api/council/sessions/${sessionId}/ballots`,
      payload: {},
    });
    expect(refused.statusCode).toBe(409);
    expect(json<{ error: { message: string } }>(refused).error.message).toMatch(/Chưa đủ điều kiện: 5\/9/);
    const c = json<{ version: number }>(
      await manager({ method: 'GET', url: `/api/council/councils/${councilId}` }),
    );
    const patch = await manager({
      method: 'PATCH',
      url: `/api/council/councils/${councilId}`,
      payload: { version: c.version, quorumPercent: 50 },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const opened = await manager({
      method: 'POST',
      url: `/api/council/sessions/${sessionId}/ballots`,
      payload: {},
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const s2 = json<Session>(opened);
    expect(s2.status).toBe('in_progress');
    ballot1 = s2.ballots[0]!.id;
    const byRef = Object.fromEntries(s2.ballots[0]!.candidates.map((x) => [x.ref, x.id]));
    cand = { A: byRef[noms.A]!, B: byRef[noms.B]!, C: byRef[noms.C]! };
    const again = await manager({
      method: 'POST',
      url: `/api/council/sessions/${sessionId}/ballots`,
      payload: {},
    });
    expect(again.statusCode).toBe(409);
  });

  it('members vote once; non-members, absentees and other tenants are refused; no tally while open', async () => {
    const paper = (a: string, b: string, c: string) => ({ [cand.A]: a, [cand.B]: b, [cand.C]: c });
    const papers = [
      paper('agree', 'agree', 'agree'),
      paper('agree', 'agree', 'agree'),
      paper('agree', 'agree', 'agree'),
      paper('disagree', 'agree', 'agree'),
      paper('lower_form', 'agree', 'agree'),
    ];
    for (let i = 0; i < 5; i++) {
      const r = await vote(members[i]!.call, ballot1, papers[i]!);
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json()).toEqual({ ballotId: ballot1, voted: true });
    }
    expect((await vote(members[0]!.call, ballot1, papers[1]!)).statusCode).toBe(409);
    expect((await vote(outsider, ballot1, papers[0]!)).statusCode).toBe(403);
    expect((await vote(members[5]!.call, ballot1, papers[0]!)).statusCode).toBe(403); // absent, written
    expect((await vote(members[7]!.call, ballot1, papers[0]!)).statusCode).toBe(403); // absent
    expect((await vote(otherTenant, ballot1, papers[0]!)).statusCode).toBe(404);
    expect((await vote(members[6]!.call, ballot1, { [cand.A]: 'maybe' })).statusCode).toBe(400);
    expect((await vote(members[6]!.call, ballot1, { [cand.A]: 'agree' })).statusCode).toBe(403);
    const bad = await members[0]!.call({ method: 'POST', url: '/api/council/ballots/xyz/vote', payload: {} });
    expect(bad.statusCode).toBe(400);
    const s = await getSession();
    const written = s.attendance.slice(5, 7).map((a) => a.memberId);
    const w = (memberId: string, choices: Record<string, string>, call = manager) =>
      call({
        method: 'POST',
        url: `/api/council/ballots/${ballot1}/written-votes`,
        payload: { memberId, choices },
      });
    expect((await w(s.attendance[0]!.memberId, paper('agree', 'agree', 'agree'))).statusCode).toBe(409);
    expect((await w(written[0]!, paper('agree', 'agree', 'agree'), members[0]!.call)).statusCode).toBe(403);
    expect((await w(written[0]!, paper('agree', 'disagree', 'agree'))).statusCode).toBe(200);
    expect((await w(written[1]!, paper('agree', 'disagree', 'agree'))).statusCode).toBe(200);
    expect((await w(written[1]!, paper('agree', 'agree', 'agree'))).statusCode).toBe(409);
    const early = await manager({ method: 'GET', url: `/api/council/ballots/${ballot1}/results` });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { code: 'INVALID_TRANSITION' } });
    const mine = json<{ items: { ballotId: string; voted: boolean }[] }>(
      await members[0]!.call({ method: 'GET', url: '/api/council/my-ballots' }),
    );
    expect(mine.items).toEqual([expect.objectContaining({ ballotId: ballot1, voted: true })]);
    const me = json<{ me: unknown; cast: number }>(
      await members[0]!.call({ method: 'GET', url: `/api/council/ballots/${ballot1}` }),
    );
    expect(me).toMatchObject({ me: { eligible: true, voted: true }, cast: 7 });
    const foreign = await otherTenant({ method: 'GET', url: `/api/council/sessions/${sessionId}` });
    expect(foreign.statusCode).toBe(404);
    expect((await otherTenant({ method: 'GET', url: `/api/council/ballots/${ballot1}` })).statusCode).toBe(
      404,
    );
  });

  it('close: tally = ballots cast, thresholds against ALL 9 members, results to the dossiers', async () => {
    expect((await viewer({ method: 'POST', url: `/api/council/ballots/${ballot1}/close` })).statusCode).toBe(
      403,
    );
    const r = await manager({ method: 'POST', url: `/api/council/ballots/${ballot1}/close` });
    expect(r.statusCode, r.body).toBe(200);
    const tally = json<{
      totalVoters: number;
      issued: number;
      returned: number;
      valid: number;
      written: number;
      candidates: {
        ref: string;
        votesFor: number;
        percentOfTotal: number;
        verdict: string;
        counts: Record<string, number>;
      }[];
      roundTwoCandidateIds: string[];
    }>(r);
    expect(tally).toMatchObject({ totalVoters: 9, issued: 7, returned: 7, valid: 7, written: 2 });
    const by = Object.fromEntries(tally.candidates.map((c) => [c.ref, c]));
    // 5 agree of 9 = 55.6%: below 80% (CSTĐ cơ sở) although 5 of the 7 papers agreed.
    expect(by[noms.A]).toMatchObject({
      votesFor: 5,
      percentOfTotal: 55.6,
      requiredVotes: 8,
      verdict: 'failed',
    });
    expect(by[noms.A]!.counts).toMatchObject({ agree: 5, disagree: 1, lower_form: 1 });
    expect(by[noms.B]).toMatchObject({ votesFor: 5, percentOfTotal: 55.6, verdict: 'passed' }); // > half of 9
    expect(by[noms.C]).toMatchObject({ votesFor: 7, percentOfTotal: 77.8, verdict: 'failed' }); // < 90%
    for (const c of tally.candidates) expect(Object.values(c.counts).reduce((a, b) => a + b, 0)).toBe(7);
    expect(tally.roundTwoCandidateIds.sort()).toEqual([cand.A, cand.C].sort());
    const rows = await t.deps.database.db
      .select({ id: nominations.id, status: nominations.status })
      .from(nominations)
      .where(sql`${nominations.id} = ${noms.B}`);
    expect(rows[0]?.status).toBe('council_approved');
    expect((await vote(members[5]!.call, ballot1, {})).statusCode).toBe(409);
  });

  it('round 2 only for C, never a third round; the session concludes the rest as rejected', async () => {
    const r = await manager({
      method: 'POST',
      url: `/api/council/ballots/${ballot1}/round-two`,
      payload: { nominationIds: [noms.C] },
    });
    expect(r.statusCode, r.body).toBe(201);
    const s = json<Session>(r);
    const b2 = s.ballots.find((b) => b.round === 2)!;
    ballot2 = b2.id;
    expect(b2.candidates.map((c) => c.ref)).toEqual([noms.C]);
    const notB = await manager({
      method: 'POST',
      url: `/api/council/ballots/${ballot1}/round-two`,
      payload: { nominationIds: [noms.B] },
    });
    expect(notB.statusCode).toBe(409); // a round 2 exists already
    for (let i = 0; i < 5; i++)
      expect((await vote(members[i]!.call, ballot2, { [b2.candidates[0]!.id]: 'agree' })).statusCode).toBe(
        200,
      );
    expect((await manager({ method: 'POST', url: `/api/council/ballots/${ballot2}/close` })).statusCode).toBe(
      200,
    );
    const third = await manager({
      method: 'POST',
      url: `/api/council/ballots/${ballot2}/round-two`,
      payload: {},
    });
    expect(third.statusCode).toBe(409);
    const done = await manager({ method: 'POST', url: `/api/council/sessions/${sessionId}/conclude` });
    expect(done.statusCode, done.body).toBe(200);
    const results = Object.fromEntries(json<Session>(done).agenda.map((a) => [a.nominationId, a.result]));
    expect(results).toEqual({ [noms.A]: 'rejected', [noms.B]: 'approved', [noms.C]: 'rejected' });
    const statuses = await t.deps.database.db
      .select({ id: nominations.id, status: nominations.status })
      .from(nominations);
    expect(Object.fromEntries(statuses.map((x) => [x.id, x.status]))).toEqual({
      [noms.A]: 'council_rejected',
      [noms.B]: 'council_approved',
      [noms.C]: 'council_rejected',
    });
    expect(
      (await manager({ method: 'POST', url: `/api/council/sessions/${sessionId}/conclude` })).statusCode,
    ).toBe(409);
  });

  it('no endpoint, as any role, reveals how a member voted; the audit rows hold no choice', async () => {
    const urls = [
      '/api/council/councils',
      `/api/council/councils/${councilId}`,
      '/api/council/sessions',
      `/api/council/sessions/${sessionId}`,
      '/api/council/my-ballots',
      `/api/council/ballots/${ballot1}`,
      `/api/council/ballots/${ballot1}/results`,
      `/api/council/ballots/${ballot2}`,
      `/api/council/ballots/${ballot2}/results`,
    ];
    for (const call of [manager, viewer, outsider, ...members.map((m) => m.call)])
      for (const url of urls) {
        const r = await call({ method: 'GET', url });
        expect(r.statusCode, `${url} ${r.body}`).toBe(200);
        assertNoVoterChoice(r.json(), url);
      }
    const audit = await manager({ method: 'GET', url: `/api/audit?entityType=ballot&pageSize=100` });
    expect(audit.statusCode, audit.body).toBe(200);
    const votes = json<{ items: { action: string; before: unknown; after: unknown }[] }>(audit).items.filter(
      (a) => a.action === 'ballot.vote',
    );
    expect(votes).toHaveLength(12);
    for (const a of votes)
      expect(JSON.stringify(a)).not.toMatch(/"(agree|disagree|lower_form|invalid)"|Đồng ý/);
  });

  it('the minutes: both Word files download', async () => {
    for (const name of ['minutes.docx', 'counting-minutes.docx']) {
      const r = await viewer({ method: 'GET', url: `/api/council/sessions/${sessionId}/${name}` });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toContain('wordprocessingml');
      expect(r.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('member candidates: the tenant users for a manager, 403 for others', async () => {
    const r = await manager({ method: 'GET', url: '/api/council/member-candidates?q=tv1' });
    expect(r.statusCode).toBe(200);
    expect(json<{ items: { email: string }[] }>(r).items.map((u) => u.email)).toEqual(['tv1@hd.vn']);
    expect((await viewer({ method: 'GET', url: '/api/council/member-candidates' })).statusCode).toBe(403);
  });

  it('bad input answers 4xx, never 500', async () => {
    const cases: [string, string, unknown, number][] = [
      ['POST', '/api/council/councils', { name: '' }, 400],
      [
        'POST',
        '/api/council/councils',
        { orgUnitId: newId(), level: 'province', name: 'x', foundingDecisionNumber: '1' },
        404,
      ],
      ['PUT', `/api/council/councils/${councilId}/members`, { version: 1, members: [] }, 400],
      [
        'PUT',
        `/api/council/councils/${councilId}/members`,
        { version: 99, members: [{ userId: newId(), fullName: 'x', role: 'uy_vien' }] },
        409,
      ],
      ['POST', '/api/council/sessions', { councilId, title: 'x', heldOn: '2025-02-30', place: 'x' }, 400],
      ['POST', '/api/council/sessions', { councilId, title: 'x', heldOn: '2025-02-03', place: 'x' }, 400],
      [
        'POST',
        '/api/council/sessions',
        { councilId, nominationIds: [noms.A], title: 'x', heldOn: '2025-02-03', place: 'x' },
        409,
      ],
      [
        'POST',
        '/api/council/sessions',
        { councilId: newId(), roundId: newId(), title: 'x', heldOn: '2025-02-03', place: 'x' },
        404,
      ],
      ['GET', `/api/council/sessions/${newId()}`, undefined, 404],
      ['GET', '/api/council/sessions/abc', undefined, 400],
      ['POST', `/api/council/ballots/${newId()}/close`, undefined, 404],
      ['POST', `/api/council/ballots/${ballot1}/written-votes`, { memberId: newId() }, 400],
    ];
    for (const [method, url, payload, status] of cases) {
      const r = await manager({ method: method, url, payload: payload as object });
      expect(r.statusCode, `${method} ${url} ${r.body}`).toBe(status);
    }
  });
});
