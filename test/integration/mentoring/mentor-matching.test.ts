import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { storedMail } from '../../support/stored-mail.ts';
import {
  assertRefused,
  callMentoring,
  expectStatus,
  match,
  menteeAt,
  mentoringSeason,
  mentorInPool,
  pairsOf,
  pool,
  respond,
  withPool,
  type MentoringSeason,
} from './mentoring-world.ts';

const pairByHand = (season: MentoringSeason, applicationId: string, mentorId: string) =>
  callMentoring({
    method: 'POST',
    route: '/seasons/{seasonId}/mentoring-pairs',
    pathParameters: { seasonId: season.seasonId },
    claims: season.staff,
    body: { applicationId, mentorId },
  });

describe('matching mentees with the pool’s mentors', () => {
  it('plans in a dry run, then proposes each pair once and mails its mentor; the better project gets the main tier', async () => {
    const season = await mentoringSeason(withPool(5, 5));
    const main = await mentorInPool(season, { capacity: 1 });
    const reserve = await mentorInPool(season, { tier: 'reserve', capacity: 2, profile: { region: '77' } });
    const english = await mentorInPool(season, { capacity: 1, profile: { languages: ['en'], spheres: ['education'] } });
    const strong = await menteeAt(season, { score: 8.2 });
    const weak = await menteeAt(season, { score: 6.4 });
    const lonely = await menteeAt(season, { language: 'en', spheres: ['business'] });
    await menteeAt(season, { stage: 'expert-evaluation' });

    const planned = await match(season, true);
    assert.equal(planned.mentees, 3, 'the agreement stage’s three mentees; one still in evaluation is not there');
    const expected = [
      { applicationId: strong.applicationId, mentorId: main['sub'], tier: 'main' },
      { applicationId: weak.applicationId, mentorId: reserve['sub'], tier: 'reserve' },
    ].sort((a, b) => a.applicationId.localeCompare(b.applicationId));
    assert.deepEqual(
      planned.proposals.map(({ applicationId, mentorId, tier }) => ({ applicationId, mentorId, tier })),
      expected,
    );
    assert.deepEqual(
      planned.unmatched.map((left) => [left.applicationId, left.reason]),
      [[lonely.applicationId, 'no-fitting-mentor']],
    );
    assert.deepEqual(
      planned.unfilled.map((left) => [left.mentorId, left.seatsLeft]).sort(),
      [
        [english['sub'], 1],
        [reserve['sub'], 1],
      ].sort(),
    );
    assert.deepEqual(await pairsOf(season), [], 'a dry run writes nothing');

    const made = await match(season, false);
    assert.deepEqual(made.proposals, planned.proposals);
    assert.deepEqual(made.refused, []);
    for (const proposal of made.proposals) {
      const mail = await storedMail(`mentoring-proposal:${proposal.pairId}`);
      assert.ok(mail !== undefined, 'the mentor is mailed');
    }
    const pairs = await pairsOf(season, 'proposed');
    assert.deepEqual(pairs.map((pair) => pair.id).sort(), made.proposals.map((proposal) => proposal.pairId).sort());
    const loads = new Map((await pool(season)).items.map((member) => [member.mentorId, member.load]));
    assert.deepEqual([loads.get(main['sub'] ?? ''), loads.get(reserve['sub'] ?? ''), loads.get(english['sub'] ?? '')], [1, 1, 0]);

    // Matching again proposes nothing twice.
    const again = await match(season, false);
    assert.deepEqual([again.mentees, again.alreadyPaired, again.proposals.length], [1, 2, 0]);
  });

  it('never pairs a mentee twice nor a mentor over capacity, however many matchings and staff pairings run at once', async () => {
    const season = await mentoringSeason(withPool(10, 0));
    const mentors = await Promise.all(Array.from({ length: 3 }, () => mentorInPool(season, { capacity: 2 })));
    const mentees = await Promise.all(Array.from({ length: 9 }, () => menteeAt(season)));
    const byHand = mentees.slice(0, 3).map((mentee, index) => pairByHand(season, mentee.applicationId, mentors[index]?.['sub'] ?? ''));
    const runs = [match(season, false), match(season, false), match(season, false)];
    const handAnswers = await Promise.all(byHand);
    await Promise.all(runs);
    for (const answer of handAnswers) assert.ok([200, 201, 409].includes(answer.status), JSON.stringify(answer.body));
    // Writes refused by what the racers changed are reported, not retried: staff match again for them.
    await match(season, false);
    const pairs = await pairsOf(season, 'proposed');
    const perMentee = new Map<string, number>();
    const perMentor = new Map<string, number>();
    for (const pair of pairs) {
      perMentee.set(pair.applicationId, (perMentee.get(pair.applicationId) ?? 0) + 1);
      perMentor.set(pair.mentorId, (perMentor.get(pair.mentorId) ?? 0) + 1);
    }
    assert.equal(pairs.length, 6, 'three mentors of two places each are full');
    assert.ok(
      [...perMentee.values()].every((count) => count === 1),
      'one pair a mentee',
    );
    const loads = new Map((await pool(season)).items.map((member) => [member.mentorId, member.load]));
    for (const mentor of mentors) {
      assert.equal(perMentor.get(mentor['sub'] ?? ''), 2);
      assert.equal(loads.get(mentor['sub'] ?? ''), 2, 'the load counts the pairs exactly');
    }
  });

  it('frees a declined pair: staff see the decline, the mentee is matched again with another mentor, never the one who declined', async () => {
    const season = await mentoringSeason(withPool(5, 0));
    const first = await mentorInPool(season, { capacity: 1, profile: { region: '51' } });
    const mentee = await menteeAt(season);
    const [proposal] = (await match(season, false)).proposals;
    assert.equal(proposal?.mentorId, first['sub']);
    const pairId = proposal?.pairId ?? '';

    // Another mentor cannot see or answer this pair.
    const stranger = await mentorInPool(season, { capacity: 1, profile: { region: '77' } });
    assertRefused(
      await callMentoring({ method: 'GET', route: '/me/mentoring/{pairId}', pathParameters: { pairId }, claims: stranger }),
      404,
      'not-found',
      'another mentor’s pair',
    );
    assertRefused(await respond(stranger, pairId, { decision: 'agree' }), 404, 'not-found', 'another mentor agreeing');

    const seen = expectStatus(
      await callMentoring({ method: 'GET', route: '/me/mentoring/{pairId}', pathParameters: { pairId }, claims: first }),
      200,
      'the mentor’s pair',
    );
    const menteeView = seen['mentee'] as Record<string, unknown>;
    assert.deepEqual([menteeView['name'], menteeView['spheres'], 'email' in menteeView], ['Тестова Анна Игоревна', ['technology'], false]);

    const declined = expectStatus(
      await respond(first, pairId, { decision: 'decline', reason: 'Нет времени этой осенью.' }),
      200,
      'the decline',
    );
    assert.equal(declined['status'], 'declined-by-mentor');
    assert.deepEqual(
      (await pairsOf(season, 'declined-by-mentor')).map((pair) => [pair.applicationId, pair.declineReason]),
      [[mentee.applicationId, 'Нет времени этой осенью.']],
    );
    expectStatus(await respond(first, pairId, { decision: 'decline' }), 200, 'declining again changes nothing');
    assertRefused(await respond(first, pairId, { decision: 'agree' }), 409, 'pair-state', 'agreeing after declining');
    assert.equal((await pool(season)).items.find((member) => member.mentorId === first['sub'])?.load, 0, 'the place is back');

    const rematched = await match(season, false);
    assert.deepEqual(
      rematched.proposals.map((one) => [one.applicationId, one.mentorId]),
      [[mentee.applicationId, stranger['sub']]],
    );
    assertRefused(await pairByHand(season, mentee.applicationId, first['sub'] ?? ''), 409, 'mentee-already-paired', 'paired again');
  });

  it('pairs one mentee by hand, refusing what pairing does not allow', async () => {
    const season = await mentoringSeason(withPool(5, 0));
    const mentor = await mentorInPool(season, { capacity: 1 });
    const outOfPool = await mentorInPool(await mentoringSeason(withPool(5, 0)));
    const waiting = await menteeAt(season);
    const second = await menteeAt(season);
    const evaluated = await menteeAt(season, { stage: 'expert-evaluation' });

    assertRefused(await pairByHand(season, evaluated.applicationId, mentor['sub'] ?? ''), 409, 'not-awaiting-mentor', 'not yet');
    assertRefused(await pairByHand(season, waiting.applicationId, outOfPool['sub'] ?? ''), 409, 'mentor-not-in-pool', 'not in pool');
    const made = expectStatus(await pairByHand(season, waiting.applicationId, mentor['sub'] ?? ''), 201, 'the pair');
    assert.deepEqual([made['status'], made['proposedBy'], made['choiceRank']], ['proposed', season.staff['sub'], undefined]);
    expectStatus(await pairByHand(season, waiting.applicationId, mentor['sub'] ?? ''), 200, 'the same pair again');
    assertRefused(await pairByHand(season, second.applicationId, mentor['sub'] ?? ''), 409, 'mentor-full', 'a full mentor');
    assertRefused(
      await callMentoring({
        method: 'POST',
        route: '/seasons/{seasonId}/mentoring-pairs',
        pathParameters: { seasonId: (await mentoringSeason()).seasonId },
        claims: season.staff,
        body: { applicationId: waiting.applicationId, mentorId: mentor['sub'] },
      }),
      404,
      'not-found',
      'a season of another programme',
    );
  });
});
