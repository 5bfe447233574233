import { certificatesOf } from '../../support/requested-certificates.ts';
import { runIssuer } from '../../support/run-issuer.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { birthDateForAge } from '../../support/applicant-profiles.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import {
  applicantWith,
  assertRefused,
  decide,
  draftOf,
  expectStatus,
  openedSeason,
  pendingEffectsOf,
  staffNoticeOf,
  refuseMove,
  submit,
  uploadPdf,
  viewOf,
  withdraw,
  type Applicant,
  type Season,
} from './pipeline-world.ts';

/**
 * Объединение наставников (issue 4, point 6) through its own pipeline: a mentee applies with a
 * résumé and a project description, the application is reviewed, experts evaluate the project, a
 * mentor agrees to take it, the mentee accepts the invitation, they hold the mentoring session and
 * the summing up completes it with a certificate and a recommendation letter owed. Here staff
 * decisions move every stage, the expert evaluation's included (the panel's decision recorded by
 * hand); the move on the experts' scores is test/integration/reviews/mentoring-review-flow.test.ts.
 */
interface Mentee {
  readonly applicant: Applicant;
  readonly applicationId: string;
}

/** A draft with the project described and the résumé verified; the project file is left to the caller. */
const menteeDraft = async (season: Season, age: number): Promise<Mentee> => {
  const applicant = await applicantWith({ ...baseProfile(), birthDate: birthDateForAge(season.referenceDate, age) });
  const applicationId = await draftOf(season, applicant, {
    projectDescription: 'Сервис для подбора волонтёров в малых городах Мурманской области.',
    answers: { project: 'Волонтёры Севера' },
  });
  await uploadPdf(applicationId, applicant, 'resume');
  return { applicant, applicationId };
};

const submittedMentee = async (season: Season, age: number): Promise<Mentee> => {
  const mentee = await menteeDraft(season, age);
  await uploadPdf(mentee.applicationId, mentee.applicant, 'project-description');
  expectStatus(await submit(mentee.applicationId, mentee.applicant), 200, 'the submit');
  return mentee;
};

describe('Объединение наставников through its whole pipeline', { timeout: 180_000 }, () => {
  it('takes a mentee from the application through expert evaluation, mentor agreement and the session to the summing up, refusing every move the programme does not allow', async () => {
    const season = await openedSeason('obedinenie-nastavnikov', [
      { id: 'project', kind: 'text', required: true, maxLength: 300, label: { ru: 'Название проекта', en: 'Project title' } },
    ]);

    // The project description file is required: the submit names exactly what is missing, and nothing moves.
    const mentee = await menteeDraft(season, 27);
    const incomplete = await submit(mentee.applicationId, mentee.applicant);
    assertRefused(incomplete, 422, 'not-eligible', 'a submit without the project file');
    assert.deepEqual(
      (incomplete.body['errors'] as { field: string; code: string }[]).map((error) => [error.field, error.code]),
      [['documents.project-description', 'document-missing']],
    );
    assert.equal((await viewOf(season, mentee.applicationId)).stage, 'application');
    await uploadPdf(mentee.applicationId, mentee.applicant, 'project-description');
    expectStatus(await submit(mentee.applicationId, mentee.applicant), 200, 'the submit');
    assert.equal((await viewOf(season, mentee.applicationId)).stage, 'application-review');

    const rejected = await submittedMentee(season, 35);
    const decliner = await submittedMentee(season, 22);

    // Application review: no skipping the experts; a rejected application ends there.
    await refuseMove(season, mentee.applicationId, 'mentor-agreement', 'no-such-transition');
    await decide(season, rejected.applicationId, 'not-selected');
    await refuseMove(season, rejected.applicationId, 'expert-evaluation', 'no-such-transition');
    for (const accepted of [mentee, decliner]) await decide(season, accepted.applicationId, 'expert-evaluation');

    // Expert evaluation, then a mentor agrees and invites the mentee.
    await refuseMove(season, mentee.applicationId, 'invitation', 'no-such-transition');
    for (const evaluated of [mentee, decliner]) {
      await decide(season, evaluated.applicationId, 'mentor-agreement');
      await decide(season, evaluated.applicationId, 'invitation');
    }

    // Declining the invitation is the mentee's own withdrawal, the last stage it is allowed in.
    expectStatus(await withdraw(decliner.applicationId, decliner.applicant), 200, 'declining the invitation');
    assert.equal((await viewOf(season, decliner.applicationId)).stage, 'withdrawn');

    // Accepted: the session, then the summing up; past the invitation there is no withdrawing.
    await decide(season, mentee.applicationId, 'mentoring-session');
    assertRefused(
      await withdraw(mentee.applicationId, mentee.applicant),
      409,
      'withdrawal-closed',
      'withdrawing after the session started',
    );
    await refuseMove(season, mentee.applicationId, 'completed', 'no-such-transition');
    await decide(season, mentee.applicationId, 'summing-up');
    await decide(season, mentee.applicationId, 'completed');

    const toInvitation = [
      'created:->application',
      'submitted:application->application-review',
      'stage-changed:application-review->expert-evaluation',
      'stage-changed:expert-evaluation->mentor-agreement',
      'stage-changed:mentor-agreement->invitation',
    ];
    const view = await viewOf(season, mentee.applicationId);
    assert.deepEqual(view.history, [
      ...toInvitation,
      'stage-changed:invitation->mentoring-session',
      'stage-changed:mentoring-session->summing-up',
      'stage-changed:summing-up->completed',
    ]);
    assert.deepEqual(view.actors, ['applicant', 'applicant', ...Array<string>(6).fill(`staff:${season.staff['sub']}`)]);
    assert.deepEqual((await viewOf(season, decliner.applicationId)).history, [...toInvitation, 'withdrawn:invitation->withdrawn']);
    assert.deepEqual((await viewOf(season, rejected.applicationId)).history, [
      ...toInvitation.slice(0, 2),
      'stage-changed:application-review->not-selected',
    ]);

    // Staff hear of the session and of the decline at the programme's contact address.
    assert.ok(await staffNoticeOf(mentee.applicationId, 'invitation', 'mentoring-session'), 'staff notice of the session');
    assert.ok(await staffNoticeOf(decliner.applicationId, 'invitation', 'withdrawn'), 'staff notice of the decline');
    // The certificate is requested; the mentor's letter stays owed (no mentor agreed in this walk through the pipeline).
    assert.deepEqual(await pendingEffectsOf(season, mentee.applicationId), ['requestRecommendationLetter@completed']);
    assert.deepEqual(await certificatesOf(season.seasonId, mentee.applicationId), ['mentoring-completed:requested']);
    await runIssuer();
    assert.deepEqual(await certificatesOf(season.seasonId, mentee.applicationId), ['mentoring-completed:issued']);
    assert.deepEqual(await pendingEffectsOf(season, decliner.applicationId), []);
  });
});
