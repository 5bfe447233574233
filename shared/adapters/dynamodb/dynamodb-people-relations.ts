import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, peopleRelationsKey, profileKey } from '../../platform/keys/keys.ts';
import { relationsWithin } from '../../relations/domain/relations-within.ts';
import { peopleRelationSchema, type PeopleRelation } from '../../relations/people-relation-schema.ts';
import type { PeopleRelations, RelatedGroup } from '../../relations/ports/people-relations.ts';
import { batchGetAll } from './batch-get.ts';
import { toProfile } from './dynamodb-profile-repository.ts';

/** A relation as one member of the item's string set: slugs and hex never hold a space; `-` is "no team". */
const encode = (relation: PeopleRelation): string => [relation.person, relation.kind, relation.seasonId, relation.teamId ?? '-'].join(' ');

const decode = (entry: string): PeopleRelation => {
  const [person, kind, seasonId, teamId] = entry.split(' ');
  return peopleRelationSchema.parse({ person, kind, seasonId, ...(teamId === '-' ? {} : { teamId }) });
};

/** The relations an applicant's RELATIONS item holds (read by whoever judges conflicts). */
export const toPeopleRelations = (item: Record<string, unknown>): PeopleRelation[] => {
  const entries = item['relations'];
  return entries instanceof Set ? [...entries].filter((entry): entry is string => typeof entry === 'string').map(decode) : [];
};

/**
 * One RELATIONS item per applicant (keys.ts). Recording reads the group's profiles for their
 * addresses in one BatchGet, then adds each person's relations to their own item with one
 * UpdateItem ADD each (their own partitions, sent at once): a set keeps a relation once however
 * often or concurrently it is recorded, and nothing ever takes one away.
 */
export class DynamoDbPeopleRelations implements PeopleRelations {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async record(group: RelatedGroup): Promise<void> {
    const applicantIds = [...new Set(group.people.flatMap((person) => ('applicantId' in person ? [person.applicantId] : [])))];
    const profiles = await batchGetAll(
      this.#client,
      this.#tableName,
      applicantIds.map((id) => ({ ...profileKey(id) })),
    );
    const emails = new Map(profiles.map(toProfile).map((profile) => [profile.applicantId, profile.contacts.email]));
    const relations = relationsWithin(group, (applicantId) => emails.get(applicantId));
    await Promise.all(
      [...relations].map(([applicantId, related]) =>
        this.#client.send(
          new UpdateCommand({
            TableName: this.#tableName,
            Key: peopleRelationsKey(applicantId),
            UpdateExpression: 'SET entity = :entity, applicantId = :applicantId ADD relations :relations',
            ExpressionAttributeValues: {
              ':entity': ENTITY.peopleRelations,
              ':applicantId': applicantId,
              ':relations': new Set(related.map(encode)),
            },
          }),
        ),
      ),
    );
  }
}
