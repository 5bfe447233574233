import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';
import { seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { poolMemberInputSchema, poolMemberSchema } from './expert-pool-schema.ts';
import { expertIdSchema, expertProfileSchema, saveExpertProfileInputSchema } from './expert-profile-schema.ts';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';
import { rubricAggregateSchema } from './aggregate-schema.ts';
import { reviewProgressSchema } from './review-progress-schema.ts';
import { MAX_REVIEW_REMINDERS_PER_SEASON, reviewRemindersInputSchema, reviewRemindersReportSchema } from './reminders-schema.ts';
import { assignmentPageInputSchema, assignmentPageSchema, MAX_ASSIGNMENT_PAGE } from './assignment-run-schema.ts';
import { requiredMessages } from '../platform/http/required-messages.ts';
import { reviewAssignmentRunIdSchema, startReviewAssignmentRunInputSchema } from './review-assignment-run-schema.ts';
import { reviewAssignmentRunViewSchema } from './review-assignment-run-view.ts';
import { expertReviewPageSchema } from './blind-view-schema.ts';
import { assignReviewerInputSchema, myReviewSchema, reviewSchema, saveReviewInputSchema } from './review-schema.ts';
import { scoreExportIdSchema, scoreExportInputSchema, scoreExportLinkSchema, scoreExportViewSchema } from './score-export-schema.ts';

const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: cursorQuerySchema,
});
const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
const poolMemberParams = z.strictObject({ seasonId: seasonIdSchema, expertId: expertIdSchema });

export const getMyExpertProfileRoute = defineRoute({
  operationId: 'getMyExpertProfile',
  method: 'GET',
  path: '/me/expert-profile',
  capability: 'reviews',
  roles: ['expert'],
  summary: 'The caller’s expert profile',
  description: '404 until the expert saves one.',
  tags: ['experts'],
  request: {},
  responses: { 200: { description: 'The profile', body: expertProfileSchema } },
});

export const saveMyExpertProfileRoute = defineRoute({
  operationId: 'saveMyExpertProfile',
  method: 'PUT',
  path: '/me/expert-profile',
  capability: 'reviews',
  roles: ['expert'],
  summary: 'Create or replace the caller’s expert profile',
  description:
    'Competences, languages, where the expert works and studied, how many reviews they take a season, whether they take new ones now, and the conflicts they declare (a person, an organisation, a region). Conflicts are also detected from these facts and the applicants’ profiles before every assignment. Send the `version` you read (0 or none to create); if the profile changed since, the answer is 409 version-conflict.',
  tags: ['experts'],
  request: { body: saveExpertProfileInputSchema },
  responses: {
    200: { description: 'Replaced', body: expertProfileSchema },
    201: { description: 'Created', body: expertProfileSchema },
    409: { description: 'The profile changed since the version sent (`version-conflict`).' },
  },
});

export const listExpertPoolRoute = defineRoute({
  operationId: 'listExpertPool',
  method: 'GET',
  path: '/seasons/{seasonId}/experts',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'A season’s expert pool, with each expert’s capacity, load and progress',
  tags: ['experts'],
  request: { params: seasonParams, query: pageQuery },
  responses: {
    200: {
      description: 'A page of the pool, by expert id',
      body: z.strictObject({ items: z.array(poolMemberSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const placeExpertInPoolRoute = defineRoute({
  operationId: 'placeExpertInPool',
  method: 'PUT',
  path: '/seasons/{seasonId}/experts/{expertId}',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Put an expert in a season’s pool, or change their capacity',
  description:
    'The expert must have a profile (409 `expert-profile-missing`); the capacity may not exceed the reviews the expert takes a season (422 `capacity-above-expert-limit`) nor fall below the reviews they already hold (409 `capacity-below-load`). The pool copies the expert’s name, languages and the competences the programme lists; placing again refreshes them.',
  tags: ['experts'],
  request: { params: poolMemberParams, body: poolMemberInputSchema },
  responses: {
    200: { description: 'The expert as the pool now has them', body: poolMemberSchema },
    409: { description: '`expert-profile-missing` or `capacity-below-load`.' },
  },
});

export const removeExpertFromPoolRoute = defineRoute({
  operationId: 'removeExpertFromPool',
  method: 'DELETE',
  path: '/seasons/{seasonId}/experts/{expertId}',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Take an expert out of a season’s pool',
  description:
    'Refused (409 `expert-has-open-reviews`) while the expert holds reviews not yet submitted: withdraw those assignments first.',
  tags: ['experts'],
  request: { params: poolMemberParams },
  responses: {
    204: { description: 'Removed' },
    409: { description: 'The expert holds unfinished reviews (`expert-has-open-reviews`).' },
  },
});

const assignmentParams = z.strictObject({ applicationId: applicationIdSchema, rubricId: localIdSchema, expertId: expertIdSchema });
const myReviewParams = z.strictObject({ applicationId: applicationIdSchema, rubricId: localIdSchema });

export const assignReviewerRoute = defineRoute({
  operationId: 'assignReviewer',
  method: 'PUT',
  path: '/applications/{applicationId}/reviews/{rubricId}/experts/{expertId}',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Assign an expert to review an application on a rubric',
  description:
    'The application must be at the rubric’s stage (409 `not-at-rubric-stage`), before the stage’s review deadline (409 `review-locked`: a review assigned after it could never be submitted); the expert in the season’s pool (409 `expert-not-in-pool`), available (409 `expert-unavailable`), with one of the rubric’s competences and the application’s language (409 `expert-not-qualified`), and with capacity left (409 `expert-at-capacity`). Conflicts of interest, declared or detected from the profiles, refuse with 409 `conflict-of-interest`, each conflict a field with its kind and source; send `override.reason` to assign anyway: the reason and the conflicts stay on the review. The expert may then read the application’s verified documents.',
  tags: ['reviews'],
  request: { params: assignmentParams, body: assignReviewerInputSchema },
  responses: {
    201: { description: 'Assigned', body: reviewSchema },
    409: { description: 'A rule above refuses (its code says which), or the expert is already assigned (`already-assigned`).' },
  },
});

export const unassignReviewerRoute = defineRoute({
  operationId: 'unassignReviewer',
  method: 'DELETE',
  path: '/applications/{applicationId}/reviews/{rubricId}/experts/{expertId}',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Withdraw an expert’s assignment',
  description: 'Refused once the review is submitted (409 `review-submitted`). The expert’s capacity comes back.',
  tags: ['reviews'],
  request: { params: assignmentParams },
  responses: { 204: { description: 'Withdrawn' }, 409: { description: 'The review is submitted (`review-submitted`).' } },
});

export const listApplicationReviewsRoute = defineRoute({
  operationId: 'listApplicationReviews',
  method: 'GET',
  path: '/applications/{applicationId}/reviews',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'An application’s reviews and its scores per rubric, explained',
  tags: ['reviews'],
  request: { params: z.strictObject({ applicationId: applicationIdSchema }) },
  responses: {
    200: {
      description:
        'Every review (assigned, draft, submitted) with its scores and comments, and each rubric’s score once all its reviews are in',
      body: z.strictObject({ reviews: z.array(reviewSchema).max(200), aggregates: z.array(rubricAggregateSchema).max(20) }),
    },
  },
});

export const listMyReviewsRoute = defineRoute({
  operationId: 'listMyReviews',
  method: 'GET',
  path: '/me/reviews',
  capability: 'reviews',
  roles: ['expert', 'partner'],
  summary: 'The caller’s review assignments in a season',
  tags: ['reviews'],
  request: {
    query: z.strictObject({
      seasonId: seasonIdSchema,
      limit: z.coerce.number().int().min(1).max(100).default(25),
      cursor: cursorQuerySchema,
    }),
  },
  responses: {
    200: {
      description: 'A page of the caller’s reviews, by rubric then application',
      body: z.strictObject({ items: z.array(myReviewSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getMyReviewRoute = defineRoute({
  operationId: 'getMyReview',
  method: 'GET',
  path: '/me/reviews/{applicationId}/{rubricId}',
  capability: 'reviews',
  roles: ['expert', 'partner'],
  summary: 'One of the caller’s reviews: the application as the blind policy shows it, the rubric, the review so far',
  description:
    'Never the applicant’s name, birth date, contacts or account; the region and the names of organisations and places of study only where the rubric shows them. 404 for an application not assigned to the caller.',
  tags: ['reviews'],
  request: { params: myReviewParams },
  responses: { 200: { description: 'The review page', body: expertReviewPageSchema } },
});

export const saveMyReviewDraftRoute = defineRoute({
  operationId: 'saveMyReviewDraft',
  method: 'PUT',
  path: '/me/reviews/{applicationId}/{rubricId}',
  capability: 'reviews',
  roles: ['expert', 'partner'],
  summary: 'Save a review as a draft',
  description:
    'Scores may leave criteria out; those given must be on the rubric’s scale in steps of 0.5 (422 `invalid-scores`, each fault a field). Send the `version` you read (409 `version-conflict` if it changed). A submitted review is corrected by submitting again (409 `review-submitted`); after the stage’s deadline nothing changes (409 `review-locked`).',
  tags: ['reviews'],
  request: { params: myReviewParams, body: saveReviewInputSchema },
  responses: { 200: { description: 'The draft', body: myReviewSchema } },
});

export const submitMyReviewRoute = defineRoute({
  operationId: 'submitMyReview',
  method: 'POST',
  path: '/me/reviews/{applicationId}/{rubricId}/submission',
  capability: 'reviews',
  roles: ['expert', 'partner'],
  summary: 'Submit a review',
  description:
    'Every criterion scored on the scale (422 `invalid-scores`), at the `version` read. Conflicts of interest are checked again (409 `conflict-of-interest`, naming only their kinds). Until the stage’s deadline the expert may submit again to correct the review; after it, 409 `review-locked`. When this is the last review the rubric waits for, the application’s score is computed (staff see it with the reviews); where the reviewers disagree beyond the rubric’s threshold and it asks for one more, the platform assigns an extra reviewer from the pool at once.',
  tags: ['reviews'],
  request: { params: myReviewParams, body: saveReviewInputSchema },
  responses: { 200: { description: 'The submitted review', body: myReviewSchema } },
});

export const planReviewAssignmentsRoute = defineRoute({
  operationId: 'planReviewAssignments',
  method: 'POST',
  path: '/seasons/{seasonId}/review-assignments',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Plan, and make, the reviews a page of a rubric’s stage still needs',
  description:
    'Takes a page (`limit`, at most 200) of the season’s applications at the rubric’s stage and plans each up to the rubric’s `reviewers` over the whole pool: experts with the application’s language and one of the rubric’s competences, never across a conflict of interest, never over capacity, the load as even as capacities allow. `dryRun: true` shows the plan (assignments, each expert’s load before and after, every application left short with its reason: `no-qualified-expert`, `all-qualified-conflicted`, `capacity-exhausted`) and writes nothing; `dryRun: false` makes the assignments, each checked again as it is written. Walk the stage with `nextCursor`; calling again for a page already served assigns nothing more. After the stage’s review deadline there is nothing to plan (409 `review-locked`).',
  tags: ['reviews'],
  request: { params: seasonParams, body: assignmentPageInputSchema },
  responses: {
    200: { description: 'The page, planned (and assigned unless a dry run)', body: assignmentPageSchema },
    409: { description: 'The stage’s review deadline has passed (`review-locked`).' },
  },
});

export const getReviewProgressRoute = defineRoute({
  operationId: 'getReviewProgress',
  method: 'GET',
  path: '/seasons/{seasonId}/review-progress',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Where a season’s reviews stand, per rubric (so per stage)',
  description:
    'Reviews assigned and submitted on each rubric of the programme, the experts holding them, and the pool’s capacity and load: the pool’s per-rubric counters summed (each kept in the same transaction as the review it counts).',
  tags: ['reviews'],
  request: { params: seasonParams },
  responses: { 200: { description: 'The season’s review progress', body: reviewProgressSchema } },
});

export const remindExpertsRoute = defineRoute({
  operationId: 'remindExperts',
  method: 'POST',
  path: '/seasons/{seasonId}/review-reminders',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Remind the experts who still owe reviews on a rubric',
  description: `One mail to each expert of the pool with unfinished reviews on the rubric, in their language, with the count and the stage's deadline, through the mail queue. At most once a day per expert and rubric (sending again the same day queues nothing) and ${MAX_REVIEW_REMINDERS_PER_SEASON} times per expert per season. The mail goes to the address the expert signed in with when they last saved their profile. After the stage’s deadline the reviews are locked and nobody is reminded (409 \`review-locked\`).`,
  tags: ['reviews'],
  request: { params: seasonParams, body: reviewRemindersInputSchema },
  responses: { 202: { description: 'What was queued, and why the rest was not', body: reviewRemindersReportSchema } },
});

const assignmentRunParams = z.strictObject({ seasonId: seasonIdSchema, runId: reviewAssignmentRunIdSchema });
const assignmentRunStartHeaders = z.object({
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

export const startReviewAssignmentRunRoute = defineRoute({
  operationId: 'startReviewAssignmentRun',
  method: 'POST',
  path: '/seasons/{seasonId}/review-assignment-runs',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Assign a rubric’s reviews over its whole stage, as a resumable run',
  description: `The reviewAssignment state machine walks the season’s applications at the rubric’s stage, ${MAX_ASSIGNMENT_PAGE} at a time, and makes on each page what \`POST /seasons/{seasonId}/review-assignments\` with \`dryRun: false\` would: every application up to the rubric’s \`reviewers\`, never across a conflict of interest or over capacity, the load as even as capacities allow. Watch it at \`GET …/review-assignment-runs/{runId}\`: pages, applications, reviews assigned, applications left short by reason. One run per stage and rubric at a time (409 \`review-assignment-running\`, with its location). The same Idempotency-Key answers with the same run; a run after a finished one assigns only what is still missing.`,
  tags: ['reviews'],
  request: { params: seasonParams, headers: assignmentRunStartHeaders, body: startReviewAssignmentRunInputSchema },
  responses: {
    202: { description: 'The run has started (or, for a key sent before, the run it started)', body: reviewAssignmentRunViewSchema },
    409: {
      description:
        'A run of the stage and rubric is working (`review-assignment-running`), or the Idempotency-Key started a run on another rubric (`idempotency-key-reused`).',
    },
  },
});

export const listReviewAssignmentRunsRoute = defineRoute({
  operationId: 'listReviewAssignmentRuns',
  method: 'GET',
  path: '/seasons/{seasonId}/review-assignment-runs',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'A season’s review assignment runs, newest first',
  tags: ['reviews'],
  request: { params: seasonParams, query: pageQuery },
  responses: {
    200: {
      description: 'A page of the runs, newest first',
      body: z.strictObject({ items: z.array(reviewAssignmentRunViewSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getReviewAssignmentRunRoute = defineRoute({
  operationId: 'getReviewAssignmentRun',
  method: 'GET',
  path: '/seasons/{seasonId}/review-assignment-runs/{runId}',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'A review assignment run’s progress: pages, applications, reviews assigned, applications left short by reason, status',
  tags: ['reviews'],
  request: { params: assignmentRunParams },
  responses: { 200: { description: 'The run as it stands', body: reviewAssignmentRunViewSchema } },
});

export const resumeReviewAssignmentRunRoute = defineRoute({
  operationId: 'resumeReviewAssignmentRun',
  method: 'POST',
  path: '/seasons/{seasonId}/review-assignment-runs/{runId}/resume',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Resume a failed or interrupted review assignment run from its last recorded page',
  description:
    'For a run that failed, or one still marked running whose execution has stopped. It goes on in a new execution from its cursor; the page it stopped in is planned again from the reviews each application holds, so nothing is assigned twice.',
  tags: ['reviews'],
  request: { params: assignmentRunParams },
  responses: {
    202: { description: 'The run continues in a new execution', body: reviewAssignmentRunViewSchema },
    409: {
      description:
        'The run succeeded or is still executing (`review-assignment-not-resumable`), or another run of its stage and rubric is working (`review-assignment-running`).',
    },
  },
});

const scoreExportParams = z.strictObject({ seasonId: seasonIdSchema, exportId: scoreExportIdSchema });

export const startScoreExportRoute = defineRoute({
  operationId: 'startScoreExport',
  method: 'POST',
  path: '/seasons/{seasonId}/score-exports',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'Start a CSV export of the season’s review scores',
  description:
    'One row per application and rubric that has a review: the application’s id, stage and track, the rubric, its score, method, spread and disagreement, and each reviewer (by expert id) with their status, weighted score and per-criterion scores. No personal data: staff open the application for the person. Optionally only the applications now at `stage`, or only `rubricId`’s rows (422 `unknown-stage`, `unknown-rubric`). The export runs in the background (the scoreExport state machine pages through the season’s index): follow it at `GET …/score-exports/{exportId}`, and once `ready` get the file with `GET …/download-link`. UTF-8 with a BOM (Excel reads Cyrillic), RFC 4180 quoting, and any cell starting with = + - @, tab or CR prefixed with an apostrophe so no spreadsheet runs it as a formula. The export and its file are deleted after 7 days.',
  tags: ['reviews'],
  request: { params: seasonParams, body: scoreExportInputSchema },
  responses: { 202: { description: 'The export has started', body: scoreExportViewSchema } },
});

export const getScoreExportRoute = defineRoute({
  operationId: 'getScoreExport',
  method: 'GET',
  path: '/seasons/{seasonId}/score-exports/{exportId}',
  capability: 'reviews',
  roles: ['staff'],
  summary: 'A score export’s progress: applications read, rows written, status',
  tags: ['reviews'],
  request: { params: scoreExportParams },
  responses: { 200: { description: 'The export as it stands', body: scoreExportViewSchema } },
});

export const getScoreExportLinkRoute = defineRoute({
  operationId: 'getScoreExportLink',
  method: 'GET',
  path: '/seasons/{seasonId}/score-exports/{exportId}/download-link',
  // Served by the documents function, which holds the S3 client anyway: signing a link here would
  // put S3's code into every cold start of the reviews function.
  capability: 'documents',
  roles: ['staff'],
  summary: 'A short-lived link to download a ready score export',
  description:
    'A presigned GET of the CSV file, valid for 5 minutes: the file goes straight from storage to the browser. Ask again for a new link at any time while the export lives. 409 `score-export-not-ready` while it is being prepared or after it failed.',
  tags: ['reviews'],
  request: { params: scoreExportParams },
  responses: {
    200: { description: 'The link', body: scoreExportLinkSchema },
    409: { description: 'The file is not ready (`score-export-not-ready`).' },
  },
});

/** Experts' profiles, seasons' expert pools, assignments and reviews (capability 'reviews'). */
export const reviewRoutes = [
  getMyExpertProfileRoute,
  saveMyExpertProfileRoute,
  listExpertPoolRoute,
  placeExpertInPoolRoute,
  removeExpertFromPoolRoute,
  assignReviewerRoute,
  unassignReviewerRoute,
  listApplicationReviewsRoute,
  listMyReviewsRoute,
  getMyReviewRoute,
  saveMyReviewDraftRoute,
  submitMyReviewRoute,
  planReviewAssignmentsRoute,
  getReviewProgressRoute,
  remindExpertsRoute,
  startReviewAssignmentRunRoute,
  listReviewAssignmentRunsRoute,
  getReviewAssignmentRunRoute,
  resumeReviewAssignmentRunRoute,
  startScoreExportRoute,
  getScoreExportRoute,
  getScoreExportLinkRoute,
] as const;
