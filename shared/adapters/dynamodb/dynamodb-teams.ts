import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Application } from '../../applications/application-schema.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { TeamMembership } from '../../teams/ports/team-membership-reader.ts';
import type { SaveTeamOutcome, TeamChange, TeamRepository } from '../../teams/ports/team-repository.ts';
import { peopleOf, teamSchema, type Team } from '../../teams/team-schema.ts';
import { batchGetAll } from './batch-get.ts';
import { withoutAttributes } from './conditional-check.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import { toApplication } from './dynamodb-application-items.ts';
import {
  applicationKey,
  ENTITY,
  KEY_ATTRIBUTES,
  seasonTeamsPartition,
  TEAM_PREFIX,
  teamKey,
  teamMembershipKey,
} from '../../platform/keys/keys.ts';
import { ITEM_ABSENT, putOnce } from './put-once.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';

const toTeam = (item: Record<string, unknown>): Team => teamSchema.parse(withoutAttributes(item, KEY_ATTRIBUTES));

const membershipOfItem = (item: Record<string, unknown>): TeamMembership | undefined =>
  typeof item['seasonId'] === 'string' && typeof item['teamId'] === 'string'
    ? { seasonId: item['seasonId'], teamId: item['teamId'] }
    : undefined;

/**
 * Teams (SEASON#<seasonId> / TEAM#<teamId>) and their one-team-per-season guards
 * (APPLICATION#<applicationId> / TEAM), written together in one transaction: see keys.ts.
 */
export class DynamoDbTeams implements TeamRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async find(seasonId: string, teamId: string): Promise<Team | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: teamKey(seasonId, teamId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toTeam(Item);
  }

  async list(seasonId: string, page: PageRequest): Promise<Page<Team>> {
    const partition = seasonTeamsPartition(seasonId);
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': partition, ':prefix': TEAM_PREFIX },
        ConsistentRead: true,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { partition: { pk: partition }, sortKeyPrefix: TEAM_PREFIX }),
      }),
    );
    return { items: Items.map(toTeam), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  async applicationsOf(applicationIds: readonly string[]): Promise<readonly Application[]> {
    const items = await batchGetAll(
      this.#client,
      this.#tableName,
      [...new Set(applicationIds)].map((id) => ({ ...applicationKey(id) })),
    );
    return items.filter((item) => item['entity'] === ENTITY.application).map(toApplication);
  }

  async membershipsOf(applicationIds: readonly string[]): Promise<ReadonlyMap<string, TeamMembership>> {
    const items = await batchGetAll(
      this.#client,
      this.#tableName,
      [...new Set(applicationIds)].map((id) => ({ ...teamMembershipKey(id) })),
    );
    return new Map(
      items.flatMap((item) => {
        const membership = membershipOfItem(item);
        return membership === undefined || typeof item['applicationId'] !== 'string' ? [] : [[item['applicationId'], membership] as const];
      }),
    );
  }

  async membershipOf(applicationId: string): Promise<TeamMembership | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: teamMembershipKey(applicationId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : membershipOfItem(Item);
  }

  async save(team: Team, change: TeamChange): Promise<SaveTeamOutcome> {
    const teamPut = {
      Put: {
        TableName: this.#tableName,
        Item: { ...teamKey(team.seasonId, team.id), entity: ENTITY.team, ...team },
        ...(change.expectedVersion === 0
          ? { ConditionExpression: ITEM_ABSENT }
          : {
              ConditionExpression: '#version = :expected',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':expected': change.expectedVersion },
            }),
      },
    };
    const joins = change.joining.flatMap((person) => [
      {
        Put: {
          ...putOnce(this.#tableName, {
            ...teamMembershipKey(person.applicationId),
            entity: ENTITY.teamMembership,
            applicationId: person.applicationId,
            seasonId: team.seasonId,
            teamId: team.id,
          }),
          // The holder's team id comes back with a refusal, so the loser of a race can say who won.
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
        },
      },
      {
        ConditionCheck: {
          TableName: this.#tableName,
          Key: applicationKey(person.applicationId),
          ConditionExpression: `seasonId = :season AND #stage IN (${person.stages.map((_, i) => `:stage${i}`).join(', ')})`,
          ExpressionAttributeNames: { '#stage': 'stage' },
          ExpressionAttributeValues: {
            ':season': team.seasonId,
            ...Object.fromEntries(person.stages.map((stage, i) => [`:stage${i}`, stage])),
          },
        },
      },
    ]);
    const leaves = change.leaving.map((applicationId) => this.#release(team, applicationId));
    try {
      await transactWrite(this.#client, new TransactWriteCommand({ TransactItems: [teamPut, ...joins, ...leaves] }));
      return { saved: true };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons === undefined) throw error;
      const refused = (index: number): boolean => reasons[index]?.code === 'ConditionalCheckFailed';
      if (refused(0)) return { saved: false, reason: 'stale' };
      const claimed = new Map<string, string>();
      const moved: string[] = [];
      change.joining.forEach((person, i) => {
        if (refused(1 + 2 * i)) claimed.set(person.applicationId, reasons[1 + 2 * i]?.item?.['teamId'] ?? 'unknown');
        if (refused(2 + 2 * i)) moved.push(person.applicationId);
      });
      if (claimed.size > 0) return { saved: false, reason: 'claimed', claimed };
      if (moved.length > 0) return { saved: false, reason: 'moved', moved };
      // A leaver's guard no longer names this team: the team itself changed under us.
      if (reasons.some((reason) => reason.code === 'ConditionalCheckFailed')) return { saved: false, reason: 'stale' };
      throw error;
    }
  }

  async dissolve(team: Team): Promise<'dissolved' | 'stale'> {
    const teamDelete = {
      Delete: {
        TableName: this.#tableName,
        Key: teamKey(team.seasonId, team.id),
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': team.version },
      },
    };
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [teamDelete, ...peopleOf(team).map((applicationId) => this.#release(team, applicationId))],
        }),
      );
      return 'dissolved';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons?.some((reason) => reason.code === 'ConditionalCheckFailed')) return 'stale';
      throw error;
    }
  }

  /** Releases a person's guard, only if it still names this team (never another team's claim). */
  #release(team: Team, applicationId: string) {
    return {
      Delete: {
        TableName: this.#tableName,
        Key: teamMembershipKey(applicationId),
        ConditionExpression: 'teamId = :team AND seasonId = :season',
        ExpressionAttributeValues: { ':team': team.id, ':season': team.seasonId },
      },
    };
  }
}
