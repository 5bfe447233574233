import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { streamItemChange } from '../../shared/adapters/dynamodb/stream-item-change.ts';
import { changedEntity, type ItemChange } from '../../shared/webhooks/domain/changes/item-change.ts';
import { webhookEventsOfChange } from '../../shared/webhooks/domain/changes/webhook-events-of-change.ts';
import type { WebhookEventSink } from '../../shared/webhooks/ports/webhook-event-sink.ts';
import type { WebhookEvent } from '../../shared/webhooks/webhook-event-schema.ts';
import { describeUnexpectedError, logger } from '../../shared/platform/observability/logger.ts';

/**
 * One batch of a shard's records, in order: the changes become events and the events go to the
 * sink in one call. A shard is ordered, so a failure is reported as the record it happened at, and
 * Lambda hands that record and every later one over again (partial batch response); the records
 * before it are done. A record that does not map (a stored item that does not read as its record)
 * fails the batch from itself on, once the events of the records before it are published (after
 * the mapping's retries its place in the stream goes to the on-failure queue); when the sink
 * fails, the batch fails from its first record that made an event. The sink is idempotent per
 * event id, so events published again with a retried batch are no harm.
 */
export const publishStreamBatch = async (records: readonly DynamoDBRecord[], sink: WebhookEventSink): Promise<DynamoDBBatchResponse> => {
  const events: WebhookEvent[] = [];
  let firstWithEvents: DynamoDBRecord | undefined;
  let unmapped: DynamoDBRecord | undefined;
  for (const record of records) {
    let change: ItemChange | undefined;
    try {
      change = streamItemChange(record);
      const made = webhookEventsOfChange(change);
      if (made.length > 0) firstWithEvents ??= record;
      events.push(...made);
    } catch (error) {
      // Which record and which kind of item, never its attributes: they hold personal data.
      logger.error('a table change did not map to webhook events', {
        sequenceNumber: record.dynamodb?.SequenceNumber,
        entity: change === undefined ? undefined : String(changedEntity(change)),
        ...describeUnexpectedError(error),
      });
      unmapped = record;
      break;
    }
  }
  if (events.length > 0) {
    try {
      await sink.publish(events);
    } catch (error) {
      logger.error('webhook events were not published', { events: events.length, ...describeUnexpectedError(error) });
      return failedFrom(firstWithEvents);
    }
  }
  return failedFrom(unmapped);
};

/** The partial batch response retrying from `record`; none when every record is done. */
const failedFrom = (record: DynamoDBRecord | undefined): DynamoDBBatchResponse => {
  if (record === undefined) return { batchItemFailures: [] };
  const sequenceNumber = record.dynamodb?.SequenceNumber;
  // Without its sequence number a failure cannot be named: failing the whole batch retries it all.
  if (sequenceNumber === undefined) throw new Error('A failed stream record without a sequence number');
  return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
};
