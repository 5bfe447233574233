import * as z from 'zod';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { ROLES } from '../platform/auth/roles.ts';
import { defineRoute } from '../platform/http/route.ts';
import { workflowFailureSchema } from './ports/workflow-failure-repository.ts';
import { programmeIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { programmeSchema, programmeSummarySchema } from './domain/config/programme-schema.ts';
import { programmeSettingsShape } from './domain/config/programme-settings-schema.ts';
import { openSeasonSummarySchema, publicSeasonSchema } from './domain/seasons/public-season.ts';
import { seasonDefinitionSchema, seasonSchema } from './domain/seasons/season-schema.ts';
import { TEMPLATE_IDS } from './domain/templates/template-ids.ts';
import { createProgrammeInputSchema } from './use-cases/create-programme.ts';
import { updateProgrammeInputSchema } from './use-cases/update-programme.ts';

/** Query strings arrive as text; `limit` is coerced, and an unknown parameter is refused like an unknown field. */
const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: cursorQuerySchema,
});

const pageOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item).max(100), nextCursor: nextCursorSchema() });

const programmeParams = z.strictObject({ programmeId: programmeIdSchema });
const seasonParams = z.strictObject({ seasonId: seasonIdSchema });

const templateSchema = z.strictObject({ id: z.enum(TEMPLATE_IDS), source: z.string().max(500), settings: programmeSettingsShape });

/** Cognito keeps an attribute to 2,048 characters; `custom:programmes` lists ids separated by commas. */
const claimText = z.string().max(2048);

const identitySchema = z.strictObject({
  subject: claimText,
  email: claimText.optional(),
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
  region: claimText.optional(),
  organisation: claimText.optional(),
  programmes: z.array(claimText).max(1024),
});

export const listProgrammeTemplatesRoute = defineRoute({
  operationId: 'listProgrammeTemplates',
  method: 'GET',
  path: '/programme-templates',
  capability: 'programmes',
  roles: ['staff'],
  summary: 'The programmes cadre ships as templates',
  description: 'ПроКадры, Кадры будущего для регионов and Объединение наставников, each with the settings a new programme starts from.',
  tags: ['programmes'],
  responses: { 200: { description: 'Every template', body: z.strictObject({ items: z.array(templateSchema).max(TEMPLATE_IDS.length) }) } },
});

export const createProgrammeRoute = defineRoute({
  operationId: 'createProgramme',
  method: 'POST',
  path: '/programmes',
  capability: 'programmes',
  roles: ['staff'],
  summary: 'Create a programme from a template',
  description:
    'Copies the template; each settings section given in `overrides` replaces the template’s section whole. The result is validated as a whole and every fault is listed. Needs staff access to all programmes.',
  tags: ['programmes'],
  request: { body: createProgrammeInputSchema },
  responses: {
    201: { description: 'The new programme (version 1)', body: programmeSchema },
    409: { description: 'A programme with this id exists (`programme-exists`).' },
  },
});

export const listProgrammesRoute = defineRoute({
  operationId: 'listProgrammes',
  method: 'GET',
  path: '/programmes',
  capability: 'programmes',
  roles: ['staff'],
  summary: 'Programmes the caller runs',
  tags: ['programmes'],
  request: { query: pageQuery },
  responses: { 200: { description: 'A page of programmes', body: pageOf(programmeSummarySchema) } },
});

export const getProgrammeRoute = defineRoute({
  operationId: 'getProgramme',
  method: 'GET',
  path: '/programmes/{programmeId}',
  capability: 'programmes',
  roles: ['staff'],
  summary: 'A programme with its settings and current version',
  tags: ['programmes'],
  request: { params: programmeParams },
  responses: { 200: { description: 'The programme', body: programmeSchema } },
});

export const updateProgrammeRoute = defineRoute({
  operationId: 'updateProgramme',
  method: 'PUT',
  path: '/programmes/{programmeId}',
  capability: 'programmes',
  roles: ['staff'],
  summary: 'Replace a programme’s settings',
  description: 'Send the `version` you read; if the programme changed since, the answer is 409 version-conflict with the current version.',
  tags: ['programmes'],
  request: { params: programmeParams, body: updateProgrammeInputSchema },
  responses: {
    200: { description: 'The programme with its new version', body: programmeSchema },
    409: { description: 'The programme changed since the version sent (`version-conflict`, with the current version).' },
  },
});

export const createSeasonRoute = defineRoute({
  operationId: 'createSeason',
  method: 'POST',
  path: '/programmes/{programmeId}/seasons',
  capability: 'programmes',
  roles: ['staff'],
  summary: 'Create a season of a programme (as a draft)',
  description: 'The calendar is checked against the programme’s pipeline: known stages, in order, with a window for the initial stage.',
  tags: ['seasons'],
  request: { params: programmeParams, body: seasonDefinitionSchema },
  responses: {
    201: { description: 'The draft season', body: seasonSchema },
    409: { description: 'A season with this id exists (`season-exists`).' },
  },
});

export const listProgrammeSeasonsRoute = defineRoute({
  operationId: 'listProgrammeSeasons',
  method: 'GET',
  path: '/programmes/{programmeId}/seasons',
  capability: 'programmes',
  roles: ['staff'],
  summary: 'Every season of a programme, drafts included',
  tags: ['seasons'],
  request: { params: programmeParams, query: pageQuery },
  responses: { 200: { description: 'A page of seasons', body: pageOf(seasonSchema) } },
});

export const openSeasonRoute = defineRoute({
  operationId: 'openSeason',
  method: 'POST',
  path: '/seasons/{seasonId}/open',
  capability: 'programmes',
  roles: ['staff'],
  summary: 'Open a season',
  description:
    'Moves a draft season to `opening` and starts the openSeason workflow, which publishes it and notifies the programme team. A season stuck in `opening` may be asked again; an open season answers 409 season-already-open, a closed one 409 season-closed.',
  tags: ['seasons'],
  request: { params: seasonParams },
  responses: {
    202: { description: 'Opening has started', body: seasonSchema },
    409: { description: 'The season is already open (`season-already-open`) or closed (`season-closed`).' },
  },
});

export const listOpenSeasonsRoute = defineRoute({
  operationId: 'listOpenSeasons',
  method: 'GET',
  path: '/seasons',
  capability: 'programmes',
  roles: ['anyone'],
  summary: 'Seasons open now',
  tags: ['seasons'],
  request: { query: pageQuery },
  responses: { 200: { description: 'A page of open seasons, in calendar order', body: pageOf(openSeasonSummarySchema) } },
});

export const getPublicSeasonRoute = defineRoute({
  operationId: 'getPublicSeason',
  method: 'GET',
  path: '/seasons/{seasonId}',
  capability: 'programmes',
  roles: ['anyone'],
  summary: 'A season’s public description',
  description: 'Who may apply, the calendar, the questions and the documents to prepare. Draft seasons do not exist for the public (404).',
  tags: ['seasons'],
  request: { params: seasonParams },
  responses: { 200: { description: 'The season', body: publicSeasonSchema } },
});

export const listSeasonWorkflowFailuresRoute = defineRoute({
  operationId: 'listSeasonWorkflowFailures',
  method: 'GET',
  path: '/seasons/{seasonId}/workflow-failures',
  capability: 'programmes',
  roles: ['staff'],
  summary: 'Workflow steps of a season that failed after their retries',
  description: 'What went wrong while opening the season; after fixing the cause, ask to open it again.',
  tags: ['seasons'],
  request: { params: seasonParams, query: pageQuery },
  responses: { 200: { description: 'A page of failures', body: pageOf(workflowFailureSchema) } },
});

export const getCurrentIdentityRoute = defineRoute({
  operationId: 'getCurrentIdentity',
  method: 'GET',
  path: '/me',
  capability: 'programmes',
  roles: [...ROLES],
  summary: 'Who the token says you are',
  description: 'Subject, roles and scope as read from the verified token: what every other route decides on.',
  tags: ['identity'],
  responses: { 200: { description: 'The caller', body: identitySchema } },
});

export const catalogueRoutes = [
  listProgrammeTemplatesRoute,
  createProgrammeRoute,
  listProgrammesRoute,
  getProgrammeRoute,
  updateProgrammeRoute,
  createSeasonRoute,
  listProgrammeSeasonsRoute,
  openSeasonRoute,
  listOpenSeasonsRoute,
  getPublicSeasonRoute,
  listSeasonWorkflowFailuresRoute,
  getCurrentIdentityRoute,
] as const;
