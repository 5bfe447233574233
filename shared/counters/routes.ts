import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';
import { seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { counterRebuildIdSchema, counterRebuildSchema } from './counter-rebuild-schema.ts';

const seasonParams = z.strictObject({ seasonId: seasonIdSchema });
const rebuildParams = z.strictObject({ seasonId: seasonIdSchema, runId: counterRebuildIdSchema });

export const startCounterRebuildRoute = defineRoute({
  operationId: 'startCounterRebuild',
  method: 'POST',
  path: '/seasons/{seasonId}/counter-rebuilds',
  capability: 'counters',
  roles: ['staff'],
  summary: 'Rebuild the season’s counters from its applications',
  description:
    'The reports read per-season counters kept by every write of an application; this recounts them from the applications and their histories (for repair, or for a season stored before counters were kept). It runs in the background, resumably, a page at a time (every minute in AWS): follow it with the GET. The figures read meanwhile are the previous ones (status `rebuilding`), and moves made meanwhile are counted in the new figures. One rebuild per season at a time: 409 `rebuild-running`.',
  tags: ['reports'],
  request: { params: seasonParams },
  responses: { 202: { description: 'Started', body: counterRebuildSchema } },
});

export const getCounterRebuildRoute = defineRoute({
  operationId: 'getCounterRebuild',
  method: 'GET',
  path: '/seasons/{seasonId}/counter-rebuilds/{runId}',
  capability: 'counters',
  roles: ['staff'],
  summary: 'Follow a rebuild of the season’s counters',
  description: 'Its status (`running`, `completed`, `failed`), the applications counted so far and each counter shard’s phase.',
  tags: ['reports'],
  request: { params: rebuildParams },
  responses: { 200: { description: 'The rebuild', body: counterRebuildSchema } },
});

export const counterRoutes = [startCounterRebuildRoute, getCounterRebuildRoute] as const;
