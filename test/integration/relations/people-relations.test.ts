import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbPeopleRelations, toPeopleRelations } from '../../../shared/adapters/dynamodb/dynamodb-people-relations.ts';
import { DynamoDbProfileRepository } from '../../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { peopleRelationsKey } from '../../../shared/platform/keys/keys.ts';
import { personDigest } from '../../../shared/relations/domain/person-digest.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const relations = new DynamoDbPeopleRelations(client, tableName);
const profiles = new DynamoDbProfileRepository(client, tableName);

const person = async (): Promise<{ readonly applicantId: string; readonly email: string }> => {
  const applicantId = randomUUID();
  const email = `${applicantId}@example.org`;
  const { version: _version, ...profile } = { ...baseProfile(), contacts: { email } };
  const saved = await profiles.save(applicantId, profile, 0, new Date().toISOString());
  if (!saved.saved) throw new Error('The applicant profile was not saved');
  return { applicantId, email };
};

const relationsOf = async (applicantId: string) => {
  const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: peopleRelationsKey(applicantId), ConsistentRead: true }));
  return Item === undefined
    ? []
    : toPeopleRelations(Item).sort((a, b) => `${a.seasonId}${a.person}`.localeCompare(`${b.seasonId}${b.person}`));
};

describe('people relations (DynamoDB)', { timeout: 30_000 }, () => {
  it('keeps each relation once however often and however concurrently a team is recorded, and adds later ones beside it', async () => {
    const [anna, boris, mentor] = await Promise.all([person(), person(), person()]);
    const team = {
      seasonId: 'kadry-2024',
      teamId: 'sever',
      people: [
        { applicantId: anna.applicantId, role: 'member' as const },
        { applicantId: boris.applicantId, role: 'member' as const },
        { applicantId: mentor.applicantId, role: 'mentor' as const },
      ],
    };
    await Promise.all(Array.from({ length: 5 }, () => relations.record(team)));
    assert.deepEqual(
      await relationsOf(anna.applicantId),
      [
        { person: personDigest(boris.email), kind: 'team', seasonId: 'kadry-2024', teamId: 'sever' },
        { person: personDigest(mentor.email), kind: 'mentoring', seasonId: 'kadry-2024', teamId: 'sever' },
      ].sort((a, b) => a.person.localeCompare(b.person)),
    );

    // Anna and her mentor meet again a season later as a mentoring pair: the earlier relation stays.
    await relations.record({
      seasonId: 'kadry-2025',
      people: [
        { applicantId: mentor.applicantId, role: 'mentor' },
        { applicantId: anna.applicantId, role: 'member' },
      ],
    });
    const later = await relationsOf(mentor.applicantId);
    assert.deepEqual(
      later.map((relation) => `${relation.kind} ${relation.seasonId} ${relation.teamId ?? '-'}`),
      ['mentoring kadry-2024 sever', 'mentoring kadry-2024 sever', 'mentoring kadry-2025 -'].sort(),
    );
    assert.ok(!JSON.stringify(later).includes(anna.email), 'digests, never addresses');
  });
});
