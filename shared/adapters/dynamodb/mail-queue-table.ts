import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MAIN_MAIL_QUEUE } from './dynamodb-mail-items.ts';

/**
 * What every adapter of one mail queue holds: the client, the table and the queue's name. The
 * queue, the outbox, the send window, the drain lease and the undeliverable list of one queue
 * must agree on all three, so they take them the same way.
 */
export abstract class MailQueueTable {
  protected readonly client: DynamoDBDocumentClient;
  protected readonly tableName: string;
  protected readonly queue: string;

  constructor(client: DynamoDBDocumentClient, tableName: string, queue: string = MAIN_MAIL_QUEUE) {
    this.client = client;
    this.tableName = tableName;
    this.queue = queue;
  }
}
