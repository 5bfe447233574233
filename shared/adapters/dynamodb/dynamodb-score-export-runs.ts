import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ScoreExportRuns } from '../../reviews/ports/score-export-runs.ts';
import { scoreExportSchema, type ExportAssembly, type ExportShard, type ScoreExport } from '../../reviews/score-export-schema.ts';
import { APPLICATION_SHARDS, ENTITY, KEY_ATTRIBUTES, scoreExportKey } from '../../platform/keys/keys.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { putOnce } from './put-once.ts';

/** Score exports in their season's partition (keys.ts); `expiresAt` is the table's TTL attribute. */
export class DynamoDbScoreExportRuns implements ScoreExportRuns {
  readonly shards = APPLICATION_SHARDS;
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async create(run: ScoreExport): Promise<void> {
    await this.#client.send(
      new PutCommand(putOnce(this.#tableName, { ...scoreExportKey(run.seasonId, run.id), entity: ENTITY.scoreExport, ...run })),
    );
  }

  async find(seasonId: string, exportId: string): Promise<ScoreExport | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: scoreExportKey(seasonId, exportId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : scoreExportSchema.parse(withoutAttributes(Item, KEY_ATTRIBUTES));
  }

  async #conditionalUpdate(command: UpdateCommand): Promise<'written' | 'moved-on'> {
    try {
      await this.#client.send(command);
      return 'written';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'moved-on';
      throw error;
    }
  }

  checkpointShard(
    run: Pick<ScoreExport, 'seasonId' | 'id'>,
    shard: number,
    expectedPage: number,
    next: ExportShard,
    counts: { readonly applications: number; readonly rows: number },
    at: string,
  ): Promise<'written' | 'moved-on'> {
    return this.#conditionalUpdate(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: scoreExportKey(run.seasonId, run.id),
        UpdateExpression: `SET #shards[${shard}] = :next, applications = applications + :applications, #rows = #rows + :rows, updatedAt = :at`,
        ConditionExpression: `#shards[${shard}].#page = :expected AND #status = :running`,
        ExpressionAttributeNames: { '#shards': 'shards', '#page': 'page', '#rows': 'rows', '#status': 'status' },
        ExpressionAttributeValues: {
          ':next': next,
          ':applications': counts.applications,
          ':rows': counts.rows,
          ':at': at,
          ':expected': expectedPage,
          ':running': 'running',
        },
      }),
    );
  }

  checkpointAssembly(
    run: Pick<ScoreExport, 'seasonId' | 'id'>,
    expectedParts: number | undefined,
    assembly: ExportAssembly,
    at: string,
  ): Promise<'written' | 'moved-on'> {
    return this.#conditionalUpdate(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: scoreExportKey(run.seasonId, run.id),
        UpdateExpression: 'SET assembly = :assembly, #status = :assembling, updatedAt = :at',
        ConditionExpression:
          expectedParts === undefined
            ? 'attribute_not_exists(assembly) AND #status IN (:running, :assembling)'
            : 'size(assembly.uploaded) = :expected AND #status = :assembling',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':assembly': assembly,
          ':assembling': 'assembling',
          ':at': at,
          ...(expectedParts === undefined ? { ':running': 'running' } : { ':expected': expectedParts }),
        },
      }),
    );
  }

  async finish(run: Pick<ScoreExport, 'seasonId' | 'id'>, file: NonNullable<ScoreExport['file']>, at: string): Promise<void> {
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: scoreExportKey(run.seasonId, run.id),
        UpdateExpression: 'SET #status = :ready, #file = :file, finishedAt = :at, updatedAt = :at',
        ExpressionAttributeNames: { '#status': 'status', '#file': 'file' },
        ExpressionAttributeValues: { ':ready': 'ready', ':file': file, ':at': at },
      }),
    );
  }

  async fail(run: Pick<ScoreExport, 'seasonId' | 'id'>, failure: NonNullable<ScoreExport['failure']>, at: string): Promise<void> {
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: scoreExportKey(run.seasonId, run.id),
        UpdateExpression: 'SET #status = :failed, failure = :failure, finishedAt = :at, updatedAt = :at',
        // A ready export stays ready: a late failure record of a step already past must not hide its file.
        ConditionExpression: 'attribute_exists(pk) AND #status <> :ready',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':failed': 'failed', ':failure': failure, ':at': at, ':ready': 'ready' },
      }),
    );
  }
}
