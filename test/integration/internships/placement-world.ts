import { randomUUID } from 'node:crypto';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbConsentRepository } from '../../../shared/adapters/dynamodb/dynamodb-consent-repository.ts';
import { DynamoDbInternshipStore } from '../../../shared/adapters/dynamodb/dynamodb-internship-store.ts';
import { DynamoDbPartnerOrganisations } from '../../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { DynamoDbProfileRepository } from '../../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { currentConsentText, dataSharingTextKind } from '../../../shared/applicants/domain/consents/consent-texts.ts';
import type { DataSharingField } from '../../../shared/applicants/domain/consents/data-sharing.ts';
import type { ProgrammeSettings } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import type { ProgrammeTemplate } from '../../../shared/catalogue/domain/templates/programme-template.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { HandlerResponse } from '../../support/api-event.ts';
import { callInternships } from '../../support/call-internships.ts';
import { applicantClaims, partnerClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { storeConsent } from '../../support/consent-items.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const applications = new DynamoDbApplicationRepository(client, tableName);
const profiles = new DynamoDbProfileRepository(client, tableName);
const organisations = new DynamoDbPartnerOrganisations(client, tableName);
export const internships = new DynamoDbInternshipStore(client, tableName);

/**
 * A season whose internship stage is to be matched, as the internships' own routes leave it:
 * registered hosts, approved offers with their hosts' rankings, and applications in the stage with
 * their ranked offers, written through the repositories (the offers', preferences' and rankings'
 * routes are the internships module's own tests). Matching runs and placements go through the API.
 */
export const FEDERAL_STAGE = 'federal-internship';

export interface PlacementSeason {
  readonly programmeId: string;
  readonly seasonId: string;
  readonly staff: Claims;
}

export const placementSeason = async (
  settings: Partial<ProgrammeSettings> = {},
  template: ProgrammeTemplate = prokadryTemplate,
): Promise<PlacementSeason> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, { template, prefix: 'placements', settings });
  return { programmeId, seasonId, staff: staffClaims(programmeId) };
};

export interface Host {
  readonly id: string;
  /** One of its people, as the workforce pool's token names them. */
  readonly partner: Claims;
}

/** A federal ministry registered with the platform (region null), with one of its people. */
export const hostOrganisation = async (
  season: PlacementSeason,
  kind: 'federal-ministry' | 'employer' = 'federal-ministry',
): Promise<Host> => {
  const id = `minek-${randomUUID().slice(0, 8)}`;
  const saved = await organisations.save(
    id,
    {
      kind,
      name: { ru: 'Министерство экономического развития', en: 'Ministry of Economic Development' },
      region: null,
      contacts: [
        { name: 'Отдел кадров', email: `${id}@example.org`, language: 'ru' },
        { name: 'International office', email: `${id}-international@example.org`, language: 'en' },
      ],
    },
    0,
    new Date().toISOString(),
  );
  if (!saved.saved) throw new Error('The host was not registered');
  return { id, partner: partnerClaims(season.programmeId, id) };
};

/** An approved offer of `host` at the federal level with `seats`, ranked by its host as given. */
export const approvedOffer = async (
  season: PlacementSeason,
  host: Host,
  options: { readonly seats: number; readonly ranking?: readonly string[]; readonly acceptsUnranked?: boolean; readonly level?: string },
): Promise<string> => {
  const id = `offer-${randomUUID().slice(0, 8)}`;
  const at = new Date().toISOString();
  const saved = await internships.saveOffer(
    {
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      id,
      hostOrganisation: host.id,
      hostName: { ru: 'Министерство экономического развития', en: 'Ministry of Economic Development' },
      hostKind: 'federal-ministry',
      level: options.level ?? 'federal',
      region: '77',
      city: 'Москва',
      title: { ru: 'Стажировка в департаменте стратегического развития', en: 'Internship in the strategy department' },
      description: { ru: 'Аналитика региональных программ.', en: 'Analysis of regional programmes.' },
      seats: options.seats,
      startsOn: '2026-11-02',
      endsOn: '2026-11-27',
      weeks: 3,
      format: 'in-person',
      status: 'approved',
      createdAt: at,
      updatedAt: at,
      version: 1,
    },
    0,
  );
  if (!saved.written) throw new Error('The offer was not saved');
  if (options.ranking !== undefined || options.acceptsUnranked !== undefined) {
    await rankCandidates(season, id, options.ranking ?? [], options.acceptsUnranked ?? false);
  }
  return id;
};

/** The host's ranking of an offer's candidates, replacing whatever it had. */
export const rankCandidates = async (season: PlacementSeason, offerId: string, ranking: readonly string[], acceptsUnranked: boolean) => {
  const current = (await internships.findOfferWithRanking(season.seasonId, offerId))?.ranking;
  const saved = await internships.saveRanking(
    { seasonId: season.seasonId, offerId, ranking: [...ranking], acceptsUnranked, version: (current?.version ?? 0) + 1 },
    current?.version ?? 0,
  );
  if (!saved.written) throw new Error('The ranking was not saved');
};

export interface Finalist {
  readonly applicationId: string;
  readonly applicantId: string;
  readonly applicant: Claims;
  readonly email: string;
}

/** A ПроКадры finalist: an application in `stage` (the federal internship) with its applicant's consent and profile. */
export const finalist = async (season: PlacementSeason, stage: string = FEDERAL_STAGE): Promise<Finalist> => {
  const applicantId = randomUUID();
  const applicationId = randomUUID();
  const at = new Date().toISOString();
  const email = `${applicantId}@example.org`;
  const { version: _version, ...profile } = { ...baseProfile(), contacts: { email, phone: '+79120000000' } };
  await storeConsent(client, tableName, applicantId, at);
  const saved = await profiles.save(applicantId, profile, 0, at);
  if (!saved.saved) throw new Error('The applicant profile was not saved');
  await applications.create(
    {
      id: applicationId,
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      applicantId,
      stage,
      track: { track: 'young', rule: 'young-studies-or-activity', assignedAt: at },
      preferredInternshipLevel: 'federal',
      answers: {},
      region: profile.region,
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 3,
    },
    { at, version: 3, kind: 'stage-changed', actor: 'staff:test', fromStage: 'federal-interview', toStage: stage },
  );
  return { applicationId, applicantId, applicant: applicantClaims(applicantId), email };
};

/** The finalist's ranked offers, most wanted first, as their preferences route stores them. */
export const prefer = async (season: PlacementSeason, who: Finalist, choices: readonly string[], stage: string = FEDERAL_STAGE) => {
  const current = await internships.findPreferences(who.applicationId, stage);
  const saved = await internships.savePreferences(
    {
      applicationId: who.applicationId,
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      stage,
      choices: [...choices],
      updatedAt: new Date().toISOString(),
      version: (current?.version ?? 0) + 1,
    },
    current?.version ?? 0,
    current?.choices ?? [],
  );
  if (!saved.written) throw new Error(`The preferences were not saved: ${saved.reason}`);
};

export const startRun = (
  season: PlacementSeason,
  body: Record<string, unknown>,
  key: string = randomUUID(),
  claims: Claims = season.staff,
): Promise<HandlerResponse> =>
  callInternships({
    method: 'POST',
    route: '/seasons/{seasonId}/internship-matching-runs',
    pathParameters: { seasonId: season.seasonId },
    headers: { 'idempotency-key': key },
    claims,
    body,
  });

export const readRun = (season: PlacementSeason, runId: string, claims: Claims = season.staff) =>
  callInternships({
    method: 'GET',
    route: '/seasons/{seasonId}/internship-matching-runs/{runId}',
    pathParameters: { seasonId: season.seasonId, runId },
    claims,
  });

export const outcomes = (season: PlacementSeason, runId: string, query: Record<string, string>, claims: Claims = season.staff) =>
  callInternships({
    method: 'GET',
    route: '/seasons/{seasonId}/internship-matching-runs/{runId}/outcomes',
    pathParameters: { seasonId: season.seasonId, runId },
    query,
    claims,
  });

export const myPlacement = (who: Finalist, claims: Claims = who.applicant) =>
  callInternships({
    method: 'GET',
    route: '/applications/{applicationId}/placement',
    pathParameters: { applicationId: who.applicationId },
    claims,
  });

export const answer = (who: Finalist, body: Record<string, unknown>, claims: Claims = who.applicant) =>
  callInternships({
    method: 'POST',
    route: '/applications/{applicationId}/placement/answer',
    pathParameters: { applicationId: who.applicationId },
    claims,
    body,
  });

export const step = (who: Finalist, placementId: string, claims: Claims, body: Record<string, unknown>) =>
  callInternships({
    method: 'POST',
    route: '/applications/{applicationId}/placements/{placementId}/steps',
    pathParameters: { applicationId: who.applicationId, placementId },
    claims,
    body,
  });

export const placementsOf = (season: PlacementSeason, claims: Claims, query: Record<string, string> = {}) =>
  callInternships({
    method: 'GET',
    route: '/seasons/{seasonId}/placements',
    pathParameters: { seasonId: season.seasonId },
    query,
    claims,
  });

export const kpis = (season: PlacementSeason, claims: Claims = season.staff) =>
  callInternships({
    method: 'GET',
    route: '/seasons/{seasonId}/internship-kpis',
    pathParameters: { seasonId: season.seasonId },
    claims,
  });

/** The offer's seat counters as placements keep them on its item. */
export const seatsOf = async (season: PlacementSeason, offerId: string): Promise<{ held: number; accepted: number; seats: number }> => {
  const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
  const { internshipOfferKey } = await import('../../../shared/platform/keys/keys.ts');
  const { Item } = await client.send(
    new GetCommand({ TableName: tableName, Key: internshipOfferKey(season.seasonId, offerId), ConsistentRead: true }),
  );
  return { held: Number(Item?.['held'] ?? 0), accepted: Number(Item?.['accepted'] ?? 0), seats: Number(Item?.['seats'] ?? 0) };
};

/** The offer as its host's people (or staff) read it over the API. */
export const readOffer = (season: PlacementSeason, offerId: string, claims: Claims) =>
  callInternships({
    method: 'GET',
    route: '/seasons/{seasonId}/internship-offers/{offerId}',
    pathParameters: { seasonId: season.seasonId, offerId },
    claims,
  });

/** The host saves its offer back over the API with `changes`, at the version it read. */
export const editOffer = async (season: PlacementSeason, offerId: string, claims: Claims, changes: Record<string, unknown>) => {
  const read = await readOffer(season, offerId, claims);
  if (read.status !== 200) throw new Error(`The offer could not be read: ${JSON.stringify(read.body)}`);
  const {
    seasonId: _season,
    programmeId: _programme,
    id: _id,
    hostName: _hostName,
    hostKind: _hostKind,
    status: _status,
    statusReason: _reason,
    statusBy: _by,
    statusAt: _at,
    createdAt: _created,
    updatedAt: _updated,
    held: _held,
    accepted: _accepted,
    freeSeats: _free,
    ...content
  } = read.body;
  return callInternships({
    method: 'PUT',
    route: '/seasons/{seasonId}/internship-offers/{offerId}',
    pathParameters: { seasonId: season.seasonId, offerId },
    claims,
    body: { ...content, ...changes },
  });
};

/** The application's score on a rubric, as the reviews store it once its panel's scores are in (disputed: waiting for an extra reviewer). */
export const scoredOn = async (who: Finalist, rubricId: string, score: number, disputed = false): Promise<void> => {
  const { PutCommand } = await import('@aws-sdk/lib-dynamodb');
  const { ENTITY, rubricAggregateKey } = await import('../../../shared/platform/keys/keys.ts');
  await client.send(
    new PutCommand({
      TableName: tableName,
      Item: {
        ...rubricAggregateKey(who.applicationId, rubricId),
        entity: ENTITY.rubricAggregate,
        rubricId,
        score,
        ...(disputed ? { extraReviewerWanted: true } : {}),
      },
    }),
  );
};

/** The finalist's consent to share `fields` with the organisation hosting their internship, as `POST /me/consents` records it. */
export const consentToHost = async (who: Finalist, fields: readonly DataSharingField[]): Promise<void> => {
  const outcome = await new DynamoDbConsentRepository(client, tableName).append(who.applicantId, {
    id: randomUUID(),
    kind: 'data-sharing',
    purpose: 'host',
    textVersion: currentConsentText(dataSharingTextKind('host')).version,
    fields: [...fields],
    at: new Date().toISOString(),
  });
  if (outcome !== 'appended') throw new Error('the consent was not stored');
};
