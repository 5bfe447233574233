import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbTeams } from '../../../shared/adapters/dynamodb/dynamodb-teams.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { Team } from '../../../shared/teams/team-schema.ts';
import { peopleIn, personIn, teamSeason } from './team-world.ts';

const teams = new DynamoDbTeams(documentClient(), requireEnv(ENV.tableName));

/**
 * The guard items alone, with no read first: the routes check memberships before writing, but only
 * the transaction's conditions stand between two staff members saving at the same instant.
 */
describe('the one-team-per-season guard in the team’s transaction', { timeout: 60_000 }, () => {
  it('lets exactly one of ten teams saved at once claim a person they all name, and the others write nothing', async () => {
    const season = await teamSeason();
    const shared = await personIn(season, 'pupil', 'regional-school');
    const at = new Date().toISOString();
    const contenders = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const own = await peopleIn(season, 'tutor', 'regional-school', 2);
        const team: Team = {
          seasonId: season.seasonId,
          id: `race-${randomUUID().slice(0, 8)}`,
          name: 'Гонка',
          members: [...own, shared].map((person) => ({ applicationId: person.applicationId })),
          createdAt: at,
          updatedAt: at,
          updatedBy: 'staff-test',
          version: 1,
        };
        return { team, own };
      }),
    );
    const outcomes = await Promise.all(
      contenders.map(({ team }) =>
        teams.save(team, {
          expectedVersion: 0,
          joining: team.members.map((member) => ({ applicationId: member.applicationId, stages: ['regional-school'] })),
          leaving: [],
        }),
      ),
    );
    const winners = contenders.filter((_, index) => outcomes[index]?.saved === true);
    assert.equal(winners.length, 1, JSON.stringify(outcomes));
    const winner = winners[0]!.team.id;
    for (const outcome of outcomes) {
      if (outcome.saved) continue;
      assert.equal(outcome.reason, 'claimed');
      if (outcome.reason === 'claimed') assert.deepEqual([...outcome.claimed], [[shared.applicationId, winner]]);
    }
    assert.deepEqual(await teams.membershipOf(shared.applicationId), { seasonId: season.seasonId, teamId: winner });
    const losers = contenders.filter(({ team }) => team.id !== winner);
    const held = await teams.membershipsOf(losers.flatMap(({ own }) => own.map((person) => person.applicationId)));
    assert.equal(held.size, 0, 'a losing transaction claimed nobody');
    for (const { team } of losers) assert.equal(await teams.find(season.seasonId, team.id), undefined);
  });

  it('refuses a joiner whose application left the formation stage, claiming nobody', async () => {
    const season = await teamSeason();
    const [atSchool, movedOn] = await Promise.all([
      personIn(season, 'pupil', 'regional-school'),
      personIn(season, 'pupil', 'education-tracks'),
    ]);
    const at = new Date().toISOString();
    const team: Team = {
      seasonId: season.seasonId,
      id: `late-${randomUUID().slice(0, 8)}`,
      name: 'Опоздавшие',
      members: [atSchool, movedOn].map((person) => ({ applicationId: person.applicationId })),
      createdAt: at,
      updatedAt: at,
      updatedBy: 'staff-test',
      version: 1,
    };
    const outcome = await teams.save(team, {
      expectedVersion: 0,
      joining: team.members.map((member) => ({ applicationId: member.applicationId, stages: ['regional-school'] })),
      leaving: [],
    });
    assert.deepEqual(outcome, { saved: false, reason: 'moved', moved: [movedOn.applicationId] });
    assert.equal(await teams.membershipOf(atSchool.applicationId), undefined);
  });
});
