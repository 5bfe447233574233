import { DeleteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ShortlistMarker, ShortlistMarkers } from '../../education/ports/shortlist-markers.ts';
import { ENTITY, shortlistKey } from '../../platform/keys/keys.ts';

/**
 * The shortlist marker item (pk = APPLICATION#<id>, sk = SHORTLIST). Marking is an UpdateItem that
 * keeps the first `shortlistedAt`, so marking again changes nothing that matters; unmarking is a
 * plain delete, a no-op when there is no marker.
 */
export class DynamoDbEducationShortlist implements ShortlistMarkers {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async mark(marker: ShortlistMarker): Promise<void> {
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: shortlistKey(marker.applicationId),
        UpdateExpression:
          'SET entity = :entity, applicationId = :applicationId, seasonId = :seasonId, stage = :stage, shortlistedAt = if_not_exists(shortlistedAt, :at)',
        ExpressionAttributeValues: {
          ':entity': ENTITY.shortlistMarker,
          ':applicationId': marker.applicationId,
          ':seasonId': marker.seasonId,
          ':stage': marker.stage,
          ':at': marker.at,
        },
      }),
    );
  }

  async unmark(applicationId: string): Promise<void> {
    await this.#client.send(new DeleteCommand({ TableName: this.#tableName, Key: shortlistKey(applicationId) }));
  }
}
