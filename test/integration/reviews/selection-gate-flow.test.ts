import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { wiring as calendarWiring } from '../../../functions/calendar/wiring.ts';
import { calendarGateRunId } from '../../../shared/progression/domain/calendar-gate-run-id.ts';
import type { GateRunView } from '../../../shared/progression/gate-run-view.ts';
import { birthDateForAge } from '../../support/applicant-profiles.ts';
import { waitFor } from '../../support/wait-for.ts';
import { api, assertRefused, expectStatus, openedSeason, runGate, submit, viewOf, type Season } from '../pipelines/pipeline-world.ts';
import { scopedTick } from '../workflow/scoped-tick.ts';
import {
  aggregateOf,
  givenADraft,
  givenAPanel,
  personNamed,
  reviewersOf,
  whenStaffRunTheAssignment,
  whenTheExpertScores,
  type Candidate,
} from './review-flow-world.ts';

/**
 * Кадры будущего's selection is a cohort gate, not a move per review: the commission's experts
 * score every applicant on the selection rubric, and when the selection window closes the season
 * calendar runs the `selection -> regional-school` gate as the platform (`system`), whose
 * `rubricScore` guard admits those scoring at least 6. Those below, or not yet scored, stay in
 * selection with the guard's reason counted in the gate run's report, for staff to close.
 */
const RUBRIC = 'selection';
const DAY = 24 * 60 * 60 * 1000;
const calendar = calendarWiring();
const ourSeasons = new Set<string>();

/** The calendar tick of the `calendar` Lambda, as it runs at `at` (only this file's seasons: scoped-tick.ts). */
const tickAt = (at: Date) => scopedTick({ ...calendar, clock: () => at }, () => ourSeasons)();

/** A season whose selection window closes in three weeks into the scored admission gate. */
const givenASelectionSeason = async (): Promise<Season & { readonly selectionCloses: Date }> => {
  const selectionCloses = new Date(Date.now() + 21 * DAY);
  const season = await openedSeason(
    'kadry-budushchego',
    [{ id: 'motivation', kind: 'text', required: true, maxLength: 1000, label: { ru: 'Мотивация', en: 'Motivation' } }],
    [
      {
        stage: 'selection',
        opensAt: new Date().toISOString(),
        closesAt: selectionCloses.toISOString(),
        closeGate: { to: 'regional-school' },
      },
    ],
  );
  ourSeasons.add(season.seasonId);
  return { ...season, selectionCloses };
};

/** An adult applying as `participantRole` (tutors 18–21, mentors), submitted into selection. */
const givenAnApplicantInSelection = async (season: Season, surname: string, participantRole: string, age: number): Promise<Candidate> => {
  const candidate = await givenADraft(season, personNamed(surname, { birthDate: birthDateForAge(season.referenceDate, age) }), {
    participantRole,
    answers: { motivation: 'Хочу, чтобы в Свободном появился технопарк для школьников.' },
  });
  expectStatus(await submit(candidate.applicationId, candidate.applicant), 200, 'the submit');
  assert.equal((await viewOf(season, candidate.applicationId)).stage, 'selection');
  return candidate;
};

/** The ids of the season's calendar jobs, as staff list them. */
const calendarJobsOf = async (season: Season): Promise<string[]> => {
  const listed = expectStatus(
    await api.applications({
      method: 'GET',
      route: '/seasons/{seasonId}/calendar-jobs',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
    }),
    200,
    'the calendar jobs',
  );
  return (listed['items'] as { id: string }[]).map((job) => job.id);
};

const gateRunOf = async (season: Season, gateRunId: string): Promise<GateRunView> =>
  expectStatus(
    await api.applications({
      method: 'GET',
      route: '/seasons/{seasonId}/gates/{gateRunId}',
      pathParameters: { seasonId: season.seasonId, gateRunId },
      claims: season.staff,
    }),
    200,
    'the gate run',
  ) as unknown as GateRunView;

describe('Кадры будущего: selection by the commission’s scores at the selection gate', { timeout: 180_000 }, () => {
  it('admits to the regional school those whose score passes when the calendar closes selection, and reports why the rest stayed', async () => {
    const season = await givenASelectionSeason();
    const [admitted, low, unscored] = await Promise.all([
      givenAnApplicantInSelection(season, 'Проходнова', 'tutor', 19),
      givenAnApplicantInSelection(season, 'Низова', 'tutor', 20),
      givenAnApplicantInSelection(season, 'Недооценова', 'mentor', 41),
    ]);
    const panel = await givenAPanel(season, 2, 5, { competences: ['youth-work'] });
    const run = await whenStaffRunTheAssignment(season, RUBRIC);
    assert.equal(run.assignments.length, 6, 'everyone in selection gets the rubric’s two experts');

    for (const expert of reviewersOf(run, admitted.applicationId, panel))
      await whenTheExpertScores(expert, admitted, RUBRIC, { motivation: 9, activity: 8, 'regional-focus': 9 });
    for (const expert of reviewersOf(run, low.applicationId, panel))
      await whenTheExpertScores(expert, low, RUBRIC, { motivation: 4, activity: 5, 'regional-focus': 4 });
    const [onlyOne] = reviewersOf(run, unscored.applicationId, panel);
    await whenTheExpertScores(onlyOne ?? assert.fail('no reviewer'), unscored, RUBRIC, { motivation: 8, activity: 8, 'regional-focus': 8 });

    const passing = await aggregateOf(season, admitted.applicationId, RUBRIC);
    const failing = await aggregateOf(season, low.applicationId, RUBRIC);
    assert.deepEqual([passing?.method, passing?.score, passing?.passed], ['mean', 8.7, true]);
    assert.deepEqual([failing?.score, failing?.passed], [4.3, false]);
    assert.equal(await aggregateOf(season, unscored.applicationId, RUBRIC), undefined, 'one review of two is no score');
    // The scores alone move nobody: the gate admits the cohort together.
    assert.equal((await viewOf(season, admitted.applicationId)).stage, 'selection');
    // Nor may staff run the scored gate early: it is the platform's, at the window's close.
    assertRefused(
      await api.applications({
        method: 'POST',
        route: '/seasons/{seasonId}/gates',
        pathParameters: { seasonId: season.seasonId },
        claims: season.staff,
        body: { from: 'selection', to: 'regional-school' },
      }),
      409,
      'not-a-gate',
      'staff running the scored gate',
    );

    // The selection window closes: the calendar's tick runs the gate as the platform.
    await waitFor(async () => (await calendarJobsOf(season)).includes('gate-selection'), {
      description: 'the opened season’s selection gate job',
    });
    const early = await tickAt(new Date(season.selectionCloses.getTime() - 60_000));
    assert.equal(early.jobs['started'] ?? 0, 0, 'nothing runs before the window closes');
    const closing = await tickAt(new Date(season.selectionCloses.getTime() + 60_000));
    assert.ok((closing.jobs['started'] ?? 0) >= 1, JSON.stringify(closing));
    const gateRunId = calendarGateRunId(season.seasonId, 'gate-selection');
    const report = await waitFor(
      async () => {
        const gate = await gateRunOf(season, gateRunId);
        return gate.status !== 'running' && gate;
      },
      { description: 'the selection gate to end', timeoutMs: 60_000 },
    );
    assert.deepEqual(
      [report.status, report.actor, report.seen, report.moved, report.skipped, report.skippedReasons],
      ['succeeded', 'system', 3, 1, 2, { 'rubric-score-too-low': 1, 'rubric-score-unavailable': 1 }],
    );
    const school = await viewOf(season, admitted.applicationId);
    assert.deepEqual(
      [school.stage, school.history.at(-1), school.actors.at(-1)],
      ['regional-school', 'stage-changed:selection->regional-school', 'system:calendar:gate-selection'],
    );
    for (const stayed of [low, unscored]) assert.equal((await viewOf(season, stayed.applicationId)).stage, 'selection');

    // Staff close the selection: everyone the scores did not admit is told they were not selected.
    const refused = await runGate(season, 'selection', 'not-selected');
    assert.deepEqual([refused.seen, refused.moved, refused.skipped], [2, 2, 0]);
    for (const rest of [low, unscored]) assert.equal((await viewOf(season, rest.applicationId)).stage, 'not-selected');
  });
});
