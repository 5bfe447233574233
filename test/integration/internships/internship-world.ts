import { randomUUID } from 'node:crypto';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbInternshipStore } from '../../../shared/adapters/dynamodb/dynamodb-internship-store.ts';
import { DynamoDbPartnerOrganisations } from '../../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { DynamoDbReviewStore } from '../../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import type { ProgrammeTemplate } from '../../../shared/catalogue/domain/templates/programme-template.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import type { RegionCode } from '../../../shared/applicants/domain/profile/region-codes.ts';
import type { PartnerOrganisationKind } from '../../../shared/partners/partner-organisation-schema.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { HandlerResponse } from '../../support/api-event.ts';
import { callInternships } from '../../support/call-internships.ts';
import { applicantClaims, partnerClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { DAY_MS, seedOpenSeason } from '../../support/seed-open-season.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const applications = new DynamoDbApplicationRepository(client, tableName);
const organisations = new DynamoDbPartnerOrganisations(client, tableName);
export const internshipStore = new DynamoDbInternshipStore(client, tableName);
const reviews = new DynamoDbReviewStore(client, tableName);

/** Given an interview panel's scores are in: the application's stored score on the rubric, as the reviews store keeps it. */
export const interviewScored = async (applicationId: string, rubricId: string, score: number): Promise<void> => {
  await reviews.saveAggregate(applicationId, {
    rubricId,
    method: 'median',
    score,
    reviewCount: 2,
    spread: 1,
    disagreement: false,
    passed: score >= 6,
    extraReviewerWanted: false,
    explanation: { method: 'median', perReview: [] },
    computedAt: new Date().toISOString(),
  });
};

export interface InternshipSeason {
  readonly programmeId: string;
  readonly seasonId: string;
  readonly staff: Claims;
}

const window = (stage: string, fromDays: number, toDays: number) => ({
  stage,
  opensAt: new Date(Date.now() + fromDays * DAY_MS).toISOString(),
  closesAt: new Date(Date.now() + toDays * DAY_MS).toISOString(),
});

/** An open season of `template` (ПроКадры by default) whose internship windows are open now, unless `season` says otherwise. */
export const internshipSeason = async (
  template: ProgrammeTemplate = prokadryTemplate,
  season: Partial<Season> = {},
): Promise<InternshipSeason> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, {
    template,
    prefix: 'interns',
    season: {
      calendar: [
        window('application', -60, -30),
        ...template.settings.pipeline.stages
          .filter((stage) => stage.kind === 'internship' || stage.id === 'project-work')
          .map((stage) => window(stage.id, -1, 30)),
      ],
      ...season,
    },
  });
  return { programmeId, seasonId, staff: staffClaims(programmeId) };
};

/** A registered partner organisation (a fresh id, so tests never share one) and a person of it. */
export const hostOrganisation = async (
  kind: PartnerOrganisationKind,
  region: RegionCode | null,
  programmeId: string,
): Promise<{ readonly id: string; readonly person: Claims }> => {
  const id = `${kind === 'federal-ministry' ? 'min' : 'org'}-${randomUUID().slice(0, 8)}`;
  const saved = await organisations.save(
    id,
    {
      kind,
      name: { ru: `Организация ${id}`, en: `Organisation ${id}` },
      region,
      contacts: [{ name: 'Контакт', email: `${id}@example.org`, language: 'ru' }],
    },
    0,
    new Date().toISOString(),
  );
  if (!saved.saved) throw new Error('The organisation was not registered');
  return { id, person: partnerClaims(programmeId, id) };
};

/** A submitted application at `stage` with the facts internships read, written through the repository. */
export const applicationAt = async (
  season: InternshipSeason,
  options: {
    readonly stage: string;
    readonly track?: string;
    readonly region?: string;
    readonly preferredInternshipLevel?: string;
    readonly participantRole?: string;
  },
): Promise<{ readonly applicationId: string; readonly claims: Claims }> => {
  const applicantId = randomUUID();
  const applicationId = randomUUID();
  const at = new Date().toISOString();
  await applications.create(
    {
      id: applicationId,
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      applicantId,
      stage: options.stage,
      ...(options.participantRole === undefined ? {} : { participantRole: options.participantRole }),
      ...(options.preferredInternshipLevel === undefined ? {} : { preferredInternshipLevel: options.preferredInternshipLevel }),
      internshipJustification: 'Хочу работать в органах власти своего региона.',
      answers: {},
      ...(options.track === undefined ? {} : { track: { track: options.track, assignedAt: at } }),
      region: options.region ?? '59',
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 3,
    },
    { at, version: 3, kind: 'stage-changed', actor: 'staff:test', fromStage: 'application', toStage: options.stage },
  );
  return { applicationId, claims: applicantClaims(applicantId) };
};

/** A ПроКадры regional offer in Perm, or a ministry's in Moscow, with `changes`. */
export const offerBody = (hostOrganisation: string, changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  hostOrganisation,
  level: 'regional',
  region: '59',
  city: 'Пермь',
  title: { ru: 'Стажёр отдела молодёжной политики', en: 'Youth policy intern' },
  description: { ru: 'Подготовка и проведение молодёжных форумов края.', en: 'Preparing and running the region’s youth forums.' },
  seats: 3,
  startsOn: '2026-10-05',
  endsOn: '2026-12-18',
  weeks: 4,
  format: 'in-person',
  version: 0,
  ...changes,
});

type Target = { readonly seasonId: string; readonly offerId: string };

export const saveOffer = (target: Target, body: Record<string, unknown>, claims: Claims): Promise<HandlerResponse> =>
  callInternships({
    method: 'PUT',
    route: '/seasons/{seasonId}/internship-offers/{offerId}',
    pathParameters: { ...target },
    claims,
    body,
  });

export const getOffer = (target: Target, claims: Claims): Promise<HandlerResponse> =>
  callInternships({ method: 'GET', route: '/seasons/{seasonId}/internship-offers/{offerId}', pathParameters: { ...target }, claims });

export const listOffers = (seasonId: string, claims: Claims, query: Record<string, string> = {}): Promise<HandlerResponse> =>
  callInternships({ method: 'GET', route: '/seasons/{seasonId}/internship-offers', pathParameters: { seasonId }, query, claims });

export const changeStatus = (
  target: Target,
  change: 'submission' | 'approval' | 'return' | 'withdrawal',
  body: Record<string, unknown>,
  claims: Claims,
): Promise<HandlerResponse> =>
  callInternships({
    method: 'POST',
    route: `/seasons/{seasonId}/internship-offers/{offerId}/${change}`,
    pathParameters: { ...target },
    claims,
    body,
  });

/** Given an offer its host saved and submitted and staff approved; answers the approved offer's version. */
export const approvedOffer = async (
  season: InternshipSeason,
  offerId: string,
  host: { readonly id: string; readonly person: Claims },
  changes: Record<string, unknown> = {},
): Promise<number> => {
  const target = { seasonId: season.seasonId, offerId };
  const saved = await saveOffer(target, offerBody(host.id, changes), host.person);
  if (saved.status !== 201) throw new Error(`Offer refused: ${JSON.stringify(saved.body)}`);
  const submitted = await changeStatus(target, 'submission', { version: 1 }, host.person);
  if (submitted.status !== 200) throw new Error(`Submission refused: ${JSON.stringify(submitted.body)}`);
  const approved = await changeStatus(target, 'approval', { version: 2 }, season.staff);
  if (approved.status !== 200) throw new Error(`Approval refused: ${JSON.stringify(approved.body)}`);
  return 3;
};

export const options = (claims: Claims, applicationId: string, query: Record<string, string> = {}): Promise<HandlerResponse> =>
  callInternships({
    method: 'GET',
    route: '/applications/{applicationId}/internship-offers',
    pathParameters: { applicationId },
    query,
    claims,
  });

export const savePreferences = (claims: Claims, applicationId: string, body: Record<string, unknown>): Promise<HandlerResponse> =>
  callInternships({
    method: 'PUT',
    route: '/applications/{applicationId}/internship-preferences',
    pathParameters: { applicationId },
    claims,
    body,
  });

export const preferences = (claims: Claims, applicationId: string): Promise<HandlerResponse> =>
  callInternships({
    method: 'GET',
    route: '/applications/{applicationId}/internship-preferences',
    pathParameters: { applicationId },
    claims,
  });

export const candidates = (target: Target, claims: Claims, query: Record<string, string> = {}): Promise<HandlerResponse> =>
  callInternships({
    method: 'GET',
    route: '/seasons/{seasonId}/internship-offers/{offerId}/candidates',
    pathParameters: { ...target },
    query,
    claims,
  });

export const ranking = (target: Target, claims: Claims): Promise<HandlerResponse> =>
  callInternships({
    method: 'GET',
    route: '/seasons/{seasonId}/internship-offers/{offerId}/candidate-ranking',
    pathParameters: { ...target },
    claims,
  });

export const saveRanking = (target: Target, body: Record<string, unknown>, claims: Claims): Promise<HandlerResponse> =>
  callInternships({
    method: 'PUT',
    route: '/seasons/{seasonId}/internship-offers/{offerId}/candidate-ranking',
    pathParameters: { ...target },
    claims,
    body,
  });

export const idsOf = (response: HandlerResponse): string[] =>
  ((response.body['items'] ?? []) as { readonly id: string }[]).map((item) => item.id).sort();
