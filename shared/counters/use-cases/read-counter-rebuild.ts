import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { CounterRebuild } from '../counter-rebuild-schema.ts';
import type { CounterRebuildDependencies } from './counter-rebuild-dependencies.ts';

export const readCounterRebuild = async (
  deps: Pick<CounterRebuildDependencies, 'rebuilds' | 'seasonStaff'>,
  identity: Identity,
  seasonId: string,
  runId: string,
): Promise<CounterRebuild> => {
  await deps.seasonStaff.assertStaffed(identity, seasonId);
  const rebuild = await deps.rebuilds.find(seasonId, runId);
  if (rebuild === undefined) throw notFound('counter rebuild');
  return rebuild;
};
