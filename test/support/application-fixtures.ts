import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { applicationKey } from '../../shared/platform/keys/keys.ts';
import type { SaveProfileInput } from '../../shared/applicants/domain/profile/profile-schema.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import type { ProgrammeSettings } from '../../shared/catalogue/domain/config/programme-settings-schema.ts';
import type { Season } from '../../shared/catalogue/domain/seasons/season-schema.ts';
import { handler } from '../../functions/applications/handler.ts';
import { storeVerifiedDocument } from './verified-document.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from './api-event.ts';
import { DAY_MS, seedOpenSeason } from './seed-open-season.ts';
import { baseProfile } from './profile-fixtures.ts';

const tableName = requireEnv(ENV.tableName);
const client = documentClient();

export type Response = HandlerResponse;

/** Drives the applications Lambda with the event API Gateway would send, and parses its answer. */
export const call = (init: ApiEventInit): Promise<Response> => invokeHandler(handler, init);

export const staffOf = (programmeId: string) => ({
  sub: `staff-${randomUUID()}`,
  'cognito:groups': '[staff]',
  'custom:programmes': programmeId,
});

export const newApplicant = () => {
  const sub = randomUUID();
  return { sub, email: `${sub}@example.org`, claims: { sub, 'cognito:groups': '[applicant]', email: `${sub}@example.org` } };
};

export interface SeasonSetUp {
  readonly programmeId: string;
  readonly seasonId: string;
}

/**
 * A ПроКадры programme and an open season whose application window runs now, written through the
 * catalogue's repositories (opening a season through its workflow is the catalogue's own test).
 */
export const openSeason = (
  options: { readonly settings?: Partial<ProgrammeSettings>; readonly season?: Partial<Season> } = {},
): Promise<SeasonSetUp> =>
  seedOpenSeason(client, tableName, {
    settings: options.settings,
    season: {
      calendar: [
        {
          stage: 'application',
          opensAt: new Date(Date.now() - DAY_MS).toISOString(),
          closesAt: new Date(Date.now() + DAY_MS).toISOString(),
        },
        {
          stage: 'education',
          opensAt: new Date(Date.now() + 2 * DAY_MS).toISOString(),
          closesAt: new Date(Date.now() + 30 * DAY_MS).toISOString(),
        },
      ],
      questions: [
        { id: 'motivation', kind: 'text', required: true, maxLength: 1000, label: { ru: 'Мотивация', en: 'Motivation' } },
        {
          id: 'format',
          kind: 'choice',
          multiple: false,
          required: false,
          options: [
            { id: 'online', label: { ru: 'Онлайн', en: 'Online' } },
            { id: 'offline', label: { ru: 'Очно', en: 'Offline' } },
          ],
          label: { ru: 'Формат', en: 'Format' },
        },
      ],
      ...options.season,
    },
  });

/** Consent to personal-data processing, the current text: what must come before any profile or draft is stored. */
export const giveConsent = async (applicant: ReturnType<typeof newApplicant>): Promise<void> => {
  const consent = await call({
    method: 'POST',
    route: '/me/consents',
    claims: applicant.claims,
    body: { kind: 'personal-data', textVersion: 'pd-2026-01' },
  });
  if (consent.status !== 201) throw new Error(`consent not given: ${JSON.stringify(consent.body)}`);
};

/** A new applicant who has consented to personal-data processing (no profile yet): they may start a draft. */
export const consentingApplicant = async (): Promise<ReturnType<typeof newApplicant>> => {
  const applicant = newApplicant();
  await giveConsent(applicant);
  return applicant;
};

/** Consent to personal-data processing first (nothing is stored without it), then a profile (receipts go to the applicant's own address). */
export const prepareApplicant = async (
  applicant: ReturnType<typeof newApplicant>,
  profile: Partial<SaveProfileInput> = {},
): Promise<void> => {
  await giveConsent(applicant);
  const saved = await call({
    method: 'PUT',
    route: '/me/profile',
    claims: applicant.claims,
    body: { ...baseProfile(), contacts: { email: applicant.email }, ...profile },
  });
  if (saved.status !== 201) throw new Error(`profile not saved: ${JSON.stringify(saved.body)}`);
};

/** A verified résumé, as eligibility reads one (verified-document.ts). */
export const verifiedResume = async (applicationId: string, applicantId: string): Promise<void> => {
  await storeVerifiedDocument(applicationId, applicantId);
};

export const completeDraft = {
  preferredInternshipLevel: 'regional',
  internshipJustification: 'Хочу работать в своём регионе',
  answers: { motivation: 'Служить людям' },
};

/** A draft filled in and ready to submit: profile, consent, answers and a verified résumé. */
export const readyDraft = async (season: SeasonSetUp, profile: Partial<SaveProfileInput> = {}) => {
  const applicant = newApplicant();
  await prepareApplicant(applicant, profile);
  const created = await call({
    method: 'POST',
    route: '/seasons/{seasonId}/applications',
    pathParameters: { seasonId: season.seasonId },
    claims: applicant.claims,
  });
  if (created.status !== 201) throw new Error(`draft not created: ${JSON.stringify(created.body)}`);
  const applicationId = String(created.body['id']);
  const updated = await call({
    method: 'PUT',
    route: '/applications/{applicationId}',
    pathParameters: { applicationId },
    claims: applicant.claims,
    body: { ...completeDraft, version: 1 },
  });
  if (updated.status !== 200) throw new Error(`draft not filled: ${JSON.stringify(updated.body)}`);
  await verifiedResume(applicationId, applicant.sub);
  return { applicant, applicationId };
};

export const submit = (applicationId: string, claims: Record<string, string>, key: string) =>
  call({
    method: 'POST',
    route: '/applications/{applicationId}/submit',
    pathParameters: { applicationId },
    claims,
    headers: { 'idempotency-key': key },
  });

/** Every item in the application's partition, read straight from the table (to prove what was or was not written). */
export const storedPartition = async (applicationId: string): Promise<Record<string, unknown>[]> =>
  (
    await client.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk },
        ConsistentRead: true,
      }),
    )
  ).Items ?? [];
