import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { staffClaims } from '../../support/claims.ts';
import {
  assertRefused,
  callMentoring,
  expectStatus,
  match,
  menteeAt,
  mentoringSeason,
  mentorInPool,
  mentorProfile,
  mentorWith,
  place,
  pool,
  withPool,
} from './mentoring-world.ts';

describe('mentor profiles', () => {
  it('are the mentor’s own: saved whole at the version read, the address from the sign-in', async () => {
    const mentor = await mentorWith();
    const read = expectStatus(await callMentoring({ method: 'GET', route: '/me/mentor-profile', claims: mentor }), 200, 'the profile');
    assert.deepEqual([read['version'], read['email'], read['spheres'], read['capacityPerSeason']], [1, mentor['email'], ['technology'], 5]);
    const changed = mentorProfile({ spheres: ['technology', 'education'], bio: undefined, version: 1 });
    const saved = expectStatus(
      await callMentoring({ method: 'PUT', route: '/me/mentor-profile', claims: mentor, body: changed }),
      200,
      'the second save',
    );
    assert.deepEqual([saved['version'], saved['spheres'], 'bio' in saved], [2, ['technology', 'education'], false]);
    assertRefused(
      await callMentoring({ method: 'PUT', route: '/me/mentor-profile', claims: mentor, body: changed }),
      409,
      'version-conflict',
      'a save over an older version',
    );
    const stranger = { sub: 'mentor-without-profile', 'cognito:groups': '[mentor]' };
    assertRefused(await callMentoring({ method: 'GET', route: '/me/mentor-profile', claims: stranger }), 404, 'not-found', 'no profile');
  });

  it('refuses a sphere listed twice and a capacity above 20 mentees', async () => {
    const mentor = await mentorWith();
    const refused = await callMentoring({
      method: 'PUT',
      route: '/me/mentor-profile',
      claims: mentor,
      body: mentorProfile({ spheres: ['technology', 'technology'], capacityPerSeason: 21, version: 1 }),
    });
    assertRefused(refused, 400, 'validation-failed', 'a bad profile');
    assert.deepEqual((refused.body['errors'] as { field: string }[]).map((error) => error.field).sort(), [
      'body.capacityPerSeason',
      'body.spheres',
    ]);
  });
});

describe('a season’s mentor pool', () => {
  it('places mentors in the main tier or the reserve with the programme’s capacity, and lists each with tier, capacity and load', async () => {
    const season = await mentoringSeason(withPool(3, 1, 2));
    const first = await mentorInPool(season);
    const reserve = await mentorInPool(season, { tier: 'reserve', capacity: 4 });
    const listed = await pool(season);
    assert.deepEqual(listed.tiers, { main: { size: 3, placed: 1 }, reserve: { size: 1, placed: 1 } });
    const byId = new Map(listed.items.map((member) => [member.mentorId, member]));
    assert.deepEqual(
      [byId.get(first['sub'] ?? '')?.tier, byId.get(first['sub'] ?? '')?.capacity, byId.get(first['sub'] ?? '')?.load],
      ['main', 2, 0],
    );
    assert.deepEqual([byId.get(reserve['sub'] ?? '')?.tier, byId.get(reserve['sub'] ?? '')?.capacity], ['reserve', 4]);

    // The reserve is full: a second reserve mentor is refused, a move to the main tier frees the reserve place.
    const another = await mentorWith();
    assertRefused(await place(season, another, { tier: 'reserve' }), 409, 'pool-tier-full', 'a second reserve mentor');
    expectStatus(await place(season, reserve, { tier: 'main', capacity: 4 }), 200, 'moving the reserve mentor to the main tier');
    expectStatus(await place(season, another, { tier: 'reserve' }), 200, 'the freed reserve place');
    assert.deepEqual((await pool(season)).tiers, { main: { size: 3, placed: 2 }, reserve: { size: 1, placed: 1 } });

    // A capacity above the mentor's own, and staff of another programme.
    assertRefused(await place(season, first, { tier: 'main', capacity: 6 }), 422, 'capacity-above-mentor-limit', 'above the profile');
    assertRefused(
      await callMentoring({
        method: 'PUT',
        route: '/seasons/{seasonId}/mentors/{mentorId}',
        pathParameters: { seasonId: season.seasonId, mentorId: first['sub'] ?? '' },
        claims: staffClaims('another-programme'),
        body: { tier: 'main' },
      }),
      404,
      'not-found',
      'staff of another programme',
    );
    assertRefused(await place(season, { sub: 'mentor-nobody' }, { tier: 'main' }), 409, 'mentor-profile-missing', 'no profile');
  });

  it('holds each tier’s size however many staff place at once', async () => {
    const season = await mentoringSeason(withPool(5, 2));
    const mentors = await Promise.all(Array.from({ length: 12 }, () => mentorWith()));
    const answers = await Promise.all(mentors.map((mentor) => place(season, mentor, { tier: 'main' })));
    assert.equal(answers.filter((answer) => answer.status === 200).length, 5, JSON.stringify(answers.map((answer) => answer.body['code'])));
    assert.ok(
      answers.every(
        (answer) =>
          answer.status === 200 || (answer.status === 409 && ['pool-tier-full', 'mentor-busy'].includes(String(answer.body['code']))),
      ),
    );
    assert.equal(answers.filter((answer) => answer.body['code'] === 'pool-tier-full').length >= 1, true);
    const listed = await pool(season);
    assert.deepEqual(listed.tiers.main, { size: 5, placed: 5 });
    assert.equal(listed.items.filter((member) => member.tier === 'main').length, 5);
  });

  it('keeps a mentor with pairs: no capacity below the load, no removal; without pairs the place is freed', async () => {
    const season = await mentoringSeason(withPool(2, 0));
    const mentor = await mentorInPool(season, { capacity: 3 });
    await Promise.all([menteeAt(season), menteeAt(season)]);
    const matched = await match(season, false);
    assert.deepEqual(
      matched.proposals.map((proposal) => proposal.mentorId),
      [mentor['sub'], mentor['sub']],
    );
    const remove = (who: typeof mentor) =>
      callMentoring({
        method: 'DELETE',
        route: '/seasons/{seasonId}/mentors/{mentorId}',
        pathParameters: { seasonId: season.seasonId, mentorId: who['sub'] ?? '' },
        claims: season.staff,
      });
    assertRefused(await place(season, mentor, { tier: 'main', capacity: 1 }), 409, 'capacity-below-load', 'a capacity below two pairs');
    assertRefused(await remove(mentor), 409, 'mentor-has-pairs', 'removing a mentor with pairs');
    assert.equal((await pool(season)).items.find((member) => member.mentorId === mentor['sub'])?.load, 2);

    const idle = await mentorInPool(season);
    assert.equal((await remove(idle)).status, 204);
    assert.deepEqual((await pool(season)).tiers.main, { size: 2, placed: 1 });
    assertRefused(await remove(idle), 404, 'not-found', 'removing twice');
  });

  it('keeps Кадры будущего’s pool of 20 mentors and 5 in reserve, whose mentors lead teams: no matching there', async () => {
    const season = await mentoringSeason({}, kadryBudushchegoTemplate);
    await mentorInPool(season, { tier: 'reserve', profile: { spheres: ['industry'] } });
    assert.deepEqual((await pool(season)).tiers, { main: { size: 20, placed: 0 }, reserve: { size: 5, placed: 1 } });
    assertRefused(
      await callMentoring({
        method: 'POST',
        route: '/seasons/{seasonId}/mentor-matching',
        pathParameters: { seasonId: season.seasonId },
        claims: season.staff,
        body: { dryRun: true },
      }),
      409,
      'no-mentoring-pairs',
      'matching where mentors lead teams',
    );
  });

  it('answers 409 no-mentoring for a programme without mentoring', async () => {
    const season = await mentoringSeason({}, prokadryTemplate);
    assertRefused(
      await callMentoring({
        method: 'GET',
        route: '/seasons/{seasonId}/mentors',
        pathParameters: { seasonId: season.seasonId },
        claims: season.staff,
      }),
      409,
      'no-mentoring',
      'a pool of ПроКадры',
    );
  });
});
