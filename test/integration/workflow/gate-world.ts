import assert from 'node:assert/strict';
import { sfnClient } from '../../../shared/adapters/sfn/sfn-client.ts';
import { call, staffOf } from '../../support/application-fixtures.ts';
import { finished } from '../../support/transition-support.ts';
import { seasonInEducation } from './gate-support.ts';

const sfn = sfnClient();

export type GateWorld = Awaited<ReturnType<typeof seasonInEducation>> & { readonly staff: ReturnType<typeof staffOf> };

/** A season with `count` applications in education (seasonInEducation), and staff of its programme. */
export const gateWorld = async (count: number, shortlisted: (index: number) => boolean): Promise<GateWorld> => {
  const season = await seasonInEducation(count, shortlisted);
  return { ...season, staff: staffOf(season.programmeId) };
};

/** Staff (or `claims`) start a cohort gate of the world's season: POST /seasons/{seasonId}/gates. */
export const startGate = (world: GateWorld, body: Record<string, string>, claims: Record<string, string> = world.staff) =>
  call({ method: 'POST', route: '/seasons/{seasonId}/gates', pathParameters: { seasonId: world.seasonId }, claims, body });

/** A gate run of the world's season, as its staff read it. */
export const gateRunOf = (world: GateWorld, gateRunId: string) =>
  call({
    method: 'GET',
    route: '/seasons/{seasonId}/gates/{gateRunId}',
    pathParameters: { seasonId: world.seasonId, gateRunId },
    claims: world.staff,
  });

/** Staff start the gate, its execution succeeds, and they read the run it made. */
export const gateRunToEnd = async (world: GateWorld, body: Record<string, string>): Promise<Record<string, unknown>> => {
  const started = await startGate(world, body);
  assert.equal(started.status, 202, JSON.stringify(started.body));
  const execution = await finished(sfn, String(started.body['executionArn']));
  assert.equal(execution.status, 'SUCCEEDED', `${execution.error}: ${execution.cause}`);
  return (await gateRunOf(world, String(started.body['gateRunId']))).body;
};
