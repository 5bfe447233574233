import type { PeopleRelation } from '../../../relations/people-relation-schema.ts';

/** How staff read a past relation on a conflict: its kind, the team and the season, never who the other person is. */
export const describeRelation = (relation: PeopleRelation): string =>
  relation.teamId === undefined
    ? `past ${relation.kind} relation (season ${relation.seasonId})`
    : `past ${relation.kind} relation (team ${relation.teamId}, season ${relation.seasonId})`;
