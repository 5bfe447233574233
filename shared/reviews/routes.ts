import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';
import { seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { poolMemberInputSchema, poolMemberSchema } from './expert-pool-schema.ts';
import { expertIdSchema, expertProfileSchema, saveExpertProfileInputSchema } from './expert-profile-schema.ts';

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

/** Experts' profiles and seasons' expert pools (capability 'reviews'). */
export const reviewRoutes = [
  getMyExpertProfileRoute,
  saveMyExpertProfileRoute,
  listExpertPoolRoute,
  placeExpertInPoolRoute,
  removeExpertFromPoolRoute,
] as const;
