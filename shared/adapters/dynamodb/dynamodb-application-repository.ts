import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Application, ApplicationEvent } from '../../applications/application-schema.ts';
import type {
  ApplicationDossier,
  ApplicationFilter,
  ApplicationRepository,
  CreateOutcome,
  ReplaceCondition,
  ReplaceEffects,
  WriteOutcome,
} from '../../applications/ports/application-repository.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { readApplicationDossier } from './dynamodb-application-dossier.ts';
import { applicationEventItem, applicationGuardItem, applicationItem, toApplication } from './dynamodb-application-items.ts';
import { listSeasonApplications } from './dynamodb-application-season-list.ts';
import { MAIN_MAIL_QUEUE, queuedMailPut } from './dynamodb-mail-items.ts';
import { putOnce } from './put-once.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import { applicantApplicationsPartition, applicationGuardKey, applicationKey } from '../../platform/keys/keys.ts';

/**
 * Applications in the one table. Every write is one transaction of the application item and its
 * history event (plus the guard at creation), each conditional, so the history can never disagree
 * with the application and two writers can never both win.
 */
export class DynamoDbApplicationRepository implements ApplicationRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async create(application: Application, event: ApplicationEvent): Promise<CreateOutcome> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            { Put: { ...putOnce(this.#tableName, applicationGuardItem(application)), ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
            { Put: putOnce(this.#tableName, applicationItem(application)) },
            { Put: putOnce(this.#tableName, applicationEventItem(application.id, event)) },
          ],
        }),
      );
      return { outcome: 'created' };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons === undefined) throw error;
      const existingId = reasons[0]?.code === 'ConditionalCheckFailed' ? reasons[0].item?.['applicationId'] : undefined;
      if (existingId !== undefined) return { outcome: 'exists', applicationId: existingId };
      // A concurrent create of the same guard (TransactionConflict): whoever won is now readable.
      const winner = await this.#guardedApplicationId(application.applicantId, application.seasonId);
      if (winner !== undefined) return { outcome: 'exists', applicationId: winner };
      throw error;
    }
  }

  async find(applicationId: string): Promise<Application | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: applicationKey(applicationId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toApplication(Item);
  }

  findDossier(applicationId: string, options: { readonly history: boolean }): Promise<ApplicationDossier | undefined> {
    return readApplicationDossier(this.#client, this.#tableName, applicationId, options);
  }

  async findForApplicantInSeason(applicantId: string, seasonId: string): Promise<Application | undefined> {
    const applicationId = await this.#guardedApplicationId(applicantId, seasonId);
    return applicationId === undefined ? undefined : this.find(applicationId);
  }

  async replace(
    application: Application,
    expectedVersion: number,
    event: ApplicationEvent | undefined,
    condition: ReplaceCondition = {},
    effects: ReplaceEffects = {},
  ): Promise<WriteOutcome> {
    const conditions = ['#version = :expected'];
    const values: Record<string, unknown> = { ':expected': expectedVersion };
    const names: Record<string, string> = { '#version': 'version' };
    if (condition.stage !== undefined) {
      conditions.push('#stage = :stage');
      names['#stage'] = 'stage';
      values[':stage'] = condition.stage;
    }
    if (condition.unsubmitted === true) conditions.push('attribute_not_exists(submittedAt)');
    const put = {
      TableName: this.#tableName,
      Item: applicationItem(application),
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    };
    try {
      const alongside = [
        ...(event === undefined ? [] : [{ Put: putOnce(this.#tableName, applicationEventItem(application.id, event)) }]),
        // The mail's own condition (never queued) holds for a first submission's receipt; were it
        // refused, the replace is not written and the caller re-reads, as for `stale`.
        ...(effects.queueMail === undefined
          ? []
          : [{ Put: queuedMailPut(this.#tableName, MAIN_MAIL_QUEUE, effects.queueMail.mail, effects.queueMail.at) }]),
      ];
      if (alongside.length === 0) await this.#client.send(new PutCommand(put));
      else await transactWrite(this.#client, new TransactWriteCommand({ TransactItems: [{ Put: put }, ...alongside] }));
      return 'written';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return error.Item === undefined ? 'missing' : 'stale';
      const reasons = cancellationReasons(error);
      if (reasons === undefined) throw error;
      const refused = reasons[0];
      // No old item on a refused condition means there is no application to replace.
      if (refused?.code === 'ConditionalCheckFailed' && refused.item === undefined) return 'missing';
      return 'stale';
    }
  }

  async listForApplicant(applicantId: string, page: PageRequest): Promise<Page<Application>> {
    const partition = applicantApplicationsPartition(applicantId);
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :partition',
        ExpressionAttributeValues: { ':partition': partition },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi1', partition: { gsi1pk: partition } }),
      }),
    );
    return { items: Items.map(toApplication), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  listForSeason(filter: ApplicationFilter, page: PageRequest): Promise<Page<Application>> {
    return listSeasonApplications(this.#client, this.#tableName, filter, page);
  }

  async #guardedApplicationId(applicantId: string, seasonId: string): Promise<string | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: applicationGuardKey(applicantId, seasonId), ConsistentRead: true }),
    );
    const applicationId: unknown = Item?.['applicationId'];
    return typeof applicationId === 'string' ? applicationId : undefined;
  }
}
