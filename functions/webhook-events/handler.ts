import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { WebhookEventSink } from '../../shared/webhooks/ports/webhook-event-sink.ts';
import { publishStreamBatch } from './publish-stream-batch.ts';
import { wiring } from './wiring.ts';

// Cold start: the container's client and the sink, built once before the first batch.
wiring();

/** The stream handler over a sink: the deployment's below; a test's over a sink of its own. */
export const streamHandler =
  (sink: () => WebhookEventSink) =>
  (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> =>
    publishStreamBatch(event.Records, sink());

/**
 * `webhook-events`: invoked by the table stream's event source mapping with batches of the changes
 * its filter lets through (shared/webhooks/domain/changes/watched-changes.ts), it turns them into
 * webhook events and hands them to the webhooks' fan-out. Locally the stream reader of the local
 * cloud (infra/local/streams/) invokes it the same way.
 */
export const handler = streamHandler(() => wiring().sink);
