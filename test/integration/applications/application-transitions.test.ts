import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { call, staffOf } from '../../support/application-fixtures.ts';
import { finished, stored, submittedApplication } from '../../support/transition-support.ts';
import { sfnClient } from '../../../shared/adapters/sfn/sfn-client.ts';
import { call as educationCall, event, platformClaims } from '../education/education-world.ts';

const transition = (applicationId: string, claims: Record<string, string>, body: unknown) =>
  call({ method: 'POST', route: '/applications/{applicationId}/transitions', pathParameters: { applicationId }, claims, body });

const title = { ru: 'Курс', en: 'Course' };

const saveCourses = (seasonId: string, staff: Record<string, string>, webinars: readonly object[], version: number) =>
  educationCall({
    method: 'PUT',
    route: '/seasons/{seasonId}/courses',
    pathParameters: { seasonId },
    body: { webinars, broadcasts: [], version },
    claims: staff,
  });

/** The learning platform reports a watched webinar (the education block records it and, today, writes its shortlist marker). */
const watch = async (seasonId: string, programmeId: string, applicationId: string, webinarId: string): Promise<string | undefined> => {
  const posted = await educationCall({
    method: 'POST',
    route: '/seasons/{seasonId}/education/events',
    pathParameters: { seasonId },
    body: { events: [event(applicationId, 'webinar-watched', webinarId)] },
    claims: platformClaims(programmeId),
  });
  assert.equal(posted.status, 200, JSON.stringify(posted.body));
  return (posted.body['outcomes'] as { outcome: string }[])[0]?.outcome;
};

const meetsShortlistRule = async (applicationId: string, staff: Record<string, string>): Promise<boolean> => {
  const read = await educationCall({
    method: 'GET',
    route: '/applications/{applicationId}/education',
    pathParameters: { applicationId },
    claims: staff,
  });
  assert.equal(read.status, 200, JSON.stringify(read.body));
  return (read.body['completion'] as { meetsShortlistRule: boolean }).meetsShortlistRule;
};

const refusedWith = (answer: { status: number; body: Record<string, unknown> }, code: string) => {
  assert.equal(answer.status, 409, JSON.stringify(answer.body));
  assert.equal(answer.body['code'], code);
  const message = answer.body['message'] as { ru: string; en: string };
  assert.ok(message.ru.length > 0, 'the reason in Russian');
  assert.ok(message.en.length > 0, 'the reason in English');
};

describe('POST /applications/{applicationId}/transitions (staff decisions)', () => {
  it('answers 409 with the domain’s reason and starts nothing when the move is illegal', async () => {
    const { programmeId, applicationId } = await submittedApplication();
    const staff = staffOf(programmeId);
    refusedWith(await transition(applicationId, staff, { to: 'interview' }), 'no-such-transition');
    refusedWith(await transition(applicationId, staff, { to: 'withdrawn' }), 'actor-not-allowed');
    refusedWith(await transition(applicationId, staff, { to: 'screening' }), 'already-in-stage');
    refusedWith(await transition(applicationId, staff, { to: 'nowhere' }), 'unknown-stage');
    assert.equal((await stored(applicationId)).application?.['stage'], 'screening');
  });

  it('refuses every staff move once the applicant has withdrawn consent to processing', async () => {
    const { programmeId, applicant, applicationId } = await submittedApplication();
    const withdrawal = await call({ method: 'POST', route: '/me/consents/withdrawal', claims: applicant.claims });
    assert.equal(withdrawal.status, 201, JSON.stringify(withdrawal.body));
    refusedWith(await transition(applicationId, staffOf(programmeId), { to: 'education' }), 'processing-stopped');
    assert.equal((await stored(applicationId)).application?.['stage'], 'screening');
  });

  it('checks the shortlist guard on the current rule: stored progress against the season’s current catalogue', async () => {
    const { programmeId, seasonId, applicationId } = await submittedApplication(); // ПроКадры: education -> interview needs the shortlist
    const staff = staffOf(programmeId);
    const toEducation = await transition(applicationId, staff, { to: 'education' });
    assert.equal(toEducation.status, 202);
    assert.equal((await finished(sfnClient(), String(toEducation.body['executionArn']))).status, 'SUCCEEDED');
    refusedWith(await transition(applicationId, staff, { to: 'interview' }), 'not-shortlisted');

    // The catalogue as it stands, completed (ПроКадры's rule: every recorded webinar; no broadcasts, so any share).
    const basics = { id: 'state-basics', title, accessUntil: '2099-01-01T00:00:00Z', tracks: ['beginner', 'young', 'pro'] };
    const ethics = { ...basics, id: 'ethics' };
    assert.equal((await saveCourses(seasonId, staff, [basics], 0)).status, 200);
    assert.equal(await watch(seasonId, programmeId, applicationId, 'state-basics'), 'recorded');
    assert.equal(await meetsShortlistRule(applicationId, staff), true);

    // Staff add a course: the application no longer meets the rule, and the guard says so at once.
    assert.equal((await saveCourses(seasonId, staff, [basics, ethics], 1)).status, 200);
    assert.equal(await meetsShortlistRule(applicationId, staff), false);
    refusedWith(await transition(applicationId, staff, { to: 'interview' }), 'not-shortlisted');
    assert.equal((await stored(applicationId)).application?.['stage'], 'education');

    // Watching the new course too meets it again.
    assert.equal(await watch(seasonId, programmeId, applicationId, 'ethics'), 'recorded');
    assert.equal(await meetsShortlistRule(applicationId, staff), true);
    const toInterview = await transition(applicationId, staff, { to: 'interview' });
    assert.equal(toInterview.status, 202, JSON.stringify(toInterview.body));
    assert.equal((await finished(sfnClient(), String(toInterview.body['executionArn']))).status, 'SUCCEEDED');
    assert.equal((await stored(applicationId)).application?.['stage'], 'interview');

    // interview -> federal-interview is for the young and pro tracks; the rules put this applicant on beginner.
    const track = (await stored(applicationId)).application?.['track'] as { track: string } | undefined;
    assert.equal(track?.track, 'beginner');
    refusedWith(await transition(applicationId, staff, { to: 'federal-interview' }), 'track-not-admitted');
  });

  it('refuses a rubric-score guard while there are no reviews', async () => {
    const pipeline = prokadryTemplate.settings.pipeline;
    const scored = {
      pipeline: {
        ...pipeline,
        transitions: pipeline.transitions.map((candidate) =>
          candidate.from.includes('screening') && candidate.to === 'education'
            ? { ...candidate, guards: [{ kind: 'rubricScore' as const, rubric: 'screening', atLeast: 5 }] }
            : candidate,
        ),
      },
    };
    const { programmeId, applicationId } = await submittedApplication(scored);
    refusedWith(await transition(applicationId, staffOf(programmeId), { to: 'education' }), 'rubric-score-unavailable');
  });

  it('answers 404 to staff of another programme, for an unknown id, and 403 to an applicant', async () => {
    const { applicant, applicationId } = await submittedApplication();
    const outsider = await transition(applicationId, staffOf(`other-${randomUUID().slice(0, 8)}`), { to: 'education' });
    assert.equal(outsider.status, 404);
    const unknown = await transition(randomUUID(), staffOf('*'), { to: 'education' });
    assert.equal(unknown.status, 404);
    assert.equal((await transition(applicationId, applicant.claims, { to: 'education' })).status, 403);
    assert.equal((await stored(applicationId)).application?.['stage'], 'screening');
  });

  it('validates the body strictly', async () => {
    const { programmeId, applicationId } = await submittedApplication();
    const answer = await transition(applicationId, staffOf(programmeId), { to: 'education', reason: 'x', extra: true });
    assert.equal(answer.status, 400);
  });
});
