import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { once } from '../../platform/wiring/once.ts';
import type { TeamMembershipReader } from '../../teams/ports/team-membership-reader.ts';

/**
 * The team memberships of dynamodb-teams.ts, loaded at the first move whose guard asks for a team
 * (the `team` guard of a pipeline with project teams): a function that moves applications reads the
 * teams' adapter and schemas only then, never at its cold start.
 */
export const lazyTeamMemberships = (client: DynamoDBDocumentClient, tableName: string): TeamMembershipReader => {
  const teams = once(() => import('./dynamodb-teams.ts').then((module) => new module.DynamoDbTeams(client, tableName)));
  return { membershipOf: async (applicationId) => (await teams()).membershipOf(applicationId) };
};
