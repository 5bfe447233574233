import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type {
  AssignmentExpert,
  AssignmentInput,
  AssignmentPlan,
  AssignmentRequest,
} from '../../../../shared/reviews/domain/assignment/assignment-types.ts';
import { type AssignmentState, seatMarks, shortfallOf, take } from '../../../../shared/reviews/domain/assignment/assignment-state.ts';
import { augmentShortfalls } from '../../../../shared/reviews/domain/assignment/augment-shortfalls.ts';
import { buildState } from '../../../../shared/reviews/domain/assignment/build-state.ts';
import { planAssignment } from '../../../../shared/reviews/domain/assignment/plan-assignment.ts';
import { planFromState } from '../../../../shared/reviews/domain/assignment/plan-from-state.ts';
import { rebalance } from '../../../../shared/reviews/domain/assignment/rebalance.ts';

/** A generated instance: the input's data, with conflicts as pairs so that fast-check can print and shrink them. */
interface Instance {
  readonly experts: readonly AssignmentExpert[];
  readonly requests: readonly AssignmentRequest[];
  readonly conflicts: readonly (readonly [expertId: string, applicationId: string])[];
}

const inputOf = (instance: Instance): AssignmentInput => {
  const conflicts = new Set(instance.conflicts.map(([expertId, applicationId]) => `${expertId} ${applicationId}`));
  return {
    experts: instance.experts,
    requests: instance.requests,
    conflicted: (expertId, applicationId) => conflicts.has(`${expertId} ${applicationId}`),
  };
};

const EXPERT_IDS = ['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'];
const APPLICATION_IDS = ['a0', 'a1', 'a2', 'a3'];
const COMPETENCES = ['law', 'math', 'art'];

const expertArb = fc.record({
  id: fc.constantFrom(...EXPERT_IDS),
  capacity: fc.integer({ min: 0, max: 4 }),
  load: fc.integer({ min: 0, max: 3 }),
  competences: fc.subarray(COMPETENCES),
  languages: fc.subarray(['ru', 'en'], { minLength: 1 }),
});

const requestArb = fc.record({
  applicationId: fc.constantFrom(...APPLICATION_IDS),
  rubricId: fc.constantFrom('r0', 'r1', 'r2'),
  wanted: fc.integer({ min: 0, max: 3 }),
  competences: fc.oneof(fc.constant([]), fc.subarray(COMPETENCES)),
  language: fc.constantFrom('ru', 'en'),
  // An id of no expert is ignored, as an expert no longer in the pool.
  assigned: fc.subarray([...EXPERT_IDS, 'gone']),
});

const instanceArb: fc.Arbitrary<Instance> = fc.record({
  experts: fc.uniqueArray(expertArb, { minLength: 2, maxLength: EXPERT_IDS.length, selector: (expert) => expert.id }),
  requests: fc.uniqueArray(requestArb, {
    minLength: 3,
    maxLength: 12,
    selector: (request) => `${request.applicationId} ${request.rubricId}`,
  }),
  conflicts: fc.uniqueArray(fc.tuple(fc.constantFrom(...EXPERT_IDS), fc.constantFrom(...APPLICATION_IDS)), {
    maxLength: 10,
    selector: (pair) => pair.join(' '),
  }),
});

/** Every expert qualified for every request, no conflicts, one request of one review per application, nobody on any yet. */
const simpleInstanceArb: fc.Arbitrary<Instance> = fc.record({
  experts: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom(...EXPERT_IDS),
      capacity: fc.integer({ min: 0, max: 6 }),
      load: fc.integer({ min: 0, max: 6 }),
      competences: fc.constant([]),
      languages: fc.constant(['ru']),
    }),
    { maxLength: EXPERT_IDS.length, selector: (expert) => expert.id },
  ),
  requests: fc.uniqueArray(
    fc.record({
      applicationId: fc.integer({ min: 0, max: 99 }).map((n) => `a${n}`),
      rubricId: fc.constant('r0'),
      wanted: fc.constant(1),
      competences: fc.constant([]),
      language: fc.constant('ru'),
      assigned: fc.constant([]),
    }),
    { maxLength: 30, selector: (request) => request.applicationId },
  ),
  conflicts: fc.constant([]),
});

// The rules, stated directly from the input, independently of how the planner indexes it.

const onApplicationBefore = (input: AssignmentInput, applicationId: string): Set<string> =>
  new Set(input.requests.filter((request) => request.applicationId === applicationId).flatMap((request) => request.assigned));

const qualified = (expert: AssignmentExpert, request: AssignmentRequest): boolean =>
  expert.languages.includes(request.language) &&
  (request.competences.length === 0 || request.competences.some((competence) => expert.competences.includes(competence)));

/** May review the request, capacity aside and before this plan. */
const eligible = (input: AssignmentInput, expert: AssignmentExpert, request: AssignmentRequest): boolean =>
  qualified(expert, request) &&
  !input.conflicted(expert.id, request.applicationId) &&
  !onApplicationBefore(input, request.applicationId).has(expert.id);

const plannedCount = (plan: AssignmentPlan, request: AssignmentRequest): number =>
  plan.assignments.filter((found) => found.applicationId === request.applicationId && found.rubricId === request.rubricId).length;

const onApplicationInPlan = (plan: AssignmentPlan, applicationId: string, expertId: string): boolean =>
  plan.assignments.some((found) => found.applicationId === applicationId && found.expertId === expertId);

const afterOf = (plan: AssignmentPlan, expertId: string): number =>
  plan.loads.find((load) => load.expertId === expertId)?.after ?? Number.NaN;

/**
 * Test oracle: the most reviews any plan could hold, as a maximum flow (Edmonds–Karp on a capacity
 * matrix) from a source through each request (its wanted count), each (application, expert) seat
 * (one), each expert (their spare capacity) to a sink.
 */
const maximumReviews = (input: AssignmentInput): number => {
  const { experts, requests } = input;
  const applications = [...new Set(requests.map((request) => request.applicationId))];
  const seatNode = (application: number, expert: number): number => 1 + requests.length + application * experts.length + expert;
  const expertNode = (expert: number): number => seatNode(applications.length, expert);
  const source = 0;
  const sink = expertNode(experts.length);
  const capacity = Array.from({ length: sink + 1 }, () => new Array<number>(sink + 1).fill(0));
  for (const [r, request] of requests.entries()) {
    capacity[source]![1 + r] = request.wanted;
    const application = applications.indexOf(request.applicationId);
    for (const [e, expert] of experts.entries()) {
      if (eligible(input, expert, request)) capacity[1 + r]![seatNode(application, e)] = 1;
    }
  }
  for (const [e, expert] of experts.entries()) {
    for (const application of applications.keys()) capacity[seatNode(application, e)]![expertNode(e)] = 1;
    capacity[expertNode(e)]![sink] = Math.max(0, expert.capacity - expert.load);
  }
  let flow = 0;
  for (;;) {
    const previous = new Array<number>(sink + 1).fill(-1);
    previous[source] = source;
    const queue = [source];
    while (queue.length > 0 && previous[sink] === -1) {
      const from = queue.shift()!;
      for (let to = 0; to <= sink; to++) {
        if (previous[to] === -1 && capacity[from]![to]! > 0) {
          previous[to] = from;
          queue.push(to);
        }
      }
    }
    if (previous[sink] === -1) return flow;
    // Every path carries one unit: the seats' capacity is one.
    for (let to = sink; to !== source; to = previous[to]!) {
      capacity[previous[to]!]![to]! -= 1;
      capacity[to]![previous[to]!]! += 1;
    }
    flow += 1;
  }
};

/** Rules 1–3: within capacity, only eligible experts, once per application, never more than wanted; and the plan's bookkeeping. */
const assertSound = (input: AssignmentInput, plan: AssignmentPlan): void => {
  const experts = new Map(input.experts.map((expert) => [expert.id, expert]));
  assert.deepEqual(
    plan.loads.map((load) => load.expertId),
    [...experts.keys()].sort(),
  );
  for (const load of plan.loads) {
    const expert = experts.get(load.expertId)!;
    const planned = plan.assignments.filter((found) => found.expertId === expert.id).length;
    assert.deepEqual(load, { expertId: expert.id, capacity: expert.capacity, before: expert.load, after: expert.load + planned });
    assert.ok(planned <= Math.max(0, expert.capacity - expert.load), `${expert.id} is planned over capacity`);
  }
  const seats = new Set<string>();
  for (const found of plan.assignments) {
    const request = input.requests.find((asked) => asked.applicationId === found.applicationId && asked.rubricId === found.rubricId);
    assert.ok(request !== undefined, `${found.applicationId}/${found.rubricId} was not asked for`);
    assert.ok(
      eligible(input, experts.get(found.expertId)!, request),
      `${found.expertId} may not review ${found.applicationId}/${found.rubricId}`,
    );
    const seat = `${found.applicationId} ${found.expertId}`;
    assert.ok(!seats.has(seat), `${found.expertId} sits on ${found.applicationId} twice`);
    seats.add(seat);
  }
  for (const request of input.requests) {
    const count = plannedCount(plan, request);
    assert.ok(count <= request.wanted, `${request.applicationId}/${request.rubricId} got more experts than wanted`);
    const short = plan.unassigned.filter((found) => found.applicationId === request.applicationId && found.rubricId === request.rubricId);
    assert.deepEqual(
      short.map((found) => found.missing),
      count < request.wanted ? [request.wanted - count] : [],
    );
  }
};

/** Each short request's reason, as defined, judged on the finished plan. */
const assertReasons = (input: AssignmentInput, plan: AssignmentPlan): void => {
  for (const short of plan.unassigned) {
    const request = input.requests.find((asked) => asked.applicationId === short.applicationId && asked.rubricId === short.rubricId)!;
    const qualifiedExperts = input.experts.filter((expert) => qualified(expert, request));
    const free = qualifiedExperts.filter(
      (expert) => eligible(input, expert, request) && !onApplicationInPlan(plan, request.applicationId, expert.id),
    );
    const expected =
      qualifiedExperts.length === 0 ? 'no-qualified-expert' : free.length === 0 ? 'all-qualified-conflicted' : 'capacity-exhausted';
    assert.equal(short.reason, expected, `${short.applicationId}/${short.rubricId}`);
    for (const expert of free)
      assert.ok(afterOf(plan, expert.id) >= expert.capacity, `${expert.id} could still take ${short.applicationId}`);
  }
};

/**
 * Rule 5 where it always holds: no planned review could move, on its own, to an expert of the same
 * capacity who may take it, has room, and holds two or more reviews fewer (the move would narrow the gap).
 */
const assertNoNarrowingMove = (input: AssignmentInput, plan: AssignmentPlan): void => {
  for (const found of plan.assignments) {
    const request = input.requests.find((asked) => asked.applicationId === found.applicationId && asked.rubricId === found.rubricId)!;
    const heavy = plan.loads.find((load) => load.expertId === found.expertId)!;
    for (const light of plan.loads) {
      const expert = input.experts.find((candidate) => candidate.id === light.expertId)!;
      const couldMove =
        light.capacity === heavy.capacity &&
        light.after <= heavy.after - 2 &&
        light.after < light.capacity &&
        eligible(input, expert, request) &&
        !onApplicationInPlan(plan, found.applicationId, light.expertId);
      assert.ok(
        !couldMove,
        `${found.applicationId}/${found.rubricId} could move from ${heavy.expertId} (${heavy.after}) to ${light.expertId} (${light.after})`,
      );
    }
  }
};

const shuffledArb = (instance: Instance): fc.Arbitrary<Instance> => {
  const permutation = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
    fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
  const experts = instance.experts.map((expert) =>
    fc
      .tuple(permutation(expert.competences), permutation(expert.languages))
      .map(([competences, languages]) => ({ ...expert, competences, languages })),
  );
  const requests = instance.requests.map((request) =>
    fc
      .tuple(permutation(request.competences), permutation(request.assigned))
      .map(([competences, assigned]) => ({ ...request, competences, assigned })),
  );
  return fc.record({
    experts: fc.tuple(...experts).chain(permutation),
    requests: fc.tuple(...requests).chain(permutation),
    conflicts: permutation(instance.conflicts),
  });
};

/**
 * A valid plan drawn at random, to start a phase from something the greedy phase would not have
 * left: each choice names a request and one of its eligible experts, taken where the rules allow.
 */
const randomPlan = (input: AssignmentInput, choices: readonly number[]): AssignmentState => {
  const state = buildState(input);
  const seats = seatMarks(state);
  for (const choice of choices) {
    const request = state.requests[choice % state.requests.length];
    if (request === undefined || shortfallOf(request) <= 0) continue;
    const expert = request.eligible[Math.floor(choice / state.requests.length) % request.eligible.length];
    if (expert === undefined || expert.spare <= 0) continue;
    seats.mark(request);
    if (seats.holderOf(expert) === undefined) take(request, expert);
  }
  return state;
};

const choicesArb = fc.array(fc.nat({ max: 1000 }), { maxLength: 40 });

describe('assignment plan properties', () => {
  it('stays within capacity, eligibility, one seat per application and the number wanted', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const input = inputOf(instance);
        assertSound(input, planAssignment(input));
      }),
      { numRuns: 500 },
    );
  });

  it('plans as many reviews as a maximum flow, and says truly why a request is short', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const input = inputOf(instance);
        const plan = planAssignment(input);
        assert.equal(plan.assignments.length, maximumReviews(input));
        assertReasons(input, plan);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves no review that one move to a lighter expert of the same capacity would spread better', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const input = inputOf(instance);
        assertNoNarrowingMove(input, planAssignment(input));
      }),
      { numRuns: 500 },
    );
  });

  it('when everyone may review everything, keeps experts of the same capacity within one review of each other unless capacity binds', () => {
    fc.assert(
      fc.property(simpleInstanceArb, (instance) => {
        const input = inputOf(instance);
        const plan = planAssignment(input);
        assertSound(input, plan);
        for (const heavy of plan.loads.filter((load) => load.after > load.before)) {
          for (const light of plan.loads.filter((load) => load.capacity === heavy.capacity && load.after < load.capacity)) {
            assert.ok(heavy.after - light.after <= 1, `${heavy.expertId} holds ${heavy.after}, ${light.expertId} only ${light.after}`);
          }
        }
        // Hence experts alike in capacity and starting load end within one review of each other.
        for (const expert of plan.loads) {
          const alike = plan.loads.filter((other) => other.capacity === expert.capacity && other.before === expert.before);
          const afters = alike.map((other) => other.after);
          assert.ok(Math.max(...afters) - Math.min(...afters) <= 1, `experts like ${expert.expertId} end at ${afters.join(', ')}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('repairs any valid plan into one as large as a maximum flow', () => {
    fc.assert(
      fc.property(instanceArb, choicesArb, (instance, choices) => {
        const input = inputOf(instance);
        const state = randomPlan(input, choices);
        augmentShortfalls(state);
        const plan = planFromState(state);
        assertSound(input, plan);
        assert.equal(plan.assignments.length, maximumReviews(input));
        assertReasons(input, plan);
      }),
      { numRuns: 500 },
    );
  });

  it('rebalances any valid plan without losing a review, until no narrowing move is left', () => {
    fc.assert(
      fc.property(instanceArb, choicesArb, (instance, choices) => {
        const input = inputOf(instance);
        const state = randomPlan(input, choices);
        const reviews = planFromState(state).assignments.length;
        rebalance(state);
        const plan = planFromState(state);
        assertSound(input, plan);
        assert.equal(plan.assignments.length, reviews);
        assertNoNarrowingMove(input, plan);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same plan for the same input, in whatever order it lists things', () => {
    fc.assert(
      fc.property(
        instanceArb.chain((instance) => fc.tuple(fc.constant(instance), shuffledArb(instance))),
        ([instance, shuffled]) => {
          const plan = planAssignment(inputOf(instance));
          assert.deepEqual(planAssignment(inputOf(instance)), plan);
          assert.deepEqual(planAssignment(inputOf(shuffled)), plan);
        },
      ),
      { numRuns: 300 },
    );
  });
});
