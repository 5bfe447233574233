import { randomUUID } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbCounterRebuilds } from '../../shared/adapters/dynamodb/dynamodb-season-counts-rebuild.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { staffedSeasonCheck } from '../../shared/catalogue/use-cases/staffed-season.ts';
import type { CounterRebuildDependencies } from '../../shared/counters/use-cases/counter-rebuild-dependencies.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';

/** Everything the counters function's routes reach outside pure code for. */
export interface CountersWiring {
  readonly counters: CounterRebuildDependencies;
}

/** Built once per Lambda container (the handler calls it at cold start) and shared by every invocation. */
export const wiring: () => CountersWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  return {
    counters: {
      rebuilds: new DynamoDbCounterRebuilds(client, tableName),
      seasonStaff: staffedSeasonCheck({
        programmes: new DynamoDbProgrammeRepository(client, tableName),
        seasons: new DynamoDbSeasonRepository(client, tableName),
      }),
      clock: () => new Date(),
      newId: randomUUID,
    },
  };
});
