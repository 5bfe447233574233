import type { IndexName } from '../../data/table-definition.ts';

/**
 * THE key builders: every entity's keys are assembled here and nowhere else.
 *
 * Access patterns (pattern -> index -> key condition):
 *
 * | pattern                                  | index | key condition                                                   |
 * | ---------------------------------------- | ----- | --------------------------------------------------------------- |
 * | programme by id                          | table | pk = PROGRAMME#<programmeId>, sk = PROGRAMME                    |
 * | all programmes, by id                    | gsi1  | gsi1pk = PROGRAMMES                                             |
 * | season by id (public and staff)          | table | pk = SEASON#<seasonId>, sk = SEASON                             |
 * | seasons of a programme, oldest first     | gsi1  | gsi1pk = PROGRAMME#<programmeId>#SEASONS                        |
 * | open seasons, in calendar order          | gsi2  | gsi2pk = SEASONS#OPEN (sparse: only open seasons carry it)      |
 * | workflow failures of a season            | table | pk = SEASON#<seasonId>, sk begins_with WORKFLOW_FAILURE#        |
 * | notification sent-once guard             | table | pk = NOTIFICATION#<notificationId>, sk = NOTIFICATION           |
 *
 * Low-cardinality partition keys, and why they are acceptable here: `PROGRAMMES` and
 * `SEASONS#OPEN` each hold every item of their kind in one index partition. There are a handful
 * of programmes and at most tens of open seasons, written a few times a year by staff, so these
 * partitions never approach 1,000 writes/s; reads are one small Query. Applications (millions per
 * season, 1,000 submissions/s at a deadline) must never use such a key: their season and stage
 * index keys are sharded (issue 3).
 */

export interface TableKeys {
  readonly pk: string;
  readonly sk: string;
}

export const programmeKeys = (programmeId: string) => ({
  pk: `PROGRAMME#${programmeId}`,
  sk: 'PROGRAMME',
  gsi1pk: PROGRAMME_LIST_PARTITION,
  gsi1sk: `PROGRAMME#${programmeId}`,
});
export const PROGRAMME_LIST_PARTITION = 'PROGRAMMES';

export const seasonKey = (seasonId: string): TableKeys => ({ pk: `SEASON#${seasonId}`, sk: 'SEASON' });

export const programmeSeasonsPartition = (programmeId: string): string => `PROGRAMME#${programmeId}#SEASONS`;

export const OPEN_SEASONS_PARTITION = 'SEASONS#OPEN';

/**
 * A season's keys. The open-seasons index entry is not set at creation: a season joins the
 * sparse index when it opens. `openIndexSortKey` is kept on the item so that the conditional
 * status update can copy it into gsi2sk in the same write (`SET gsi2sk = openIndexSortKey`).
 */
export const seasonKeys = (season: { readonly id: string; readonly programmeId: string; readonly createdAt: string; readonly calendar: readonly { readonly opensAt: string }[] }) => ({
  ...seasonKey(season.id),
  gsi1pk: programmeSeasonsPartition(season.programmeId),
  gsi1sk: `SEASON#${season.createdAt}#${season.id}`,
  openIndexSortKey: `${season.calendar[0]?.opensAt ?? ''}#${season.id}`,
});

export const WORKFLOW_FAILURE_PREFIX = 'WORKFLOW_FAILURE#';
export const workflowFailureKey = (seasonId: string, failureId: string): TableKeys => ({
  pk: `SEASON#${seasonId}`,
  sk: `${WORKFLOW_FAILURE_PREFIX}${failureId}`,
});

export const notificationKey = (notificationId: string): TableKeys => ({ pk: `NOTIFICATION#${notificationId}`, sk: 'NOTIFICATION' });

/** Attributes that exist only for the table's sake; stripped before an item becomes an entity again. */
export const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'openIndexSortKey', 'entity'] as const;

/** The attribute names of a Query's LastEvaluatedKey on the table or an index (used to validate cursors). */
export const cursorAttributes = (index: IndexName | undefined): readonly string[] =>
  index === undefined ? ['pk', 'sk'] : ['pk', 'sk', `${index}pk`, `${index}sk`];
