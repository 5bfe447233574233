import type { AttributeValue, _Record } from '@aws-sdk/client-dynamodb-streams';
import type { JsonValue } from '../step-functions/local-state-machine.ts';

/**
 * An attribute value as Lambda's event carries it: DynamoDB JSON, binaries base64-encoded. The
 * Streams client reads an empty map (`{ "M": {} }`, e.g. an application's `answers`) back as an
 * empty object, the one value with no type left on it: it is put back as the empty map it was.
 */
const lambdaValue = (value: AttributeValue): JsonValue => {
  if (Object.keys(value).length === 0) return { M: {} };
  if (value.B !== undefined) return { B: Buffer.from(value.B).toString('base64') };
  if (value.BS !== undefined) return { BS: value.BS.map((bytes) => Buffer.from(bytes).toString('base64')) };
  if (value.M !== undefined) return { M: lambdaImage(value.M) };
  if (value.L !== undefined) return { L: value.L.map(lambdaValue) };
  return JSON.parse(JSON.stringify(value)) as JsonValue;
};

const lambdaImage = (image: Record<string, AttributeValue>): { [name: string]: JsonValue } =>
  Object.fromEntries(Object.entries(image).map(([name, value]) => [name, lambdaValue(value)]));

/**
 * A record read with GetRecords, in the shape Lambda hands a DynamoDB stream record to a function
 * (`DynamoDBRecord`): the stream's ARN on it, the creation time in epoch seconds, the images in
 * DynamoDB JSON. The same shape the filter patterns are matched against.
 */
export const lambdaStreamRecord = (record: _Record, streamArn: string): { [field: string]: JsonValue } => {
  const change = record.dynamodb ?? {};
  const created = change.ApproximateCreationDateTime;
  return {
    eventID: record.eventID ?? '',
    eventName: record.eventName ?? '',
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion ?? '',
    eventSourceARN: streamArn,
    dynamodb: {
      ...(created === undefined ? {} : { ApproximateCreationDateTime: Math.floor(created.getTime() / 1000) }),
      ...(change.Keys === undefined ? {} : { Keys: lambdaImage(change.Keys) }),
      ...(change.NewImage === undefined ? {} : { NewImage: lambdaImage(change.NewImage) }),
      ...(change.OldImage === undefined ? {} : { OldImage: lambdaImage(change.OldImage) }),
      SequenceNumber: change.SequenceNumber ?? '',
      SizeBytes: change.SizeBytes ?? 0,
      StreamViewType: change.StreamViewType ?? 'NEW_AND_OLD_IMAGES',
    },
  };
};
