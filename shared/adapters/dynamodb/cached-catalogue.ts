import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CatalogueCache } from '../../catalogue/ports/catalogue-cache.ts';
import { DynamoDbProgrammeRepository } from './dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from './dynamodb-season-repository.ts';

/**
 * Programme settings through the per-container catalogue cache: an edit reaches the reading
 * function within the cache's TTL (catalogue-cache.ts), and refreshes read eventually
 * consistently. For the functions that only read the catalogue (applications, documents,
 * education); never used for catalogue writes, which stay with the programmes capability.
 */
export const cachedProgrammes = (client: DynamoDBDocumentClient, tableName: string, clock: () => Date) =>
  new CatalogueCache(new DynamoDbProgrammeRepository(client, tableName, { consistentFind: false }), { clock });

/** Seasons through the per-container catalogue cache, on the same terms as `cachedProgrammes`. */
export const cachedSeasons = (client: DynamoDBDocumentClient, tableName: string, clock: () => Date) =>
  new CatalogueCache(new DynamoDbSeasonRepository(client, tableName, { consistentFind: false }), { clock });
