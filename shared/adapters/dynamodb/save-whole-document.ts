import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TableKeys } from '../../platform/keys/keys.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { ITEM_ABSENT } from './put-once.ts';

export type WholeDocumentSave =
  | { readonly saved: true; readonly item: Record<string, unknown> }
  | { readonly saved: false; readonly currentVersion: number };

/** The stored version carried by a refused write (ReturnValuesOnConditionCheckFailure), in wire format. */
const versionOf = (item: Record<string, { N?: string } | undefined> | undefined): number => Number(item?.['version']?.N ?? 0);

/**
 * A document a person replaces whole on every save (an applicant's or an expert's profile), at the
 * version they read: one UpdateItem whether creating (expectedVersion 0) or replacing. Each of
 * `fields` is set from `document` or removed when absent, so an edit never leaves a stale field;
 * `fixed` (the owner's id, the entity tag) is written every time; `createdAt` is kept without
 * reading it first. A refused condition returns the stored item, so the conflict names the
 * current version without a second request.
 */
export const saveWholeDocument = async (
  client: Pick<DynamoDBDocumentClient, 'send'>,
  tableName: string,
  save: {
    readonly key: TableKeys;
    readonly fields: readonly string[];
    readonly document: Readonly<Record<string, unknown>>;
    readonly fixed: Readonly<Record<string, unknown>>;
    readonly expectedVersion: number;
    readonly at: string;
  },
): Promise<WholeDocumentSave> => {
  const present = save.fields.filter((field) => save.document[field] !== undefined);
  const absent = save.fields.filter((field) => !present.includes(field));
  const fixed = Object.keys(save.fixed);
  const names = Object.fromEntries([...save.fields, ...fixed, 'version', 'createdAt', 'updatedAt'].map((name) => [`#${name}`, name]));
  const values: Record<string, unknown> = {
    ...Object.fromEntries(present.map((field) => [`:${field}`, save.document[field]])),
    ...Object.fromEntries(fixed.map((field) => [`:${field}`, save.fixed[field]])),
    ':next': save.expectedVersion + 1,
    ':at': save.at,
    ...(save.expectedVersion === 0 ? {} : { ':expected': save.expectedVersion }),
  };
  const set = [
    ...[...present, ...fixed].map((field) => `#${field} = :${field}`),
    '#version = :next',
    '#updatedAt = :at',
    '#createdAt = if_not_exists(#createdAt, :at)',
  ];
  try {
    const { Attributes } = await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: save.key,
        UpdateExpression: `SET ${set.join(', ')}${absent.length === 0 ? '' : ` REMOVE ${absent.map((field) => `#${field}`).join(', ')}`}`,
        ConditionExpression: save.expectedVersion === 0 ? ITEM_ABSENT : '#version = :expected',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    if (Attributes === undefined) throw new Error('UpdateItem returned no attributes');
    return { saved: true, item: Attributes };
  } catch (error) {
    if (isConditionalCheckFailed(error)) return { saved: false, currentVersion: versionOf(error.Item) };
    throw error;
  }
};
