import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { findDemoPerson } from '../../../infra/local/demo-people.ts';
import { demoSeason } from '../../../infra/local/seed/demo-season.ts';
import { seedDemoInternships } from '../../../infra/local/seed/seed-demo-internships.ts';
import { seedDemoPartnerOrganisations } from '../../../infra/local/seed/seed-demo-partners.ts';
import { identityOf } from '../../../infra/local/seed/seed-demo-experts.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbInternshipStore } from '../../../shared/adapters/dynamodb/dynamodb-internship-store.ts';
import { DynamoDbSeasonRepository } from '../../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import type { ProgrammeTemplate } from '../../../shared/catalogue/domain/templates/programme-template.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';

/** The demo's internship offers, seeded through the internships' use cases on the shared test table. */
const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const staff = findDemoPerson('staff') ?? assert.fail('no demo staff member');
const store = new DynamoDbInternshipStore(client, tableName);

const demoSeasonOf = async (template: ProgrammeTemplate) => {
  const now = new Date();
  const { seasonId } = await seedOpenSeason(client, tableName, {
    template,
    prefix: 'demo-interns',
    season: { calendar: demoSeason(template, 'unused', now).calendar },
  });
  const season = await new DynamoDbSeasonRepository(client, tableName).find(seasonId);
  assert.ok(season);
  return { season, templateId: template.id };
};

describe('the demo’s internship offers', () => {
  it('publishes the hosts’ offers once, approved but one left for review, at hosts of the partner registry', async () => {
    const seasons = await Promise.all([prokadryTemplate, kadryBudushchegoTemplate, obedinenieNastavnikovTemplate].map(demoSeasonOf));
    await seedDemoPartnerOrganisations(identityOf(staff.sub, ['staff'], undefined));
    const now = new Date();
    assert.equal(await seedDemoInternships(seasons, staff.sub, now), 4);
    assert.equal(await seedDemoInternships(seasons, staff.sub, now), 0, 'a second start publishes nothing');

    const [prokadry, kadry] = seasons;
    assert.ok(prokadry && kadry);
    const statuses = async (seasonId: string) =>
      (await store.offers(seasonId, {}, { limit: 100 })).items.map((offer) => `${offer.id} ${offer.status}`).sort();
    assert.deepEqual(await statuses(prokadry.season.id), [
      'minek-regional-development approved',
      'perm-civil-service-intern approved',
      'perm-digital-services-intern submitted',
    ]);
    assert.deepEqual(await statuses(kadry.season.id), ['perm-youth-projects-trial approved']);
    const hosts = async (seasonId: string) =>
      (await store.offers(seasonId, {}, { limit: 100 })).items.map((offer) => offer.hostOrganisation).sort();
    assert.deepEqual(
      await hosts(prokadry.season.id),
      ['minek-rf', 'minobr-perm', 'minobr-perm'],
      'the registry’s demo organisations host them',
    );
  });
});
