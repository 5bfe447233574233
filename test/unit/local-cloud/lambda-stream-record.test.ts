import assert from 'node:assert/strict';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { describe, it } from 'vitest';
import { lambdaStreamRecord } from '../../../infra/local/streams/lambda-stream-record.ts';

describe('a stream record in the shape Lambda hands it over', () => {
  const record = lambdaStreamRecord(
    {
      eventID: 'e-1',
      eventName: 'MODIFY',
      awsRegion: 'ddblocal',
      dynamodb: {
        ApproximateCreationDateTime: new Date('2026-06-01T09:30:00.000Z'),
        Keys: { pk: { S: 'APPLICATION#1' }, sk: { S: 'APPLICATION' } },
        // As the Streams client reads them: an empty map comes back as an empty object.
        NewImage: { pk: { S: 'APPLICATION#1' }, answers: {} as AttributeValue, blob: { B: Uint8Array.from([1, 2]) }, none: { NULL: true } },
        OldImage: { pk: { S: 'APPLICATION#1' }, answers: { M: { a: { L: [{ N: '1' }] } } } },
        SequenceNumber: '000000000000000000042',
        SizeBytes: 10,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    },
    'arn:aws:dynamodb:ddblocal:000000000000:table/cadre-local/stream/1',
  );
  const change = record['dynamodb'] as unknown as Record<string, Record<string, AttributeValue>>;

  it('names its stream and dates its creation in epoch seconds', () => {
    assert.equal(record['eventSourceARN'], 'arn:aws:dynamodb:ddblocal:000000000000:table/cadre-local/stream/1');
    assert.equal((record['dynamodb'] as Record<string, unknown>)['ApproximateCreationDateTime'], 1_780_306_200);
    assert.equal((record['dynamodb'] as Record<string, unknown>)['SequenceNumber'], '000000000000000000042');
  });

  it('carries images that read back as the items: an empty map as one, a binary base64-encoded', () => {
    assert.deepEqual(change['NewImage']?.['blob'], { B: 'AQI=' });
    const { blob: _blob, ...rest } = change['NewImage'] ?? {};
    assert.deepEqual(unmarshall(rest), { pk: 'APPLICATION#1', answers: {}, none: null });
    assert.deepEqual(unmarshall(change['OldImage'] ?? {}), { pk: 'APPLICATION#1', answers: { a: [1] } });
  });
});
