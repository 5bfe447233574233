import type { DrainLease } from '../../mail/ports/drain-lease.ts';
import { ENTITY, mailDrainLeaseKey } from '../../platform/keys/keys.ts';
import { dynamoDbLease } from './dynamodb-lease.ts';
import { MailQueueTable } from './mail-queue-table.ts';

/** One lease item per queue: taken if free, expired or already this holder's. */
export class DynamoDbMailDrainLease extends MailQueueTable implements DrainLease {
  readonly #lease = dynamoDbLease(this.client, this.tableName, mailDrainLeaseKey(this.queue), ENTITY.mailDrainLease);

  acquire(holder: string, at: Date, until: Date): Promise<boolean> {
    return this.#lease.acquire(holder, at, until);
  }

  release(holder: string): Promise<void> {
    return this.#lease.release(holder);
  }
}
