import { WEBHOOK_EVENT_SOURCE } from '../../config/webhook-event-source.ts';
import { localName } from '../local-settings.ts';
import { inProcessInvoker, type LambdaHandler } from '../step-functions/in-process-lambda.ts';
import type { TaskInvoker } from '../step-functions/local-state-machine.ts';
import { startStreamReader, type StreamReader } from './stream-reader.ts';

export interface WebhookEventReaderOptions {
  /** The function records go to; the deployed `webhook-events` handler by default. */
  readonly invoke?: TaskInvoker;
  /** Where to start reading; the mapping's own (TRIM_HORIZON) by default. */
  readonly startingPosition?: 'TRIM_HORIZON' | 'LATEST';
  readonly report?: (message: string) => void;
}

/** `functions/webhook-events/handler.ts`'s `handler`, loaded at the first batch so it reads the local cloud's environment. */
const loadWebhookEventsHandler = async (): Promise<LambdaHandler> =>
  (await import('../../../functions/webhook-events/handler.ts')).handler as LambdaHandler;

/**
 * The local stand-in of the `webhook-events` event source mapping (infra/stacks/events-stack.ts):
 * the table's stream read with the mapping's filter, batch size, bisection and retry limit.
 */
export const startWebhookEventReader = (
  endpoint: string,
  streamArn: string,
  options: WebhookEventReaderOptions = {},
): Promise<StreamReader> =>
  startStreamReader({
    endpoint,
    streamArn,
    invoke: options.invoke ?? inProcessInvoker(localName('webhook-events'), loadWebhookEventsHandler),
    filterPatterns: WEBHOOK_EVENT_SOURCE.filterPatterns,
    batchSize: WEBHOOK_EVENT_SOURCE.batchSize,
    retryAttempts: WEBHOOK_EVENT_SOURCE.retryAttempts,
    bisectBatchOnError: WEBHOOK_EVENT_SOURCE.bisectBatchOnError,
    startingPosition: options.startingPosition ?? WEBHOOK_EVENT_SOURCE.startingPosition,
    ...(options.report === undefined ? {} : { report: options.report }),
  });
