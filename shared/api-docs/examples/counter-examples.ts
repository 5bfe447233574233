import type { CounterRebuild } from '../../counters/counter-rebuild-schema.ts';
import { counterRoutes } from '../../counters/routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';

/** The counters examples: staff of ПроКадры rebuild the spring 2027 season's counters and follow the run. */
const [startCounterRebuild, getCounterRebuild] = counterRoutes;

const started: CounterRebuild = {
  runId: '5c7e9a1b-3d5f-4b7d-9f1a-2c4e6a8c0e35',
  seasonId: 'prokadry-2027-spring',
  status: 'running',
  startedAt: '2027-04-02T09:00:00.000Z',
  generation: 2,
  counted: 0,
  shards: Array.from({ length: 16 }, (_, shard) => ({ shard, phase: 'first-pass' as const })),
};

export const COUNTER_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(startCounterRebuild, { responses: { 202: started } }),
  routeExamples(getCounterRebuild, {
    responses: {
      200: {
        ...started,
        status: 'completed',
        completedAt: '2027-04-02T09:03:40.000Z',
        counted: 48_213,
        shards: started.shards.map(({ shard }) => ({ shard, phase: 'done' as const })),
      },
    },
  }),
];
