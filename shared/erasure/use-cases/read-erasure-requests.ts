import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { subjectDigest } from '../domain/subject-digest.ts';
import { erasureRequestView, type ErasureRequest } from '../erasure-schema.ts';
import type { ErasureRequestDependencies } from './erasure-dependencies.ts';
import { staffMayErase } from './erasure-staff-scope.ts';

/** The applicant's own request, while it runs (by subject) and after (by the digest): anyone else's is 404. */
export const readMyErasureRequest = async (
  deps: Pick<ErasureRequestDependencies, 'requests'>,
  identity: Identity,
  requestId: string,
): Promise<ErasureRequest> => {
  const request = await deps.requests.find(requestId);
  if (request === undefined) throw notFound('erasure request');
  const theirs =
    request.subject === identity.subject || request.subjectDigest === subjectDigest(await deps.requests.salt(), identity.subject);
  if (!theirs) throw notFound('erasure request');
  return erasureRequestView(request);
};

export const readErasureRequest = async (
  deps: Pick<ErasureRequestDependencies, 'requests'>,
  identity: Identity,
  requestId: string,
): Promise<ErasureRequest> => {
  const request = await deps.requests.find(requestId);
  if (request === undefined || !staffMayErase(identity, request.programmeIds)) throw notFound('erasure request');
  return erasureRequestView(request);
};

/** Every request the caller may follow, newest first; a page may hold fewer than asked (others' programmes are left out). */
export const listErasureRequests = async (
  deps: Pick<ErasureRequestDependencies, 'requests'>,
  identity: Identity,
  page: PageRequest,
): Promise<Page<ErasureRequest>> => {
  const listed = await deps.requests.list(page);
  return {
    items: listed.items.filter((request) => staffMayErase(identity, request.programmeIds)).map(erasureRequestView),
    ...(listed.nextCursor === undefined ? {} : { nextCursor: listed.nextCursor }),
  };
};
