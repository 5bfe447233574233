import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import type { ItemChange } from '../../webhooks/domain/changes/item-change.ts';

type StreamImage = NonNullable<NonNullable<DynamoDBRecord['dynamodb']>['NewImage']>;

/**
 * Lambda's stream event carries the images in DynamoDB JSON, typed by aws-lambda; the SDK's
 * AttributeValue is the same JSON (a binary arrives base64-encoded, and no item of the table holds one).
 */
const item = (image: StreamImage | undefined): Record<string, unknown> | undefined =>
  image === undefined ? undefined : unmarshall(image as Record<string, AttributeValue>);

/** A DynamoDB stream record as the item change it tells (the table's stream shows both images). */
export const streamItemChange = (record: DynamoDBRecord): ItemChange => {
  const kind = record.eventName;
  if (kind === undefined) throw new Error('A stream record without an event name');
  return { kind, before: item(record.dynamodb?.OldImage), after: item(record.dynamodb?.NewImage) };
};
