import * as z from 'zod';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { defineRoute } from '../platform/http/route.ts';
import { seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { teamIdSchema, teamInputSchema, teamSchema, teamViewSchema } from './team-schema.ts';

const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
const teamParams = z.strictObject({ seasonId: seasonIdSchema, teamId: teamIdSchema });
const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: cursorQuerySchema,
});

const RULES =
  'Every member is an application of the season in the programme’s team-formation stage (people already in the team keep their place after moving on) with one of the member roles; the mentor is an application of the season in the mentor role; the size is within the programme’s limits; and a person is in at most one team of the season.';

export const putTeamRoute = defineRoute({
  operationId: 'putTeam',
  method: 'PUT',
  path: '/seasons/{seasonId}/teams/{teamId}',
  capability: 'applications',
  roles: ['staff'],
  summary: 'Form or change a project team of a season (the whole team, with the version read)',
  description: `For staff of the season’s programme, when its settings have \`teams\`. Send the \`version\` you read (0 to create). ${RULES} People removed from the team are free to join another at once: the change is one transaction.`,
  tags: ['teams'],
  request: { params: teamParams, body: teamInputSchema },
  responses: {
    200: { description: 'The team with its new version', body: teamSchema },
    409: {
      description:
        'The team changed since the version sent (`version-conflict`, with the current version), a person is already in another team of the season (`member-in-another-team`, naming it), or the programme has no teams (`teams-not-configured`).',
    },
    422: {
      description:
        'The team breaks the programme’s rules (`invalid-team`), each at its field: `too-few-members`, `too-many-members`, `unknown-member`, `member-role-not-allowed`, `member-not-in-formation-stage`, `member-stage-changed`, `mentor-required`, `mentors-not-configured`, `unknown-mentor`, `mentor-role-not-allowed`, `mentor-not-taking-part`.',
    },
  },
});

export const listTeamsRoute = defineRoute({
  operationId: 'listTeams',
  method: 'GET',
  path: '/seasons/{seasonId}/teams',
  capability: 'applications',
  roles: ['staff'],
  summary: 'A season’s project teams, by id',
  tags: ['teams'],
  request: { params: seasonParams, query: pageQuery },
  responses: {
    200: {
      description: 'A page of teams',
      body: z.strictObject({
        items: z.array(teamSchema).max(100),
        nextCursor: nextCursorSchema(),
      }),
    },
  },
});

export const getTeamRoute = defineRoute({
  operationId: 'getTeam',
  method: 'GET',
  path: '/seasons/{seasonId}/teams/{teamId}',
  capability: 'applications',
  roles: ['staff'],
  summary: 'One project team: its members and mentor by application id, where each stands now, and its version',
  tags: ['teams'],
  request: { params: teamParams },
  responses: { 200: { description: 'The team, with each person’s current stage', body: teamViewSchema } },
});

export const dissolveTeamRoute = defineRoute({
  operationId: 'dissolveTeam',
  method: 'DELETE',
  path: '/seasons/{seasonId}/teams/{teamId}',
  capability: 'applications',
  roles: ['staff'],
  summary: 'Dissolve a project team: its members and mentor are free to join another',
  tags: ['teams'],
  request: { params: teamParams },
  responses: { 204: { description: 'Dissolved' } },
});

/** Project teams of a season (capability 'applications'): Кадры будущего's regional school forms them. */
export const teamRoutes = [putTeamRoute, listTeamsRoute, getTeamRoute, dissolveTeamRoute] as const;
