import type { AssignmentState, ExpertState, RequestState } from './assignment-state.ts';
import type { AssignmentInput, AssignmentRequest } from './assignment-types.ts';
import { byCodeUnits, eligibleLists, qualifiedLists } from './eligibility.ts';

const checkCount = (value: number, what: string): void => {
  if (!Number.isInteger(value) || value < 0) throw new Error(`${what} must be a whole number ≥ 0, got ${value}`);
};

/**
 * The empty plan, with experts numbered in id order and requests in (application, rubric) order,
 * so that every tie broken by number is broken by id and the plan does not depend on the order of
 * the input. Refuses what would make the plan ambiguous: an expert listed twice, an (application,
 * rubric) listed twice, a count that is not a whole number ≥ 0.
 */
export const buildState = (input: AssignmentInput): AssignmentState => {
  const sortedExperts = [...input.experts].sort((left, right) => byCodeUnits(left.id, right.id));
  const experts = sortedExperts.map((expert, index): ExpertState => {
    if (sortedExperts[index - 1]?.id === expert.id) throw new Error(`Expert ${expert.id} is listed twice`);
    checkCount(expert.capacity, `Capacity of expert ${expert.id}`);
    checkCount(expert.load, `Load of expert ${expert.id}`);
    return {
      kind: 'expert',
      index,
      id: expert.id,
      capacity: expert.capacity,
      languages: expert.languages,
      competences: new Set(expert.competences),
      before: expert.load,
      load: expert.load,
      spare: Math.max(0, expert.capacity - expert.load),
      holdings: [],
    };
  });

  const sortedRequests = [...input.requests].sort(
    (left, right) => byCodeUnits(left.applicationId, right.applicationId) || byCodeUnits(left.rubricId, right.rubricId),
  );
  const applications: AssignmentRequest[][] = [];
  for (const [at, request] of sortedRequests.entries()) {
    checkCount(request.wanted, `Experts wanted for ${request.applicationId}/${request.rubricId}`);
    const previous = sortedRequests[at - 1];
    if (previous?.applicationId !== request.applicationId) {
      applications.push([request]);
    } else if (previous.rubricId === request.rubricId) {
      throw new Error(`${request.applicationId} is asked for rubric ${request.rubricId} twice`);
    } else {
      applications.at(-1)?.push(request);
    }
  }

  const qualified = qualifiedLists(experts, sortedRequests);
  const requests: RequestState[] = [];
  for (const rubrics of applications) {
    const qualifiedHere = qualified.slice(requests.length, requests.length + rubrics.length);
    const eligible = eligibleLists(rubrics, qualifiedHere, experts.length, input.conflicted);
    const siblings: RequestState[] = [];
    for (const [at, request] of rubrics.entries()) {
      siblings.push({
        kind: 'request',
        index: requests.length + at,
        applicationId: request.applicationId,
        rubricId: request.rubricId,
        wanted: request.wanted,
        siblings,
        qualified: qualifiedHere[at] ?? [],
        eligible: eligible[at] ?? [],
        held: [],
      });
    }
    requests.push(...siblings);
  }
  return { experts, requests };
};
