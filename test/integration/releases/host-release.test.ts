import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbConsentRepository } from '../../../shared/adapters/dynamodb/dynamodb-consent-repository.ts';
import { dynamoDbDataReleases } from '../../../shared/adapters/dynamodb/dynamodb-data-releases.ts';
import { DynamoDbPlacements } from '../../../shared/adapters/dynamodb/dynamodb-placements.ts';
import { DynamoDbProgrammeRepository } from '../../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbReleaseStore } from '../../../shared/adapters/dynamodb/dynamodb-release-store.ts';
import { DynamoDbSeasonRepository } from '../../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import type { Placement } from '../../../shared/internships/placement-schema.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { approvedOffer, FEDERAL_STAGE, finalist, hostOrganisation, placementSeason } from '../internships/placement-world.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const placements = new DynamoDbPlacements(client, tableName);
const releases = new DynamoDbReleaseStore(client, tableName);
const consents = new DynamoDbConsentRepository(client, tableName);

/**
 * `releaseDataToPartner` as the workflow's wiring carries it out (adapters/dynamodb/dynamodb-data-releases.ts):
 * the host is the organisation of the application's placement once accepted, read from the
 * internships' placements; nothing goes to a host before the finalist accepts, or without their
 * consent to share with the host.
 */
describe('the internship host’s release, wired to the placements', () => {
  it('goes to the accepted placement’s host with the host-consented fields, and nowhere before acceptance or without that consent', async () => {
    const season = await placementSeason();
    const host = await hostOrganisation(season);
    const offerId = await approvedOffer(season, host, { seats: 2 });
    const who = await finalist(season);
    const silent = await finalist(season);
    const at = new Date();
    await consents.append(who.applicantId, {
      id: randomUUID(),
      kind: 'data-sharing',
      purpose: 'host',
      textVersion: 'dsh-2026-01',
      fields: ['name', 'contacts.email', 'education'],
      at: at.toISOString(),
    });
    const placementOf = (applicationId: string, applicantId: string): Placement => ({
      id: randomUUID(),
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      applicationId,
      applicantId,
      stage: FEDERAL_STAGE,
      offerId,
      hostOrganisation: host.id,
      runId: randomUUID(),
      round: 1,
      choiceRank: 1,
      status: 'offered',
      offeredAt: at.toISOString(),
      respondBy: new Date(at.getTime() + 3 * 24 * 60 * 60 * 1000).toISOString(),
      history: [{ at: at.toISOString(), status: 'offered', by: 'system' }],
      version: 1,
    });
    const offered = placementOf(who.applicationId, who.applicantId);
    assert.equal(await placements.offer(offered), 'offered');
    const dataReleases = dynamoDbDataReleases(client, tableName, 365);
    assert.deepEqual(dataReleases.effects, ['releaseDataToRegion', 'releaseDataToPartner']);
    const requestFor = async (applicationId: string, version: number) => {
      const application = await new DynamoDbApplicationRepository(client, tableName).find(applicationId);
      const programme = await new DynamoDbProgrammeRepository(client, tableName).find(season.programmeId);
      const found = await new DynamoDbSeasonRepository(client, tableName).find(season.seasonId);
      assert.ok(application && programme && found);
      return { application, programme, season: found, move: { from: 'federal-interview', to: FEDERAL_STAGE, version } };
    };

    const beforeAcceptance = await dataReleases.release('releaseDataToPartner', await requestFor(who.applicationId, 10));
    assert.equal(beforeAcceptance.outcome, 'no-host', 'an offer is not yet a host');

    const accepted = await placements.step(
      offered,
      {
        ...offered,
        status: 'accepted',
        answeredAt: at.toISOString(),
        history: [...offered.history, { at: at.toISOString(), status: 'accepted', by: 'applicant' }],
        version: 2,
      },
      { now: at.toISOString() },
    );
    assert.ok(accepted.written);
    const released = await dataReleases.release('releaseDataToPartner', await requestFor(who.applicationId, 11));
    assert.equal(released.outcome, 'released');
    const [release, ...others] = await releases.listForApplication(who.applicationId);
    assert.equal(others.length, 0);
    assert.deepEqual(
      [release?.organisationId, release?.purpose, release?.region, release?.fields],
      [host.id, 'host', null, ['name', 'contacts.email', 'education']],
    );

    const silentOffer = placementOf(silent.applicationId, silent.applicantId);
    assert.equal(await placements.offer(silentOffer), 'offered');
    const silentAccepted = await placements.step(
      silentOffer,
      {
        ...silentOffer,
        status: 'accepted',
        answeredAt: at.toISOString(),
        history: [...silentOffer.history, { at: at.toISOString(), status: 'accepted', by: 'applicant' }],
        version: 2,
      },
      { now: at.toISOString() },
    );
    assert.ok(silentAccepted.written);
    const refused = await dataReleases.release('releaseDataToPartner', await requestFor(silent.applicationId, 10));
    assert.equal(refused.outcome, 'consent-missing');
    assert.deepEqual(await releases.listForApplication(silent.applicationId), []);
  });
});
