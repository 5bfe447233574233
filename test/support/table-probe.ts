import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { programmeKeys, seasonKey } from '../../shared/platform/keys/keys.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';

/** Reads the table directly, to prove what a rejected request did not write. */
const read = async (key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> =>
  (await documentClient().send(new GetCommand({ TableName: requireEnv(ENV.tableName), Key: key, ConsistentRead: true }))).Item;

export const storedProgramme = (programmeId: string) => {
  const { pk, sk } = programmeKeys(programmeId);
  return read({ pk, sk });
};

export const storedSeason = (seasonId: string) => read(seasonKey(seasonId));
