import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { AttributeValue, DynamoDBRecord } from 'aws-lambda';
import { describe, it } from 'vitest';
import { streamHandler } from '../../../functions/webhook-events/handler.ts';
import { applicationItem } from '../../../shared/adapters/dynamodb/dynamodb-application-items.ts';
import type { Application } from '../../../shared/applications/application-schema.ts';
import { ENTITY, releaseKeys } from '../../../shared/platform/keys/keys.ts';
import type { WebhookEventSink } from '../../../shared/webhooks/ports/webhook-event-sink.ts';
import type { WebhookEvent } from '../../../shared/webhooks/webhook-event-schema.ts';

let sequence = 100;

/** A stream record as Lambda hands it over: DynamoDB JSON images, a sequence number per record. */
const record = (eventName: 'INSERT' | 'MODIFY', after: Record<string, unknown>, before?: Record<string, unknown>): DynamoDBRecord => {
  const image = (item: Record<string, unknown>) =>
    marshall(item, { removeUndefinedValues: true }) as Record<string, SdkAttributeValue> as Record<string, AttributeValue>;
  sequence += 1;
  return {
    eventID: randomUUID(),
    eventName,
    eventSource: 'aws:dynamodb',
    dynamodb: {
      SequenceNumber: String(sequence),
      NewImage: image(after),
      ...(before === undefined ? {} : { OldImage: image(before) }),
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
};

const at = '2026-06-01T09:30:00.000Z';
const application = (): Application => ({
  id: randomUUID(),
  seasonId: 'season-2026',
  programmeId: 'prokadry',
  applicantId: randomUUID(),
  stage: 'draft',
  answers: {},
  language: 'ru',
  createdAt: at,
  updatedAt: at,
  version: 1,
});
const submission = (): DynamoDBRecord => {
  const draft = application();
  return record('MODIFY', applicationItem({ ...draft, stage: 'screening', submittedAt: at, version: 2 }), applicationItem(draft));
};
const release = (): DynamoDBRecord => {
  const released = {
    id: randomUUID(),
    purpose: 'region',
    organisationId: 'youth-77',
    region: '77',
    applicationId: randomUUID(),
    applicantId: randomUUID(),
    programmeId: 'prokadry',
    seasonId: 'season-2026',
    consentId: randomUUID(),
    fields: ['name'],
    interviewRubrics: [],
    move: { from: 'federal-interview', to: 'federal-internship', version: 9 },
    releasedAt: at,
    validUntil: '2027-06-01T09:30:00.000Z',
  };
  return record('INSERT', { ...releaseKeys(released), entity: ENTITY.release, ...released });
};
const mail = (): DynamoDBRecord =>
  record('INSERT', { pk: `MAIL#${randomUUID()}`, sk: 'MAIL', entity: ENTITY.mail, to: 'person@example.org' });
/** An application the stream shows without its stage: a stored item that does not read as its record. */
const unreadable = (): DynamoDBRecord => {
  const draft = application();
  return record('MODIFY', { ...applicationItem({ ...draft, version: 2 }), stage: 42 }, applicationItem(draft));
};

const collecting = () => {
  const published: WebhookEvent[][] = [];
  const sink: WebhookEventSink = {
    publish: async (events) => {
      published.push([...events]);
    },
  };
  return { published, sink };
};

describe('the webhook-events stream handler', () => {
  it('publishes the events of a batch in one call, in the records’ order, and reports nothing failed', async () => {
    const { published, sink } = collecting();
    const answer = await streamHandler(() => sink)({ Records: [mail(), submission(), mail(), release()] });
    assert.deepEqual(answer, { batchItemFailures: [] });
    assert.deepEqual(
      published.map((events) => events.map((event) => event.type)),
      [['application.submitted', 'release.available']],
    );
  });

  it('does not call the sink for a batch that makes no event', async () => {
    const { published, sink } = collecting();
    assert.deepEqual(await streamHandler(() => sink)({ Records: [mail(), mail()] }), { batchItemFailures: [] });
    assert.deepEqual(published, []);
  });

  it('a record that does not map fails from itself: the events before it are published, none after it', async () => {
    const { published, sink } = collecting();
    const poisoned = unreadable();
    const answer = await streamHandler(() => sink)({ Records: [submission(), poisoned, release()] });
    assert.deepEqual(answer, { batchItemFailures: [{ itemIdentifier: poisoned.dynamodb?.SequenceNumber }] });
    assert.deepEqual(
      published.map((events) => events.map((event) => event.type)),
      [['application.submitted']],
    );
  });

  it('when the sink fails, the batch fails from its first record that made an event', async () => {
    const failing: WebhookEventSink = {
      publish: async () => {
        throw new Error('the fan-out is down');
      },
    };
    const first = submission();
    const answer = await streamHandler(() => failing)({ Records: [mail(), first, release()] });
    assert.deepEqual(answer, { batchItemFailures: [{ itemIdentifier: first.dynamodb?.SequenceNumber }] });
  });
});
