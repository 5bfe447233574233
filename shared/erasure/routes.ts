import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';
import { subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import {
  applicantErasureRequestInputSchema,
  erasureRequestIdSchema,
  erasureRequestSchema,
  myErasureRequestInputSchema,
} from './erasure-schema.ts';

const requestParams = z.strictObject({ requestId: erasureRequestIdSchema });
const applicantParams = z.strictObject({ applicantId: subjectIdSchema });
const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: cursorQuerySchema,
});

const WHAT =
  'Everything held about the person is destroyed in the background, step by step (every minute in AWS): profile, consents, applications with their histories and answers, documents (every stored version), learning progress, reviews, bookings, internship choices and placements, mentoring, mails queued for them, their place in teams and rankings, and their account. What the law requires is kept without personal data: issued certificates’ register entries (the verifier answers that the holder was erased), the disclosure log (who received which fields when) and this request as the audit (a salted digest instead of the person). A receipt is mailed to the person when it is done. One request per person: asking again answers the same request.';

export const requestMyErasureRoute = defineRoute({
  operationId: 'requestMyErasure',
  method: 'POST',
  path: '/me/erasure-requests',
  capability: 'erasure',
  roles: ['applicant'],
  summary: 'Ask for all your data to be erased (and your account closed)',
  description: `${WHAT} The body must confirm it explicitly.`,
  tags: ['erasure'],
  request: { body: myErasureRequestInputSchema },
  responses: {
    202: { description: 'Received: the erasure runs in the background', body: erasureRequestSchema },
    200: { description: 'Already asked: the same request, as it stands', body: erasureRequestSchema },
  },
});

export const getMyErasureRequestRoute = defineRoute({
  operationId: 'getMyErasureRequest',
  method: 'GET',
  path: '/me/erasure-requests/{requestId}',
  capability: 'erasure',
  roles: ['applicant'],
  summary: 'Follow your erasure request',
  description: 'Its status (`received`, `erasing`, `completed`), the steps done and what was removed per kind.',
  tags: ['erasure'],
  request: { params: requestParams },
  responses: { 200: { description: 'The request', body: erasureRequestSchema } },
});

export const requestApplicantErasureRoute = defineRoute({
  operationId: 'requestApplicantErasure',
  method: 'POST',
  path: '/applicants/{applicantId}/erasure-requests',
  capability: 'erasure',
  roles: ['staff'],
  summary: 'Erase an applicant’s data on their written request',
  description: `For staff of a programme the person applied to (staff of every programme: any person). The written request’s reference and the day it arrived are kept in the audit. ${WHAT}`,
  tags: ['erasure'],
  request: { params: applicantParams, body: applicantErasureRequestInputSchema },
  responses: {
    202: { description: 'Received: the erasure runs in the background', body: erasureRequestSchema },
    200: { description: 'The person had asked already: that request, as it stands', body: erasureRequestSchema },
  },
});

export const getErasureRequestRoute = defineRoute({
  operationId: 'getErasureRequest',
  method: 'GET',
  path: '/erasure-requests/{requestId}',
  capability: 'erasure',
  roles: ['staff'],
  summary: 'Follow an erasure request',
  description: 'For staff of a programme the person had applied to.',
  tags: ['erasure'],
  request: { params: requestParams },
  responses: { 200: { description: 'The request', body: erasureRequestSchema } },
});

export const listErasureRequestsRoute = defineRoute({
  operationId: 'listErasureRequests',
  method: 'GET',
  path: '/erasure-requests',
  capability: 'erasure',
  roles: ['staff'],
  summary: 'Erasure requests, newest first',
  description: 'Those of people who had applied to a programme the caller runs; a page may hold fewer than `limit`.',
  tags: ['erasure'],
  request: { query: pageQuery },
  responses: {
    200: {
      description: 'A page of requests',
      body: z.strictObject({ items: z.array(erasureRequestSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const erasureRoutes = [
  requestMyErasureRoute,
  getMyErasureRequestRoute,
  requestApplicantErasureRoute,
  getErasureRequestRoute,
  listErasureRequestsRoute,
] as const;
