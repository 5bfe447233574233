import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  ENTITY,
  PARTNER_ORGANISATION_LIST_PARTITION,
  PARTNER_ORGANISATION_SORT_KEY,
  partnerOrganisationKey,
  partnerOrganisationKeys,
  partnerOrganisationRegionPrefix,
} from '../../platform/keys/keys.ts';
import {
  partnerOrganisationContentSchema,
  partnerOrganisationSchema,
  type PartnerOrganisation,
  type PartnerOrganisationContent,
} from '../../partners/partner-organisation-schema.ts';
import type {
  PartnerOrganisationFilter,
  PartnerOrganisations,
  PartnerOrganisationSaveOutcome,
} from '../../partners/ports/partner-organisations.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { invalidCursor } from '../../platform/paging/paging-errors.ts';
import { parseStoredItem } from './parse-stored.ts';
import { saveWholeDocument } from './save-whole-document.ts';

const CONTENT_FIELDS = Object.keys(partnerOrganisationContentSchema.shape);

const toOrganisation = (item: Record<string, unknown>): PartnerOrganisation => parseStoredItem(partnerOrganisationSchema, item);

/** One item per organisation, listed by region and kind through one gsi1 partition (keys.ts). */
export class DynamoDbPartnerOrganisations implements PartnerOrganisations {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async find(organisationId: string): Promise<PartnerOrganisation | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: partnerOrganisationKey(organisationId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toOrganisation(Item);
  }

  async youthPolicyBodiesOf(region: string): Promise<readonly PartnerOrganisation[]> {
    const { Items = [] } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :partition AND begins_with(gsi1sk, :prefix)',
        FilterExpression: 'attribute_not_exists(#retired) OR #retired = :no',
        ExpressionAttributeNames: { '#retired': 'retired' },
        ExpressionAttributeValues: {
          ':partition': PARTNER_ORGANISATION_LIST_PARTITION,
          ':prefix': partnerOrganisationRegionPrefix(region, 'youth-policy-body'),
          ':no': false,
        },
      }),
    );
    return Items.map(toOrganisation);
  }

  /**
   * A region (or the federal ones) is a key prefix, and its kind a longer one. A kind across every
   * region is a filter on the whole partition: a page reads `limit` records and may answer fewer,
   * which costs staff a click in a registry of a few thousand, where an index of its own would cost
   * every write.
   */
  async list(filter: PartnerOrganisationFilter, page: PageRequest): Promise<Page<PartnerOrganisation>> {
    const prefix = filter.region === undefined ? undefined : partnerOrganisationRegionPrefix(filter.region, filter.kind);
    const byKind = filter.region === undefined && filter.kind !== undefined;
    const start = decodeCursor(page.cursor, {
      index: 'gsi1',
      partition: { gsi1pk: PARTNER_ORGANISATION_LIST_PARTITION },
      sortKeyPrefix: PARTNER_ORGANISATION_SORT_KEY,
    });
    // A start outside the prefix is a cursor of another list; DynamoDB would refuse it as a fault of ours.
    if (start !== undefined && prefix !== undefined && !start['gsi1sk']?.startsWith(prefix)) throw invalidCursor();
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: `gsi1pk = :partition${prefix === undefined ? '' : ' AND begins_with(gsi1sk, :prefix)'}`,
        ...(byKind ? { FilterExpression: '#kind = :kind', ExpressionAttributeNames: { '#kind': 'kind' } } : {}),
        ExpressionAttributeValues: {
          ':partition': PARTNER_ORGANISATION_LIST_PARTITION,
          ...(prefix === undefined ? {} : { ':prefix': prefix }),
          ...(byKind ? { ':kind': filter.kind } : {}),
        },
        Limit: page.limit,
        ExclusiveStartKey: start,
      }),
    );
    return { items: Items.map(toOrganisation), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  /** The whole record at the version read (save-whole-document.ts); its list keys follow its region and kind. */
  async save(
    organisationId: string,
    content: PartnerOrganisationContent,
    expectedVersion: number,
    at: string,
  ): Promise<PartnerOrganisationSaveOutcome> {
    const { pk: _pk, sk: _sk, ...listKeys } = partnerOrganisationKeys({ id: organisationId, region: content.region, kind: content.kind });
    const outcome = await saveWholeDocument(this.#client, this.#tableName, {
      key: partnerOrganisationKey(organisationId),
      fields: CONTENT_FIELDS,
      document: content,
      fixed: { id: organisationId, entity: ENTITY.partnerOrganisation, ...listKeys },
      expectedVersion,
      at,
    });
    return outcome.saved ? { saved: true, organisation: toOrganisation(outcome.item) } : outcome;
  }
}
