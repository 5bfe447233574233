import * as z from 'zod';
import { nameSchema } from '../catalogue/domain/config/localised-text.ts';
import { requiredMessages } from '../platform/http/required-messages.ts';
import { defineRoute } from '../platform/http/route.ts';
import { applicationIdSchema, localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { matchingAssignmentSchema, unfilledOfferSchema, unmatchedApplicantSchema } from './matching-outcome-schema.ts';
import { matchingRunIdSchema, startMatchingRunInputSchema, UNFILLED_REASONS, UNMATCHED_REASONS } from './matching-run-schema.ts';
import { matchingRunViewSchema } from './matching-run-view.ts';
import {
  hostStepInputSchema,
  hostStepResultSchema,
  placementAnswerInputSchema,
  placementListQuerySchema,
} from './placement-input-schema.ts';
import { placementIdSchema } from './placement-schema.ts';
import { placementViewSchema } from './placement-view.ts';

const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
const runParams = z.strictObject({ seasonId: seasonIdSchema, runId: matchingRunIdSchema });
const applicationParams = z.strictObject({ applicationId: applicationIdSchema });
const placementParams = z.strictObject({ applicationId: applicationIdSchema, placementId: placementIdSchema });
const pageQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(25), cursor: cursorQuerySchema });

const runStartHeaders = z.object({
  'idempotency-key': z
    .string()
    .min(8)
    .max(128)
    .regex(/^[\x21-\x7e]+$/, { message: 'Printable ASCII without spaces' })
    .describe('Any unique value per run you mean to start (a UUID); the same start sent again with it answers with the same run.')
    .register(requiredMessages, {
      ru: 'Передайте заголовок Idempotency-Key: уникальное значение (например, UUID) для каждого запуска; повтор с тем же ключом вернёт тот же запуск',
      en: 'Send an Idempotency-Key header: a unique value (e.g. a UUID) for each run; a retry with the same key answers with the same run',
    }),
});

export const startInternshipMatchingRunRoute = defineRoute({
  operationId: 'startInternshipMatchingRun',
  method: 'POST',
  path: '/seasons/{seasonId}/internship-matching-runs',
  capability: 'internships',
  roles: ['staff'],
  summary: 'Match a stage’s applicants to its internship offers, as a resumable run (dry run first)',
  description:
    'The internshipMatching state machine reads the stage’s applications with the offers each ranked, and the stage’s approved offers with their seats left and their host’s ranking, page by page; matches them in one step (applicant-proposing deferred acceptance with capacities: stable, and the best stable result for every applicant); then, unless `dryRun`, offers every assigned applicant their placement (a seat held on the offer, a mail to answer within the programme’s acceptance days). Watch it at `GET …/internship-matching-runs/{runId}`; read every unmatched applicant and unfilled offer explained at `…/outcomes`. A later `round` takes only applications without a place in the stage, and the seats left. One run per stage at a time (409 `internship-matching-running`, with its location); the same Idempotency-Key answers with the same run.',
  tags: ['internships'],
  request: { params: seasonParams, headers: runStartHeaders, body: startMatchingRunInputSchema },
  responses: {
    202: { description: 'The run has started (or, for a key sent before, the run it started)', body: matchingRunViewSchema },
    409: {
      description:
        'A run of the stage is working (`internship-matching-running`), or the key started another run (`idempotency-key-reused`).',
    },
    422: { description: 'The stage takes no internship offers (`not-an-internship-stage`).' },
  },
});

export const listInternshipMatchingRunsRoute = defineRoute({
  operationId: 'listInternshipMatchingRuns',
  method: 'GET',
  path: '/seasons/{seasonId}/internship-matching-runs',
  capability: 'internships',
  roles: ['staff'],
  summary: 'A season’s internship matching runs, newest first',
  tags: ['internships'],
  request: { params: seasonParams, query: pageQuery },
  responses: {
    200: {
      description: 'A page of the runs, newest first',
      body: z.strictObject({ items: z.array(matchingRunViewSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getInternshipMatchingRunRoute = defineRoute({
  operationId: 'getInternshipMatchingRun',
  method: 'GET',
  path: '/seasons/{seasonId}/internship-matching-runs/{runId}',
  capability: 'internships',
  roles: ['staff'],
  summary: 'A matching run’s phase and report: applicants, offers and seats read, matched, unmatched and unfilled by reason, offered',
  tags: ['internships'],
  request: { params: runParams },
  responses: { 200: { description: 'The run as it stands', body: matchingRunViewSchema } },
});

export const listInternshipMatchingOutcomesRoute = defineRoute({
  operationId: 'listInternshipMatchingOutcomes',
  method: 'GET',
  path: '/seasons/{seasonId}/internship-matching-runs/{runId}/outcomes',
  capability: 'internships',
  roles: ['staff'],
  summary: 'A matching run’s explanations line by line: unmatched applicants, unfilled offers, or its assignments',
  description:
    'A page is one chunk of the run’s report (up to 100 explanations or 200 assignments). `kind=unmatched`: each applicant left without a place, the reason and the explanation they can be given, with what became of every offer they ranked; `kind=unfilled`: each offer left with seats, why, and the counts behind it; `kind=assigned`: who the run placed where. `reason` keeps one reason’s lines (a page may then hold fewer: follow `nextCursor`).',
  tags: ['internships'],
  request: {
    params: runParams,
    query: z.strictObject({
      kind: z.enum(['unmatched', 'unfilled', 'assigned']).default('unmatched'),
      reason: z.enum([...UNMATCHED_REASONS, ...UNFILLED_REASONS]).optional(),
      cursor: cursorQuerySchema,
    }),
  },
  responses: {
    200: {
      description: 'A page of the run’s outcomes',
      body: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('unmatched'), items: z.array(unmatchedApplicantSchema).max(200), nextCursor: nextCursorSchema() }),
        z.strictObject({ kind: z.literal('unfilled'), items: z.array(unfilledOfferSchema).max(200), nextCursor: nextCursorSchema() }),
        z.strictObject({ kind: z.literal('assigned'), items: z.array(matchingAssignmentSchema).max(200), nextCursor: nextCursorSchema() }),
      ]),
    },
  },
});

export const resumeInternshipMatchingRunRoute = defineRoute({
  operationId: 'resumeInternshipMatchingRun',
  method: 'POST',
  path: '/seasons/{seasonId}/internship-matching-runs/{runId}/resume',
  capability: 'internships',
  roles: ['staff'],
  summary: 'Resume a failed or interrupted matching run from its last checkpoint',
  description:
    'For a run that failed, or one still marked running whose execution has stopped. It goes on in a new execution from its checkpoint; a page of offers it had begun finds its placements stored and offers none twice.',
  tags: ['internships'],
  request: { params: runParams },
  responses: {
    202: { description: 'The run continues in a new execution', body: matchingRunViewSchema },
    409: {
      description:
        'The run succeeded or is still executing (`internship-matching-not-resumable`), or another run of its stage is working (`internship-matching-running`).',
    },
  },
});

export const getMyPlacementRoute = defineRoute({
  operationId: 'getMyPlacement',
  method: 'GET',
  path: '/applications/{applicationId}/placement',
  capability: 'internships',
  roles: ['applicant'],
  summary: 'The internship placement offered on the caller’s application, with its offer and deadline',
  description: 'The latest placement of the application. Another applicant’s application, or one without a placement, answers 404.',
  tags: ['internships'],
  request: { params: applicationParams },
  responses: { 200: { description: 'The placement', body: placementViewSchema } },
});

export const answerMyPlacementRoute = defineRoute({
  operationId: 'answerMyPlacement',
  method: 'POST',
  path: '/applications/{applicationId}/placement/answer',
  capability: 'internships',
  roles: ['applicant'],
  summary: 'Accept or decline the placement offered, before its deadline',
  description:
    'Send the version you read. After `respondBy` the offer has expired (409 `offer-expired`) and its seat has gone back. Accepting takes one of the offer’s seats in the same transaction: however many accept at once, no more than its seats are accepted (409 `offer-full`).',
  tags: ['internships'],
  request: { params: applicationParams, body: placementAnswerInputSchema },
  responses: {
    200: { description: 'The placement as answered', body: placementViewSchema },
    409: { description: '`offer-expired`, `offer-full`, `placement-step-not-allowed` (answered already), or `version-conflict`.' },
  },
});

export const listSeasonPlacementsRoute = defineRoute({
  operationId: 'listSeasonPlacements',
  method: 'GET',
  path: '/seasons/{seasonId}/placements',
  capability: 'internships',
  roles: ['staff', 'partner'],
  summary: 'A season’s internship placements, by offer and application',
  description:
    'Staff of the programme see every placement (or one offer’s); a partner sees only its own organisation’s, whatever it asks for. `status` filters (a page may then hold fewer: follow `nextCursor`).',
  tags: ['internships'],
  request: { params: seasonParams, query: placementListQuerySchema.extend({ cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of placements',
      body: z.strictObject({ items: z.array(placementViewSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getPlacementRoute = defineRoute({
  operationId: 'getPlacement',
  method: 'GET',
  path: '/applications/{applicationId}/placements/{placementId}',
  capability: 'internships',
  roles: ['staff', 'partner'],
  summary: 'A placement, for its host organisation’s people and staff',
  description: 'A partner of another organisation, or staff of another programme, gets 404.',
  tags: ['internships'],
  request: { params: placementParams },
  responses: { 200: { description: 'The placement', body: placementViewSchema } },
});

export const takePlacementStepRoute = defineRoute({
  operationId: 'takePlacementStep',
  method: 'POST',
  path: '/applications/{applicationId}/placements/{placementId}/steps',
  capability: 'internships',
  roles: ['staff', 'partner'],
  summary: 'Mark a placement started, completed (with the host’s evaluation) or ended early',
  description:
    '`start` an accepted placement; `complete` a started one with the host’s evaluation (every criterion of the programme’s rubric for the stage, days attended, a short report); `end-early` an accepted or started one with a reason. Starting and completing count toward the season’s internship figures (`GET /seasons/{seasonId}/internship-kpis`). Where the pipeline moves the application on the step (ПроКадры: to the closing event on completion), the move starts as any other, and `move` says so (or why the pipeline refused it). Send the version you read.',
  tags: ['internships'],
  request: { params: placementParams, body: hostStepInputSchema },
  responses: {
    200: { description: 'The placement after the step, and the application’s move', body: hostStepResultSchema },
    409: { description: '`placement-step-not-allowed` (not from where the placement is) or `version-conflict`.' },
    422: { description: 'The scores do not fit the rubric (`evaluation-invalid`).' },
  },
});

export const getInternshipKpisRoute = defineRoute({
  operationId: 'getInternshipKpis',
  method: 'GET',
  path: '/seasons/{seasonId}/internship-kpis',
  capability: 'internships',
  roles: ['staff'],
  summary: 'A season’s internship figures: placements started and completed, against the programme’s internship KPIs',
  tags: ['internships'],
  request: { params: seasonParams },
  responses: {
    200: {
      description: 'The figures',
      body: z.strictObject({
        seasonId: seasonIdSchema,
        started: z.int().min(0),
        completed: z.int().min(0),
        targets: z
          .array(
            z.strictObject({
              kpiId: localIdSchema,
              name: nameSchema,
              target: z.number().min(0).max(1_000_000_000),
              period: z.enum(['season', 'quarter']),
              completed: z.int().min(0),
              reached: z.boolean(),
            }),
          )
          .max(30),
      }),
    },
  },
});

/** The matching runs' and the placements' routes; new ones go at the end (the examples test reads them in order). */
export const placementRoutes = [
  startInternshipMatchingRunRoute,
  listInternshipMatchingRunsRoute,
  getInternshipMatchingRunRoute,
  listInternshipMatchingOutcomesRoute,
  resumeInternshipMatchingRunRoute,
  getMyPlacementRoute,
  answerMyPlacementRoute,
  listSeasonPlacementsRoute,
  getPlacementRoute,
  takePlacementStepRoute,
  getInternshipKpisRoute,
] as const;
