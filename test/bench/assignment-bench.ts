import { randomUUID } from 'node:crypto';
import { applicationItem } from '../../shared/adapters/dynamodb/dynamodb-application-items.ts';
import { DynamoDbExpertPool } from '../../shared/adapters/dynamodb/dynamodb-expert-pool.ts';
import { DynamoDbExpertProfiles } from '../../shared/adapters/dynamodb/dynamodb-expert-profiles.ts';
import type { Application } from '../../shared/applications/application-schema.ts';
import { obedinenieNastavnikovTemplate } from '../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { DynamoDbReviewAssignmentRuns } from '../../shared/adapters/dynamodb/dynamodb-review-assignment-runs.ts';
import { ENTITY, profileKey } from '../../shared/platform/keys/keys.ts';
import { assignmentExecutionName } from '../../shared/reviews/use-cases/assignment-runs/assignment-run-kind.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../shared/platform/workflow/settle-in-parallel.ts';
import { planAssignment } from '../../shared/reviews/domain/assignment/plan-assignment.ts';
import type { AssignmentExpert, AssignmentRequest } from '../../shared/reviews/domain/assignment/assignment-types.ts';
import type { ApiEventInit, HandlerResponse } from '../support/api-event.ts';
import { baseProfile } from '../support/profile-fixtures.ts';
import { writeAll } from '../support/seed-gate-season.ts';
import { seedOpenSeason } from '../support/seed-open-season.ts';
import { costPer1000 } from './cost-model.ts';
import { measureWorkflowRun, type WorkflowRunBenchContext, type WorkflowRunWork } from './measure-workflow-run.ts';
import { workflowRunReportLines } from './workflow-run-report-lines.ts';

/** The yardstick: a stage of 10,000 applications, three reviews each, over a pool of 500 experts. */
export const ASSIGNMENT_RUN = { applications: 10_000, reviewers: 3, experts: 500, capacity: 70, page: 200 } as const;

const COMPETENCES = ['social-projects', 'business', 'technology', 'education'];

/** A deterministic spread: the same experts, languages and conflicts on every run. */
const pick = (index: number, modulo: number): number => (index * 2_654_435_761) % modulo;

/**
 * The planner alone (domain/assignment), on the yardstick's numbers with competences, two
 * languages and one conflict in a hundred pairs: median of three runs, in ms, and how even the
 * loads came out.
 */
export const benchAssignmentPlanner = (): { readonly medianMs: number; readonly assigned: number; readonly spread: number } => {
  const experts: AssignmentExpert[] = Array.from({ length: ASSIGNMENT_RUN.experts }, (_, index) => ({
    id: `expert-${String(index).padStart(3, '0')}`,
    capacity: ASSIGNMENT_RUN.capacity,
    load: 0,
    competences: [COMPETENCES[index % 4]!, COMPETENCES[(index + 1) % 4]!],
    languages: index % 5 === 0 ? ['ru', 'en'] : ['ru'],
  }));
  const requests: AssignmentRequest[] = Array.from({ length: ASSIGNMENT_RUN.applications }, (_, index) => ({
    applicationId: `application-${String(index).padStart(5, '0')}`,
    rubricId: 'project-evaluation',
    wanted: ASSIGNMENT_RUN.reviewers,
    competences: [COMPETENCES[index % 4]!],
    language: index % 20 === 0 ? 'en' : 'ru',
    assigned: [],
  }));
  const conflicted = (expertId: string, applicationId: string): boolean =>
    pick(Number(expertId.slice(7)) * 100_003 + Number(applicationId.slice(12)), 100) === 0;
  const times: number[] = [];
  let plan: ReturnType<typeof planAssignment> | undefined;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    plan = planAssignment({ experts, requests, conflicted });
    times.push(performance.now() - started);
  }
  const afters = plan?.loads.map((load) => load.after) ?? [0];
  return {
    medianMs: times.sort((a, b) => a - b)[1] ?? 0,
    assigned: plan?.assignments.length ?? 0,
    spread: Math.max(...afters) - Math.min(...afters),
  };
};

export interface AssignmentRunMeasurement extends WorkflowRunWork {
  readonly applications: number;
  readonly pages: number;
  readonly seconds: number;
  readonly assigned: number;
  readonly short: number;
  readonly shortReasons: Readonly<Record<string, number>>;
  readonly spread: number;
}

/**
 * The whole stage as ONE review assignment run (POST /seasons/{id}/review-assignment-runs), on the
 * bench's local cloud: the reviewAssignment ASL on the local Step Functions server, the workflow
 * Lambda in process (timed per invocation), pages of 200 on DynamoDB Local. An Объединение
 * наставников season whose project evaluation wants three experts, `size` applications at the
 * expert evaluation with their applicants' profiles (BatchWriteItem from the adapters' item
 * builders, not timed) and the pool's experts placed through the adapters. Timed from the start
 * request until the run is recorded as ended; every DynamoDB request of the route and the
 * execution counted, and the execution's billed state transitions read from its history.
 */
export const benchAssignmentRun = async (
  context: WorkflowRunBenchContext & { readonly callReviews: (init: ApiEventInit) => Promise<HandlerResponse> },
): Promise<AssignmentRunMeasurement> => {
  const { tableName, benchClient } = context;
  const rubric = obedinenieNastavnikovTemplate.settings.reviewRubrics[0];
  if (rubric === undefined) throw new Error('The Объединение наставников template has no rubric');
  const { programmeId, seasonId } = await seedOpenSeason(benchClient, tableName, {
    template: obedinenieNastavnikovTemplate,
    prefix: 'bench-assign',
    settings: { reviewRubrics: [{ ...rubric, reviewers: ASSIGNMENT_RUN.reviewers }] },
  });
  const at = new Date().toISOString();
  const items: Record<string, unknown>[] = [];
  for (let index = 0; index < ASSIGNMENT_RUN.applications; index += 1) {
    const applicantId = randomUUID();
    const application: Application = {
      id: randomUUID(),
      seasonId,
      programmeId,
      applicantId,
      stage: rubric.stage,
      answers: {},
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 3,
    };
    items.push(applicationItem(application), {
      ...profileKey(applicantId),
      entity: ENTITY.profile,
      ...baseProfile(),
      applicantId,
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
  }
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, batch) => items.slice(batch * 25, (batch + 1) * 25));
  valuesOrFirstFailure(await settleInParallel(batches, 8, (batch) => writeAll(benchClient, tableName, batch)));
  const profiles = new DynamoDbExpertProfiles(benchClient, tableName);
  const pool = new DynamoDbExpertPool(benchClient, tableName);
  const experts = Array.from({ length: ASSIGNMENT_RUN.experts }, (_, index) => `bench-expert-${index}`);
  valuesOrFirstFailure(
    await settleInParallel(experts, 16, async (expertId) => {
      const competences = [COMPETENCES[pick(expertId.length + experts.indexOf(expertId), 4)]!];
      await profiles.save(
        expertId,
        {
          displayName: expertId,
          competences,
          languages: ['ru'],
          capacityPerSeason: ASSIGNMENT_RUN.capacity,
          available: true,
          declaredConflicts: [],
        },
        0,
        at,
      );
      await pool.place({
        seasonId,
        expertId,
        displayName: expertId,
        competences,
        languages: ['ru'],
        capacity: ASSIGNMENT_RUN.capacity,
        by: 'bench',
        at,
      });
    }),
  );

  // Watched through the bench's own client, so the watching is not counted as the run's work.
  const runs = new DynamoDbReviewAssignmentRuns(benchClient, tableName);
  const { run, seconds, work } = await measureWorkflowRun(context, {
    name: 'assignment run',
    machine: 'reviewAssignment',
    call: context.callReviews,
    route: '/seasons/{seasonId}/review-assignment-runs',
    programmeId,
    seasonId,
    body: { rubricId: rubric.id },
    find: (season, runId) => runs.find(season, runId),
    executionName: assignmentExecutionName,
    description: `the review assignment run over ${ASSIGNMENT_RUN.applications} applications to end`,
  });
  const afters = (await pool.all(seasonId)).map((member) => member.load);
  return {
    applications: ASSIGNMENT_RUN.applications,
    pages: run.pages,
    seconds,
    assigned: run.assigned,
    short: run.short,
    shortReasons: run.shortReasons,
    spread: Math.max(...afters) - Math.min(...afters),
    ...work,
  };
};

/** The run's figures, and what it costs per 1,000 applications in AWS (cost-model.ts: Step Functions, Lambda, DynamoDB). */
export const printAssignmentReport = (
  planner: ReturnType<typeof benchAssignmentPlanner>,
  run: AssignmentRunMeasurement,
  memoryMb: number,
): void => {
  const costs = costPer1000({ ...run, size: run.applications, mails: 0 }, memoryMb);
  const total = costs.reduce((sum, line) => sum + line.usd, 0);
  console.log(
    [
      `\nReview assignment: ${ASSIGNMENT_RUN.applications.toLocaleString('en')} applications × ${ASSIGNMENT_RUN.reviewers} reviews over ${ASSIGNMENT_RUN.experts} experts (capacity ${ASSIGNMENT_RUN.capacity} each)`,
      `  planner alone (domain/assignment, one conflict in a hundred pairs): ${planner.medianMs.toFixed(0)} ms median of 3; ${planner.assigned.toLocaleString('en')} assigned; loads within ${planner.spread}`,
      `  the stage as one review assignment run (reviewAssignment machine, ${run.pages} pages of ${ASSIGNMENT_RUN.page}) on the local cloud: ${run.seconds.toFixed(1)} s; ${run.assigned.toLocaleString('en')} assigned, ${run.short} applications short ${JSON.stringify(run.shortReasons)}; loads within ${run.spread}`,
      ...workflowRunReportLines(run, costs, { size: run.applications, unit: 'applications', memoryMb }),
      `    total: $${total.toFixed(4)}`,
    ].join('\n'),
  );
};
