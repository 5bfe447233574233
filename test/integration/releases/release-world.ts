import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { handler as applicationsHandler } from '../../../functions/applications/handler.ts';
import { handler as partnersHandler } from '../../../functions/partners/handler.ts';
import { sfnClient } from '../../../shared/adapters/sfn/sfn-client.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbReviewStore } from '../../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import type { DataSharingField } from '../../../shared/applicants/domain/consents/data-sharing.ts';
import type { Application } from '../../../shared/applications/application-schema.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { PartnerOrganisation, PartnerOrganisationContent } from '../../../shared/partners/partner-organisation-schema.ts';
import { DynamoDbPartnerOrganisations } from '../../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { openSeason, staffOf } from '../../support/application-fixtures.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from '../../support/api-event.ts';
import { newOrganisationId, registerOrganisation, retireOrganisation } from '../../support/partner-organisations.ts';
import { plantedProfile } from '../../support/planted-profile.ts';
import { finished } from '../../support/transition-support.ts';
import { storeVerifiedDocument } from '../../support/verified-document.ts';

/**
 * A ПроКадры season whose finalists' data is released, driven through the API as the gateway calls
 * the Lambdas: applicants consent and save their profiles through the applications routes, staff
 * move a finalist to the federal internship (the applicationTransition machine, whose effect
 * releases the data), partners' people and machine clients read through the partners routes. Only
 * what other modules' tests prove over HTTP is planted: an application at the ministry's interview
 * with its summary sheet and the ministry's score.
 */
export const api = {
  applications: (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(applicationsHandler, init),
  partners: (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(partnersHandler, init),
};

const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const applications = new DynamoDbApplicationRepository(client, tableName);
const reviews = new DynamoDbReviewStore(client, tableName);
const sfn = sfnClient();

export const expectStatus = (answer: HandlerResponse, status: number, what: string): Record<string, unknown> => {
  assert.equal(answer.status, status, `${what}: ${JSON.stringify(answer.body)}`);
  return answer.body;
};

/**
 * Regions nobody else's tests register youth-policy bodies for, so a release goes to this world's
 * body alone: each world takes one at random from the far north-east and Siberia.
 */
/** Regions no other test or demo registers a youth-policy body in; a world takes one no other world holds. */
const QUIET_REGIONS = [
  '87',
  '49',
  '41',
  '14',
  '17',
  '04',
  '19',
  '75',
  '79',
  '65',
  '01',
  '02',
  '03',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '15',
  '18',
  '20',
] as const;

/**
 * A youth-policy body alone in its region, so every release of a world goes to its own body and no
 * other world's: the test table is shared by test files running side by side. Registered first and
 * checked after, so of two worlds taking one region at once the later steps aside (retires its body)
 * and tries another.
 */
const soleYouthPolicyBody = async (name?: PartnerOrganisationContent['name']): Promise<PartnerOrganisation> => {
  const organisations = new DynamoDbPartnerOrganisations(documentClient(), requireEnv(ENV.tableName));
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const region = QUIET_REGIONS[Math.floor(Math.random() * QUIET_REGIONS.length)] ?? '87';
    const body = await registerOrganisation(
      { kind: 'youth-policy-body', region, ...(name === undefined ? {} : { name }) },
      newOrganisationId('youth'),
    );
    const bodies = await organisations.youthPolicyBodiesOf(region);
    const earliest = [...bodies].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))[0];
    if (earliest?.id === body.id) return body;
    await retireOrganisation(body);
  }
  throw new Error('no quiet region left for a youth-policy body');
};

export interface ReleaseWorld {
  readonly programmeId: string;
  readonly seasonId: string;
  readonly staff: Record<string, string>;
  readonly region: string;
  /** The region's youth-policy body, and its people's claims. */
  readonly body: PartnerOrganisation;
  readonly bodyPerson: Record<string, string>;
  /** Another region's youth-policy body and its people: they never see this region's finalists. */
  readonly otherBody: PartnerOrganisation;
  readonly otherPerson: Record<string, string>;
}

export const partnerClaimsOf = (organisation: PartnerOrganisation): Record<string, string> => ({
  sub: `partner-${randomUUID()}`,
  'cognito:groups': '[partner]',
  'custom:organisation': organisation.id,
  ...(organisation.region === null ? {} : { 'custom:region': organisation.region }),
});

/** A machine client's access-token claims, as the machine routes' JWT authorizer passes them on. */
export const machineClaims = (clientId: string, scope = 'cadre-partners/releases.read'): Record<string, string> => ({
  sub: clientId,
  client_id: clientId,
  token_use: 'access',
  scope,
});

export const releaseWorld = async (): Promise<ReleaseWorld> => {
  const { programmeId, seasonId } = await openSeason();
  const body = await soleYouthPolicyBody({ ru: 'Молодёжная политика (тест)', en: 'Youth policy (test)' });
  const otherBody = await soleYouthPolicyBody();
  const region = body.region ?? assert.fail('a youth-policy body has a region');
  return {
    programmeId,
    seasonId,
    staff: staffOf(programmeId),
    region,
    body,
    bodyPerson: partnerClaimsOf(body),
    otherBody,
    otherPerson: partnerClaimsOf(otherBody),
  };
};

export interface Finalist {
  readonly sub: string;
  readonly claims: Record<string, string>;
  readonly application: Application;
}

/**
 * A person who consents to processing and, if `sharing` names fields, to sharing them with their
 * region's youth-policy body, saves the planted profile (every field filled) in the world's region,
 * and whose application waits at the ministry's interview with its summary sheet and a passing score.
 */
export const finalist = async (world: ReleaseWorld, sharing: readonly DataSharingField[] | undefined): Promise<Finalist> => {
  const sub = randomUUID();
  const claims = { sub, 'cognito:groups': '[applicant]', email: `${sub}@example.org` };
  expectStatus(
    await api.applications({ method: 'POST', route: '/me/consents', claims, body: { kind: 'personal-data', textVersion: 'pd-2026-01' } }),
    201,
    'consent to processing',
  );
  if (sharing !== undefined)
    expectStatus(
      await api.applications({
        method: 'POST',
        route: '/me/consents',
        claims,
        body: { kind: 'data-sharing', purpose: 'region', textVersion: 'dsr-2026-01', fields: sharing },
      }),
      201,
      'consent to sharing with the region',
    );
  expectStatus(
    await api.applications({ method: 'PUT', route: '/me/profile', claims, body: { ...plantedProfile(), region: world.region } }),
    201,
    'the planted profile',
  );
  const at = new Date().toISOString();
  const application: Application = {
    id: randomUUID(),
    seasonId: world.seasonId,
    programmeId: world.programmeId,
    applicantId: sub,
    stage: 'federal-interview',
    answers: {},
    track: { track: 'young', assignedAt: at },
    region: world.region,
    language: 'ru',
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    version: 1,
  };
  const created = await applications.create(application, { at, version: 1, kind: 'created', actor: 'applicant' });
  assert.equal(created.outcome, 'created');
  await storeVerifiedDocument(application.id, sub, 'summary-sheet');
  await reviews.saveAggregate(application.id, {
    rubricId: 'ministry-interview',
    method: 'mean',
    score: 8.4,
    reviewCount: 3,
    spread: 1,
    disagreement: false,
    passed: true,
    extraReviewerWanted: false,
    explanation: { method: 'mean', perReview: [] },
    computedAt: at,
  });
  return { sub, claims, application };
};

/** Staff make the finalist an intern of the federal ministry: the move, then its effects, the release among them. */
export const toFederalInternship = async (world: ReleaseWorld, applicationId: string): Promise<void> => {
  const started = expectStatus(
    await api.applications({
      method: 'POST',
      route: '/applications/{applicationId}/transitions',
      pathParameters: { applicationId },
      claims: world.staff,
      body: { to: 'federal-internship', reason: 'Решение комиссии министерства' },
    }),
    202,
    'the move to the federal internship',
  );
  const execution = await finished(sfn, String(started['executionArn']));
  assert.equal(execution.status, 'SUCCEEDED', `${execution.error}: ${execution.cause}`);
};

export const dataReleasesOf = async (world: ReleaseWorld, applicationId: string) =>
  expectStatus(
    await api.partners({
      method: 'GET',
      route: '/applications/{applicationId}/data-releases',
      pathParameters: { applicationId },
      claims: world.staff,
    }),
    200,
    'the application’s data releases',
  ) as {
    decisions: { outcome: string; region?: string; releases: { releaseId: string; organisationId: string }[] }[];
    releases: { id: string; organisationId: string; status: string; fields: string[] }[];
  };

/** A finalist who consented to share `sharing` with the region, made an intern of the federal ministry by staff. */
export const federalIntern = async (world: ReleaseWorld, sharing: readonly DataSharingField[] | undefined): Promise<Finalist> => {
  const intern = await finalist(world, sharing);
  await toFederalInternship(world, intern.application.id);
  return intern;
};

/** The id of the application's first data release, as staff list them; '' when there is none. */
export const firstReleaseIdOf = async (world: ReleaseWorld, applicationId: string): Promise<string> =>
  (await dataReleasesOf(world, applicationId)).releases[0]?.id ?? '';

/** Staff with every programme: the registry's operator, who registers partners' machine clients. */
export const registryOperator = { sub: `staff-${randomUUID()}`, 'cognito:groups': '[staff]', 'custom:programmes': '*' };

export const newMachineClientId = (): string => `portal-${randomUUID().slice(0, 8)}`;

/** PUT a machine client of `organisationId`, by the registry's operator unless `claims` say otherwise. */
export const registerMachineClient = (
  organisationId: string,
  clientId: string,
  name: string,
  claims: Record<string, string> = registryOperator,
): Promise<HandlerResponse> =>
  api.partners({
    method: 'PUT',
    route: '/partner-organisations/{organisationId}/machine-clients/{clientId}',
    pathParameters: { organisationId, clientId },
    claims,
    body: { name },
  });

/** An organisation's releases of the world's season, as a partner's person (or staff) reads them. */
export const organisationReleases = (
  world: ReleaseWorld,
  organisationId: string,
  claims: Record<string, string>,
): Promise<HandlerResponse> =>
  api.partners({
    method: 'GET',
    route: '/partner-organisations/{organisationId}/releases',
    pathParameters: { organisationId },
    query: { seasonId: world.seasonId },
    claims,
  });

/** One release of an organisation, as a partner's person reads it. */
export const organisationRelease = (organisationId: string, releaseId: string, claims: Record<string, string>): Promise<HandlerResponse> =>
  api.partners({
    method: 'GET',
    route: '/partner-organisations/{organisationId}/releases/{releaseId}',
    pathParameters: { organisationId, releaseId },
    claims,
  });

/** One release, as a machine client reads it through the partner API. */
export const machineRelease = (clientId: string, releaseId: string): Promise<HandlerResponse> =>
  api.partners({
    method: 'GET',
    route: '/partner-api/releases/{releaseId}',
    pathParameters: { releaseId },
    claims: machineClaims(clientId),
  });

/** The caller's own disclosure log: who read their data. */
export const disclosuresOf = (claims: Record<string, string>): Promise<HandlerResponse> =>
  api.partners({ method: 'GET', route: '/me/disclosures', claims });

/** A page of the world's season's disclosure log, as staff read it. */
export const seasonDisclosures = (world: ReleaseWorld, query: Record<string, string>): Promise<HandlerResponse> =>
  api.partners({
    method: 'GET',
    route: '/seasons/{seasonId}/disclosures',
    pathParameters: { seasonId: world.seasonId },
    claims: world.staff,
    query,
  });
