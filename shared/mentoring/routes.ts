import * as z from 'zod';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { defineRoute } from '../platform/http/route.ts';
import { freeText } from '../platform/text/free-text.ts';
import { seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { matchingInputSchema, matchingResultSchema } from './matching-schema.ts';
import { mentorIdSchema, mentorProfileSchema, saveMentorProfileInputSchema } from './mentor-profile-schema.ts';
import { mentorPlacementInputSchema, mentorPoolMemberSchema, mentorPoolPageSchema } from './mentor-pool-schema.ts';
import {
  invitationResponseInputSchema,
  MAX_SESSIONS_PER_PAIR,
  menteePairViewSchema,
  mentoringPairSchema,
  mentorPairViewSchema,
  PAIR_STATUSES,
  pairByHandInputSchema,
  pairEndingInputSchema,
  pairIdSchema,
  proposalResponseInputSchema,
} from './mentoring-pair-schema.ts';
import { mentoringSessionSchema, sessionInputSchema } from './mentoring-session-schema.ts';
import {
  LETTER_STATUSES,
  menteeLetterViewSchema,
  recommendationLetterSchema,
  saveLetterInputSchema,
} from './recommendation-letter-schema.ts';

const limit = z.coerce.number().int().min(1).max(100).default(25);
const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
const poolMentorParams = z.strictObject({ seasonId: seasonIdSchema, mentorId: mentorIdSchema });
const seasonPairParams = z.strictObject({ seasonId: seasonIdSchema, pairId: pairIdSchema });
const myPairParams = z.strictObject({ pairId: pairIdSchema });
const applicationParams = z.strictObject({ applicationId: applicationIdSchema });
const sessionList = z.strictObject({ items: z.array(mentoringSessionSchema).max(MAX_SESSIONS_PER_PAIR) });

export const getMyMentorProfileRoute = defineRoute({
  operationId: 'getMyMentorProfile',
  method: 'GET',
  path: '/me/mentor-profile',
  capability: 'mentoring',
  roles: ['mentor'],
  summary: 'The caller’s mentor profile',
  description: '404 until the mentor saves one.',
  tags: ['mentoring'],
  request: {},
  responses: { 200: { description: 'The profile', body: mentorProfileSchema } },
});

export const saveMyMentorProfileRoute = defineRoute({
  operationId: 'saveMyMentorProfile',
  method: 'PUT',
  path: '/me/mentor-profile',
  capability: 'mentoring',
  roles: ['mentor'],
  summary: 'Create or replace the caller’s mentor profile',
  description:
    'The spheres the mentor works in (the programme’s mentoring spheres), where they live, the languages they mentor in, how many mentees they take a season and a few lines mentees read. Send the `version` you read (0 or none to create); if the profile changed since, the answer is 409 version-conflict. Staff copy it into a season’s pool when they place the mentor.',
  tags: ['mentoring'],
  request: { body: saveMentorProfileInputSchema },
  responses: {
    200: { description: 'Replaced', body: mentorProfileSchema },
    201: { description: 'Created', body: mentorProfileSchema },
  },
});

export const listMentorPoolRoute = defineRoute({
  operationId: 'listMentorPool',
  method: 'GET',
  path: '/seasons/{seasonId}/mentors',
  capability: 'mentoring',
  roles: ['staff'],
  summary: 'A season’s mentor pool, each mentor with tier, capacity and load, and how full each tier is',
  description: 'For staff of the programme (404 for others); 409 `no-mentoring` for a programme without mentoring.',
  tags: ['mentoring'],
  request: { params: seasonParams, query: z.strictObject({ limit, cursor: cursorQuerySchema }) },
  responses: { 200: { description: 'A page of the pool, by mentor id', body: mentorPoolPageSchema } },
});

export const placeMentorInPoolRoute = defineRoute({
  operationId: 'placeMentorInPool',
  method: 'PUT',
  path: '/seasons/{seasonId}/mentors/{mentorId}',
  capability: 'mentoring',
  roles: ['staff'],
  summary: 'Put a mentor in a season’s pool (main tier or reserve), or change their tier or capacity',
  description:
    'The mentor must have a profile (409 `mentor-profile-missing`). Each tier holds at most the programme’s `mentoring.pool` size however many staff place at once (409 `pool-tier-full`). The capacity defaults to the programme’s `mentoring.mentorCapacity`; it may not exceed the mentees the mentor takes a season (422 `capacity-above-mentor-limit`) nor fall below the pairs they hold (409 `capacity-below-load`). Placing again refreshes the profile facts matching reads.',
  tags: ['mentoring'],
  request: { params: poolMentorParams, body: mentorPlacementInputSchema },
  responses: { 200: { description: 'The mentor as the pool now has them', body: mentorPoolMemberSchema } },
});

export const removeMentorFromPoolRoute = defineRoute({
  operationId: 'removeMentorFromPool',
  method: 'DELETE',
  path: '/seasons/{seasonId}/mentors/{mentorId}',
  capability: 'mentoring',
  roles: ['staff'],
  summary: 'Take a mentor out of a season’s pool',
  description: 'Frees their place in the tier. Refused (409 `mentor-has-pairs`) while they hold pairs other than declined ones.',
  tags: ['mentoring'],
  request: { params: poolMentorParams },
  responses: { 204: { description: 'Removed' } },
});

export const matchMenteesRoute = defineRoute({
  operationId: 'matchMentees',
  method: 'POST',
  path: '/seasons/{seasonId}/mentor-matching',
  capability: 'mentoring',
  roles: ['staff'],
  summary: 'Match the mentees waiting for a mentor with the pool’s mentors',
  description:
    'Every unpaired application in the programme’s agreement stage (up to 2,000 a call; `remaining` asks for another) is matched by the stable matching engine: a mentee’s choices are the mentors who work in the application’s language, in a sphere of the project (the season’s sphere question) and have not declined it, the main tier before the reserve, each by fit (shared spheres, then the same region); every mentor prefers the better-evaluated project (`mentoring.rankingRubric`). `dryRun: true` shows the plan; otherwise each pair is proposed and its mentor mailed. Writes refused by what changed meanwhile are listed (`refused`); matching again proposes nothing twice. 409 `no-mentoring-pairs` for a programme that pairs nobody.',
  tags: ['mentoring'],
  request: { params: seasonParams, body: matchingInputSchema },
  responses: { 200: { description: 'The proposals, and every mentee and mentor left over with the reason', body: matchingResultSchema } },
});

export const pairMenteeRoute = defineRoute({
  operationId: 'pairMentee',
  method: 'POST',
  path: '/seasons/{seasonId}/mentoring-pairs',
  capability: 'mentoring',
  roles: ['staff'],
  summary: 'Pair one mentee with a mentor by hand',
  description:
    'The application must wait in the agreement stage (409 `not-awaiting-mentor`) without a pair (409 `mentee-already-paired`); the mentor must be in the pool (409 `mentor-not-in-pool`) with a place left (409 `mentor-full`) and not have declined this mentee (409 `mentor-declined-mentee`). The mentor is mailed. The same pair again answers 200 with it.',
  tags: ['mentoring'],
  request: { params: seasonParams, body: pairByHandInputSchema },
  responses: {
    200: { description: 'Already paired so', body: mentoringPairSchema },
    201: { description: 'Proposed', body: mentoringPairSchema },
  },
});

export const listMentoringPairsRoute = defineRoute({
  operationId: 'listMentoringPairs',
  method: 'GET',
  path: '/seasons/{seasonId}/mentoring-pairs',
  capability: 'mentoring',
  roles: ['staff'],
  summary: 'A season’s mentoring pairs, by status and the time they were proposed',
  description: 'For staff of the programme. `status=declined-by-mentor` lists the proposals mentors declined, with their reasons.',
  tags: ['mentoring'],
  request: {
    params: seasonParams,
    query: z.strictObject({ status: z.enum(PAIR_STATUSES).optional(), limit, cursor: cursorQuerySchema }),
  },
  responses: {
    200: {
      description: 'A page of pairs',
      body: z.strictObject({ items: z.array(mentoringPairSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getMentoringPairRoute = defineRoute({
  operationId: 'getMentoringPair',
  method: 'GET',
  path: '/seasons/{seasonId}/mentoring-pairs/{pairId}',
  capability: 'mentoring',
  roles: ['staff'],
  summary: 'One pair with its sessions (notes included) and where its recommendation letter stands',
  tags: ['mentoring'],
  request: { params: seasonPairParams },
  responses: {
    200: {
      description: 'The pair',
      body: z.strictObject({
        pair: mentoringPairSchema,
        sessions: z.array(mentoringSessionSchema).max(MAX_SESSIONS_PER_PAIR),
        letter: z
          .strictObject({
            status: z.enum(LETTER_STATUSES),
            requestedAt: recommendationLetterSchema.shape.requestedAt,
            finalisedAt: recommendationLetterSchema.shape.finalisedAt,
          })
          .optional(),
      }),
    },
  },
});

export const listMyMenteesRoute = defineRoute({
  operationId: 'listMyMentees',
  method: 'GET',
  path: '/me/mentoring',
  capability: 'mentoring',
  roles: ['mentor'],
  summary: 'The caller’s mentoring pairs in a season, each with the mentee’s name',
  tags: ['mentoring'],
  request: { query: z.strictObject({ seasonId: seasonIdSchema, limit, cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of the caller’s pairs, oldest proposal first',
      body: z.strictObject({
        items: z.array(z.strictObject({ ...mentoringPairSchema.shape, menteeName: freeText({ max: 400 }).optional() })).max(100),
        nextCursor: nextCursorSchema(),
      }),
    },
  },
});

export const getMyMentoringPairRoute = defineRoute({
  operationId: 'getMyMentoringPair',
  method: 'GET',
  path: '/me/mentoring/{pairId}',
  capability: 'mentoring',
  roles: ['mentor'],
  summary: 'One of the caller’s pairs: the mentee’s name and project, their address once they accepted',
  description: 'Another mentor’s pair answers 404.',
  tags: ['mentoring'],
  request: { params: myPairParams },
  responses: { 200: { description: 'The pair', body: mentorPairViewSchema } },
});

export const respondToMentoringProposalRoute = defineRoute({
  operationId: 'respondToMentoringProposal',
  method: 'POST',
  path: '/me/mentoring/{pairId}/agreement',
  capability: 'mentoring',
  roles: ['mentor'],
  summary: 'Agree to take the proposed mentee, or decline',
  description:
    '`agree` moves the mentee from the agreement stage to the invitation as `mentor` (the pipeline decides: 409 with its reason) and records the pair for conflicts of interest; repeating it changes nothing. `decline` frees the pair: staff see it, and the mentee may be paired again, never with this mentor. Another mentor’s pair answers 404.',
  tags: ['mentoring'],
  request: { params: myPairParams, body: proposalResponseInputSchema },
  responses: { 200: { description: 'The pair as it now stands', body: mentorPairViewSchema } },
});

export const logMentoringSessionRoute = defineRoute({
  operationId: 'logMentoringSession',
  method: 'POST',
  path: '/me/mentoring/{pairId}/sessions',
  capability: 'mentoring',
  roles: ['mentor'],
  summary: 'Log a session with the mentee',
  description:
    'Once the mentee has accepted (409 `pair-state` before). The date is from the mentor’s agreement to tomorrow (422 `session-date-out-of-range`); at most 100 sessions a pair (409 `too-many-sessions`). The notes are read by the pair and the programme’s staff only.',
  tags: ['mentoring'],
  request: { params: myPairParams, body: sessionInputSchema },
  responses: { 201: { description: 'Logged', body: mentoringSessionSchema } },
});

export const listMyMentoringSessionsRoute = defineRoute({
  operationId: 'listMyMentoringSessions',
  method: 'GET',
  path: '/me/mentoring/{pairId}/sessions',
  capability: 'mentoring',
  roles: ['mentor'],
  summary: 'The sessions of one of the caller’s pairs, by date',
  tags: ['mentoring'],
  request: { params: myPairParams },
  responses: { 200: { description: 'Every session of the pair', body: sessionList } },
});

export const completeMentoringRoute = defineRoute({
  operationId: 'completeMentoring',
  method: 'POST',
  path: '/me/mentoring/{pairId}/completion',
  capability: 'mentoring',
  roles: ['mentor'],
  summary: 'Complete the mentoring: the mentee moves on to the summing up',
  description:
    'Once at least one session is logged (409 `no-session-logged`): the pair is completed and the mentee moves from the session stage to the summing up as `mentor`. Repeating it changes nothing.',
  tags: ['mentoring'],
  request: { params: myPairParams },
  responses: { 200: { description: 'The completed pair', body: mentorPairViewSchema } },
});

export const saveRecommendationLetterRoute = defineRoute({
  operationId: 'saveRecommendationLetter',
  method: 'PUT',
  path: '/me/mentoring/{pairId}/recommendation-letter',
  capability: 'mentoring',
  roles: ['mentor'],
  summary: 'Write the mentee’s recommendation letter: a draft, or the final text',
  description:
    'Once the summing up has requested it (409 `letter-not-requested`): up to 6,000 characters, in Russian or English, at the `version` read. `final: true` signs it off: the mentee is mailed and reads it, and it never changes again (409 `letter-final`).',
  tags: ['mentoring'],
  request: { params: myPairParams, body: saveLetterInputSchema },
  responses: { 200: { description: 'The letter as saved', body: recommendationLetterSchema } },
});

export const getMyRecommendationLetterRoute = defineRoute({
  operationId: 'getMyRecommendationLetter',
  method: 'GET',
  path: '/me/mentoring/{pairId}/recommendation-letter',
  capability: 'mentoring',
  roles: ['mentor'],
  summary: 'The recommendation letter of one of the caller’s pairs, as its mentor writes it',
  description: '404 until the summing up requests it.',
  tags: ['mentoring'],
  request: { params: myPairParams },
  responses: { 200: { description: 'The letter', body: recommendationLetterSchema } },
});

export const getApplicationMentoringRoute = defineRoute({
  operationId: 'getApplicationMentoring',
  method: 'GET',
  path: '/applications/{applicationId}/mentoring',
  capability: 'mentoring',
  roles: ['applicant'],
  summary: 'The caller’s mentoring pair on their application, and their mentor once the mentor has agreed',
  description: '404 while the application has no pair (or is not the caller’s).',
  tags: ['mentoring'],
  request: { params: applicationParams },
  responses: { 200: { description: 'The pair', body: menteePairViewSchema } },
});

export const respondToMentoringInvitationRoute = defineRoute({
  operationId: 'respondToMentoringInvitation',
  method: 'POST',
  path: '/applications/{applicationId}/mentoring/invitation',
  capability: 'mentoring',
  roles: ['applicant'],
  summary: 'Accept the mentor’s invitation, or decline it',
  description:
    'Once a mentor has agreed (409 `not-invited` before). `accept` moves the application from the invitation to the mentoring session as `applicant`; repeating it changes nothing. `decline` is the withdrawal from the programme (the pipeline’s own, 409 where it is closed); the mentor’s place is freed.',
  tags: ['mentoring'],
  request: { params: applicationParams, body: invitationResponseInputSchema },
  responses: { 200: { description: 'The pair as it now stands', body: menteePairViewSchema } },
});

export const listApplicationMentoringSessionsRoute = defineRoute({
  operationId: 'listApplicationMentoringSessions',
  method: 'GET',
  path: '/applications/{applicationId}/mentoring/sessions',
  capability: 'mentoring',
  roles: ['applicant'],
  summary: 'The sessions the mentor logged with the caller, by date',
  tags: ['mentoring'],
  request: { params: applicationParams },
  responses: { 200: { description: 'Every session of the pair', body: sessionList } },
});

export const getApplicationRecommendationLetterRoute = defineRoute({
  operationId: 'getApplicationRecommendationLetter',
  method: 'GET',
  path: '/applications/{applicationId}/recommendation-letter',
  capability: 'mentoring',
  roles: ['applicant'],
  summary: 'The caller’s recommendation letter from their mentor',
  description: 'That it is being written, then, once the mentor signs it off, the letter. 404 until the summing up requests it.',
  tags: ['mentoring'],
  request: { params: applicationParams },
  responses: { 200: { description: 'The letter, or that it is being written', body: menteeLetterViewSchema } },
});

export const endMentoringPairRoute = defineRoute({
  operationId: 'endMentoringPair',
  method: 'POST',
  path: '/seasons/{seasonId}/mentoring-pairs/{pairId}/ending',
  capability: 'mentoring',
  roles: ['staff'],
  summary: 'End a pair stuck on someone: a mentor who never answers or dropped out, a mentee who never answers',
  description:
    'For staff of the programme, on a pair still under way (409 `pair-state` otherwise). The mentor’s place goes back to the pool and the two are never paired again. For `mentor-unresponsive` and `mentor-withdrew` the mentee goes back to the agreement stage to be paired with another mentor (409 `no-way-back-to-agreement`, with nothing changed, where the pipeline has no staff move back) and is mailed; the mentor is mailed in every case. The `note` stays with staff. Send the `version` you read (409 `version-conflict` if the pair moved since); the same ending again answers 200 with the pair and finishes a move back that failed.',
  tags: ['mentoring'],
  request: { params: seasonPairParams, body: pairEndingInputSchema },
  responses: { 200: { description: 'The pair, ended', body: mentoringPairSchema } },
});

/** Mentor profiles, seasons' mentor pools, matching, pairs, sessions and recommendation letters (the mentoring function). */
export const mentoringRoutes = [
  getMyMentorProfileRoute,
  saveMyMentorProfileRoute,
  listMentorPoolRoute,
  placeMentorInPoolRoute,
  removeMentorFromPoolRoute,
  matchMenteesRoute,
  pairMenteeRoute,
  listMentoringPairsRoute,
  getMentoringPairRoute,
  listMyMenteesRoute,
  getMyMentoringPairRoute,
  respondToMentoringProposalRoute,
  logMentoringSessionRoute,
  listMyMentoringSessionsRoute,
  completeMentoringRoute,
  saveRecommendationLetterRoute,
  getMyRecommendationLetterRoute,
  getApplicationMentoringRoute,
  respondToMentoringInvitationRoute,
  listApplicationMentoringSessionsRoute,
  getApplicationRecommendationLetterRoute,
  endMentoringPairRoute,
] as const;
