import * as z from 'zod';
import { regionCodeSchema } from '../applicants/domain/profile/region-code-schema.ts';
import { defineRoute } from '../platform/http/route.ts';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import {
  FEDERAL_QUERY_VALUE,
  PARTNER_ORGANISATION_KINDS,
  partnerOrganisationIdSchema,
  partnerOrganisationInputSchema,
} from './partner-organisation-schema.ts';
import { partnerOrganisationViewSchema } from './partner-organisation-view.ts';

const organisationParams = z.strictObject({ organisationId: partnerOrganisationIdSchema });

export const savePartnerOrganisationRoute = defineRoute({
  operationId: 'savePartnerOrganisation',
  method: 'PUT',
  path: '/partner-organisations/{organisationId}',
  capability: 'partners',
  roles: ['staff'],
  summary: 'Register a partner organisation or replace its record',
  description:
    'A regional executive body (РОИВ) or a region’s youth-policy body belongs to one region (`region`, a subject code; null is refused with `region-required`); a federal ministry (ФОИВ) to none (`region: null`, else `federal-has-no-region`); an employer to a region or, working country-wide, to none. The organisation’s people carry its id in their accounts (`custom:organisation`). Send the `version` you read (0 to register); a stale one answers 409 `version-conflict` with the current version. Only staff of every programme edit the registry (403 `registry-scope-required`). Organisations are never deleted, since offers, releases and accounts keep naming them: `retired: true` stops their people acting for them.',
  tags: ['partners'],
  request: { params: organisationParams, body: partnerOrganisationInputSchema },
  responses: {
    200: { description: 'Replaced', body: partnerOrganisationViewSchema },
    201: { description: 'Registered', body: partnerOrganisationViewSchema },
    409: { description: 'The record changed since the version sent, or exists already (`version-conflict`, with the current version).' },
  },
});

export const getPartnerOrganisationRoute = defineRoute({
  operationId: 'getPartnerOrganisation',
  method: 'GET',
  path: '/partner-organisations/{organisationId}',
  capability: 'partners',
  roles: ['staff', 'partner'],
  summary: 'One partner organisation',
  description: 'For staff, and for the organisation’s own people (`custom:organisation` is its id); 404 for anyone else.',
  tags: ['partners'],
  request: { params: organisationParams },
  responses: { 200: { description: 'The organisation', body: partnerOrganisationViewSchema } },
});

export const listPartnerOrganisationsRoute = defineRoute({
  operationId: 'listPartnerOrganisations',
  method: 'GET',
  path: '/partner-organisations',
  capability: 'partners',
  roles: ['staff'],
  summary: 'The registry of partner organisations, by region, kind and id',
  description:
    'A region’s organisations (`region`: a subject code, or `federal` for those of no region), of one `kind` if given. A kind without a region reads the whole registry a page at a time and keeps that kind, so a page may hold fewer than `limit`: follow `nextCursor`. Retired organisations are listed, flagged.',
  tags: ['partners'],
  request: {
    query: z.strictObject({
      region: z.union([regionCodeSchema, z.literal(FEDERAL_QUERY_VALUE)]).optional(),
      kind: z.enum(PARTNER_ORGANISATION_KINDS).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(25),
      cursor: cursorQuerySchema,
    }),
  },
  responses: {
    200: {
      description: 'A page of organisations',
      body: z.strictObject({ items: z.array(partnerOrganisationViewSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getMyOrganisationRoute = defineRoute({
  operationId: 'getMyOrganisation',
  method: 'GET',
  path: '/me/organisation',
  capability: 'partners',
  roles: ['partner'],
  summary: 'The organisation the caller acts for',
  description:
    'The registered organisation your account names (`custom:organisation`), checked as every partner route checks it: 404 `organisation-not-registered` when the account names none or one the registry lacks, 403 `organisation-retired`, or 403 `organisation-region-mismatch` when the account’s region (`custom:region`) contradicts the region the registry gives the organisation.',
  tags: ['partners'],
  responses: {
    200: { description: 'Your organisation', body: partnerOrganisationViewSchema },
    404: { description: 'Your account names no registered organisation (`organisation-not-registered`).' },
  },
});

export const partnerRoutes = [
  savePartnerOrganisationRoute,
  getPartnerOrganisationRoute,
  listPartnerOrganisationsRoute,
  getMyOrganisationRoute,
] as const;
