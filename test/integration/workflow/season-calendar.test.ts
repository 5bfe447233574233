import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { wiring as calendarWiring } from '../../../functions/calendar/wiring.ts';
import { wiring as workflowWiring } from '../../../functions/workflow/wiring.ts';
import { runWorkflowTask } from '../../../functions/workflow/handler.ts';
import { calendarGateRunId } from '../../../shared/progression/domain/calendar-gate-run-id.ts';
import { reminderMailId } from '../../../shared/progression/use-cases/reminders/process-reminder-page.ts';
import { runDueCalendarJobs } from '../../../shared/progression/use-cases/calendar/run-due-calendar-jobs.ts';
import type { GateRun } from '../../../shared/progression/gate-run-schema.ts';
import type { Programme } from '../../../shared/catalogue/domain/config/programme-schema.ts';
import { scheduleSeasonCalendar } from '../../../shared/progression/use-cases/calendar/schedule-season-calendar.ts';
import { applicantClaims } from '../../support/claims.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { waitFor } from '../../support/wait-for.ts';
import { call as callApplications, staffOf } from '../../support/application-fixtures.ts';
import { call as callProgrammes, seasonBody, staffClaims, uniqueId } from '../../support/call-programmes.ts';
import { mailsTo } from '../../support/mailbox.ts';
import { deliveredMailCounts, seasonInEducation, stagesAndMoves } from './gate-support.ts';
import { scopedDependencies, scopedTick } from './scoped-tick.ts';
import { stored } from '../../support/transition-support.ts';
import { freshGateRun } from '../../../shared/progression/domain/fresh-gate-run.ts';

/**
 * The season calendar (issue 4, points 3 and 5): a window's `closeGate` and the programme's
 * reminders become calendar jobs when the season opens; the `calendarTick` task (through the
 * workflow handler, on the test setup's Step Functions server) claims each due job once and starts
 * its run as the platform (`system`). Ticks here see only this file's seasons (scoped-tick.ts).
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const deps = calendarWiring();
const ourSeasons = new Set<string>();
const tick = scopedTick(deps, () => ourSeasons);
const iso = (offsetMs: number): string => new Date(Date.now() + offsetMs).toISOString();

const runEnded = (seasonId: string, runId: string): Promise<GateRun> =>
  waitFor(
    async () => {
      const run = await deps.gateRuns.find(seasonId, runId);
      return run !== undefined && run.status !== 'running' && run;
    },
    { description: `gate run ${runId} to end`, timeoutMs: 60_000, intervalMs: 50 },
  );

const jobsOf = async (seasonId: string, programmeId: string) => {
  const listed = await callApplications({
    method: 'GET',
    route: '/seasons/{seasonId}/calendar-jobs',
    pathParameters: { seasonId },
    claims: staffOf(programmeId),
  });
  assert.equal(listed.status, 200, JSON.stringify(listed.body));
  return listed.body['items'] as { id: string; status: string; outcome?: string; dueAt: string; gateRunId?: string; detail?: string }[];
};

describe('season calendar: closing gates', () => {
  it('refuses a closeGate the pipeline does not allow the platform to run, naming the field', async () => {
    const programmeId = uniqueId('prog');
    assert.equal(
      (
        await callProgrammes({
          method: 'POST',
          route: '/programmes',
          claims: staffClaims,
          body: { id: programmeId, templateId: 'prokadry' },
        })
      ).status,
      201,
    );
    const attempt = (calendar: unknown) =>
      callProgrammes({
        method: 'POST',
        route: '/programmes/{programmeId}/seasons',
        pathParameters: { programmeId },
        claims: staffClaims,
        body: { ...seasonBody(uniqueId('season')), calendar },
      });
    const [application, education] = seasonBody('x').calendar;

    const refused = await attempt([
      { ...application, closeGate: { to: 'screening' } },
      { ...education, closeGate: { to: 'nowhere' } },
    ]);
    assert.equal(refused.status, 400, JSON.stringify(refused.body));
    const errors = (refused.body['errors'] as { field: string; code: string }[]).map((error) => `${error.field} ${error.code}`).sort();
    // application -> screening is the applicant's submission, not a gate the platform may run; `nowhere` is no stage.
    assert.deepEqual(errors, ['body.calendar.0.closeGate.to actor-not-allowed', 'body.calendar.1.closeGate.to unknown-stage']);

    const notAGate = await attempt([application, { ...education, stage: 'screening', closeGate: { to: 'not-selected' } }]);
    assert.equal(notAGate.status, 400, JSON.stringify(notAGate.body));
    assert.deepEqual(
      (notAGate.body['errors'] as { field: string; code: string }[]).map((error) => `${error.field} ${error.code}`),
      ['body.calendar.1.closeGate.to not-a-gate'],
    );

    const accepted = await attempt([application, { ...education, closeGate: { to: 'interview' } }]);
    assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
  });

  it('opening writes the jobs; a due gate job starts its gate once as the platform, waits while the gate is busy, and is never run again', async () => {
    const closesAt = iso(-60_000);
    const calendar = [
      { stage: 'application', opensAt: iso(-20 * DAY), closesAt: iso(-10 * DAY) },
      { stage: 'education', opensAt: iso(-9 * DAY), closesAt, closeGate: { to: 'interview' } },
    ];
    const { seasonId, programmeId, applicants } = await seasonInEducation(24, (index) => index % 3 !== 0, { season: { calendar } });
    ourSeasons.add(seasonId);

    // The openSeason machine's publish task (the season is open already: it changes nothing but the plan).
    assert.deepEqual(await runWorkflowTask(workflowWiring(), { task: 'publishSeason', input: { programmeId, seasonId } }), {
      status: 'open',
      changed: false,
    });
    await runWorkflowTask(workflowWiring(), { task: 'publishSeason', input: { programmeId, seasonId } });
    const planned = await jobsOf(seasonId, programmeId);
    assert.deepEqual(
      planned.map((job) => [job.id, job.status, job.dueAt]),
      [['gate-education', 'pending', new Date(closesAt).toISOString()]],
    );

    // Another run holds the gate: the job stays pending, marked busy, and is tried again later.
    const blocker = { ...(await blockingRun(seasonId, programmeId)) };
    const busy = await runDueCalendarJobs(
      scopedDependencies(deps, () => ourSeasons),
      new Date(),
    );
    assert.deepEqual(
      busy.map((report) => report.outcome),
      ['gate-busy'],
    );
    assert.deepEqual(
      (await jobsOf(seasonId, programmeId)).map((job) => [job.status, job.outcome]),
      [['pending', 'gate-busy']],
    );
    await deps.gateRuns.finish(blocker, 'failed', new Date().toISOString());

    // Two ticks at once: one claims and starts the gate, the other finds it taken.
    const ticks = await Promise.all([tick(), tick()]);
    assert.equal(
      ticks.reduce((sum, result) => sum + (result.jobs['started'] ?? 0), 0),
      1,
      JSON.stringify(ticks),
    );
    const runId = calendarGateRunId(seasonId, 'gate-education');
    const [job] = await jobsOf(seasonId, programmeId);
    assert.deepEqual([job?.status, job?.outcome, job?.gateRunId], ['done', 'started', runId]);

    const run = await runEnded(seasonId, runId);
    assert.deepEqual(
      [run.status, run.actor, run.startedBy, run.from, run.to],
      ['succeeded', 'system', 'calendar:gate-education', 'education', 'interview'],
    );
    const eligible = applicants.filter((applicant) => applicant.shortlisted);
    assert.deepEqual([run.seen, run.moved, run.skipped], [applicants.length, eligible.length, applicants.length - eligible.length]);
    for (const application of await stagesAndMoves(applicants, 'interview')) {
      assert.deepEqual([application.stage, application.moves], application.shortlisted ? ['interview', 1] : ['education', 0]);
    }
    const { events } = await stored(eligible[0]?.applicationId ?? assert.fail('no eligible'));
    assert.equal(events.find((event) => event['toStage'] === 'interview')?.['actor'], 'system:calendar:gate-education');

    // Done is done: later ticks find nothing due, and no second run appears.
    const later = await tick();
    assert.deepEqual(later.jobs, {});
    assert.equal((await deps.gateRuns.find(seasonId, runId))?.executions, 1);
  });
});

/** A run of the season's education -> interview gate holding its lock, with no execution: what a run busy elsewhere looks like to the lock. */
const blockingRun = async (seasonId: string, programmeId: string): Promise<GateRun> => {
  const run = freshGateRun(
    { id: randomUUID(), seasonId, programmeId, from: 'education', to: 'interview', startedBy: 'staff-test' },
    deps.gateRuns.shards,
    new Date().toISOString(),
  );
  assert.deepEqual(await deps.gateRuns.start(run), { outcome: 'claimed' });
  return run;
};

describe('season calendar: reminders before a window closes', () => {
  it('reminds every application still in the stage, at most the cap per person per season, once however often it runs', async () => {
    const reminders = { stages: ['education'], hoursBeforeClose: [168, 24], maxPerPersonPerSeason: 1 };
    const closesAt = iso(23 * HOUR);
    const calendar = [
      { stage: 'application', opensAt: iso(-30 * DAY), closesAt: iso(-21 * DAY) },
      { stage: 'education', opensAt: iso(-20 * DAY), closesAt },
    ];
    const { seasonId, programmeId, applicants } = await seasonInEducation(8, () => true, { season: { calendar }, settings: { reminders } });
    ourSeasons.add(seasonId);
    // Two of them have moved on: a reminder of the education window is not theirs any more.
    const movedOn = applicants.slice(0, 2);
    const staying = applicants.slice(2);
    for (const applicant of movedOn) {
      const moved = await callApplications({
        method: 'POST',
        route: '/applications/{applicationId}/transitions',
        pathParameters: { applicationId: applicant.applicationId },
        claims: staffOf(programmeId),
        body: { to: 'not-selected', reason: 'test setup' },
      });
      assert.ok([200, 202].includes(moved.status), JSON.stringify(moved.body));
    }
    await waitFor(async () => (await stagesAndMoves(movedOn, 'not-selected')).every((one) => one.stage === 'not-selected'), {
      description: 'two applications to leave education',
    });
    // One who stays withdraws consent to personal-data processing: no reminder is written to them.
    const [withdrawn, ...reminded] = staying;
    const withdrawnClaims = applicantClaims((withdrawn ?? assert.fail('no applicant')).applicantId);
    assert.equal(
      (
        await callApplications({
          method: 'POST',
          route: '/me/consents',
          claims: withdrawnClaims,
          body: { kind: 'personal-data', textVersion: 'pd-2026-01' },
        })
      ).status,
      201,
    );
    assert.equal((await callApplications({ method: 'POST', route: '/me/consents/withdrawal', claims: withdrawnClaims })).status, 201);

    // The season opened ten days ago: both reminders were planned then and are due now.
    const season = (await deps.seasons.find(seasonId)) ?? assert.fail('no season');
    const planned = await scheduleSeasonCalendar({ ...deps, clock: () => new Date(Date.now() - 10 * DAY) }, season);
    assert.deepEqual(planned, { planned: 2, written: 2 });

    // One reminder run at a time per stage: the sooner job starts, the other waits for a later tick.
    const first = await tick();
    assert.deepEqual(first.jobs, { started: 1, 'gate-busy': 1 });
    await runEnded(seasonId, calendarGateRunId(seasonId, 'reminder-education-168h'));
    const second = await tick();
    assert.deepEqual(second.jobs, { started: 1 });
    const early = await runEnded(seasonId, calendarGateRunId(seasonId, 'reminder-education-168h'));
    const late = await runEnded(seasonId, calendarGateRunId(seasonId, 'reminder-education-24h'));
    // The stage index lists only the applications still in education: the two that moved on are not even seen.
    assert.deepEqual(
      [early.status, early.action, early.seen, early.moved, early.skippedReasons['reminder-consent-withdrawn']],
      ['succeeded', 'remind', staying.length, reminded.length, 1],
      JSON.stringify(early),
    );
    // The cap (1 per person per season) was reached by the week-before reminder.
    assert.deepEqual(
      [late.status, late.moved, late.skippedReasons['reminder-cap-reached'], late.skippedReasons['reminder-consent-withdrawn']],
      ['succeeded', 0, reminded.length, 1],
    );
    assert.equal(await storedMail(reminderMailId(withdrawn?.applicationId ?? '', 'education', 168)), undefined);

    for (const applicant of reminded) {
      assert.ok(await storedMail(reminderMailId(applicant.applicationId, 'education', 168)), applicant.applicationId);
      assert.equal(await storedMail(reminderMailId(applicant.applicationId, 'education', 24)), undefined);
    }
    for (const applicant of movedOn) assert.equal(await storedMail(reminderMailId(applicant.applicationId, 'education', 168)), undefined);

    // Done jobs never run again.
    assert.deepEqual(await tick(), { gates: {}, assignmentRuns: {}, matchingRuns: {}, placementExpiries: {}, jobs: {} });

    const delivered = await deliveredMailCounts(reminded.map((applicant) => applicant.email));
    for (const applicant of reminded) assert.equal(delivered.get(applicant.email), 1, applicant.email);
    for (const applicant of [...movedOn, withdrawn ?? assert.fail('no applicant')])
      assert.equal((await mailsTo(applicant.email)).filter((mail) => /закроется|closes soon/.test(mail.subject)).length, 0);
    const [mail] = (await mailsTo(reminded[0]?.email ?? '')).filter((one) => /закроется/.test(one.subject));
    const programme: Programme = (await deps.programmes.find(programmeId)) ?? assert.fail('no programme');
    const stageName =
      programme.settings.pipeline.stages.find((stage) => stage.id === 'education')?.name.ru ?? assert.fail('no education stage');
    assert.equal(mail?.subject, `${programme.settings.name.ru}: этап «${stageName}» скоро закроется`);
    assert.match(mail?.body.text ?? '', /закрывается .*\(МСК\)/);
  });
});
