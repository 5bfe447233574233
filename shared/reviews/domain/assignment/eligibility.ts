import type { ExpertState } from './assignment-state.ts';
import type { AssignmentInput, AssignmentRequest } from './assignment-types.ts';

/** Code-unit order rather than the locale's, so every process sorts ids alike. */
export const byCodeUnits = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/** The expert reviews in the request's language and holds one of its competences (any, if it asks for none). */
const qualifies = (expert: ExpertState, request: AssignmentRequest): boolean =>
  expert.languages.includes(request.language) &&
  (request.competences.length === 0 || request.competences.some((competence) => expert.competences.has(competence)));

/**
 * The qualified experts of each request. Requests mostly share a few (language, competences)
 * profiles: each profile is matched against the experts once and its list shared.
 */
export const qualifiedLists = (experts: readonly ExpertState[], requests: readonly AssignmentRequest[]): (readonly ExpertState[])[] => {
  const byProfile = new Map<string, readonly ExpertState[]>();
  return requests.map((request) => {
    const profile = JSON.stringify([request.language, [...new Set(request.competences)].sort(byCodeUnits)]);
    let found = byProfile.get(profile);
    if (found === undefined) {
      found = experts.filter((expert) => qualifies(expert, request));
      byProfile.set(profile, found);
    }
    return found;
  });
};

/**
 * For the requests of one application (its rubrics), the qualified experts who are neither
 * conflicted nor already on it. Who is already on it is the union of what the requests list;
 * `conflicted` is asked once per expert, however many rubrics the application has.
 */
export const eligibleLists = (
  applicationRequests: readonly AssignmentRequest[],
  qualified: readonly (readonly ExpertState[])[],
  expertCount: number,
  conflicted: AssignmentInput['conflicted'],
): (readonly ExpertState[])[] => {
  const alreadyOn = new Set(applicationRequests.flatMap((request) => request.assigned));
  // Per expert index: 0 not judged yet, 1 eligible, 2 conflicted or already on the application.
  const verdict = new Uint8Array(expertCount);
  return applicationRequests.map((request, at) =>
    (qualified[at] ?? []).filter((expert) => {
      if (verdict[expert.index] === 0) {
        verdict[expert.index] = alreadyOn.has(expert.id) || conflicted(expert.id, request.applicationId) ? 2 : 1;
      }
      return verdict[expert.index] === 1;
    }),
  );
};
