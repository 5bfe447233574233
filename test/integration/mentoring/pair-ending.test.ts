import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { staffClaims, type Claims } from '../../support/claims.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { waitFor } from '../../support/wait-for.ts';
import { viewOf } from '../pipelines/pipeline-world.ts';
import {
  assertRefused,
  callMentoring,
  expectStatus,
  match,
  menteeAt,
  mentoringSeason,
  mentorInPool,
  pool,
  respond,
  withPool,
  type MentoringSeason,
} from './mentoring-world.ts';

/**
 * Staff end a pair stuck on someone who stopped answering: the mentor's place goes back, the two
 * are never paired again, and a mentee whose mentor dropped out waits for another.
 */
const endPair = (season: MentoringSeason, pairId: string, body: Record<string, unknown>, claims: Claims = season.staff) =>
  callMentoring({
    method: 'POST',
    route: '/seasons/{seasonId}/mentoring-pairs/{pairId}/ending',
    pathParameters: { seasonId: season.seasonId, pairId },
    claims,
    body,
  });

const staffPair = async (season: MentoringSeason, pairId: string) =>
  expectStatus(
    await callMentoring({
      method: 'GET',
      route: '/seasons/{seasonId}/mentoring-pairs/{pairId}',
      pathParameters: { seasonId: season.seasonId, pairId },
      claims: season.staff,
    }),
    200,
    'the staff view',
  )['pair'] as { status: string; version: number; ending?: Record<string, unknown> };

const accept = (mentee: { applicationId: string; claims: Claims }) =>
  callMentoring({
    method: 'POST',
    route: '/applications/{applicationId}/mentoring/invitation',
    pathParameters: { applicationId: mentee.applicationId },
    claims: mentee.claims,
    body: { decision: 'accept' },
  });

const stageReaches = (season: MentoringSeason, applicationId: string, stage: string) =>
  waitFor(async () => ((await viewOf(season, applicationId)).stage === stage ? true : undefined), {
    description: `the mentee to reach ${stage}`,
    timeoutMs: 30_000,
  });

const loadOf = async (season: MentoringSeason, mentor: Claims) =>
  (await pool(season)).items.find((member) => member.mentorId === mentor['sub'])?.load;

describe('staff ending a stuck mentoring pair', { timeout: 120_000 }, () => {
  it('sends the mentee of a mentor who went silent back to wait, pairs them with another (never the silent one), and tells both', async () => {
    const season = await mentoringSeason(withPool(5, 0));
    const silent = await mentorInPool(season, { capacity: 2 });
    const mentee = await menteeAt(season);
    const pairId = (await match(season, false)).proposals[0]?.pairId ?? assert.fail('no pair');
    expectStatus(await respond(silent, pairId, { decision: 'agree' }), 200, 'the agreement');
    await stageReaches(season, mentee.applicationId, 'invitation');
    expectStatus(await accept(mentee), 200, 'the acceptance');
    await stageReaches(season, mentee.applicationId, 'mentoring-session');

    const note = 'Не отвечает на письма и звонки три недели.';
    const { version } = await staffPair(season, pairId);
    const ending = { cause: 'mentor-unresponsive', note, version };
    // Only the programme's staff end pairs, and only at the version they read.
    assertRefused(await endPair(season, pairId, ending, staffClaims('another-programme')), 404, 'not-found', 'staff of another programme');
    assert.equal((await endPair(season, pairId, ending, silent)).status, 403, 'the mentor');
    assertRefused(
      await endPair(season, pairId, { ...ending, version: version - 1 }, season.staff),
      409,
      'version-conflict',
      'a stale version',
    );

    const ended = expectStatus(await endPair(season, pairId, ending), 200, 'the ending');
    assert.equal(ended['status'], 'ended-by-staff');
    assert.deepEqual(
      { ...(ended['ending'] as object), at: undefined },
      {
        cause: 'mentor-unresponsive',
        note,
        from: 'active',
        by: season.staff['sub'],
        at: undefined,
      },
    );
    await stageReaches(season, mentee.applicationId, 'mentor-agreement');
    assert.equal(await loadOf(season, silent), 0, 'the silent mentor’s place is free again');
    assert.ok((await storedMail(`mentoring-ended:${pairId}:mentor`)) !== undefined, 'the mentor is told');
    assert.ok((await storedMail(`mentoring-ended:${pairId}:mentee`)) !== undefined, 'the mentee is told');

    // The mentor sees the pair ended, without staff's note.
    const seen = expectStatus(
      await callMentoring({ method: 'GET', route: '/me/mentoring/{pairId}', pathParameters: { pairId }, claims: silent }),
      200,
      'the mentor’s view',
    );
    assert.equal(seen['status'], 'ended-by-staff');
    assert.equal((seen['ending'] as { note?: string }).note, undefined);

    // The same ending again changes nothing; another cause for it is refused.
    assert.equal(expectStatus(await endPair(season, pairId, ending), 200, 'the same ending again')['version'], ended['version']);
    assertRefused(await endPair(season, pairId, { ...ending, cause: 'other' }), 409, 'pair-ended', 'another cause');

    // The silent mentor, though free, is never proposed to this mentee again; another is.
    const next = await mentorInPool(season, { capacity: 1 });
    const again = await match(season, false);
    assert.deepEqual(
      again.proposals.map((proposal) => [proposal.applicationId, proposal.mentorId]),
      [[mentee.applicationId, next['sub']]],
    );
  });

  it('leaves the application where it is when the mentee is the one not answering, and refuses pairs already over', async () => {
    const season = await mentoringSeason(withPool(5, 0));
    const mentor = await mentorInPool(season, { capacity: 1 });
    const mentee = await menteeAt(season);
    const pairId = (await match(season, false)).proposals[0]?.pairId ?? assert.fail('no pair');
    expectStatus(await respond(mentor, pairId, { decision: 'agree' }), 200, 'the agreement');
    await stageReaches(season, mentee.applicationId, 'invitation');

    const ended = expectStatus(
      await endPair(season, pairId, { cause: 'mentee-unresponsive', version: (await staffPair(season, pairId)).version }),
      200,
      'the ending',
    );
    assert.equal((ended['ending'] as { from: string }).from, 'agreed');
    assert.equal((await viewOf(season, mentee.applicationId)).stage, 'invitation', 'staff decide the application’s fate');
    assert.equal(await loadOf(season, mentor), 0);
    assert.equal(await storedMail(`mentoring-ended:${pairId}:mentee`), undefined, 'the mentee is not told to wait for a mentor');
    assertRefused(
      await callMentoring({
        method: 'POST',
        route: '/applications/{applicationId}/mentoring/invitation',
        pathParameters: { applicationId: mentee.applicationId },
        claims: mentee.claims,
        body: { decision: 'accept' },
      }),
      409,
      'not-invited',
      'accepting an ended pair',
    );

    // A pair the mentor declined is already free.
    const other = await menteeAt(season);
    const declinedId = (await match(season, false)).proposals[0]?.pairId ?? assert.fail('no second pair');
    expectStatus(await respond(mentor, declinedId, { decision: 'decline' }), 200, 'the decline');
    assertRefused(await endPair(season, declinedId, { cause: 'other', version: 2 }), 409, 'pair-state', 'a declined pair');
    assert.equal((await viewOf(season, other.applicationId)).stage, 'mentor-agreement');
    assertRefused(
      await endPair(season, '00000000-0000-4000-8000-000000000000', { cause: 'other', version: 1 }),
      404,
      'not-found',
      'a pair that does not exist',
    );
    assert.equal((await endPair(season, pairId, { cause: 'sacked', version: 1 })).status, 400, 'an unknown cause');
  });

  it('frees the mentor’s place exactly once, however many staff end the same pair at once', async () => {
    const season = await mentoringSeason(withPool(5, 0));
    const mentor = await mentorInPool(season, { capacity: 2 });
    await Promise.all([menteeAt(season), menteeAt(season)]);
    const [first] = (await match(season, false)).proposals;
    const pairId = first?.pairId ?? assert.fail('no pair');
    assert.equal(await loadOf(season, mentor), 2);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => endPair(season, pairId, { cause: 'mentor-unresponsive', version: 1 })),
    );
    for (const answer of answers) assert.ok([200, 409].includes(answer.status), JSON.stringify(answer.body));
    assert.ok(answers.some((answer) => answer.status === 200));
    assert.equal(await loadOf(season, mentor), 1, 'one place back, not ten');
    assert.equal((await staffPair(season, pairId)).version, 2, 'one write');
  });
});
