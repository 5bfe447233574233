import { AsyncLocalStorage } from 'node:async_hooks';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isReadCommand } from './read-commands.ts';

/** One DynamoDB request as the bench saw it: its command and the capacity DynamoDB reported. */
export interface MeteredRequest {
  readonly command: string;
  readonly readUnits: number;
  readonly writeUnits: number;
  /** False when the response carried no ConsumedCapacity at all. */
  readonly reported: boolean;
  /** Who sent it, as named by `sentBy` (undefined: anything else in the process, e.g. an execution's Lambda tasks). */
  readonly origin: string | undefined;
}

const origins = new AsyncLocalStorage<string>();

/**
 * Runs `work` with its DynamoDB requests marked as sent by `origin`: a route that starts an
 * execution returns while the execution (in this process) already sends requests of its own.
 */
export const sentBy = <T>(origin: string, work: () => Promise<T>): Promise<T> => origins.run(origin, work);

interface Capacity {
  readonly ReadCapacityUnits?: number;
  readonly WriteCapacityUnits?: number;
  readonly CapacityUnits?: number;
}

const sum = (capacities: readonly Capacity[], field: 'ReadCapacityUnits' | 'WriteCapacityUnits'): number =>
  capacities.reduce((total, capacity) => total + (capacity[field] ?? 0), 0);

/**
 * Bench only: asks DynamoDB for ReturnConsumedCapacity=TOTAL on every request of the document
 * client and records what comes back (an object for single-item calls and queries, a list per
 * table for transactions and batches). Production code never pays for this.
 */
export const meterCapacity = (client: DynamoDBDocumentClient): { readonly take: () => MeteredRequest[] } => {
  let requests: MeteredRequest[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input['ReturnConsumedCapacity'] = 'TOTAL';
      const result = await next(args);
      const consumed = (result.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
      const capacities = consumed === undefined ? [] : Array.isArray(consumed) ? consumed : [consumed];
      const command = context.commandName ?? 'unknown';
      // TOTAL reports CapacityUnits (table and indexes together); the split fields come only with INDEXES.
      const total = capacities.reduce((units, capacity) => units + (capacity.CapacityUnits ?? 0), 0);
      const read = isReadCommand(command);
      requests.push({
        command,
        readUnits: sum(capacities, 'ReadCapacityUnits') || (read ? total : 0),
        writeUnits: sum(capacities, 'WriteCapacityUnits') || (read ? 0 : total),
        reported: capacities.length > 0,
        origin: origins.getStore(),
      });
      return result;
    },
    { step: 'initialize', name: 'benchConsumedCapacity' },
  );
  return {
    take: () => {
      const taken = requests;
      requests = [];
      return taken;
    },
  };
};
