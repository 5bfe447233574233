import { randomUUID } from 'node:crypto';
import { applicationItem } from '../../shared/adapters/dynamodb/dynamodb-application-items.ts';
import { DynamoDbInternshipStore } from '../../shared/adapters/dynamodb/dynamodb-internship-store.ts';
import { DynamoDbMatchingRuns } from '../../shared/adapters/dynamodb/dynamodb-matching-runs.ts';
import type { Application } from '../../shared/applications/application-schema.ts';
import { prokadryTemplate } from '../../shared/catalogue/domain/templates/prokadry.ts';
import { matchingExecutionName } from '../../shared/internships/domain/matching/matching-run-id.ts';
import { ENTITY, internshipPreferencesKeys, profileKey } from '../../shared/platform/keys/keys.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../shared/platform/workflow/settle-in-parallel.ts';
import type { ApiEventInit, HandlerResponse } from '../support/api-event.ts';
import { consentItems } from '../support/consent-items.ts';
import { baseProfile } from '../support/profile-fixtures.ts';
import { writeAll } from '../support/seed-gate-season.ts';
import { seedOpenSeason } from '../support/seed-open-season.ts';
import { costPer1000 } from './cost-model.ts';
import { measureWorkflowRun, type WorkflowRunBenchContext, type WorkflowRunWork } from './measure-workflow-run.ts';
import { workflowRunReportLines } from './workflow-run-report-lines.ts';

/** The yardstick: a federal internship stage of 10,000 applicants over 1,000 offers, five choices each. */
export const MATCHING_RUN_STAGE = { applicants: 10_000, offers: 1_000, choices: 5, page: 200 } as const;

/** A deterministic spread: the same offers, choices and rankings on every run. */
const pick = (index: number, modulo: number): number => (index * 2_654_435_761) % modulo;

const offerIdOf = (index: number): string => `bench-offer-${String(index).padStart(4, '0')}`;

/**
 * The offers' seats (4 to 12, about 8,000 in all, so a fifth of the applicants go without) and
 * popularity (choices lean to the first offers, as real ones lean to the best-known ministries).
 */
const seatsOf = (offer: number): number => 4 + pick(offer + 7, 9);
const choicesOf = (applicant: number): string[] => {
  const chosen = new Set<string>();
  for (let choice = 0; chosen.size < MATCHING_RUN_STAGE.choices; choice += 1) {
    const skew = pick(applicant * 31 + choice * 7 + 1, 1000) / 1000;
    chosen.add(offerIdOf(Math.floor(skew * skew * MATCHING_RUN_STAGE.offers)));
  }
  return [...chosen];
};

export interface MatchingRunMeasurement extends WorkflowRunWork {
  readonly seconds: number;
  readonly seedSeconds: number;
  readonly applicants: number;
  readonly offers: number;
  readonly seats: number;
  readonly matched: number;
  readonly firstChoice: number;
  readonly unmatched: number;
  readonly unmatchedReasons: Readonly<Record<string, number>>;
  readonly unfilledOffers: number;
  readonly unfilledReasons: Readonly<Record<string, number>>;
  readonly offered: number;
}

/**
 * The whole stage as ONE real matching run (POST /seasons/{id}/internship-matching-runs, `dryRun:
 * false`) on the bench's local cloud: the internshipMatching ASL on the local Step Functions server,
 * the workflow Lambda in process (timed per invocation), DynamoDB Local. A ПроКадры season with
 * 1,000 approved federal offers (4–12 seats, a tenth of them taking only the candidates their host
 * ranked) and their hosts' rankings, written through the internships' adapter, and 10,000
 * finalists at the federal internship, each with consent, a profile (the offer mail's address)
 * and five ranked offers (BatchWriteItem from the adapters' key builders; not timed). Timed from
 * the start request until the run is recorded as ended: collecting, the match, and every
 * placement offered with its seat held and its mail queued; every DynamoDB request counted, and
 * the execution's billed state transitions read from its history.
 */
export const benchMatchingRun = async (
  context: WorkflowRunBenchContext & { readonly callInternships: (init: ApiEventInit) => Promise<HandlerResponse> },
): Promise<MatchingRunMeasurement> => {
  const { tableName, benchClient } = context;
  const seedStarted = performance.now();
  const { programmeId, seasonId } = await seedOpenSeason(benchClient, tableName, { template: prokadryTemplate, prefix: 'bench-match' });
  const at = new Date().toISOString();
  const applicationIds = Array.from({ length: MATCHING_RUN_STAGE.applicants }, () => randomUUID());
  const items: Record<string, unknown>[] = [];
  for (const [index, applicationId] of applicationIds.entries()) {
    const applicantId = randomUUID();
    const application: Application = {
      id: applicationId,
      seasonId,
      programmeId,
      applicantId,
      stage: 'federal-internship',
      track: { track: 'young', assignedAt: at },
      answers: {},
      region: '59',
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 6,
    };
    items.push(
      applicationItem(application),
      ...consentItems(applicantId, at),
      { ...profileKey(applicantId), entity: ENTITY.profile, ...baseProfile(), applicantId, version: 1, createdAt: at, updatedAt: at },
      {
        ...internshipPreferencesKeys({ applicationId, seasonId, stage: 'federal-internship' }),
        entity: ENTITY.internshipPreferences,
        applicationId,
        seasonId,
        programmeId,
        stage: 'federal-internship',
        choices: choicesOf(index),
        updatedAt: at,
        version: 1,
      },
    );
  }
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, batch) => items.slice(batch * 25, (batch + 1) * 25));
  valuesOrFirstFailure(await settleInParallel(batches, 8, (batch) => writeAll(benchClient, tableName, batch)));
  const store = new DynamoDbInternshipStore(benchClient, tableName);
  valuesOrFirstFailure(
    await settleInParallel(
      Array.from({ length: MATCHING_RUN_STAGE.offers }, (_, index) => index),
      16,
      async (index) => {
        const id = offerIdOf(index);
        await store.saveOffer(
          {
            seasonId,
            programmeId,
            id,
            hostOrganisation: `bench-host-${index % 100}`,
            hostName: { ru: 'Министерство', en: 'Ministry' },
            hostKind: 'federal-ministry',
            level: 'federal',
            region: '77',
            title: { ru: `Стажировка ${index}`, en: `Internship ${index}` },
            description: { ru: 'Стажировка в федеральном органе.', en: 'An internship at a federal body.' },
            seats: seatsOf(index),
            startsOn: '2027-02-01',
            endsOn: '2027-02-26',
            weeks: 3,
            format: 'in-person',
            status: 'approved',
            createdAt: at,
            updatedAt: at,
            version: 1,
          },
          0,
        );
        const ranking = applicationIds.filter((_, applicant) => pick(applicant + index, 400) === 0);
        await store.saveRanking({ seasonId, offerId: id, ranking, acceptsUnranked: index % 10 !== 0, version: 1 }, 0);
      },
    ),
  );
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  // Watched through the bench's own client, so the watching is not counted as the run's work.
  const runs = new DynamoDbMatchingRuns(benchClient, tableName);
  const { run, seconds, work } = await measureWorkflowRun(context, {
    name: 'matching run',
    machine: 'internshipMatching',
    call: context.callInternships,
    route: '/seasons/{seasonId}/internship-matching-runs',
    programmeId,
    seasonId,
    body: { stage: 'federal-internship', dryRun: false },
    find: (season, runId) => runs.find(season, runId),
    executionName: matchingExecutionName,
    description: `the matching run over ${MATCHING_RUN_STAGE.applicants} applicants to end`,
  });
  return {
    seconds,
    seedSeconds,
    applicants: run.applicants,
    offers: run.offers,
    seats: run.seats,
    matched: run.matched,
    firstChoice: run.firstChoice,
    unmatched: run.unmatched,
    unmatchedReasons: run.unmatchedReasons,
    unfilledOffers: run.unfilledOffers,
    unfilledReasons: run.unfilledReasons,
    offered: run.offered,
    ...work,
  };
};

/** The run's figures, and what it costs per 1,000 applicants in AWS (cost-model.ts), an offer mail each. */
export const printMatchingRunReport = (run: MatchingRunMeasurement, memoryMb: number): void => {
  const costs = costPer1000({ ...run, size: run.applicants, mails: run.offered }, memoryMb);
  const total = costs.reduce((sum, line) => sum + line.usd, 0);
  const withoutMail = costs.filter((line) => line.item !== 'SES').reduce((sum, line) => sum + line.usd, 0);
  console.log(
    [
      `\nInternship matching: ${MATCHING_RUN_STAGE.applicants.toLocaleString('en')} applicants × ${MATCHING_RUN_STAGE.offers.toLocaleString('en')} offers, ${MATCHING_RUN_STAGE.choices} choices each`,
      `  the stage as one real matching run (internshipMatching machine, pages of ${MATCHING_RUN_STAGE.page}) on the local cloud: ${run.seconds.toFixed(1)} s (seeding ${run.seedSeconds.toFixed(0)} s, not timed); ${run.applicants.toLocaleString('en')} applicants, ${run.offers.toLocaleString('en')} offers, ${run.seats.toLocaleString('en')} seats; ${run.matched.toLocaleString('en')} matched (${run.firstChoice.toLocaleString('en')} at their first choice), ${run.offered.toLocaleString('en')} offered and mailed; ${run.unmatched.toLocaleString('en')} unmatched ${JSON.stringify(run.unmatchedReasons)}; ${run.unfilledOffers} offers unfilled ${JSON.stringify(run.unfilledReasons)}`,
      ...workflowRunReportLines(run, costs, { size: run.applicants, unit: 'applicants', memoryMb }),
      `    total: $${total.toFixed(4)} ($${withoutMail.toFixed(4)} without the offer mails)`,
    ].join('\n'),
  );
};
