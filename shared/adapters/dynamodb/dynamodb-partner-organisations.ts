import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  ENTITY,
  PARTNER_ORGANISATION_LIST_PARTITION,
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
import type { PartnerOrganisations, PartnerOrganisationSaveOutcome } from '../../partners/ports/partner-organisations.ts';
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
        ExpressionAttributeValues: {
          ':partition': PARTNER_ORGANISATION_LIST_PARTITION,
          ':prefix': partnerOrganisationRegionPrefix(region, 'youth-policy-body'),
        },
      }),
    );
    return Items.map(toOrganisation);
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
