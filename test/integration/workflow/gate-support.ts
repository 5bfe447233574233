import { randomUUID } from 'node:crypto';
import * as z from 'zod';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbEducationCatalogue } from '../../../shared/adapters/dynamodb/dynamodb-education-catalogue.ts';
import { DynamoDbEducationProgress } from '../../../shared/adapters/dynamodb/dynamodb-education-progress.ts';
import { DynamoDbProfileRepository } from '../../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../../shared/platform/workflow/settle-in-parallel.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { storeConsent } from '../../support/consent-items.ts';
import { deliverQueuedMail } from '../../support/deliver-queued-mail.ts';
import { openSeason } from '../../support/application-fixtures.ts';
import { stored } from '../../support/transition-support.ts';

const tableName = requireEnv(ENV.tableName);
const client = documentClient();
const applications = new DynamoDbApplicationRepository(client, tableName);
const profiles = new DynamoDbProfileRepository(client, tableName);
const catalogues = new DynamoDbEducationCatalogue(client, tableName);
const progress = new DynamoDbEducationProgress(client, tableName);

/** The seeded seasons' one course: a recorded webinar on every ПроКадры track, and no broadcasts. */
export const GATE_WEBINAR = {
  id: 'state-basics',
  title: { ru: 'Основы', en: 'Basics' },
  accessUntil: '2099-01-01T00:00:00Z',
  tracks: ['beginner', 'young', 'pro'],
};

export interface GateApplicant {
  readonly applicationId: string;
  readonly applicantId: string;
  readonly email: string;
  readonly shortlisted: boolean;
}

/**
 * A ПроКадры season with `count` applications already in `education`, written straight through the
 * repositories (the HTTP path is the applications tests' business; a gate only needs them there):
 * each on the `beginner` track with its applicant's consent to processing and profile (the mail's
 * address). The season's catalogue is one webinar (GATE_WEBINAR); where `shortlisted(i)` the
 * application has watched it, which meets ПроКадры's shortlist rule, so the `education -> interview`
 * gate's guard lets it through.
 */
export const seasonInEducation = async (
  count: number,
  shortlisted: (index: number) => boolean,
  options: Parameters<typeof openSeason>[0] = {},
) => {
  const season = await openSeason(options);
  const at = new Date().toISOString();
  const catalogue = {
    seasonId: season.seasonId,
    webinars: [GATE_WEBINAR],
    broadcasts: [],
    version: 1,
    updatedAt: at,
    updatedBy: 'staff:setup',
  };
  if (!(await catalogues.save(catalogue)).saved) throw new Error('the season already has courses');
  const applicants = valuesOrFirstFailure(
    await settleInParallel(
      Array.from({ length: count }, (_, index) => index),
      25,
      async (index): Promise<GateApplicant> => {
        const applicantId = randomUUID();
        const email = `${applicantId}@example.org`;
        const applicationId = randomUUID();
        // Consent first, as the applicant's routes require: nothing of a person is stored without it.
        await storeConsent(client, tableName, applicantId, at);
        await profiles.save(applicantId, { ...baseProfile(), contacts: { email } }, 0, at);
        await applications.create(
          {
            id: applicationId,
            seasonId: season.seasonId,
            programmeId: season.programmeId,
            applicantId,
            stage: 'education',
            track: { track: 'beginner', assignedAt: at },
            answers: {},
            language: 'ru',
            createdAt: at,
            updatedAt: at,
            submittedAt: at,
            version: 3,
          },
          { at, version: 3, kind: 'stage-changed', actor: 'staff:setup', fromStage: 'screening', toStage: 'education' },
        );
        if (shortlisted(index)) {
          const watched = { eventId: `evt-${randomUUID()}`, applicationId, kind: 'webinar-watched', itemId: GATE_WEBINAR.id, at } as const;
          await progress.apply(watched, { seasonId: season.seasonId, at });
        }
        return { applicationId, applicantId, email, shortlisted: shortlisted(index) };
      },
    ),
  );
  return { ...season, applicants };
};

const storeSchema = z.object({ emails: z.array(z.object({ destination: z.object({ to: z.array(z.string()) }) })) });

/** Mails the SES server accepted per address, read from its store ONCE (not once per applicant). */
export const mailCounts = async (): Promise<ReadonlyMap<string, number>> => {
  const { emails } = storeSchema.parse(await (await fetch(`${requireEnv(ENV.sesEndpoint)}/store`)).json());
  const counts = new Map<string, number>();
  for (const mail of emails) for (const to of mail.destination.to) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
};

/**
 * Runs the mail queue's drainer (each run first sends whatever is due, so a duplicate queued
 * alongside would be counted too) until every one of `addresses` has a mail; then the counts.
 */
export const deliveredMailCounts = (addresses: readonly string[]): Promise<ReadonlyMap<string, number>> =>
  deliverQueuedMail(
    async () => {
      const counts = await mailCounts();
      return addresses.every((address) => (counts.get(address) ?? 0) > 0) && counts;
    },
    { description: `a mail to each of ${addresses.length} addresses` },
  );

/** Each application's stage and how many times its history records the move to `to`. */
export const stagesAndMoves = async (applicants: readonly GateApplicant[], to: string) =>
  valuesOrFirstFailure(
    await settleInParallel(applicants, 25, async (applicant) => {
      const { application, events } = await stored(applicant.applicationId);
      return { ...applicant, stage: application?.['stage'], moves: events.filter((event) => event['toStage'] === to).length };
    }),
  );
