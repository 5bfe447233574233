import { certificatesOf } from '../../support/requested-certificates.ts';
import { runIssuer } from '../../support/run-issuer.ts';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import type { SaveProfileInput } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import { birthDateForAge } from '../../support/applicant-profiles.ts';
import { partnerClaims } from '../../support/claims.ts';
import { registerMinistry } from '../../support/partner-organisations.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { waitFor } from '../../support/wait-for.ts';
import { bookInterview, eventStarted, interviewed, interviewers, scheduleEvent } from './interview-steps.ts';
import {
  api,
  applicantWith,
  assertRefused,
  decide,
  draftOf,
  expectStatus,
  learningPlatform,
  openedSeason,
  pendingEffectsOf,
  refuseMove,
  runGate,
  stageOf,
  submit,
  uploadPdf,
  viewOf,
  withdraw,
  type Applicant,
  type Season,
} from './pipeline-world.ts';

/**
 * ПроКадры (issue 4, point 6) through its own pipeline: applicants of each track apply, the
 * application campaign's gate starts the education block, progress arrives from the learning
 * platform and a staff CSV, the shortlist gate takes the shortlisted to interviews and the rest
 * out, beginners go to regional internships while young and PRO interview with federal ministries,
 * and the finalists close the season. Interviews are booked, held and scored, and their scores move
 * the applications; internships have no capability yet: staff decisions move them.
 */
const GMU = 'Государственное и муниципальное управление';

const profileAged = (season: Season, age: number, changes: Partial<SaveProfileInput> = {}): SaveProfileInput => ({
  ...baseProfile(),
  birthDate: birthDateForAge(season.referenceDate, age),
  ...changes,
});

/** Studies outside public administration, never served: the beginner track. */
const beginnerProfile = (season: Season) => profileAged(season, 21);
/** Public-administration studies, no service: the young track. */
const youngProfile = (season: Season) =>
  profileAged(season, 24, {
    education: [
      {
        institution: 'РАНХиГС',
        field: GMU,
        level: 'master',
        graduationYear: Number(season.referenceDate.slice(0, 4)) + 1,
        publicAdministration: true,
      },
    ],
  });
/** Serving in a municipal administration with a public-administration degree: the PRO track. */
const proProfile = (season: Season) =>
  profileAged(season, 31, {
    education: [
      { institution: 'Уральский институт управления', field: GMU, level: 'bachelor', graduationYear: 2016, publicAdministration: true },
    ],
    workExperience: [{ organisation: 'Администрация г. Перми', role: 'Главный специалист', publicService: true, from: '2017-09-01' }],
  });

interface Participant {
  readonly applicant: Applicant;
  readonly applicationId: string;
}

/** Consent, profile, a filled draft and a verified résumé uploaded to storage, then the submit. */
const applyAndSubmit = async (season: Season, profile: SaveProfileInput, level: 'regional' | 'federal'): Promise<Participant> => {
  const applicant = await applicantWith(profile);
  const applicationId = await draftOf(season, applicant, {
    preferredInternshipLevel: level,
    internshipJustification: 'Хочу понять, как готовятся решения для моего региона.',
    answers: { motivation: 'Хочу работать на государственной службе.' },
  });
  await uploadPdf(applicationId, applicant, 'resume');
  expectStatus(await submit(applicationId, applicant), 200, 'the submit');
  return { applicant, applicationId };
};

const postEvents = (season: Season, events: readonly object[]) =>
  api.education({
    method: 'POST',
    route: '/seasons/{seasonId}/education/events',
    pathParameters: { seasonId: season.seasonId },
    claims: learningPlatform(season),
    body: { events },
  });

const progress = (applicationId: string, kind: 'webinar-watched' | 'broadcast-attended', itemId: string) => ({
  eventId: `evt-${randomUUID()}`,
  applicationId,
  kind,
  itemId,
  at: new Date().toISOString(),
});

const completionOf = async (season: Season, applicationId: string) =>
  expectStatus(
    await api.education({
      method: 'GET',
      route: '/applications/{applicationId}/education',
      pathParameters: { applicationId },
      claims: season.staff,
    }),
    200,
    'the education view',
  )['completion'] as { track: string; meetsShortlistRule: boolean };

describe('ПроКадры through its whole pipeline', { timeout: 180_000 }, () => {
  it('takes beginner, young and PRO applicants from the application campaign to their internships and the closing, refusing every move the programme does not allow', async () => {
    const season = await openedSeason('prokadry', [
      { id: 'motivation', kind: 'text', required: true, maxLength: 1000, label: { ru: 'Мотивация', en: 'Motivation' } },
    ]);

    // The application campaign: the track rules segment the applicants by their profile facts.
    const beginner = await applyAndSubmit(season, beginnerProfile(season), 'regional');
    const dropout = await applyAndSubmit(season, beginnerProfile(season), 'regional');
    const young = await applyAndSubmit(season, youngProfile(season), 'federal');
    const pro = await applyAndSubmit(season, proProfile(season), 'federal');
    const tracks = await Promise.all([beginner, dropout, young, pro].map(async ({ applicationId }) => viewOf(season, applicationId)));
    assert.deepEqual(
      tracks.map((view) => [view.stage, view.track]),
      [
        ['screening', 'beginner'],
        ['screening', 'beginner'],
        ['screening', 'young'],
        ['screening', 'pro'],
      ],
    );

    // Outside the 18–35 range: refused at submission with the reason, and it stays a draft.
    const tooOld = await applicantWith(profileAged(season, 40));
    const tooOldDraft = await draftOf(season, tooOld, {
      preferredInternshipLevel: 'regional',
      internshipJustification: 'Опыт',
      answers: { motivation: 'Опыт' },
    });
    await uploadPdf(tooOldDraft, tooOld, 'resume');
    const refusedSubmit = await submit(tooOldDraft, tooOld);
    assertRefused(refusedSubmit, 422, 'not-eligible', 'a 40-year-old’s submit');
    assert.deepEqual(
      (refusedSubmit.body['errors'] as { field: string; code: string }[]).map((error) => [error.field, error.code]),
      [['profile.birthDate', 'age-out-of-range']],
    );
    assert.equal((await viewOf(season, tooOldDraft)).stage, 'application');

    // Screening has no way to the interviews; the campaign's gate starts the education block for everyone screened.
    await refuseMove(season, young.applicationId, 'interview', 'no-such-transition');
    const campaign = await runGate(season, 'screening', 'education');
    assert.deepEqual([campaign.status, campaign.seen, campaign.moved, campaign.skipped, campaign.failures], ['succeeded', 4, 4, 0, []]);
    assert.equal((await viewOf(season, tooOldDraft)).stage, 'application', 'a draft is not screened, so the gate leaves it');

    // The education block: course levels per track, progress from the learning platform and from a staff CSV.
    const until = new Date(Date.now() + 20 * 24 * 60 * 60 * 1000).toISOString();
    const title = { ru: 'Курс', en: 'Course' };
    expectStatus(
      await api.education({
        method: 'PUT',
        route: '/seasons/{seasonId}/courses',
        pathParameters: { seasonId: season.seasonId },
        claims: season.staff,
        body: {
          version: 0,
          webinars: [
            { id: 'public-service-basics', title, accessUntil: until, tracks: ['beginner', 'young'] },
            { id: 'project-management', title, accessUntil: until, tracks: ['beginner', 'young', 'pro'] },
            { id: 'federal-policy-advanced', title, accessUntil: until, tracks: ['pro'] },
          ],
          broadcasts: [
            { id: 'live-governor', title, scheduledAt: until, tracks: ['beginner', 'young', 'pro'] },
            { id: 'live-minister', title, scheduledAt: until, tracks: ['beginner', 'young', 'pro'] },
          ],
        },
      }),
      200,
      'the course catalogue',
    );
    const watched = (participant: Participant) => [
      progress(participant.applicationId, 'webinar-watched', 'public-service-basics'),
      progress(participant.applicationId, 'webinar-watched', 'project-management'),
      progress(participant.applicationId, 'broadcast-attended', 'live-governor'),
    ];
    const events = [
      ...watched(beginner),
      ...watched(young),
      progress(dropout.applicationId, 'webinar-watched', 'public-service-basics'),
      progress(randomUUID(), 'webinar-watched', 'project-management'),
    ];
    const reported = expectStatus(await postEvents(season, events), 200, 'the platform’s events');
    assert.deepEqual(
      (reported['outcomes'] as { outcome: string }[]).map((entry) => entry.outcome),
      ['recorded', 'recorded', 'recorded', 'recorded', 'recorded', 'recorded', 'recorded', 'unknown-participant'],
    );
    const replayed = expectStatus(await postEvents(season, events.slice(0, 3)), 200, 'the platform’s replay');
    assert.deepEqual(
      (replayed['outcomes'] as { outcome: string }[]).map((entry) => entry.outcome),
      ['duplicate', 'duplicate', 'duplicate'],
    );

    const at = new Date().toISOString();
    const csv = [
      'applicationId;kind;itemId;at',
      `${pro.applicationId};webinar-watched;federal-policy-advanced;${at}`,
      `${pro.applicationId};webinar-watched;project-management;${at}`,
      `${pro.applicationId};broadcast-attended;live-minister;${at}`,
      `${dropout.applicationId};webinar-watched;federal-policy-advanced;${at}`,
      `${pro.applicationId};webinar-watched;no-such-course;${at}`,
    ].join('\n');
    const report = expectStatus(
      await api.education({
        method: 'POST',
        route: '/seasons/{seasonId}/education/imports',
        pathParameters: { seasonId: season.seasonId },
        claims: season.staff,
        rawBody: csv,
        headers: { 'content-type': 'text/csv' },
      }),
      200,
      'the CSV import',
    );
    assert.deepEqual([report['rows'], report['recorded'], report['rejected']], [5, 3, 2]);
    assert.deepEqual(
      (report['problems'] as { row: number; code: string }[]).map((problem) => [problem.row, problem.code]),
      [
        [5, 'not-in-track'],
        [6, 'unknown-item'],
      ],
    );

    // Completion by the programme's rule: every recorded webinar of the track and half the broadcasts.
    for (const [participant, track, meets] of [
      [beginner, 'beginner', true],
      [dropout, 'beginner', false],
      [young, 'young', true],
      [pro, 'pro', true],
    ] as const) {
      assert.deepEqual(
        await completionOf(season, participant.applicationId).then((completion) => [completion.track, completion.meetsShortlistRule]),
        [track, meets],
      );
    }

    // The shortlist gate: the shortlisted go to the interviews, the other is refused with the reason and stays.
    await refuseMove(season, dropout.applicationId, 'interview', 'not-shortlisted');
    const shortlist = await runGate(season, 'education', 'interview');
    assert.deepEqual(
      [shortlist.status, shortlist.seen, shortlist.moved, shortlist.skipped, shortlist.skippedReasons],
      ['succeeded', 4, 3, 1, { 'not-shortlisted': 1 }],
    );
    assert.equal((await viewOf(season, dropout.applicationId)).stage, 'education');
    const rerun = await runGate(season, 'education', 'interview');
    assert.deepEqual([rerun.seen, rerun.moved, rerun.skipped], [1, 0, 1], 'running the gate again moves no one');
    const closing = await runGate(season, 'education', 'not-selected');
    assert.deepEqual([closing.seen, closing.moved], [1, 1]);
    assert.equal((await viewOf(season, dropout.applicationId)).stage, 'not-selected');

    // Interviews: in person in the applicants' federal district (Perm: the Volga one) or over a
    // video call. The panel's score moves the beginner to a regional internship and young and PRO
    // on to the federal ministries (a `system` move); a decision by hand waits for the score too.
    await refuseMove(season, beginner.applicationId, 'federal-interview', 'track-not-admitted');
    await refuseMove(season, young.applicationId, 'regional-internship', 'track-not-admitted');
    await refuseMove(season, beginner.applicationId, 'regional-internship', 'rubric-score-unavailable');
    const panel = await interviewers(season, 2, ['public-administration']);
    const firstRound = { stage: 'interview', rubricId: 'expert-interview', panel: panel.map((member) => member['sub']) };
    const kazan = await scheduleEvent(
      season,
      'kazan',
      { ...firstRound, format: 'offline', federalDistrict: 'volga', city: 'Казань', venue: 'ул. Кремлёвская, 18' },
      12_000,
    );
    await scheduleEvent(season, 'online', { ...firstRound, format: 'online', videoCallUrl: 'https://meet.example.org/prokadry' }, 12_000);
    await bookInterview(beginner.applicationId, beginner.applicant, 'kazan');
    await bookInterview(young.applicationId, young.applicant, 'online');
    await bookInterview(pro.applicationId, pro.applicant, 'kazan');
    await eventStarted(kazan);
    const goodInterview = { motivation: 8, experience: 7, initiatives: 8, 'internship-choice': 7 };
    await interviewed(season, 'kazan', beginner.applicationId, 'expert-interview', panel, goodInterview);
    await interviewed(season, 'online', young.applicationId, 'expert-interview', panel, goodInterview);
    await interviewed(season, 'kazan', pro.applicationId, 'expert-interview', panel, goodInterview);
    for (const [participant, stage] of [
      [beginner, 'regional-internship'],
      [young, 'federal-interview'],
      [pro, 'federal-interview'],
    ] as const) {
      await waitFor(async () => (await stageOf(season, participant.applicationId)) === stage || undefined, {
        timeoutMs: 30_000,
        description: `the interview score to move ${participant.applicationId} to ${stage}`,
      });
    }

    // The federal ministry interviews its candidates over a video call, its own people on the
    // panel; the summary sheet is needed before a federal internship, and the ministry's score
    // then picks the finalists.
    await refuseMove(season, young.applicationId, 'federal-internship', 'document-missing');
    const { id: minfinId } = await registerMinistry();
    const ministry = [0, 1, 2].map(() => partnerClaims(season.programmeId, minfinId));
    const minfin = await scheduleEvent(
      season,
      'minfin',
      {
        stage: 'federal-interview',
        rubricId: 'ministry-interview',
        format: 'online',
        videoCallUrl: 'https://meet.minfin.example.org/prokadry',
        panel: ministry.map((member) => member['sub']),
        ownerOrganisation: minfinId,
      },
      8_000,
    );
    for (const finalist of [young, pro]) {
      await uploadPdf(finalist.applicationId, finalist.applicant, 'summary-sheet');
      await bookInterview(finalist.applicationId, finalist.applicant, 'minfin');
    }
    await eventStarted(minfin);
    for (const finalist of [young, pro]) {
      await interviewed(season, 'minfin', finalist.applicationId, 'ministry-interview', ministry, {
        fit: 8,
        background: 7,
        presentation: 9,
      });
      await waitFor(async () => (await stageOf(season, finalist.applicationId)) === 'federal-internship' || undefined, {
        timeoutMs: 30_000,
        description: `the ministry's score to make ${finalist.applicationId} a finalist`,
      });
    }
    // A finalist can no longer withdraw (the programme closes withdrawal after the ministry interview).
    assertRefused(await withdraw(young.applicationId, young.applicant), 409, 'withdrawal-closed', 'a finalist’s withdrawal');

    // The closing event, then completion.
    for (const participant of [beginner, young, pro]) {
      await refuseMove(season, participant.applicationId, 'completed', 'no-such-transition');
      await decide(season, participant.applicationId, 'closing');
      await decide(season, participant.applicationId, 'completed');
    }

    const common = [
      'created:->application',
      'submitted:application->screening',
      'stage-changed:screening->education',
      'stage-changed:education->interview',
    ];
    assert.deepEqual((await viewOf(season, beginner.applicationId)).history, [
      ...common,
      'stage-changed:interview->regional-internship',
      'stage-changed:regional-internship->closing',
      'stage-changed:closing->completed',
    ]);
    // The applicant moved it in; the interview's score moved it on (the system, on the rubric); every
    // other move (gates included) names the staff member who decided it.
    const staff = `staff:${season.staff['sub']}`;
    assert.deepEqual((await viewOf(season, beginner.applicationId)).actors, [
      'applicant',
      'applicant',
      staff,
      staff,
      'system:rubric:expert-interview',
      staff,
      staff,
    ]);
    for (const finalist of [young, pro]) {
      assert.deepEqual((await viewOf(season, finalist.applicationId)).history, [
        ...common,
        'stage-changed:interview->federal-interview',
        'stage-changed:federal-interview->federal-internship',
        'stage-changed:federal-internship->closing',
        'stage-changed:closing->completed',
      ]);
    }
    assert.deepEqual((await viewOf(season, dropout.applicationId)).history, [
      ...common.slice(0, 3),
      'stage-changed:education->not-selected',
    ]);

    // Everyone who completed has the graduate's certificate requested, and nothing is owed. The finalists' data release
    // was carried out (these finalists gave no consent to share, so it released nothing: see the releases' tests).
    for (const graduate of [young, beginner]) {
      assert.deepEqual(await pendingEffectsOf(season, graduate.applicationId), []);
      assert.deepEqual(await certificatesOf(season.seasonId, graduate.applicationId), ['graduate:requested']);
    }
    assert.deepEqual(await certificatesOf(season.seasonId, dropout.applicationId), []);
    // The issuer signs and renders them off the move's path.
    await runIssuer();
    for (const graduate of [young, beginner])
      assert.deepEqual(await certificatesOf(season.seasonId, graduate.applicationId), ['graduate:issued']);
  });
});
