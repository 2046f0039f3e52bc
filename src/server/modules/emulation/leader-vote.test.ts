import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, awardRounds, ballotSealedPapers, ballotVoters } from '../../db/schema';
import { newId } from '../../lib/ids';
import { docxPlainText } from '../../lib/documents/docx-read';
import { as, createUser, type Session, signIn } from '../../test/harness';
import { createWorld, expectError, requester, type World } from './emulation.test-helpers';

let w: World;
let req: ReturnType<typeof requester>;
const reps: { unitId: string; userId: string; session: Session }[] = [];
let outsider: Session;
let blocId: string;
let otherBlocId: string;

const members = () => [w.haGiang.id, w.bacQuang.id, w.viXuyen.id, w.quangBinh.id, w.bacMe.id];
const url = (id: string, year: number, path = '') => `/api/emulation/blocs/${id}/years/${year}${path}`;

async function makeBloc(name: string, year: number) {
  const res = await req('board')({
    method: 'POST',
    url: '/api/emulation/blocs',
    payload: { kind: 'bloc', name, organiserUnitId: w.province.id, rotationOrder: members() },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<{ id: string }>().id;
  const put = (path: string, payload: object) =>
    req('board')({ method: 'PUT', url: url(id, year, path), payload });
  expect((await put('/members', { unitIds: members() })).statusCode).toBe(200);
  expect(
    (await put('/leadership', { headUnitId: w.haGiang.id, deputyUnitId: w.bacQuang.id })).statusCode,
  ).toBe(200);
  return id;
}

const open = (id: string, year: number, extra: object = {}) =>
  req('board')({
    method: 'POST',
    url: url(id, year, '/leader-vote'),
    payload: {
      heldOn: `${year}-12-04`,
      representatives: reps.map(({ unitId, userId }) => ({ unitId, userId })),
      ...extra,
    },
  });
const vote = (session: Session, id: string, year: number, unitId: string) =>
  as(w.t.app, session)({ method: 'POST', url: url(id, year, '/leader-vote/ballot'), payload: { unitId } });
const close = (id: string, year: number) =>
  req('board')({ method: 'POST', url: url(id, year, '/leader-vote/close') });
const state = (id: string, year: number, who: Parameters<typeof req>[0] = 'viewer') =>
  req(who)({ method: 'GET', url: url(id, year, '/leader-vote') });

beforeAll(async () => {
  w = await createWorld();
  req = requester(w);
  const names = ['ha-giang', 'bac-quang', 'vi-xuyen', 'quang-binh', 'bac-me'];
  for (const [i, unitId] of members().entries()) {
    const email = `dai-dien-${names[i]}@hg.vn`;
    const userId = await createUser(w.t.deps, w.tenantId, email, [{ role: 'leader', orgUnitId: unitId }]);
    reps.push({ unitId, userId, session: await signIn(w.t.app, email) });
  }
  await createUser(w.t.deps, w.tenantId, 'lanh-dao-khac@hg.vn', [{ role: 'leader' }]);
  outsider = await signIn(w.t.app, 'lanh-dao-khac@hg.vn');
  blocId = await makeBloc('Khối các huyện, thành phố vùng động lực', 2019);
  otherBlocId = await makeBloc('Khối thử hai vòng', 2019);
});
afterAll(() => w.t.close());

describe('opening the leader vote', () => {
  it.each([
    [
      'a unit without a representative',
      () => ({ representatives: reps.slice(1).map(({ unitId, userId }) => ({ unitId, userId })) }),
      400,
    ],
    ['a threshold above 100%', () => ({ thresholdPercent: 120 }), 400],
    ['more certificates than other members', () => ({ runnerUpCount: 5 }), 400],
    [
      'an unknown representative account',
      () => ({
        representatives: reps.map((r, i) => ({
          unitId: r.unitId,
          userId: i === 0 ? w.foreignPerson.id : r.userId,
        })),
      }),
      404,
    ],
  ])('refuses %s', async (_name, extra, status) => {
    expectError(await open(blocId, 2019, extra()), status);
  });

  it('a viewer may not open it; another tenant does not see the bloc', async () => {
    const payload = {
      heldOn: '2019-12-04',
      representatives: reps.map(({ unitId, userId }) => ({ unitId, userId })),
    };
    expectError(
      await req('viewer')({ method: 'POST', url: url(blocId, 2019, '/leader-vote'), payload }),
      403,
    );
    expectError(await req('stranger')({ method: 'GET', url: url(blocId, 2019, '/leader-vote') }), 404);
  });

  it('refuses to file proposals in another tenant’s award round (404)', async () => {
    const foreignRound = newId();
    await w.t.deps.database.db.insert(awardRounds).values({
      id: foreignRound,
      tenantId: w.otherTenantId,
      orgUnitId: w.foreignUnit.id,
      name: 'Đợt của tỉnh khác',
      commendationType: 'phong_trao_thi_dua',
      level: 'province',
      year: 2019,
      status: 'open',
    });
    expectError(await open(blocId, 2019, { awardRoundId: foreignRound }), 404);
  });

  it('opens round 1 with the rule set’s 80% default and every member unit as candidate', async () => {
    const res = await open(blocId, 2019);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'round1',
      thresholdPercent: 80,
      maxRounds: 2,
      runnerUpCount: 2,
      rounds: [{ round: 1, open: true, totalVoters: 5, ballotsCast: 0 }],
    });
    expect(res.json().rounds[0].candidates.map((c: { votes: null }) => c.votes)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expectError(await open(blocId, 2019), 409);
  });
});

describe('voting: each representative once, secret, counted after closing', () => {
  it('a non-representative gets 403, a viewer without the vote permission 403', async () => {
    expectError(await vote(outsider, blocId, 2019, w.haGiang.id), 403);
    expectError(
      await req('viewer')({
        method: 'POST',
        url: url(blocId, 2019, '/leader-vote/ballot'),
        payload: { unitId: w.haGiang.id },
      }),
      403,
    );
  });

  it('a unit outside the candidates is refused', async () => {
    expectError(await vote(reps[0]!.session, blocId, 2019, w.tungBa.id), 400);
  });

  it('four of five vote for TP Hà Giang, one for Bắc Quang; a second paper is refused', async () => {
    for (const [i, r] of reps.entries()) {
      const res = await vote(r.session, blocId, 2019, i === 1 ? w.bacQuang.id : w.haGiang.id);
      expect(res.statusCode, res.body).toBe(204);
    }
    expectError(await vote(reps[0]!.session, blocId, 2019, w.bacQuang.id), 409);
  });

  it('before closing nobody sees a count, only who has voted', async () => {
    const res = await state(blocId, 2019, 'board');
    expect(res.json().rounds[0].candidates.every((c: { votes: null }) => c.votes === null)).toBe(true);
    expect(res.json().representatives.every((r: { votedInOpenRound: boolean }) => r.votedInOpenRound)).toBe(
      true,
    );
    expect(
      (await as(w.t.app, reps[0]!.session)({ method: 'GET', url: url(blocId, 2019, '/leader-vote') })).json()
        .youMayVote,
    ).toBe(false);
  });

  it('the papers are stored sealed, without a voter, and the voter rows carry no choice', async () => {
    const db = w.t.deps.database.db;
    const voters = await db.select().from(ballotVoters).where(eq(ballotVoters.tenantId, w.tenantId));
    const papers = await db
      .select()
      .from(ballotSealedPapers)
      .where(eq(ballotSealedPapers.tenantId, w.tenantId));
    expect(Object.keys(voters[0]!)).not.toContain('choice');
    expect(papers).toHaveLength(5);
    expect(Object.keys(papers[0]!).sort()).toEqual(['ballotId', 'id', 'sealed', 'tenantId']);
    expect(JSON.stringify(papers)).not.toContain(w.haGiang.id);
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, w.tenantId), eq(auditLog.action, 'ballot.vote')));
    expect(JSON.stringify(audits)).not.toContain(w.haGiang.id);
  });

  it('closing counts: 4/5 = 80% elects TP Hà Giang; Cờ for it, Bằng khen for the next two', async () => {
    const res = await close(blocId, 2019);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v).toMatchObject({ status: 'decided', decidedBy: 'vote', leader: { id: w.haGiang.id } });
    expect(v.rounds[0].candidates.map((c: { votes: number }) => c.votes)).toEqual([4, 1, 0, 0, 0]);
    expect(v.rounds[0].candidates[0].percentOfTotal).toBe(80);
    expect(
      v.proposals.map((p: { unit: { id: string }; awardCode: string }) => [p.unit.id, p.awardCode]),
    ).toEqual([
      [w.haGiang.id, 'co_thi_dua_bo_tinh'],
      [w.bacQuang.id, 'bang_khen_bo_tinh'],
      // Vị Xuyên, Quang Bình and Bắc Mê all have 0 votes and no scoring rank: equal at the cut-off, all proposed.
      [w.viXuyen.id, 'bang_khen_bo_tinh'],
      [w.quangBinh.id, 'bang_khen_bo_tinh'],
      [w.bacMe.id, 'bang_khen_bo_tinh'],
    ]);
    // No award round named: proposals only, no dossier.
    expect(v.proposals.every((p: { nominationId: string | null }) => p.nominationId === null)).toBe(true);
    expectError(await close(blocId, 2019), 409, 'INVALID_TRANSITION');
    expectError(await vote(reps[2]!.session, blocId, 2019, w.haGiang.id), 409);
  });
});

describe('two rounds, then the head and deputy', () => {
  it('3/5 in round 1 is under 80%: round 2 between the leading units opens at once', async () => {
    expect((await open(otherBlocId, 2019, { runnerUpCount: 1 })).statusCode).toBe(201);
    const picks = [w.haGiang.id, w.haGiang.id, w.haGiang.id, w.viXuyen.id, w.viXuyen.id];
    for (const [i, r] of reps.entries())
      expect((await vote(r.session, otherBlocId, 2019, picks[i]!)).statusCode).toBe(204);
    const res = await close(otherBlocId, 2019);
    expect(res.json()).toMatchObject({ status: 'round2', leader: null });
    const [r1, r2] = res.json().rounds;
    expect(r1.candidates.map((c: { votes: number }) => c.votes)).toEqual([3, 0, 2, 0, 0]);
    expect(r2).toMatchObject({ round: 2, open: true });
    expect(r2.candidates.map((c: { id: string }) => c.id)).toEqual([w.haGiang.id, w.viXuyen.id]);
    expectError(await vote(reps[0]!.session, otherBlocId, 2019, w.bacQuang.id), 400);
  });

  it('round 2 still short: undecided; the head and deputy decide with a reason', async () => {
    const picks = [w.haGiang.id, w.haGiang.id, w.viXuyen.id, w.viXuyen.id, w.viXuyen.id];
    for (const [i, r] of reps.entries())
      expect((await vote(r.session, otherBlocId, 2019, picks[i]!)).statusCode).toBe(204);
    expect((await close(otherBlocId, 2019)).json()).toMatchObject({ status: 'undecided' });
    const decide = (payload: object) =>
      req('board')({ method: 'POST', url: url(otherBlocId, 2019, '/leader-vote/decide'), payload });
    expectError(await decide({ unitId: w.bacMe.id, reason: 'Không phải ứng viên vòng cuối' }), 400);
    const res = await decide({
      unitId: w.viXuyen.id,
      reason: 'Dẫn đầu vòng 2, giải quyết việc làm 138,7% kế hoạch',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'decided',
      decidedBy: 'head_deputy',
      leader: { id: w.viXuyen.id },
    });
    expect(res.json().proposals.map((p: { unit: { id: string } }) => p.unit.id)).toEqual([
      w.viXuyen.id,
      w.haGiang.id,
    ]);
    expectError(await decide({ unitId: w.viXuyen.id, reason: 'Lần nữa' }), 409, 'INVALID_TRANSITION');
  });
});

describe('a round 2 the generic tally would not propose', () => {
  it('3 votes for one unit and two abstentions: all five units go on, on a new round-2 ballot', async () => {
    const id = await makeBloc('Khối thử vắng phiếu', 2019);
    expect((await open(id, 2019)).statusCode).toBe(201);
    for (const r of reps.slice(0, 3))
      expect((await vote(r.session, id, 2019, w.bacMe.id)).statusCode).toBe(204);
    const res = await close(id, 2019);
    expect(res.json()).toMatchObject({ status: 'round2' });
    expect(res.json().rounds[1].candidates).toHaveLength(5);
    expect(res.json().rounds[0]).toMatchObject({ totalVoters: 5, ballotsCast: 3 });
    expect((await vote(reps[4]!.session, id, 2019, w.quangBinh.id)).statusCode).toBe(204);
  });
});

describe('with an award round: the proposals are filed as dossiers', () => {
  const post = (url: string, payload: object) => req('board')({ method: 'POST', url, payload });
  async function makeRound(openIt: boolean) {
    const res = await post('/api/award-rounds', {
      name: 'Tổng kết phong trào thi đua các khối năm 2019',
      orgUnitId: w.province.id,
      commendationType: 'phong_trao_thi_dua',
      level: 'province',
      year: 2019,
      unitIds: [],
      proposalDeadline: '2019-12-20',
    });
    expect(res.statusCode, res.body).toBe(201);
    const round = res.json<{ id: string; version: number }>();
    if (openIt) {
      const opened = await post(`/api/award-rounds/${round.id}/open`, { version: round.version });
      expect(opened.statusCode, opened.body).toBe(200);
    }
    return round.id;
  }
  async function electHaGiang(roundId: string, name: string) {
    const id = await makeBloc(name, 2019);
    expect((await open(id, 2019, { awardRoundId: roundId, runnerUpCount: 1 })).statusCode).toBe(201);
    const picks = [w.haGiang.id, w.haGiang.id, w.haGiang.id, w.haGiang.id, w.bacQuang.id];
    for (const [i, r] of reps.entries())
      expect((await vote(r.session, id, 2019, picks[i]!)).statusCode).toBe(204);
    return id;
  }

  it('closing files Cờ for the leader and Bằng khen for the runner-up as draft dossiers of the round', async () => {
    const roundId = await makeRound(true);
    const id = await electHaGiang(roundId, 'Khối có đợt khen thưởng');
    const res = await close(id, 2019);
    expect(res.statusCode, res.body).toBe(200);
    const proposals = res.json<LeaderVoteJson>().proposals;
    expect(proposals.map((p) => [p.unit.id, p.awardCode, p.nominationStatus])).toEqual([
      [w.haGiang.id, 'co_thi_dua_bo_tinh', 'draft'],
      [w.bacQuang.id, 'bang_khen_bo_tinh', 'draft'],
    ]);
    for (const p of proposals) {
      const dossier = await req('board')({ method: 'GET', url: `/api/nominations/${p.nominationId}` });
      expect(dossier.statusCode, dossier.body).toBe(200);
      expect(dossier.json()).toMatchObject({
        roundId,
        status: 'draft',
        awardCode: p.awardCode,
        subject: { type: 'collective', id: p.unit.id },
        proposingUnit: { id: w.province.id },
      });
    }
    const listed = (await state(id, 2019)).json<LeaderVoteJson>().proposals;
    expect(listed.map((p) => [p.nominationId, p.nominationStatusLabel])).toEqual(
      proposals.map((p) => [p.nominationId, 'Đang soạn']),
    );
  });

  it('a round that does not take proposals: 409 and nothing concludes (the round stays open for votes)', async () => {
    const roundId = await makeRound(false);
    const id = await electHaGiang(roundId, 'Khối có đợt chưa mở');
    expectError(await close(id, 2019), 409, 'INVALID_TRANSITION');
    const v = (await state(id, 2019)).json<LeaderVoteJson>();
    expect(v).toMatchObject({ status: 'round1', proposals: [] });
  });
});

type LeaderVoteJson = {
  proposals: {
    unit: { id: string };
    awardCode: string;
    nominationId: string | null;
    nominationStatus: string | null;
    nominationStatusLabel: string | null;
  }[];
};

describe('the minutes (Word)', () => {
  it('lists members, the vote, the proposals and the handover to next year’s head and deputy', async () => {
    const handover = await req('board')({
      method: 'POST',
      url: url(blocId, 2019, '/handover'),
      payload: { method: 'rotation' },
    });
    expect(handover.statusCode, handover.body).toBe(201);
    const res = await req('viewer')({ method: 'GET', url: url(blocId, 2019, '/minutes.docx') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = docxPlainText(res.rawPayload);
    expect(text).toContain('BIÊN BẢN');
    expect(text).toContain('Họp Khối thi đua các huyện, thành phố vùng động lực');
    expect(text).toContain('Vòng 1: số phiếu phát ra 5, số phiếu thu về 5.');
    expect(text).toContain('Cờ thi đua của bộ, ban, ngành, tỉnh');
    expect(text).toContain(
      'Khối thống nhất chuyển giao nhiệm vụ Trưởng khối năm 2020 cho Huyện Bắc Quang, Phó Trưởng khối năm 2020 cho Huyện Vị Xuyên.',
    );
    expectError(await req('stranger')({ method: 'GET', url: url(blocId, 2019, '/minutes.docx') }), 404);
  });
});
