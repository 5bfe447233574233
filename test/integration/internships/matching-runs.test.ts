import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { runWorkflowTask } from '../../../functions/workflow/handler.ts';
import { wiring } from '../../../functions/workflow/wiring.ts';
import { LOCAL_REGION } from '../../../infra/local/local-settings.ts';
import { importCapabilityHandler, loadManifestStateMachines } from '../../../infra/local/step-functions/manifest-state-machines.ts';
import { startStepFunctionsServer, type StepFunctionsServerHandle } from '../../../infra/local/step-functions/sfn-server.ts';
import { placementAnsweredMailId } from '../../../shared/internships/mail/placement-answered-mail.ts';
import { placementNewsMailId } from '../../../shared/internships/mail/placement-news-mail.ts';
import { placementOfferedMailId } from '../../../shared/internships/mail/placement-offered-mail.ts';
import { placementSeatFreedMailId } from '../../../shared/internships/mail/placement-seat-freed-mail.ts';
import type { MatchingRuns } from '../../../shared/internships/ports/matching-runs.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { internshipOfferKey } from '../../../shared/platform/keys/keys.ts';
import { callInternships } from '../../support/call-internships.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { staffClaims } from '../../support/claims.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { waitFor } from '../../support/wait-for.ts';
import { expireOverduePlacements } from '../../../shared/internships/use-cases/placements/expire-overdue-placements.ts';
import { answerPlacement } from '../../../shared/internships/use-cases/placements/answer-placement.ts';
import { readMyPlacement } from '../../../shared/internships/use-cases/placements/read-placements.ts';
import type { PlacementStore } from '../../../shared/internships/ports/placement-store.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import {
  answer,
  approvedOffer,
  consentToHost,
  editOffer,
  readOffer,
  scoredOn,
  kpis,
  placementsOf,
  step,
  finalist,
  hostOrganisation,
  myPlacement,
  outcomes,
  placementSeason,
  prefer,
  readRun,
  seatsOf,
  startRun,
  type Finalist,
  type PlacementSeason,
} from './placement-world.ts';

/**
 * Matching runs through the real routes, the real ASL and the real workflow handler, on a Step
 * Functions server of this file's own whose workflow Lambda is runWorkflowTask with its real
 * dependencies, but for one switch a test may throw: `failOfferCheckpoint` fails the checkpoint
 * of an offer page once, after its placements are written (the worst place for a fault: the page
 * is offered but not recorded). Runs read 3 applications (or offers) a page.
 */
const PAGE_SIZE = 3;

class CheckpointFault extends Error {
  override readonly name = 'CheckpointFault';
}

const faults: { failOfferCheckpoint: boolean } = { failOfferCheckpoint: false };
const client = documentClient();
const tableName = requireEnv(ENV.tableName);

let server: StepFunctionsServerHandle | undefined;
const previousPageSize = process.env[ENV.matchingPageSize];

beforeAll(async () => {
  process.env[ENV.matchingPageSize] = String(PAGE_SIZE);
  const workflow = wiring();
  const withFaults = async () => {
    const deps = await workflow.internshipMatching();
    const runs: MatchingRuns = {
      start: (run) => deps.runs.start(run),
      find: (seasonId, runId) => deps.runs.find(seasonId, runId),
      list: (seasonId, page) => deps.runs.list(seasonId, page),
      resume: (run, by, at) => deps.runs.resume(run, by, at),
      restart: (run, failure, by) => deps.runs.restart(run, failure, by),
      recordMatch: (run, execution, record, at) => deps.runs.recordMatch(run, execution, record, at),
      chunks: (runId, part, count) => deps.runs.chunks(runId, part, count),
      chunk: (runId, part, index) => deps.runs.chunk(runId, part, index),
      finish: (run, execution, outcome, at) => deps.runs.finish(run, execution, outcome, at),
      releaseLock: (run) => deps.runs.releaseLock(run),
      checkpoint: (run, execution, step, at) => {
        if (faults.failOfferCheckpoint && run.phase === 'offer') {
          faults.failOfferCheckpoint = false;
          return Promise.reject(new CheckpointFault(`the offer page ${run.pages} could not be recorded`));
        }
        return deps.runs.checkpoint(run, execution, step, at);
      },
    };
    return { ...deps, runs };
  };
  const machines = await loadManifestStateMachines(LOCAL_REGION, async (capability) =>
    capability === 'workflow'
      ? (event: unknown) => runWorkflowTask({ ...workflow, internshipMatching: withFaults }, event)
      : importCapabilityHandler(capability),
  );
  server = await startStepFunctionsServer({ port: 0, machines });
  // The internships function reads it at its first run route: it starts executions on this server.
  process.env[ENV.sfnEndpoint] = server.endpoint;
});

afterAll(async () => {
  await server?.stop();
  if (previousPageSize === undefined) delete process.env[ENV.matchingPageSize];
  else process.env[ENV.matchingPageSize] = previousPageSize;
});

interface RunView {
  readonly id: string;
  readonly status: string;
  readonly phase: string;
  readonly stage: string;
  readonly round: number;
  readonly dryRun: boolean;
  readonly executions: number;
  readonly applicants: number;
  readonly excluded: number;
  readonly excludedReasons: Record<string, number>;
  readonly offers: number;
  readonly seats: number;
  readonly matched: number;
  readonly firstChoice: number;
  readonly unmatched: number;
  readonly unmatchedReasons: Record<string, number>;
  readonly unfilledOffers: number;
  readonly unfilledSeats: number;
  readonly unfilledReasons: Record<string, number>;
  readonly offered: number;
  readonly notOffered: number;
  readonly failures: readonly { error: string; phase?: string }[];
}

const started = async (season: PlacementSeason, body: Record<string, unknown>, key?: string): Promise<RunView> => {
  const answer = await startRun(season, body, key);
  assert.equal(answer.status, 202, JSON.stringify(answer.body));
  return answer.body as unknown as RunView;
};

const ended = (season: PlacementSeason, runId: string): Promise<RunView> =>
  waitFor(
    async () => {
      const answer = await readRun(season, runId);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      const view = answer.body as unknown as RunView;
      return view.status !== 'running' && view;
    },
    { description: `matching run ${runId} to end`, timeoutMs: 90_000, intervalMs: 50 },
  );

/**
 * Three ministries' offers and five finalists. `strategy` (2 seats) takes only the three it
 * ranked; `digital` (3 seats) takes anyone who chose it; `archive` (1 seat) nobody chooses. Anna
 * and Boris get `strategy` (ranked first and second); Vera chose only `strategy` and is outranked;
 * Gleb chose nothing; Dina chose only `strategy`, which did not rank her.
 */
const world = async () => {
  const season = await placementSeason();
  const [ministry, another] = await Promise.all([hostOrganisation(season), hostOrganisation(season)]);
  const [anna, boris, vera, gleb, dina] = await Promise.all(Array.from({ length: 5 }, () => finalist(season)));
  if (anna === undefined || boris === undefined || vera === undefined || gleb === undefined || dina === undefined)
    throw new Error('finalists');
  const strategy = await approvedOffer(season, ministry, {
    seats: 2,
    ranking: [anna.applicationId, boris.applicationId, vera.applicationId],
  });
  const digital = await approvedOffer(season, another, { seats: 3, acceptsUnranked: true });
  const archive = await approvedOffer(season, ministry, { seats: 1 });
  await Promise.all([
    prefer(season, anna, [strategy]),
    prefer(season, boris, [strategy, digital]),
    prefer(season, vera, [strategy]),
    prefer(season, dina, [strategy]),
  ]);
  return { season, ministry, another, people: { anna, boris, vera, gleb, dina }, offers: { strategy, digital, archive } };
};

const identityOf = (who: Finalist): Identity => ({
  subject: who.applicantId,
  email: who.email,
  roles: ['applicant'],
  region: undefined,
  organisation: undefined,
  programmes: [],
});

/** The store, listing only these applications' overdue placements. */
const narrowedStore = (store: PlacementStore, applicationIds: ReadonlySet<string>): PlacementStore => ({
  offer: (placement) => store.offer(placement),
  heldIn: (stage, ids) => store.heldIn(stage, ids),
  refusedIn: (stage, ids) => store.refusedIn(stage, ids),
  find: (applicationId, placementId) => store.find(applicationId, placementId),
  latest: (applicationId) => store.latest(applicationId),
  step: (previous, next, options) => store.step(previous, next, options),
  list: (filter, page) => store.list(filter, page),
  kpis: (seasonId) => store.kpis(seasonId),
  overdue: async (now, limit) => (await store.overdue(now, 10_000)).filter((due) => applicationIds.has(due.applicationId)).slice(0, limit),
});

const placementOf = async (who: Finalist) => {
  const answer = await myPlacement(who);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body as { id: string; status: string; offerId: string; version: number; respondBy: string; choiceRank: number };
};

describe('internship matching runs: a stage matched as a resumable Step Functions job', { timeout: 180_000 }, () => {
  it('a dry run explains every unmatched applicant and unfilled offer, and offers nothing', async () => {
    const { season, people, offers } = await world();
    const run = await started(season, { stage: 'federal-internship', dryRun: true });
    assert.deepEqual([run.status, run.phase, run.round, run.dryRun], ['running', 'collect-applicants', 1, true]);
    const done = await ended(season, run.id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.failures));
    assert.deepEqual(
      [done.phase, done.applicants, done.excluded, done.offers, done.seats, done.matched, done.firstChoice],
      ['done', 5, 0, 3, 6, 2, 2],
    );
    assert.deepEqual([done.unmatched, done.unmatchedReasons], [3, { outranked: 1, 'no-choices': 1, 'not-acceptable': 1 }]);
    assert.deepEqual(
      [done.unfilledOffers, done.unfilledSeats, done.unfilledReasons],
      [2, 4, { 'candidates-matched-elsewhere': 1, 'not-chosen': 1 }],
    );
    assert.deepEqual([done.offered, done.notOffered], [0, 0]);

    const unmatched = await outcomes(season, run.id, { kind: 'unmatched' });
    assert.equal(unmatched.status, 200, JSON.stringify(unmatched.body));
    const lines = unmatched.body['items'] as { applicationId: string; reason: string; explanation: { ru: string; en: string } }[];
    const reasonOf = new Map(lines.map((line) => [line.applicationId, line.reason]));
    assert.deepEqual(
      [reasonOf.get(people.vera.applicationId), reasonOf.get(people.gleb.applicationId), reasonOf.get(people.dina.applicationId)],
      ['outranked', 'no-choices', 'not-acceptable'],
    );
    assert.ok(lines.every((line) => line.explanation.ru.length > 0 && line.explanation.en.length > 0));
    const outranked = await outcomes(season, run.id, { kind: 'unmatched', reason: 'outranked' });
    assert.deepEqual(
      (outranked.body['items'] as { applicationId: string }[]).map((line) => line.applicationId),
      [people.vera.applicationId],
    );
    const unfilled = (await outcomes(season, run.id, { kind: 'unfilled' })).body['items'] as { offerId: string; reason: string }[];
    assert.deepEqual(
      new Map(unfilled.map((line) => [line.offerId, line.reason])),
      new Map([
        [offers.digital, 'candidates-matched-elsewhere'],
        [offers.archive, 'not-chosen'],
      ]),
    );
    const assigned = (await outcomes(season, run.id, { kind: 'assigned' })).body['items'] as { applicationId: string; offerId: string }[];
    assert.deepEqual(
      assigned.map((line) => line.offerId),
      [offers.strategy, offers.strategy],
    );

    assert.equal((await myPlacement(people.anna)).status, 404, 'a dry run offers nothing');
    assert.deepEqual(await seatsOf(season, offers.strategy), { held: 0, accepted: 0, seats: 2 });
    assert.equal((await outcomes(season, run.id, { kind: 'unmatched', cursor: 'not a cursor!' })).body['code'], 'invalid-cursor');
    assert.equal((await readRun(season, run.id, staffClaims('another-programme'))).status, 404);
  });

  it('an offer taking candidates its host did not rank gets them by their ministry interview score, the unscored last', async () => {
    const season = await placementSeason();
    const ministry = await hostOrganisation(season);
    const [unscored, low, high, disputed] = await Promise.all(Array.from({ length: 4 }, () => finalist(season)));
    if (unscored === undefined || low === undefined || high === undefined || disputed === undefined) throw new Error('finalists');
    const seats = await approvedOffer(season, ministry, { seats: 2, acceptsUnranked: true });
    await Promise.all([unscored, low, high, disputed].map((who) => prefer(season, who, [seats])));
    await Promise.all([
      scoredOn(low, 'ministry-interview', 6.5),
      scoredOn(high, 'ministry-interview', 9.25),
      // A score on another rubric is not the stage's, and a disputed one is not settled: they order nothing here.
      scoredOn(unscored, 'expert-interview', 10),
      scoredOn(disputed, 'ministry-interview', 10, true),
    ]);
    const dry = await ended(season, (await started(season, { stage: 'federal-internship', dryRun: true })).id);
    assert.equal(dry.status, 'succeeded', JSON.stringify(dry.failures));
    const assigned = (await outcomes(season, dry.id, { kind: 'assigned' })).body['items'] as { applicationId: string }[];
    assert.deepEqual(assigned.map((line) => line.applicationId).sort(), [high.applicationId, low.applicationId].sort());
    const unmatched = (await outcomes(season, dry.id, { kind: 'unmatched' })).body['items'] as { applicationId: string; reason: string }[];
    assert.deepEqual(
      unmatched.map((line) => [line.applicationId, line.reason]).sort(),
      [
        [disputed.applicationId, 'outranked'],
        [unscored.applicationId, 'outranked'],
      ].sort(),
    );
  });

  it('a real run offers every assigned applicant a placement with a seat held and a mail, and answers the same key with the same run', async () => {
    const { season, people, offers } = await world();
    const key = randomUUID();
    const run = await started(season, { stage: 'federal-internship', dryRun: false }, key);
    const again = await startRun(season, { stage: 'federal-internship', dryRun: false }, key);
    assert.deepEqual([again.status, again.body['id']], [202, run.id], 'the same key, the same run');
    assert.equal((await startRun(season, { stage: 'federal-internship', dryRun: true }, key)).body['code'], 'idempotency-key-reused');
    const done = await ended(season, run.id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.failures));
    assert.deepEqual([done.matched, done.offered, done.notOffered], [2, 2, 0]);

    const anna = await placementOf(people.anna);
    assert.deepEqual([anna.status, anna.offerId, anna.choiceRank], ['offered', offers.strategy, 1]);
    assert.ok(Date.parse(anna.respondBy) > Date.now() + 6 * 24 * 3600_000, 'a week to answer (ПроКадры’s acceptanceDays)');
    assert.equal((await placementOf(people.boris)).offerId, offers.strategy);
    assert.deepEqual(await seatsOf(season, offers.strategy), { held: 2, accepted: 0, seats: 2 });
    const mail = await storedMail(placementOfferedMailId(anna.id));
    assert.ok(mail !== undefined, 'the offer is mailed');
    assert.match(String(mail['subject'] ?? JSON.stringify(mail)), /стажировк/);

    assert.equal((await myPlacement(people.vera)).status, 404, 'the unmatched have no placement');
    assert.equal((await myPlacement(people.anna, people.boris.applicant)).status, 404, 'another applicant’s placement is a 404');
    const busy = await startRun(season, { stage: 'federal-internship', dryRun: true });
    assert.equal(busy.status, 202, 'the stage is free once the run has ended');
    await ended(season, String(busy.body['id']));
    assert.equal((await startRun(season, { stage: 'not-a-stage', dryRun: true })).body['code'], 'not-an-internship-stage');
  });

  it('a run whose offer page failed after writing its placements resumes and offers nothing twice', async () => {
    const { season, people } = await world();
    faults.failOfferCheckpoint = true;
    const run = await started(season, { stage: 'federal-internship', dryRun: false });
    const failed = await ended(season, run.id);
    assert.equal(failed.status, 'failed');
    assert.deepEqual(
      failed.failures.map((failure) => [failure.error, failure.phase]),
      [['CheckpointFault', 'offer']],
    );
    assert.equal((await placementOf(people.anna)).status, 'offered', 'the page’s placements were written before the fault');
    const resumed = await readRun(season, run.id);
    assert.equal(resumed.status, 200);
    const answer = await callInternships({
      method: 'POST',
      route: '/seasons/{seasonId}/internship-matching-runs/{runId}/resume',
      pathParameters: { seasonId: season.seasonId, runId: run.id },
      claims: season.staff,
    });
    assert.equal(answer.status, 202, JSON.stringify(answer.body));
    const done = await ended(season, run.id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.failures));
    assert.deepEqual([done.executions, done.matched, done.offered, done.notOffered], [2, 2, 2, 0]);
    const anna = await placementOf(people.anna);
    assert.equal(anna.version, 1, 'the placement was not written again');
    const strategy = String(anna.offerId);
    assert.deepEqual(await seatsOf(season, strategy), { held: 2, accepted: 0, seats: 2 }, 'no seat held twice');
  });

  it('a second round takes only the applications without a place, and the seats the first left', async () => {
    const { season, people, offers } = await world();
    await ended(season, (await started(season, { stage: 'federal-internship', dryRun: false })).id);
    const boris = await placementOf(people.boris);
    assert.equal((await answer(people.boris, { answer: 'decline', version: boris.version, reason: 'Выбрал другое' })).status, 200);
    assert.deepEqual(await seatsOf(season, offers.strategy), { held: 1, accepted: 0, seats: 2 }, 'the declined seat is back');
    await prefer(season, people.boris, [offers.digital]);

    const second = await started(season, { stage: 'federal-internship', dryRun: false, round: 2 });
    const done = await ended(season, second.id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.failures));
    assert.deepEqual([done.round, done.applicants, done.excluded, done.excludedReasons], [2, 4, 1, { 'placed-earlier': 1 }]);
    assert.deepEqual([done.seats, done.matched, done.offered], [1 + 3 + 1, 2, 2]);
    assert.deepEqual(
      [(await placementOf(people.boris)).offerId, (await placementOf(people.vera)).offerId],
      [offers.digital, offers.strategy],
    );
    assert.equal((await placementOf(people.anna)).version, 1, 'the first round’s placement is left as it was');
    assert.deepEqual(await seatsOf(season, offers.strategy), { held: 2, accepted: 0, seats: 2 });
  });

  it('a later round never offers again what an applicant declined or let expire in the stage, and says so', async () => {
    const { season, people, offers } = await world();
    await ended(season, (await started(season, { stage: 'federal-internship', dryRun: false })).id);
    const boris = await placementOf(people.boris);
    assert.equal((await answer(people.boris, { answer: 'decline', version: boris.version })).status, 200);
    // Anna lets hers expire: the calendar's expiry, past her deadline, over her placement only.
    const anna = await placementOf(people.anna);
    const deps = (await import('../../../functions/internships/wiring.ts')).wiring().placements();
    const afterDeadline = new Date(Date.parse(anna.respondBy) + 1000);
    const placements = narrowedStore(deps.placements, new Set([people.anna.applicationId]));
    assert.deepEqual(await expireOverduePlacements({ ...deps, placements }, afterDeadline), ['expired']);
    assert.deepEqual(await seatsOf(season, offers.strategy), { held: 0, accepted: 0, seats: 2 });

    // Both still rank the strategy offer first, and its host ranks them above Vera: it goes to Vera all the same.
    const second = await started(season, { stage: 'federal-internship', dryRun: false, round: 2 });
    const done = await ended(season, second.id);
    assert.equal(done.status, 'succeeded', JSON.stringify(done.failures));
    assert.deepEqual([done.applicants, done.excluded, done.matched, done.offered], [5, 0, 2, 2]);
    const borisNow = await placementOf(people.boris);
    assert.deepEqual([borisNow.offerId, borisNow.choiceRank], [offers.digital, 2], 'his second choice, numbered as he ranked it');
    assert.equal((await placementOf(people.vera)).offerId, offers.strategy);
    assert.equal((await placementOf(people.anna)).status, 'expired', 'nothing new for Anna');
    assert.equal(done.unmatchedReasons['declined-earlier'], 1);
    const unmatched = (await outcomes(season, second.id, { kind: 'unmatched', reason: 'declined-earlier' })).body['items'] as {
      applicationId: string;
      explanation: { ru: string; en: string };
      choices: { offerId: string; choiceRank: number; outcome: string }[];
    }[];
    assert.deepEqual(
      unmatched.map((line) => [line.applicationId, line.choices]),
      [[people.anna.applicationId, [{ offerId: offers.strategy, choiceRank: 1, outcome: 'declined-earlier' }]]],
    );
    assert.match(unmatched[0]?.explanation.en ?? '', /declined, or did not answer in time/);
  });

  it('mails each answer to the host’s contacts (the number, never the name, even with the consent to share it), a freed seat to staff, each later step to the applicant', async () => {
    const { season, ministry, people, offers } = await world();
    await consentToHost(people.anna, ['name', 'contacts.email']);
    await ended(season, (await started(season, { stage: 'federal-internship', dryRun: false })).id);
    const text = (mail: Record<string, unknown> | undefined) => String(mail?.['text'] ?? '');

    const anna = await placementOf(people.anna);
    assert.equal((await answer(people.anna, { answer: 'accept', version: anna.version })).status, 200);
    const [toHr, toInternational] = await Promise.all([
      storedMail(placementAnsweredMailId(anna.id, 'accepted', 0)),
      storedMail(placementAnsweredMailId(anna.id, 'accepted', 1)),
    ]);
    assert.deepEqual(
      [toHr?.['to'], toInternational?.['to']],
      [[`${ministry.id}@example.org`], [`${ministry.id}-international@example.org`]],
    );
    // Anna consented to share her name with the host: it reaches the host through the logged release, never a mail.
    assert.match(text(toHr), new RegExp(`Участник \\(заявка № ${people.anna.applicationId}\\) принял\\(а\\) предложение стажировки`));
    assert.match(
      text(toInternational),
      new RegExp(`The applicant \\(application no\\. ${people.anna.applicationId}\\) accepted the internship offer`),
    );
    assert.ok(![text(toHr), text(toInternational)].some((mail) => mail.includes('Тестова')), 'no name in a mail');
    assert.equal(await storedMail(placementSeatFreedMailId(anna.id)), undefined, 'an accepted seat is not freed');

    // Boris gave no consent to share anything with the host: his number only, and staff hear of the freed seat.
    const boris = await placementOf(people.boris);
    assert.equal((await answer(people.boris, { answer: 'decline', version: boris.version, reason: 'Выбрал другое' })).status, 200);
    const declined = await storedMail(placementAnsweredMailId(boris.id, 'declined', 0));
    assert.match(text(declined), new RegExp(`Участник \\(заявка № ${people.boris.applicationId}\\) отказался`));
    assert.ok(!text(declined).includes('Тестова') && !text(declined).includes('Выбрал другое'), 'no name, no reason');
    const staff = await storedMail(placementSeatFreedMailId(boris.id));
    assert.deepEqual(staff?.['to'], ['programme-office@cadre.example']);
    assert.ok(text(staff).includes(people.boris.applicationId) && !text(staff).includes('Тестова'));

    // The host moves Anna's internship on: she hears of each step, in her language.
    assert.equal((await step(people.anna, anna.id, ministry.partner, { step: 'start', version: 2 })).status, 200);
    const startedMail = await storedMail(placementNewsMailId(anna.id, 'started'));
    assert.deepEqual(startedMail?.['to'], [people.anna.email]);
    assert.match(text(startedMail), /Организация отметила начало вашей стажировки/);
    const completed = await step(people.anna, anna.id, ministry.partner, {
      step: 'complete',
      version: 3,
      scores: { engagement: 9, quality: 8, initiative: 7.5 },
      attendanceDays: 19,
      report: 'Подготовила аналитическую записку.',
    });
    assert.equal(completed.status, 200, JSON.stringify(completed.body));
    assert.match(text(await storedMail(placementNewsMailId(anna.id, 'completed'))), /завершение вашей стажировки/);

    // The second round gives Boris's seat to Vera, whose host then ends her internship early.
    await ended(season, (await started(season, { stage: 'federal-internship', dryRun: false, round: 2 })).id);
    const vera = await placementOf(people.vera);
    assert.equal(vera.offerId, offers.strategy);
    assert.equal((await answer(people.vera, { answer: 'accept', version: vera.version })).status, 200);
    const early = await step(people.vera, vera.id, ministry.partner, { step: 'end-early', version: 2, reason: 'Стажёр не приступил' });
    assert.equal(early.status, 200, JSON.stringify(early.body));
    const endedMail = await storedMail(placementNewsMailId(vera.id, 'ended-early'));
    assert.match(text(endedMail), /досрочно завершила/);
    assert.ok(!text(endedMail).includes('Стажёр не приступил'), 'the reason is read in the account, not mailed');
  });

  it('concurrent acceptances never overfill an offer: of five who accept at once for its last two seats, two get them', async () => {
    const season = await placementSeason();
    const ministry = await hostOrganisation(season);
    const people = await Promise.all(Array.from({ length: 5 }, () => finalist(season)));
    const offer = await approvedOffer(season, ministry, { seats: 5, acceptsUnranked: true });
    await Promise.all(people.map((who) => prefer(season, who, [offer])));
    await ended(season, (await started(season, { stage: 'federal-internship', dryRun: false })).id);
    // An offer whose seats were cut below those its placements hold before the store refused such an edit.
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: internshipOfferKey(season.seasonId, offer),
        UpdateExpression: 'SET seats = :two',
        ExpressionAttributeValues: { ':two': 2 },
      }),
    );

    const placements = await Promise.all(people.map(placementOf));
    const answers = await Promise.all(people.map((who, index) => answer(who, { answer: 'accept', version: placements[index]?.version })));
    const statuses = answers.map((reply) => reply.status).sort();
    assert.deepEqual(statuses, [200, 200, 409, 409, 409]);
    assert.deepEqual(
      answers.filter((reply) => reply.status === 409).map((reply) => reply.body['code']),
      ['offer-full', 'offer-full', 'offer-full'],
    );
    assert.deepEqual(await seatsOf(season, offer), { held: 5, accepted: 2, seats: 2 });
  });

  it('a host cannot cut an offer’s seats below those its placements hold; raising, keeping or cutting to them is fine', async () => {
    const { season, ministry, people, offers } = await world();
    await ended(season, (await started(season, { stage: 'federal-internship', dryRun: false })).id);
    assert.deepEqual(await seatsOf(season, offers.strategy), { held: 2, accepted: 0, seats: 2 });
    const cut = await editOffer(season, offers.strategy, ministry.partner, { seats: 1 });
    assert.equal(cut.status, 409, JSON.stringify(cut.body));
    assert.equal(cut.body['code'], 'seats-below-taken');
    const message = cut.body['message'] as { ru: string; en: string };
    assert.match(message.en, /2 held \(0 of them accepted\), 1 asked/);
    assert.match(message.ru, /занято 2 \(из них принято 0\), указано 1/);
    assert.deepEqual(
      (cut.body['errors'] as { field: string }[]).map((error) => error.field),
      ['body.seats'],
    );
    assert.deepEqual(await seatsOf(season, offers.strategy), { held: 2, accepted: 0, seats: 2 }, 'nothing was written');

    const anna = await placementOf(people.anna);
    assert.equal((await answer(people.anna, { answer: 'accept', version: anna.version })).status, 200);
    const boris = await placementOf(people.boris);
    assert.equal((await answer(people.boris, { answer: 'decline', version: boris.version })).status, 200);
    const toTaken = await editOffer(season, offers.strategy, ministry.partner, { seats: 1 });
    assert.equal(toTaken.status, 200, JSON.stringify(toTaken.body));
    const raised = await editOffer(season, offers.strategy, ministry.partner, { seats: 3 });
    assert.equal(raised.status, 200, JSON.stringify(raised.body));
    assert.deepEqual(await seatsOf(season, offers.strategy), { held: 1, accepted: 1, seats: 3 });
    const belowAccepted = await editOffer(season, offers.strategy, ministry.partner, { seats: 0 });
    assert.equal(belowAccepted.status, 400, 'an offer has a seat at least');
  });

  it('hosts and staff read how an offer’s seats are taken; an applicant only whether one is free', async () => {
    const { season, ministry, people, offers } = await world();
    await ended(season, (await started(season, { stage: 'federal-internship', dryRun: false })).id);
    const anna = await placementOf(people.anna);
    assert.equal((await answer(people.anna, { answer: 'accept', version: anna.version })).status, 200);
    const seatsIn = (body: Record<string, unknown>) => [body['seats'], body['held'], body['accepted'], body['freeSeats']];
    const byHost = await readOffer(season, offers.strategy, ministry.partner);
    assert.equal(byHost.status, 200, JSON.stringify(byHost.body));
    assert.deepEqual(seatsIn(byHost.body), [2, 2, 1, 0]);
    assert.deepEqual(seatsIn((await readOffer(season, offers.archive, season.staff)).body), [1, 0, 0, 1]);
    const listed = await callInternships({
      method: 'GET',
      route: '/seasons/{seasonId}/internship-offers',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
    });
    const byId = new Map((listed.body['items'] as Record<string, unknown>[]).map((item) => [item['id'], seatsIn(item)]));
    assert.deepEqual(
      [byId.get(offers.strategy), byId.get(offers.digital)],
      [
        [2, 2, 1, 0],
        [3, 0, 0, 3],
      ],
    );

    const options = await callInternships({
      method: 'GET',
      route: '/applications/{applicationId}/internship-offers',
      pathParameters: { applicationId: people.vera.applicationId },
      claims: people.vera.applicant,
    });
    assert.equal(options.status, 200, JSON.stringify(options.body));
    const items = options.body['items'] as Record<string, unknown>[];
    assert.deepEqual(
      new Map(items.map((item) => [item['id'], item['hasFreeSeats']])),
      new Map([
        [offers.strategy, false],
        [offers.digital, true],
        [offers.archive, true],
      ]),
    );
    assert.ok(
      items.every((item) => !('held' in item) && !('accepted' in item) && !('freeSeats' in item)),
      'how many are taken is not theirs to see',
    );
  });

  it('an offer is answered only before its deadline; the calendar’s expiry gives an unanswered seat back, once', async () => {
    const { season, people, offers } = await world();
    await ended(season, (await started(season, { stage: 'federal-internship', dryRun: false })).id);
    const anna = await placementOf(people.anna);
    const deps = (await import('../../../functions/internships/wiring.ts')).wiring().placements();
    const afterDeadline = new Date(Date.parse(anna.respondBy) + 1000);
    const late = await answerPlacement({ ...deps, clock: () => afterDeadline }, identityOf(people.anna), people.anna.applicationId, {
      answer: 'accept',
      version: anna.version,
    }).catch((error: unknown) => error);
    assert.equal((late as { code?: string }).code, 'offer-expired');
    const view = await readMyPlacement({ ...deps, clock: () => afterDeadline }, identityOf(people.anna), people.anna.applicationId);
    assert.equal(view.status, 'expired', 'read past its deadline, an offer is expired at once');

    // The tick's expiry, with the calendar function's own adapters, over this season's placements only (other files' are not this test's to expire).
    const expiring = await (await import('../../../functions/calendar/wiring.ts')).wiring().internships.expiring();
    const ours = new Set([people.anna.applicationId, people.boris.applicationId]);
    const placements = narrowedStore(expiring.placements, ours);
    assert.deepEqual(await expireOverduePlacements({ ...expiring, placements }, afterDeadline), ['expired', 'expired']);
    assert.deepEqual(await expireOverduePlacements({ ...expiring, placements }, afterDeadline), [], 'nothing is due twice');
    assert.equal((await placementOf(people.anna)).status, 'expired');
    assert.deepEqual(await seatsOf(season, offers.strategy), { held: 0, accepted: 0, seats: 2 }, 'both seats are back');
    const expiredMail = await storedMail(placementNewsMailId(anna.id, 'expired'));
    assert.deepEqual(expiredMail?.['to'], [people.anna.email]);
    assert.match(String(expiredMail?.['text']), /Вы не ответили на предложение стажировки/);
    assert.ok((await storedMail(placementSeatFreedMailId(anna.id))) !== undefined, 'staff hear of the freed seat');
    assert.equal((await answer(people.anna, { answer: 'accept', version: 2 })).body['code'], 'placement-step-not-allowed');
  });

  it('the host marks a placement started and completed with its evaluation; the season counts both; other organisations get 404', async () => {
    const { season, ministry, another, people } = await world();
    await ended(season, (await started(season, { stage: 'federal-internship', dryRun: false })).id);
    const anna = await placementOf(people.anna);
    assert.equal((await answer(people.anna, { answer: 'accept', version: anna.version })).status, 200);
    assert.equal((await step(people.anna, anna.id, another.partner, { step: 'start', version: 2 })).status, 404, 'another host');
    // The organisation scopes a partner, whatever region its token names; another organisation's people, of any region, get 404.
    const read = (claims: Record<string, string>) =>
      callInternships({
        method: 'GET',
        route: '/applications/{applicationId}/placements/{placementId}',
        pathParameters: { applicationId: people.anna.applicationId, placementId: anna.id },
        claims,
      });
    assert.equal((await read({ ...ministry.partner, 'custom:region': '59' })).status, 200, 'its host, from any region');
    assert.equal((await read({ ...another.partner, 'custom:region': '77' })).status, 404, 'another host, in Moscow');
    assert.equal((await read({ ...ministry.partner, 'custom:organisation': '' })).status, 404, 'a partner of no organisation');
    assert.equal((await read(season.staff)).status, 200);
    assert.equal((await read(staffClaims('another-programme'))).status, 404);
    assert.equal((await step(people.anna, anna.id, people.anna.applicant, { step: 'start', version: 2 })).status, 403);
    assert.equal((await step(people.anna, anna.id, staffClaims('another-programme'), { step: 'start', version: 2 })).status, 404);
    assert.equal(
      (await step(people.anna, anna.id, ministry.partner, { step: 'complete', version: 2, scores: {}, attendanceDays: 1, report: 'Рано' }))
        .body['code'],
      'placement-step-not-allowed',
    );
    const startedStep = await step(people.anna, anna.id, ministry.partner, { step: 'start', version: 2 });
    assert.equal(startedStep.status, 200, JSON.stringify(startedStep.body));
    assert.equal((startedStep.body['placement'] as { status: string }).status, 'started');
    assert.equal(startedStep.body['move'], undefined, 'starting moves nothing');

    const bad = await step(people.anna, anna.id, ministry.partner, {
      step: 'complete',
      version: 3,
      scores: { engagement: 11 },
      attendanceDays: 19,
      report: 'Отчёт',
    });
    assert.equal(bad.status, 422, JSON.stringify(bad.body));
    assert.equal(bad.body['code'], 'evaluation-invalid');
    const completed = await step(people.anna, anna.id, ministry.partner, {
      step: 'complete',
      version: 3,
      scores: { engagement: 9, quality: 8, initiative: 7.5 },
      attendanceDays: 19,
      report: 'Подготовила аналитическую записку по региональным программам; работала самостоятельно.',
    });
    assert.equal(completed.status, 200, JSON.stringify(completed.body));
    const placement = completed.body['placement'] as { status: string; evaluation: { weightedScore: number; attendanceDays: number } };
    assert.deepEqual([placement.status, placement.evaluation.attendanceDays], ['completed', 19]);
    assert.equal(placement.evaluation.weightedScore, 8.25);
    assert.deepEqual(completed.body['move'], { outcome: 'started', from: 'federal-internship', to: 'closing' });

    const figures = await kpis(season);
    assert.deepEqual([figures.body['started'], figures.body['completed']], [1, 1]);
    assert.equal((await kpis(season, ministry.partner)).status, 403);

    const hostList = await placementsOf(season, ministry.partner);
    assert.deepEqual(
      (hostList.body['items'] as { applicationId: string }[]).map((item) => item.applicationId).sort(),
      [people.anna.applicationId, people.boris.applicationId].sort(),
    );
    assert.deepEqual((await placementsOf(season, another.partner)).body['items'], [], 'another host sees none of them');
    const staffList = await placementsOf(season, season.staff, { status: 'completed' });
    assert.deepEqual(
      (staffList.body['items'] as { applicationId: string }[]).map((item) => item.applicationId),
      [people.anna.applicationId],
    );
    assert.equal((await placementsOf(season, staffClaims('another-programme'))).status, 404);
  });

  it('Кадры будущего: pupils matched to a partner employer’s trial during project work; completing it moves nothing', async () => {
    const season = await placementSeason({}, kadryBudushchegoTemplate);
    const employer = await hostOrganisation(season, 'employer');
    const pupil = await finalist(season, 'project-work');
    const offer = await approvedOffer(season, employer, { seats: 3, acceptsUnranked: true, level: 'partner-organisation' });
    await prefer(season, pupil, [offer], 'project-work');
    const run = await started(season, { stage: 'project-work', dryRun: false });
    const done = await ended(season, run.id);
    assert.deepEqual([done.status, done.matched, done.offered], ['succeeded', 1, 1], JSON.stringify(done.failures));
    const placement = await placementOf(pupil);
    assert.equal((await answer(pupil, { answer: 'accept', version: placement.version })).status, 200);
    assert.equal((await step(pupil, placement.id, employer.partner, { step: 'start', version: 2 })).status, 200);
    const completed = await step(pupil, placement.id, employer.partner, {
      step: 'complete',
      version: 3,
      scores: {},
      attendanceDays: 5,
      report: 'Прошёл профессиональную пробу в инженерном отделе.',
    });
    assert.equal(completed.status, 200, JSON.stringify(completed.body));
    assert.equal(completed.body['move'], undefined, 'the pupil stays in project work');
    assert.deepEqual((completed.body['placement'] as { evaluation: { rubricId?: string } }).evaluation.rubricId, undefined);
    assert.equal((await kpis(season)).body['completed'], 1);
  });
});
