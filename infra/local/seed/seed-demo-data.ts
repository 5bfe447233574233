import { randomUUID } from 'node:crypto';
import { DynamoDbSeasonCounts } from '../../../shared/adapters/dynamodb/dynamodb-season-counts.ts';
import { DynamoDbCounterRebuilds } from '../../../shared/adapters/dynamodb/dynamodb-season-counts-rebuild.ts';
import { beginCounterRebuild } from '../../../shared/counters/use-cases/start-counter-rebuild.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbCalendarJobs } from '../../../shared/adapters/dynamodb/dynamodb-calendar-jobs.ts';
import { DynamoDbProgrammeRepository } from '../../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';
import { scheduleSeasonCalendar } from '../../../shared/progression/use-cases/calendar/schedule-season-calendar.ts';
import { PROGRAMME_TEMPLATES } from '../../../shared/catalogue/domain/templates/programme-templates.ts';
import { createProgramme } from '../../../shared/catalogue/use-cases/create-programme.ts';
import { createSeason } from '../../../shared/catalogue/use-cases/create-season.ts';
import { publishSeason } from '../../../shared/catalogue/use-cases/publish-season.ts';
import { findDemoPerson } from '../demo-people.ts';
import { demoOverrides } from './demo-overrides.ts';
import { demoPopulation } from './demo-population.ts';
import { demoSeason } from './demo-season.ts';
import { seedDemoExpertPools } from './seed-demo-experts.ts';
import { assignDemoReviews } from './assign-demo-reviews.ts';
import { seedDemoInternships } from './seed-demo-internships.ts';
import { DEMO_MATCHING_STAGES, demoPlacementPerson, seedDemoPlacements } from './seed-demo-placements.ts';
import { seedDemoMentoring } from './seed-demo-mentors.ts';
import { seedDemoCohort, type CohortSeeded, type DemoCohort } from './seed-demo-applications.ts';
import { seedDemoMachineClients, seedDemoPartnerOrganisations } from './seed-demo-partners.ts';

export interface SeedSummary {
  readonly programmes: readonly { readonly id: string; readonly created: boolean }[];
  readonly seasons: readonly { readonly id: string; readonly created: boolean; readonly status: string }[];
  readonly applications: readonly CohortSeeded[];
  /** Reviews assigned to the demo experts by this start (0 on later starts). */
  readonly experts: { readonly assigned: number };
  /** Partner organisations this start registered (0 on later starts). */
  readonly partners: { readonly registered: number };
  /** Internship placements the demo's matching round offered in this start (0 on later starts). */
  readonly placements: number;
  /** Projects proposed to the demo mentors by this start's matching (0 on later starts). */
  readonly mentors: { readonly proposed: number };
}

/** The ПроКадры demo's shortlist gate runs under this id, so a second start finds it and runs none. */
export const DEMO_GATE_RUN_ID = 'de300000-0000-4000-8000-6a7e00000001';

/** Seeding acts as staff who run every programme; it never goes through the API. */
const SEEDER: Identity = {
  subject: 'local-seed',
  email: undefined,
  roles: ['staff'],
  region: undefined,
  organisation: undefined,
  programmes: ['*'],
};

/** Runs `create` and reports whether it created something; "already exists" is the idempotent case. */
const createUnlessExists = async (create: () => Promise<unknown>, existsCode: string): Promise<boolean> => {
  try {
    await create();
    return true;
  } catch (error) {
    if (isAppError(error) && error.code === existsCode) return false;
    throw error;
  }
};

/**
 * One programme per template (`<template>-demo`, departing from it only as demo-overrides.ts says)
 * with an open season (`<template>-demo-season`) and its demo applicants (demo-population.ts,
 * seeded by seed-demo-applications.ts), written through the catalogue's own use cases
 * against TABLE_NAME (DYNAMODB_ENDPOINT for the local cloud). Safe on every start: what exists is
 * left as it is. Seasons are published directly (draft -> open), not through the openSeason
 * workflow: seeding runs before the local Step Functions server is guaranteed to be up, and a demo
 * season needs no announcement mail. Its calendar jobs are written as the workflow would write them.
 * The registry of partner organisations comes first (seed-demo-partners.ts): the demo partners'
 * accounts name its organisations.
 */
export interface SeedOptions {
  /** Seed each season's demo applicants too (`npm start` does unless --no-demo-applicants). */
  readonly applicants: boolean;
  /** Told when a season's applicants are about to be seeded, which takes a while. */
  readonly announce?: (message: string) => void;
}

export const seedDemoData = async (
  now: Date = new Date(),
  { applicants: withApplicants, announce }: SeedOptions = { applicants: true },
): Promise<SeedSummary> => {
  const client = documentClient();
  const tableName = requireEnv(ENV.tableName);
  const deps = {
    programmes: new DynamoDbProgrammeRepository(client, tableName),
    seasons: new DynamoDbSeasonRepository(client, tableName),
    calendarJobs: new DynamoDbCalendarJobs(client, tableName),
    clock: () => now,
  };
  const programmes: { id: string; created: boolean }[] = [];
  const seasons: { id: string; created: boolean; status: string }[] = [];
  const published: { readonly season: Season; readonly templateId: string }[] = [];
  const cohorts: DemoCohort[] = [];
  const staff = findDemoPerson('staff');
  if (staff === undefined) throw new Error('The demo has no staff member to make its decisions');
  const partners = { registered: await seedDemoPartnerOrganisations(SEEDER) };
  await seedDemoMachineClients(SEEDER);
  for (const [seasonIndex, template] of PROGRAMME_TEMPLATES.entries()) {
    const programmeId = `${template.id}-demo`;
    const seasonId = `${template.id}-demo-season`;
    programmes.push({
      id: programmeId,
      created: await createUnlessExists(
        () => createProgramme(deps, SEEDER, { id: programmeId, templateId: template.id, overrides: demoOverrides(template) }),
        'programme-exists',
      ),
    });
    const created = await createUnlessExists(
      () => createSeason(deps, SEEDER, programmeId, demoSeason(template, seasonId, now)),
      'season-exists',
    );
    const { season } = await publishSeason(deps, seasonId);
    // As the publishSeason task does: the calendar's gates and reminders, each written once.
    await scheduleSeasonCalendar(deps, season);
    seasons.push({ id: seasonId, created, status: season.status });
    published.push({ season, templateId: template.id });
    cohorts.push({
      season,
      applicants: demoPopulation(template, seasonIndex, season.referenceDate),
      ...(template.id === 'prokadry' ? { education: { gate: { from: 'education', to: 'interview' }, gateRunId: DEMO_GATE_RUN_ID } } : {}),
    });
  }
  // A season stored before counters were kept (a `.local/` from before them) has its counters
  // rebuilt from its applications: started here, done by the local scheduler's rebuilder.
  const seasonCounts = new DynamoDbSeasonCounts(client, tableName);
  const rebuilds = { rebuilds: new DynamoDbCounterRebuilds(client, tableName), clock: () => now, newId: randomUUID };
  for (const { id } of seasons) {
    if ((await seasonCounts.read(id)).status === 'not-built') await beginCounterRebuild(rebuilds, id);
  }
  // The seasons side by side: while one waits for its gate's state machine, the others keep
  // DynamoDB Local and the storage busy.
  await seedDemoExpertPools(
    seasons.map((season) => season.id),
    staff.sub,
  );
  // Offers belong to the seasons, not to the applicants: seeded with or without them, and first,
  // so that a season's matching round follows its applicants at once.
  await seedDemoInternships(published, staff.sub, now);
  let placements = 0;
  const templateOf = new Map(published.map(({ season, templateId }) => [season.id, templateId]));
  const applications = withApplicants
    ? await Promise.all(
        cohorts.map(async (cohort) => {
          const seeded = await seedDemoCohort(cohort, staff, now, announce);
          // The season's matching round follows its applicants at once, while other seasons may still be seeding.
          const stage = DEMO_MATCHING_STAGES[templateOf.get(cohort.season.id) ?? ''];
          if (stage !== undefined)
            placements += await seedDemoPlacements(
              { season: cohort.season, stage, people: cohort.applicants.map(demoPlacementPerson) },
              staff.sub,
            );
          return seeded;
        }),
      )
    : [];
  const experts = await assignDemoReviews(
    seasons.map((season) => season.id),
    staff.sub,
  );
  // With the applicants in place: Объединение наставников' projects waiting for a mentor are matched with the demo mentors.
  const mentors = await seedDemoMentoring(
    seasons.map((season) => season.id),
    staff.sub,
    { match: withApplicants },
  );
  return { programmes, seasons, applications, experts, partners, placements, mentors };
};
