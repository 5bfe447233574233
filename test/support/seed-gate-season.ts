import { randomUUID } from 'node:crypto';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { applicationEventItem, applicationItem } from '../../shared/adapters/dynamodb/dynamodb-application-items.ts';
import { toProfile } from '../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { courseCatalogueItem } from '../../shared/adapters/dynamodb/dynamodb-education-catalogue.ts';
import { toProgress } from '../../shared/adapters/dynamodb/dynamodb-education-progress.ts';
import { ENTITY, educationProgressKey, profileKey } from '../../shared/platform/keys/keys.ts';
import type { Application } from '../../shared/applications/application-schema.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../shared/platform/workflow/settle-in-parallel.ts';
import { DAY_MS, seedOpenSeason } from './seed-open-season.ts';
import { baseProfile } from './profile-fixtures.ts';
import { consentItems } from './consent-items.ts';

/** The gate the bench runs: ПроКадры's shortlist gate, whose guard reads each application's progress against the season's courses. */
export const BENCH_GATE = { from: 'education', to: 'interview' } as const;

/** Three in four applicants are on the shortlist; the fourth is refused by the gate's guard and stays. */
export const onShortlist = (index: number): boolean => index % 4 !== 0;

export interface SeededApplicant {
  readonly applicationId: string;
  readonly email: string;
  readonly shortlisted: boolean;
}

export interface SeededSeason {
  readonly programmeId: string;
  readonly seasonId: string;
  readonly applicants: readonly SeededApplicant[];
}

const BATCH = 25;
const WRITERS = 8;

/** BatchWriteItem until DynamoDB has taken every item (it may hand some back unprocessed); at most 25 items a call. */
export const writeAll = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  items: readonly Record<string, unknown>[],
): Promise<void> => {
  let pending = items.map((Item) => ({ PutRequest: { Item } }));
  while (pending.length > 0) {
    const { UnprocessedItems } = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
    pending = (UnprocessedItems?.[tableName] ?? []).flatMap((request) =>
      request.PutRequest?.Item === undefined ? [] : [{ PutRequest: { Item: request.PutRequest.Item } }],
    );
  }
};

/**
 * A ПроКадры season with `count` applications in `education`, written with BatchWriteItem from the
 * adapters' own item builders (keys.ts, dynamodb-application-items.ts): per application its item
 * (with the sharded stage-index keys the gate pages through), the history event of its move into
 * education, its applicant's consent to processing (record and state: nothing is stored without
 * it) and profile (the stage-change mail's address and language) and, for three in four, learning
 * progress that meets ПроКадры's shortlist rule: the season's one recorded webinar watched (its
 * catalogue has no broadcasts). Not timed: the bench times the gate, not the seeding.
 */
export const seedGateSeason = async (client: DynamoDBDocumentClient, tableName: string, count: number): Promise<SeededSeason> => {
  const at = new Date().toISOString();
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, {
    prefix: 'bench',
    season: {
      title: { ru: 'Сезон (нагрузочный)', en: 'Season (benchmark)' },
      calendar: [
        {
          stage: 'application',
          opensAt: new Date(Date.now() - 30 * DAY_MS).toISOString(),
          closesAt: new Date(Date.now() - DAY_MS).toISOString(),
        },
      ],
    },
  });

  const webinar = { id: 'state-basics', title: { ru: 'Основы', en: 'Basics' }, accessUntil: '2099-01-01T00:00:00Z', tracks: ['beginner'] };
  const applicants: SeededApplicant[] = [];
  const items: Record<string, unknown>[] = [
    courseCatalogueItem({ seasonId, webinars: [webinar], broadcasts: [], version: 1, updatedAt: at, updatedBy: 'staff:bench' }),
  ];
  for (let index = 0; index < count; index += 1) {
    const applicantId = randomUUID();
    const email = `${applicantId}@example.org`;
    const application: Application = {
      id: randomUUID(),
      seasonId,
      programmeId,
      applicantId,
      stage: BENCH_GATE.from,
      track: { track: 'beginner', assignedAt: at },
      answers: {},
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 3,
    };
    const profile = {
      ...profileKey(applicantId),
      entity: ENTITY.profile,
      ...baseProfile(),
      contacts: { email },
      applicantId,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    // The profile repository writes with UpdateItem and has no item builder: its reader must accept this one.
    if (index === 0) toProfile(profile);
    items.push(
      applicationItem(application),
      applicationEventItem(application.id, {
        at,
        version: 3,
        kind: 'stage-changed',
        actor: 'staff:bench',
        fromStage: 'screening',
        toStage: BENCH_GATE.from,
      }),
      ...consentItems(applicantId, at),
      profile,
    );
    if (onShortlist(index)) {
      // The progress store writes with UpdateItem and has no item builder: its reader must accept this one.
      const progress = {
        ...educationProgressKey(application.id),
        entity: ENTITY.educationProgress,
        applicationId: application.id,
        seasonId,
        eventIds: new Set([`bench-${application.id}`]),
        webinarsWatched: new Set([webinar.id]),
        updatedAt: at,
      };
      if (toProgress(progress).webinarsWatched.length !== 1) throw new Error('the progress reader does not read the seeded item');
      items.push(progress);
    }
    applicants.push({ applicationId: application.id, email, shortlisted: onShortlist(index) });
  }
  const batches = Array.from({ length: Math.ceil(items.length / BATCH) }, (_, batch) => items.slice(batch * BATCH, (batch + 1) * BATCH));
  valuesOrFirstFailure(await settleInParallel(batches, WRITERS, (batch) => writeAll(client, tableName, batch)));
  return { programmeId, seasonId, applicants };
};
