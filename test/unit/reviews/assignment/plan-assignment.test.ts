import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { take } from '../../../../shared/reviews/domain/assignment/assignment-state.ts';
import type {
  AssignmentExpert,
  AssignmentInput,
  AssignmentPlan,
  AssignmentRequest,
} from '../../../../shared/reviews/domain/assignment/assignment-types.ts';
import { buildState } from '../../../../shared/reviews/domain/assignment/build-state.ts';
import { planAssignment } from '../../../../shared/reviews/domain/assignment/plan-assignment.ts';
import { rebalance } from '../../../../shared/reviews/domain/assignment/rebalance.ts';

const expert = (id: string, fields: Partial<AssignmentExpert> = {}): AssignmentExpert => ({
  id,
  capacity: 10,
  load: 0,
  competences: [],
  languages: ['ru'],
  ...fields,
});

const request = (applicationId: string, fields: Partial<AssignmentRequest> = {}): AssignmentRequest => ({
  applicationId,
  rubricId: 'essay',
  wanted: 1,
  competences: [],
  language: 'ru',
  assigned: [],
  ...fields,
});

const input = (
  experts: readonly AssignmentExpert[],
  requests: readonly AssignmentRequest[],
  conflicts: readonly string[] = [],
): AssignmentInput => ({
  experts,
  requests,
  conflicted: (expertId, applicationId) => conflicts.includes(`${expertId} ${applicationId}`),
});

/** `application/rubric expert` per planned review, in the plan's order. */
const reviews = (plan: AssignmentPlan): string[] =>
  plan.assignments.map((found) => `${found.applicationId}/${found.rubricId} ${found.expertId}`);

const loads = (plan: AssignmentPlan): Record<string, number> => Object.fromEntries(plan.loads.map((load) => [load.expertId, load.after]));

describe('assignment plan', () => {
  it('gives a seat to the lightest expert, then to the one further from their capacity, then by id', () => {
    const experts = [
      expert('e-heavy', { load: 3 }),
      expert('e-small', { capacity: 4, load: 1 }),
      expert('e-big', { capacity: 8, load: 1 }),
    ];
    assert.deepEqual(reviews(planAssignment(input(experts, [request('a1')]))), ['a1/essay e-big']);
    const twins = [expert('e-b', { load: 2 }), expert('e-a', { load: 2 })];
    assert.deepEqual(reviews(planAssignment(input(twins, [request('a1')]))), ['a1/essay e-a']);
  });

  it('plans only qualified experts who are free of conflicts, not on the application yet and not full', () => {
    const experts = [
      expert('e-english', { languages: ['en'], competences: ['law'] }),
      expert('e-art', { competences: ['art'] }),
      expert('e-conflicted', { competences: ['law'] }),
      expert('e-on-it', { competences: ['law'] }),
      expert('e-full', { capacity: 2, load: 2, competences: ['law'] }),
      expert('e-over', { capacity: 2, load: 5, competences: ['law'] }),
      expert('e-fit', { competences: ['math', 'law'], load: 7 }),
    ];
    const asked = request('a1', { wanted: 3, competences: ['law', 'history'], assigned: ['e-on-it'] });
    const plan = planAssignment(input(experts, [asked], ['e-conflicted a1']));
    assert.deepEqual(reviews(plan), ['a1/essay e-fit']);
    assert.deepEqual(plan.unassigned, [{ applicationId: 'a1', rubricId: 'essay', missing: 2, reason: 'capacity-exhausted' }]);
    assert.deepEqual(
      plan.loads.find((load) => load.expertId === 'e-over'),
      { expertId: 'e-over', capacity: 2, before: 5, after: 5 },
    );
  });

  it('seats an expert on an application once, across its rubrics and those assigned before', () => {
    const experts = [expert('e1'), expert('e2'), expert('e3')];
    const requests = [request('a1', { rubricId: 'essay', wanted: 2, assigned: ['e1'] }), request('a1', { rubricId: 'video', wanted: 2 })];
    const plan = planAssignment(input(experts, requests));
    assert.deepEqual(reviews(plan), ['a1/essay e2', 'a1/essay e3']);
    // The video rubric lists nobody, yet e1 is on the application through the essay rubric.
    assert.deepEqual(plan.unassigned, [{ applicationId: 'a1', rubricId: 'video', missing: 2, reason: 'all-qualified-conflicted' }]);
  });

  it('completes a short request by moving another request to an expert with room', () => {
    // c0 can only go to C, so it chooses first; a1 then takes the lighter A, which leaves a2 (A or C) without
    // anyone. The repair moves a1 to B and gives A to a2.
    const experts = [
      expert('A', { capacity: 1, competences: ['x', 'y'] }),
      expert('B', { capacity: 3, load: 2, competences: ['x'] }),
      expert('C', { capacity: 1, competences: ['y', 'z'] }),
    ];
    const requests = [request('c0', { competences: ['z'] }), request('a1', { competences: ['x'] }), request('a2', { competences: ['y'] })];
    const plan = planAssignment(input(experts, requests));
    assert.deepEqual(reviews(plan), ['a1/essay B', 'a2/essay A', 'c0/essay C']);
    assert.deepEqual(plan.unassigned, []);
  });

  it('completes a short rubric by handing it the seat another rubric of the application holds', () => {
    // The essay takes the lighter A; the video rubric may have only A (C is full): the essay moves to B.
    const experts = [
      expert('A', { competences: ['x', 'y'] }),
      expert('B', { load: 2, competences: ['x'] }),
      expert('C', { capacity: 1, competences: ['y', 'z'] }),
    ];
    const requests = [
      request('a1', { rubricId: 'essay', competences: ['x'] }),
      request('a1', { rubricId: 'video', competences: ['y'] }),
      request('c0', { competences: ['z'] }),
    ];
    const plan = planAssignment(input(experts, requests));
    assert.deepEqual(reviews(plan), ['a1/essay B', 'a1/video A', 'c0/essay C']);
    assert.deepEqual(plan.unassigned, []);
  });

  it('says why a request is left short', () => {
    const experts = [expert('e1', { capacity: 1, competences: ['law'] }), expert('e2', { capacity: 1, competences: ['law'] })];
    const requests = [
      request('a-english', { language: 'en' }),
      request('a-art', { competences: ['art'] }),
      request('a-conflicted', { competences: ['law'] }),
      request('a-law', { competences: ['law'], wanted: 2 }),
      request('a-law-too', { competences: ['law'] }),
    ];
    const plan = planAssignment(input(experts, requests, ['e1 a-conflicted', 'e2 a-conflicted']));
    assert.deepEqual(
      plan.unassigned.map((short) => `${short.applicationId} ${short.missing} ${short.reason}`),
      [
        'a-art 1 no-qualified-expert',
        'a-conflicted 1 all-qualified-conflicted',
        'a-english 1 no-qualified-expert',
        'a-law-too 1 capacity-exhausted',
      ],
    );
    // Wanting more experts than qualify: those who do are all on the application.
    const few = planAssignment(input([expert('e1', { competences: ['law'] })], [request('a1', { competences: ['law'], wanted: 2 })]));
    assert.deepEqual(few.unassigned, [{ applicationId: 'a1', rubricId: 'essay', missing: 1, reason: 'all-qualified-conflicted' }]);
  });

  it('moves reviews from heavier to lighter experts of the same capacity, not to another capacity', () => {
    const state = buildState(
      input(
        [expert('A', { capacity: 5 }), expert('B', { capacity: 5 }), expert('C', { capacity: 9 })],
        ['a1', 'a2', 'a3', 'a4', 'a5'].map((applicationId) => request(applicationId)),
      ),
    );
    const [heavy] = state.experts;
    for (const asked of state.requests) take(asked, heavy!);
    rebalance(state);
    assert.deepEqual(
      state.experts.map((found) => `${found.id} ${found.load}`),
      ['A 3', 'B 2', 'C 0'],
    );
  });

  it('plans the same whatever the order of the input, and lists everything by id', () => {
    const experts = [expert('e2', { languages: ['en', 'ru'] }), expert('e1'), expert('e3', { capacity: 1 })];
    const requests = [request('a2', { wanted: 2 }), request('a1', { rubricId: 'video', wanted: 2 }), request('a1', { wanted: 2 })];
    const plan = planAssignment(input(experts, requests, ['e1 a2']));
    assert.deepEqual(planAssignment(input([...experts].reverse(), [...requests].reverse(), ['e1 a2'])), plan);
    // a2, with two experts to choose from, chooses first; a1 has three experts for four seats, and e3 is full.
    assert.deepEqual(reviews(plan), ['a1/essay e1', 'a1/essay e2', 'a2/essay e2', 'a2/essay e3']);
    assert.deepEqual(loads(plan), { e1: 1, e2: 2, e3: 1 });
    assert.deepEqual(plan.unassigned, [{ applicationId: 'a1', rubricId: 'video', missing: 2, reason: 'capacity-exhausted' }]);
  });

  it('refuses an input it cannot read one way only', () => {
    assert.throws(() => planAssignment(input([expert('e1'), expert('e1')], [])), /e1 is listed twice/);
    assert.throws(() => planAssignment(input([], [request('a1'), request('a1')])), /a1 is asked for rubric essay twice/);
    assert.throws(() => planAssignment(input([expert('e1', { capacity: 1.5 })], [])), /whole number/);
    assert.throws(() => planAssignment(input([], [request('a1', { wanted: -1 })])), /whole number/);
  });
});

/** A small deterministic generator (mulberry32), so the large case is the same on every run. */
const randomFrom = (seed: number): (() => number) => {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
};

describe('assignment plan at a season’s size', () => {
  it('plans 10,000 requests of 3 reviews over 500 experts within the rules', () => {
    const random = randomFrom(2026);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const competences = Array.from({ length: 12 }, (_, n) => `c${n}`);
    const experts = Array.from({ length: 500 }, (_, n) =>
      expert(`expert-${n}`, {
        capacity: 40 + Math.floor(random() * 40),
        load: Math.floor(random() * 10),
        competences: competences.filter(() => random() < 0.3),
        languages: random() < 0.8 ? ['ru'] : ['ru', 'en'],
      }),
    );
    const conflicts = new Set<string>();
    const requests = Array.from({ length: 10_000 }, (_, n) => {
      const applicationId = `application-${Math.floor(n / 2)}`;
      for (let k = 0; k < 3; k++) conflicts.add(`${pick(experts).id} ${applicationId}`);
      return request(applicationId, {
        rubricId: `rubric-${n % 2}`,
        wanted: 3,
        competences: random() < 0.5 ? [] : [pick(competences)],
        language: random() < 0.9 ? 'ru' : 'en',
        assigned: random() < 0.1 ? [pick(experts).id] : [],
      });
    });
    const planned = planAssignment({
      experts,
      requests,
      conflicted: (expertId, applicationId) => conflicts.has(`${expertId} ${applicationId}`),
    });

    const byId = new Map(experts.map((found) => [found.id, found]));
    const byRequest = new Map(requests.map((found) => [`${found.applicationId} ${found.rubricId}`, found]));
    const onApplication = new Map<string, Set<string>>();
    for (const found of requests) {
      const on = onApplication.get(found.applicationId) ?? new Set();
      for (const id of found.assigned) on.add(id);
      onApplication.set(found.applicationId, on);
    }
    const newLoad = new Map<string, number>();
    const perRequest = new Map<string, number>();
    const seats = new Set<string>();
    for (const found of planned.assignments) {
      const reviewer = byId.get(found.expertId)!;
      const asked = byRequest.get(`${found.applicationId} ${found.rubricId}`)!;
      assert.ok(reviewer.languages.includes(asked.language), `${found.expertId} does not review in ${asked.language}`);
      assert.ok(asked.competences.length === 0 || asked.competences.some((competence) => reviewer.competences.includes(competence)));
      assert.ok(!conflicts.has(`${found.expertId} ${found.applicationId}`), `${found.expertId} is conflicted on ${found.applicationId}`);
      const seat = `${found.expertId} ${found.applicationId}`;
      assert.ok(!seats.has(seat) && !onApplication.get(found.applicationId)!.has(found.expertId), `${seat} twice`);
      seats.add(seat);
      newLoad.set(found.expertId, (newLoad.get(found.expertId) ?? 0) + 1);
      perRequest.set(`${found.applicationId} ${found.rubricId}`, (perRequest.get(`${found.applicationId} ${found.rubricId}`) ?? 0) + 1);
    }
    for (const reviewer of experts)
      assert.ok(reviewer.load + (newLoad.get(reviewer.id) ?? 0) <= Math.max(reviewer.capacity, reviewer.load));
    for (const [key, count] of perRequest) assert.ok(count <= byRequest.get(key)!.wanted, `${key} got ${count}`);
    const short = planned.unassigned.reduce((sum, found) => sum + found.missing, 0);
    assert.equal(planned.assignments.length + short, 30_000);
  });
});
