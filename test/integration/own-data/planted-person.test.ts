import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbTeams } from '../../../shared/adapters/dynamodb/dynamodb-teams.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { plantPerson } from '../../support/planted-person.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);

describe('a planted person', { timeout: 120_000 }, () => {
  it('stands in the table with their applications, and a second one beside them shares the seasons, team, event, offer and mentor', async () => {
    const first = await plantPerson();
    const second = await plantPerson({ alongside: first, preferredLanguage: 'en' });
    const applications = new DynamoDbApplicationRepository(client, tableName);
    const { items } = await applications.listForApplicant(first.applicantId, { limit: 10 });
    assert.deepEqual(items.map((application) => application.id).sort(), Object.values(first.applications).sort());
    assert.equal(second.interview.eventId, first.interview.eventId);
    assert.equal(second.placement.offerId, first.placement.offerId);
    assert.equal(second.mentoring.mentorId, first.mentoring.mentorId);
    const team = await new DynamoDbTeams(client, tableName).find(first.team.seasonId, first.team.teamId);
    assert.deepEqual(
      team?.members.map((member) => member.applicationId).sort(),
      [first.applications.kadry, second.applications.kadry].sort(),
    );
  });
});
