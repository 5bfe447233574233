import { certificatesOf } from '../../support/requested-certificates.ts';
import { runIssuer } from '../../support/run-issuer.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { SaveProfileInput } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import { birthDateForAge, minorProfile } from '../../support/applicant-profiles.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import {
  api,
  applicantWith,
  assertRefused,
  decide,
  draftOf,
  expectStatus,
  openedSeason,
  pendingEffectsOf,
  staffNoticeOf,
  refuseMove,
  runGate,
  submit,
  viewOf,
  withdraw,
  type Applicant,
  type Season,
} from './pipeline-world.ts';

/**
 * Кадры будущего для регионов (issue 4, point 6) through its own pipeline: pupils (14–17, held
 * until a guardian consents), tutors (18–21) and mentors apply in their participant role; staff
 * record the selection commission's decisions and close the selection with its gate; the regional
 * school forms the project teams (pupils and tutors with a mentor; nobody leaves the school without
 * a team) and sends pupils and tutors to individual education tracks and mentors straight to the
 * team projects; the teams present their results and join the regional talent pool. The school,
 * tracks and projects have no capability yet: staff decisions move them. Selection by the experts'
 * scores, the calendar's gate, is test/integration/reviews/selection-gate-flow.test.ts.
 */
interface Participant {
  readonly applicant: Applicant;
  readonly applicationId: string;
}

const adultAged = (season: Season, age: number): SaveProfileInput => ({
  ...baseProfile(),
  birthDate: birthDateForAge(season.referenceDate, age),
});

const apply = async (season: Season, profile: SaveProfileInput, participantRole: string): Promise<Participant> => {
  const applicant = await applicantWith(profile);
  const applicationId = await draftOf(season, applicant, { participantRole, answers: { motivation: 'Хочу развивать свой регион.' } });
  return { applicant, applicationId };
};

const submitted = async (season: Season, participant: Participant): Promise<void> => {
  expectStatus(await submit(participant.applicationId, participant.applicant), 200, 'the submit');
  assert.equal((await viewOf(season, participant.applicationId)).stage, 'selection');
};

const errorsOf = (body: Record<string, unknown>) =>
  (body['errors'] as { field: string; code: string }[]).map((error) => [error.field, error.code]);

const guardianConsent = async (pupil: Participant): Promise<void> => {
  const texts = expectStatus(await api.applications({ method: 'GET', route: '/consent-texts' }), 200, 'consent texts');
  const text =
    (texts['items'] as { kind: string; version: string; current: boolean }[]).find(
      (candidate) => candidate.kind === 'guardian' && candidate.current,
    ) ?? assert.fail('no guardian text');
  expectStatus(
    await api.applications({
      method: 'POST',
      route: '/me/consents/guardian',
      claims: pupil.applicant.claims,
      body: {
        textVersion: text.version,
        guardian: { fullName: 'Зорина Марина Викторовна', email: `guardian-${pupil.applicant.sub}@example.org`, relationship: 'parent' },
      },
    }),
    201,
    'the guardian’s consent',
  );
};

describe('Кадры будущего для регионов through its whole pipeline', { timeout: 180_000 }, () => {
  it('takes pupils, tutors and mentors from open recruitment to the regional talent pool by their participant roles, refusing every move the programme does not allow', async () => {
    const season = await openedSeason('kadry-budushchego', [
      { id: 'motivation', kind: 'text', required: true, maxLength: 1000, label: { ru: 'Мотивация', en: 'Motivation' } },
    ]);

    // A 15-year-old pupil is held until a guardian consents; then the submit moves on.
    const pupil = await apply(season, minorProfile(season.referenceDate, 'pupil@example.org', 15), 'pupil');
    const held = await submit(pupil.applicationId, pupil.applicant);
    assertRefused(held, 422, 'not-eligible', 'the minor’s submit without a guardian');
    assert.deepEqual(errorsOf(held.body), [['consent.guardian', 'guardian-consent-missing']]);
    assert.equal((await viewOf(season, pupil.applicationId)).stage, 'application');
    await guardianConsent(pupil);
    await submitted(season, pupil);

    // Tutors are 18–21 by their role: a 24-year-old is refused as a tutor, a 19-year-old taken.
    const oldTutor = await apply(season, adultAged(season, 24), 'tutor');
    const refusedTutor = await submit(oldTutor.applicationId, oldTutor.applicant);
    assertRefused(refusedTutor, 422, 'not-eligible', 'a 24-year-old tutor’s submit');
    assert.deepEqual(errorsOf(refusedTutor.body), [['profile.birthDate', 'age-out-of-range']]);
    const tutor = await apply(season, adultAged(season, 19), 'tutor');
    await submitted(season, tutor);
    const quitter = await apply(season, adultAged(season, 20), 'tutor');
    await submitted(season, quitter);
    // The same person's age admits them as a mentor (18 and over).
    const mentor = await apply(season, adultAged(season, 42), 'mentor');
    await submitted(season, mentor);
    const unselected = await apply(season, minorProfile(season.referenceDate, 'pupil2@example.org', 16), 'pupil');
    await guardianConsent(unselected);
    await submitted(season, unselected);
    const loner = await apply(season, minorProfile(season.referenceDate, 'pupil3@example.org', 14), 'pupil');
    await guardianConsent(loner);
    await submitted(season, loner);
    assert.deepEqual(
      await Promise.all([pupil, tutor, mentor].map(async ({ applicationId }) => (await viewOf(season, applicationId)).participantRole)),
      ['pupil', 'tutor', 'mentor'],
    );

    // Selection: the scored admission gate is the calendar's, at the window's close; staff may not
    // run it, and record the commission's decisions one by one.
    const scoredGate = await api.applications({
      method: 'POST',
      route: '/seasons/{seasonId}/gates',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
      body: { from: 'selection', to: 'regional-school' },
    });
    assertRefused(scoredGate, 409, 'not-a-gate', 'staff running the scored admission gate');
    await refuseMove(season, tutor.applicationId, 'education-tracks', 'no-such-transition');
    for (const selected of [pupil, tutor, quitter, mentor, loner]) await decide(season, selected.applicationId, 'regional-school');
    const closing = await runGate(season, 'selection', 'not-selected');
    assert.deepEqual([closing.status, closing.seen, closing.moved, closing.skipped], ['succeeded', 1, 1, 0]);
    assert.equal((await viewOf(season, unselected.applicationId)).stage, 'not-selected');

    // The regional school forms the project teams: nobody leaves it without one.
    await refuseMove(season, pupil.applicationId, 'education-tracks', 'not-in-team');
    await refuseMove(season, mentor.applicationId, 'project-work', 'not-in-team');
    const team = {
      name: 'Амурский код',
      members: [pupil, tutor, quitter].map((member) => member.applicationId),
      mentor: mentor.applicationId,
      version: 0,
    };
    const teamRoute = {
      method: 'PUT',
      route: '/seasons/{seasonId}/teams/{teamId}',
      pathParameters: { seasonId: season.seasonId, teamId: 'amur-code' },
      claims: season.staff,
    };
    assertRefused(
      await api.applications({ ...teamRoute, body: { ...team, members: team.members.slice(0, 2) } }),
      422,
      'invalid-team',
      'a team of two',
    );
    assertRefused(
      await api.applications({ ...teamRoute, body: { ...team, members: [...team.members, unselected.applicationId] } }),
      422,
      'invalid-team',
      'a team with a pupil not selected',
    );
    const formed = expectStatus(await api.applications({ ...teamRoute, body: team }), 200, 'the team');
    assert.deepEqual(
      (formed['members'] as { participantRole: string }[]).map((member) => member.participantRole),
      ['pupil', 'tutor', 'tutor'],
    );
    const ownView = expectStatus(
      await api.applications({
        method: 'GET',
        route: '/applications/{applicationId}',
        pathParameters: { applicationId: pupil.applicationId },
        claims: pupil.applicant.claims,
      }),
      200,
      'the pupil’s own view',
    );
    assert.deepEqual(ownView['team'], { id: 'amur-code', name: 'Амурский код', as: 'member' });

    // Pupils and tutors take individual education tracks, mentors lead the teams; a pupil left out of every team stays at the school.
    await refuseMove(season, mentor.applicationId, 'education-tracks', 'participant-role-not-admitted');
    await refuseMove(season, pupil.applicationId, 'project-work', 'participant-role-not-admitted');
    for (const learner of [pupil, tutor, quitter]) await decide(season, learner.applicationId, 'education-tracks');
    await decide(season, mentor.applicationId, 'project-work');
    await refuseMove(season, loner.applicationId, 'education-tracks', 'not-in-team');

    // A tutor leaves during the education tracks: their own withdrawal, staff are owed a notice.
    expectStatus(await withdraw(quitter.applicationId, quitter.applicant), 200, 'the tutor’s withdrawal');
    assert.equal((await viewOf(season, quitter.applicationId)).stage, 'withdrawn');
    await refuseMove(season, quitter.applicationId, 'project-work', 'no-such-transition');

    // Team projects, the presentation at the forums, then the talent pool.
    for (const learner of [pupil, tutor]) await decide(season, learner.applicationId, 'project-work');
    for (const member of [pupil, tutor, mentor]) await decide(season, member.applicationId, 'presentation');
    assertRefused(await withdraw(pupil.applicationId, pupil.applicant), 409, 'withdrawal-not-allowed', 'withdrawing at the presentation');
    for (const member of [pupil, tutor, mentor]) await decide(season, member.applicationId, 'talent-pool');

    const school = ['created:->application', 'submitted:application->selection', 'stage-changed:selection->regional-school'];
    const finale = ['stage-changed:project-work->presentation', 'stage-changed:presentation->talent-pool'];
    for (const learner of [pupil, tutor]) {
      assert.deepEqual((await viewOf(season, learner.applicationId)).history, [
        ...school,
        'stage-changed:regional-school->education-tracks',
        'stage-changed:education-tracks->project-work',
        ...finale,
      ]);
    }
    assert.deepEqual((await viewOf(season, mentor.applicationId)).history, [
      ...school,
      'stage-changed:regional-school->project-work',
      ...finale,
    ]);
    assert.deepEqual((await viewOf(season, quitter.applicationId)).history, [
      ...school,
      'stage-changed:regional-school->education-tracks',
      'withdrawn:education-tracks->withdrawn',
    ]);
    assert.deepEqual((await viewOf(season, unselected.applicationId)).history, [
      ...school.slice(0, 2),
      'stage-changed:selection->not-selected',
    ]);
    assert.equal((await viewOf(season, oldTutor.applicationId)).stage, 'application');
    assert.deepEqual((await viewOf(season, loner.applicationId)).history, school);

    assert.deepEqual(await pendingEffectsOf(season, pupil.applicationId), []);
    // The move requested the certificate. The issuer works over the whole table, so another test file's
    // run may already have issued it: either state shows the request was made, exactly once.
    const requested = await certificatesOf(season.seasonId, pupil.applicationId);
    assert.ok(
      ['talent-pool:requested', 'talent-pool:issued'].includes(String(requested[0])) && requested.length === 1,
      JSON.stringify(requested),
    );
    assert.deepEqual(await certificatesOf(season.seasonId, quitter.applicationId), []);
    await runIssuer();
    assert.deepEqual(await certificatesOf(season.seasonId, pupil.applicationId), ['talent-pool:issued']);
    assert.deepEqual(await pendingEffectsOf(season, quitter.applicationId), []);
    assert.ok(await staffNoticeOf(quitter.applicationId, 'education-tracks', 'withdrawn'), 'staff notice of the withdrawal');
  });
});
