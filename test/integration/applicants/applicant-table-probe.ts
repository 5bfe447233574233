import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { applicantKey, profileKey } from '../../../shared/platform/keys/keys.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';

/** Reads the table directly, to prove what a request wrote or did not write. */
export const storedProfile = async (applicantId: string): Promise<Record<string, unknown> | undefined> =>
  (
    await documentClient().send(
      new GetCommand({ TableName: requireEnv(ENV.tableName), Key: profileKey(applicantId), ConsistentRead: true }),
    )
  ).Item;

/** Every item in the applicant's partition: profile, consent records, consent state. */
export const storedApplicantItems = async (applicantId: string): Promise<Record<string, unknown>[]> =>
  (
    await documentClient().send(
      new QueryCommand({
        TableName: requireEnv(ENV.tableName),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': applicantKey(applicantId) },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];
