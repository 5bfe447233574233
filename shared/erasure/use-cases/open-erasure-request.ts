import type { ErasureRequest, StoredErasureRequest } from '../erasure-schema.ts';
import { erasureRequestView } from '../erasure-schema.ts';
import { subjectDigest } from '../domain/subject-digest.ts';
import type { PersonFound } from '../ports/personal-records.ts';
import type { ErasureRequestDependencies } from './erasure-dependencies.ts';

export interface OpenedErasure {
  /** False when the person had asked already: the answer is that request, unchanged. */
  readonly created: boolean;
  readonly request: ErasureRequest;
}

/** Opens the person's one erasure request, or answers the one they have (a repeat is a no-op). */
export const openErasureRequest = async (
  deps: ErasureRequestDependencies,
  request: {
    readonly subject: string;
    readonly found: PersonFound;
    readonly email: string | undefined;
    readonly language: 'ru' | 'en' | undefined;
    readonly requestedBy: StoredErasureRequest['requestedBy'];
  },
): Promise<OpenedErasure> => {
  const at = deps.clock().toISOString();
  const email = request.email ?? request.found.email;
  const outcome = await deps.requests.open({
    id: deps.newId(),
    status: 'received',
    subject: request.subject,
    subjectDigest: subjectDigest(await deps.requests.salt(), request.subject),
    ...(email === undefined ? {} : { email }),
    language: request.language ?? request.found.language ?? 'ru',
    requestedBy: request.requestedBy,
    requestedAt: at,
    programmeIds: [...request.found.programmeIds],
    stepsDone: [],
    removed: {},
    version: 1,
  });
  return { created: outcome.outcome === 'opened', request: erasureRequestView(outcome.request) };
};
