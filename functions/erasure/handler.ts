import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code loads at its first call (route-loaders.ts).
documentClient();

/** The `erasure` capability: applicants and staff ask for a person's erasure and follow it (the schedule's eraser does the work). */
export const handler = createCapabilityHandler<RoutesOf<'erasure'>>('erasure', {
  'POST /me/erasure-requests': () => import('./request-my-erasure.ts').then((module) => module.requestMyErasure),
  'GET /me/erasure-requests/{requestId}': () => import('./get-my-erasure-request.ts').then((module) => module.getMyErasureRequest),
  'POST /applicants/{applicantId}/erasure-requests': () =>
    import('./request-applicant-erasure.ts').then((module) => module.requestApplicantErasure),
  'GET /erasure-requests/{requestId}': () => import('./get-erasure-request.ts').then((module) => module.getErasureRequest),
  'GET /erasure-requests': () => import('./list-erasure-requests.ts').then((module) => module.listErasureRequests),
});
