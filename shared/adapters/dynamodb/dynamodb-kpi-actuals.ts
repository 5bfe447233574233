import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, KPI_ACTUAL_PREFIX, kpiActualKey, kpiActualsPartition } from '../../platform/keys/keys.ts';
import { kpiActualSchema, type KpiActual } from '../../reports/kpi-actual-schema.ts';
import type { KpiActuals } from '../../reports/ports/kpi-actuals.ts';
import { parseStoredItem } from './parse-stored.ts';

/**
 * Staff's reported KPI actuals in the season's partition, one item per KPI and period: a report
 * replaces the figure (a plain Put, last one wins, as a correction should), and a season's are one
 * Query (a programme has at most 30 KPIs, each with a handful of periods).
 */
export class DynamoDbKpiActuals implements KpiActuals {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async list(seasonId: string): Promise<readonly KpiActual[]> {
    const actuals: KpiActual[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': kpiActualsPartition(seasonId), ':prefix': KPI_ACTUAL_PREFIX },
          ExclusiveStartKey: start,
        }),
      );
      actuals.push(...Items.map((item) => parseStoredItem(kpiActualSchema, item)));
      start = LastEvaluatedKey;
    } while (start !== undefined);
    return actuals;
  }

  async save(actual: KpiActual): Promise<void> {
    await this.#client.send(
      new PutCommand({
        TableName: this.#tableName,
        Item: { ...kpiActualKey(actual.seasonId, actual.kpiId, actual.period), entity: ENTITY.kpiActual, ...actual },
      }),
    );
  }
}
