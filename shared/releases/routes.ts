import * as z from 'zod';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { partnerOrganisationIdSchema } from '../partners/partner-organisation-schema.ts';
import { machineAccess } from '../platform/auth/roles.ts';
import { defineRoute } from '../platform/http/route.ts';
import { seasonIdSchema, uuidSchema } from '../platform/identifiers/identifiers.ts';
import {
  cursorQuerySchema,
  nextCursorSchema,
  SHARDED_CURSOR_MAX_LENGTH,
  cursorParameterSchema,
} from '../platform/paging/cursor-schemas.ts';
import { disclosureSchema, myDisclosureSchema } from './disclosure-schema.ts';
import { machineClientIdSchema, machineClientInputSchema, machineClientSchema } from './machine-client-schema.ts';
import { releaseExportInputSchema, releaseExportViewSchema } from './release-export-schema.ts';
import { applicationReleasesSchema, releaseIdSchema, releasedApplicationSchema } from './release-schema.ts';

/**
 * Finalist data released with the applicant's consent (capability 'partners'): partners' people and
 * machine clients read what was released to their organisation, push exports mail it, the disclosure
 * log shows every read to the applicant and to staff, and staff see what was released and why not.
 */

const limit = z.coerce.number().int().min(1).max(100).default(25);
const organisationParams = z.strictObject({ organisationId: partnerOrganisationIdSchema });
const releaseParams = z.strictObject({ organisationId: partnerOrganisationIdSchema, releaseId: releaseIdSchema });
const applicationParams = z.strictObject({ applicationId: applicationIdSchema });
const releasePage = z.strictObject({ items: z.array(releasedApplicationSchema).max(100), nextCursor: nextCursorSchema() });
const releaseQuery = z.strictObject({
  seasonId: seasonIdSchema.optional().describe('Only the releases of one season.'),
  limit,
  cursor: cursorQuerySchema,
});
const disclosurePage = z.strictObject({ items: z.array(disclosureSchema).max(100), nextCursor: nextCursorSchema() });

/** The machine clients' scope: what a partner's system asks the token endpoint for. */
export const RELEASES_READ = machineAccess('cadre-partners/releases.read');

const READING =
  'Each application in the answer is written to the disclosure log first (who read it, when, which fields); if the log cannot be written, nothing is answered. Only the fields the release and the applicant’s data-sharing consent in force both name are in `data`; expired releases and those whose consent was withdrawn are left out, so a page may hold fewer than `limit`: follow `nextCursor`.';

export const listOrganisationReleasesRoute = defineRoute({
  operationId: 'listOrganisationReleases',
  method: 'GET',
  path: '/partner-organisations/{organisationId}/releases',
  capability: 'partners',
  roles: ['partner'],
  summary: 'Finalists’ data released to your organisation, newest first',
  description: `For the organisation’s own people (\`custom:organisation\`, checked against the registry); 404 for any other organisation. ${READING}`,
  tags: ['releases'],
  request: { params: organisationParams, query: releaseQuery },
  responses: { 200: { description: 'A page of released applications', body: releasePage } },
});

export const getOrganisationReleaseRoute = defineRoute({
  operationId: 'getOrganisationRelease',
  method: 'GET',
  path: '/partner-organisations/{organisationId}/releases/{releaseId}',
  capability: 'partners',
  roles: ['partner'],
  summary: 'One finalist’s data released to your organisation',
  description:
    'Logged as disclosed before it is answered. 404 for a release to another organisation or region, an expired one, or one whose consent the applicant withdrew.',
  tags: ['releases'],
  request: { params: releaseParams },
  responses: { 200: { description: 'The released application', body: releasedApplicationSchema } },
});

export const listPartnerApiReleasesRoute = defineRoute({
  operationId: 'listPartnerApiReleases',
  method: 'GET',
  path: '/partner-api/releases',
  capability: 'partners',
  roles: [RELEASES_READ],
  summary: 'Machine API: finalists’ data released to the client’s organisation, newest first',
  description: `For a partner’s own system: an OAuth 2.0 client-credentials access token of the workforce pool with the scope \`cadre-partners/releases.read\` (a person’s token is refused). The client reads for the organisation staff registered it for (PUT /partner-organisations/{organisationId}/machine-clients/{clientId}); an unregistered client gets 404 \`machine-client-not-registered\`. ${READING}`,
  tags: ['releases'],
  request: { query: releaseQuery },
  responses: { 200: { description: 'A page of released applications', body: releasePage } },
});

export const getPartnerApiReleaseRoute = defineRoute({
  operationId: 'getPartnerApiRelease',
  method: 'GET',
  path: '/partner-api/releases/{releaseId}',
  capability: 'partners',
  roles: [RELEASES_READ],
  summary: 'Machine API: one finalist’s data released to the client’s organisation',
  description:
    'Logged as disclosed before it is answered. 404 for a release to another organisation, an expired one, or one whose consent the applicant withdrew.',
  tags: ['releases'],
  request: { params: z.strictObject({ releaseId: releaseIdSchema }) },
  responses: { 200: { description: 'The released application', body: releasedApplicationSchema } },
});

const machineClientParams = z.strictObject({ organisationId: partnerOrganisationIdSchema, clientId: machineClientIdSchema });

export const saveMachineClientRoute = defineRoute({
  operationId: 'saveMachineClient',
  method: 'PUT',
  path: '/partner-organisations/{organisationId}/machine-clients/{clientId}',
  capability: 'partners',
  roles: ['staff'],
  summary: 'Register a machine client for an organisation (or rename it)',
  description:
    'The client id is the Cognito app client ops created for the organisation (deployments.ts `partnerApi`). From now on the client’s tokens read this organisation’s releases. A client registered for another organisation is refused (409 `machine-client-taken`): remove it there first. Staff of every programme only (403 `registry-scope-required`).',
  tags: ['releases'],
  request: { params: machineClientParams, body: machineClientInputSchema },
  responses: {
    200: { description: 'Renamed', body: machineClientSchema },
    201: { description: 'Registered', body: machineClientSchema },
  },
});

export const removeMachineClientRoute = defineRoute({
  operationId: 'removeMachineClient',
  method: 'DELETE',
  path: '/partner-organisations/{organisationId}/machine-clients/{clientId}',
  capability: 'partners',
  roles: ['staff'],
  summary: 'Take a machine client off its organisation',
  description:
    'Its next request reads nothing (404 `machine-client-not-registered`). Its tokens stay valid for up to an hour: delete or rotate the app client in the user pool too. Staff of every programme only.',
  tags: ['releases'],
  request: { params: machineClientParams },
  responses: { 204: { description: 'Removed' } },
});

export const listMachineClientsRoute = defineRoute({
  operationId: 'listMachineClients',
  method: 'GET',
  path: '/partner-organisations/{organisationId}/machine-clients',
  capability: 'partners',
  roles: ['staff'],
  summary: 'An organisation’s machine clients',
  tags: ['releases'],
  request: { params: organisationParams, query: z.strictObject({ limit, cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of machine clients',
      body: z.strictObject({ items: z.array(machineClientSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const startReleaseExportRoute = defineRoute({
  operationId: 'startReleaseExport',
  method: 'POST',
  path: '/partner-organisations/{organisationId}/release-exports',
  capability: 'partners',
  roles: ['staff', 'partner'],
  summary: 'Mail the organisation a file of a season’s released finalists’ data',
  description:
    'Every release of the season to the organisation that can be read now goes into one file (`json`, or `csv`: UTF-8 with a BOM, formula-safe), each application logged as disclosed (channel `export`) before the file is written; each of the organisation’s contacts is mailed a link that opens it for 72 hours (the file is deleted a day later). The answer says what was sent where; the link goes to the contacts only. Staff of the season’s programme, or the organisation’s own people; 404 otherwise. 409 `no-releases-to-export` when there is nothing to read; at most 2,000 applications (422 `too-many-releases-to-export`: read them through the partner API).',
  tags: ['releases'],
  request: { params: organisationParams, body: releaseExportInputSchema },
  responses: { 201: { description: 'The export, mailed', body: releaseExportViewSchema } },
});

export const downloadReleaseExportRoute = defineRoute({
  operationId: 'downloadReleaseExport',
  method: 'GET',
  path: '/release-exports/{exportId}/file',
  capability: 'partners',
  roles: ['anyone'],
  summary: 'The mailed link of a push export: redirects to the file',
  description:
    'The link in the mail to the organisation’s contacts: `key` is its secret. Answers 303 to a download of the file valid 5 minutes, for 72 hours after the export; a wrong key, an unknown export and an expired link all answer 404. Every download is counted on the export.',
  tags: ['releases'],
  request: {
    params: z.strictObject({ exportId: uuidSchema }),
    query: z.strictObject({
      key: z
        .string()
        .regex(/^[A-Za-z0-9_-]{43}$/)
        .meta({ maxLength: 43 })
        .describe('The link’s secret, as mailed.'),
    }),
  },
  responses: { 303: { description: 'To the file (a presigned download, valid 5 minutes) in `Location`' } },
});

export const listMyDisclosuresRoute = defineRoute({
  operationId: 'listMyDisclosures',
  method: 'GET',
  path: '/me/disclosures',
  capability: 'partners',
  roles: ['applicant'],
  summary: 'Who has read your data, newest first',
  description:
    'Every time an organisation read data you consented to share (through its people, its system, or a file mailed to it): which organisation, when, how and which fields.',
  tags: ['releases'],
  request: { query: z.strictObject({ limit, cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of your disclosures',
      body: z.strictObject({ items: z.array(myDisclosureSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const listApplicationDisclosuresRoute = defineRoute({
  operationId: 'listApplicationDisclosures',
  method: 'GET',
  path: '/applications/{applicationId}/disclosures',
  capability: 'partners',
  roles: ['staff'],
  summary: 'The disclosure log of one application, newest first',
  description:
    'Who read it (the person or machine client and their organisation), when, how, under which release and which fields. Staff of its programme.',
  tags: ['releases'],
  request: { params: applicationParams, query: z.strictObject({ limit, cursor: cursorQuerySchema }) },
  responses: { 200: { description: 'A page of the log', body: disclosurePage } },
});

export const listSeasonDisclosuresRoute = defineRoute({
  operationId: 'listSeasonDisclosures',
  method: 'GET',
  path: '/seasons/{seasonId}/disclosures',
  capability: 'partners',
  roles: ['staff'],
  summary: 'The disclosure log of a season, newest first',
  description: 'Every read of every released application of the season. Staff of its programme.',
  tags: ['releases'],
  request: {
    params: z.strictObject({ seasonId: seasonIdSchema }),
    query: z.strictObject({ limit, cursor: cursorParameterSchema(SHARDED_CURSOR_MAX_LENGTH) }),
  },
  responses: {
    200: {
      description: 'A page of the log',
      body: z.strictObject({ items: z.array(disclosureSchema).max(100), nextCursor: nextCursorSchema(SHARDED_CURSOR_MAX_LENGTH) }),
    },
  },
});

export const listApplicationReleasesRoute = defineRoute({
  operationId: 'listApplicationReleases',
  method: 'GET',
  path: '/applications/{applicationId}/data-releases',
  capability: 'partners',
  roles: ['staff'],
  summary: 'What was released of an application, and what was not and why',
  description:
    'Every release effect of its moves (released to whom, or why not: `consent-missing`, `guardian-consent-missing`, `no-region`, `no-recipient` where the region has no youth-policy body registered, `no-host`) and every release with its standing now (`readable`, `expired`, `consent-withdrawn`). Never the data. Staff of its programme.',
  tags: ['releases'],
  request: { params: applicationParams },
  responses: { 200: { description: 'Decisions and releases', body: applicationReleasesSchema } },
});

export const releaseRoutes = [
  listOrganisationReleasesRoute,
  getOrganisationReleaseRoute,
  listPartnerApiReleasesRoute,
  getPartnerApiReleaseRoute,
  saveMachineClientRoute,
  removeMachineClientRoute,
  listMachineClientsRoute,
  startReleaseExportRoute,
  downloadReleaseExportRoute,
  listMyDisclosuresRoute,
  listApplicationDisclosuresRoute,
  listSeasonDisclosuresRoute,
  listApplicationReleasesRoute,
] as const;
