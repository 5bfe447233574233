import { randomUUID } from 'node:crypto';
import { seedExpertAssignment } from '../../support/assign-expert.ts';
import { storeVerifiedDocument } from '../../support/verified-document.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbMachineClients } from '../../../shared/adapters/dynamodb/dynamodb-machine-clients.ts';
import { MACHINE_SCOPES, type Access } from '../../../shared/platform/auth/roles.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { RELEASES_READ } from '../../../shared/releases/routes.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import type { LocalPools } from '../../../infra/local/auth/local-pools.ts';
import { findDemoPerson, mintRequestFor } from '../../../infra/local/demo-people.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { call, completeDraft, newApplicant, openSeason, prepareApplicant } from '../../support/application-fixtures.ts';
import { organisationContent, registerOrganisation } from '../../support/partner-organisations.ts';

/**
 * What one route is attacked in: its own open season (with questions of every kind, a number
 * question without bounds among them), an applicant with a profile, consent and a draft, a second
 * draft (so lists have a second page and issue a real cursor), a verified document, an assigned
 * expert and two registered partner organisations. Every route gets a fresh one, so a route that
 * withdraws, consents or writes cannot change what another route meets.
 */
export interface HostileWorld {
  /** A real value for every path parameter cadre uses. */
  readonly params: Readonly<Record<string, string>>;
  readonly tokens: ReadonlyMap<Access, string>;
  /** Partition key values of this world, for forged cursors that look like the real thing. */
  readonly partitions: readonly string[];
  /** Known good bodies by operationId; other routes get a body sampled from their schema. */
  readonly goodBodies: Readonly<Record<string, unknown>>;
}

const DAY = 24 * 60 * 60 * 1000;

export const givenAHostileWorld = async (pools: LocalPools): Promise<HostileWorld> => {
  const { programmeId, seasonId } = await openSeason({
    season: {
      questions: [
        { id: 'motivation', kind: 'text', required: true, maxLength: 1000, label: { ru: 'Мотивация', en: 'Motivation' } },
        {
          id: 'format',
          kind: 'choice',
          multiple: true,
          required: false,
          options: [
            { id: 'online', label: { ru: 'Онлайн', en: 'Online' } },
            { id: 'offline', label: { ru: 'Очно', en: 'Offline' } },
          ],
          label: { ru: 'Формат', en: 'Format' },
        },
        { id: 'years', kind: 'number', required: false, label: { ru: 'Стаж', en: 'Years' } },
        { id: 'since', kind: 'date', required: false, label: { ru: 'С какого числа', en: 'Since' } },
        { id: 'relocate', kind: 'boolean', required: false, label: { ru: 'Переезд', en: 'Relocation' } },
      ],
    },
  });
  const applicant = newApplicant();
  const other = newApplicant();
  await Promise.all([prepareApplicant(applicant), prepareApplicant(other)]);
  const createDraft = async (claims: Record<string, string>): Promise<string> => {
    const created = await call({ method: 'POST', route: '/seasons/{seasonId}/applications', pathParameters: { seasonId }, claims });
    if (created.status !== 201) throw new Error(`draft not created: ${JSON.stringify(created.body)}`);
    return String(created.body['id']);
  };
  const applicationId = await createDraft(applicant.claims);
  await createDraft(other.claims);

  const documentId = await storeVerifiedDocument(applicationId, applicant.sub);
  const expert = findDemoPerson('expert');
  if (expert === undefined) throw new Error('no demo expert');
  await seedExpertAssignment(applicationId, expert.sub);

  const tokens = new Map<Access, string>();
  for (const role of ['staff', 'expert', 'mentor', 'partner'] as const) {
    const person = findDemoPerson(role);
    if (person === undefined) throw new Error(`no demo ${role}`);
    tokens.set(role, await pools.mint(mintRequestFor(person)));
  }
  tokens.set('applicant', await pools.mint({ role: 'applicant', sub: applicant.sub, email: applicant.email }));

  // Two, so the registry's list issues a cursor on a page of one.
  const [organisation] = await Promise.all([registerOrganisation(), registerOrganisation({ kind: 'employer', region: null })]);
  // A machine client of the partner API, registered for that organisation.
  const clientId = `hostile-${randomUUID().slice(0, 8)}`;
  await new DynamoDbMachineClients(documentClient(), requireEnv(ENV.tableName)).save({
    clientId,
    organisationId: organisation.id,
    name: 'Портал (тест)',
    registeredAt: new Date().toISOString(),
    registeredBy: 'hostile-world',
  });
  tokens.set(RELEASES_READ, await pools.workforce.mintClientToken({ clientId, scopes: MACHINE_SCOPES }));

  const newSeasonId = `hostile-${randomUUID().slice(0, 8)}`;
  return {
    params: {
      programmeId,
      seasonId,
      applicationId,
      documentId,
      expertId: expert.sub,
      organisationId: organisation.id,
      clientId,
      releaseId: randomUUID(),
      exportId: randomUUID(),
    },
    tokens,
    partitions: [
      'PROGRAMMES',
      'SEASONS#OPEN',
      `PROGRAMME#${programmeId}#SEASONS`,
      `SEASON#${seasonId}`,
      `SEASON#${seasonId}#S00`,
      `APPLICANT#${applicant.sub}#APPLICATIONS`,
      `APPLICANT#${other.sub}#APPLICATIONS`,
      `APPLICATION#${applicationId}`,
    ],
    goodBodies: {
      createProgramme: {
        id: `hostile-${randomUUID().slice(0, 8)}`,
        templateId: 'prokadry',
        overrides: {
          kpiTargets: [{ id: 'graduates', name: { ru: 'Выпускники', en: 'Graduates' }, unit: 'people', target: 100, period: 'season' }],
          trackRules: prokadryTemplate.settings.trackRules,
        },
      },
      updateProgramme: { version: 1, settings: prokadryTemplate.settings },
      createSeason: {
        id: newSeasonId,
        title: { ru: 'Сезон', en: 'Season' },
        description: { ru: 'Описание', en: 'Description' },
        referenceDate: '2026-08-31',
        calendar: [
          {
            stage: 'application',
            opensAt: new Date(Date.now() + DAY).toISOString(),
            closesAt: new Date(Date.now() + 2 * DAY).toISOString(),
          },
        ],
        questions: [{ id: 'years', kind: 'number', required: false, min: 0, max: 60, label: { ru: 'Стаж', en: 'Years' } }],
      },
      saveMyProfile: { ...baseProfile(), contacts: { email: applicant.email }, version: 1 },
      giveConsent: { kind: 'personal-data', textVersion: 'pd-2026-01' },
      recordGuardianConsent: {
        guardian: { fullName: 'Ирина Тестова', email: 'guardian@example.org', relationship: 'parent' },
        textVersion: 'guardian-2026-01',
      },
      updateApplication: {
        ...completeDraft,
        answers: { motivation: 'Служить людям', format: ['online'], years: 3, since: '2024-09-01', relocate: true },
        version: 1,
      },
      overrideApplicationTrack: { track: 'young', reason: 'Предпочтение кандидата', version: 1 },
      requestDocumentUpload: { requirementId: 'resume', fileName: 'resume.pdf', contentType: 'application/pdf', size: 2048 },
      savePartnerOrganisation: { ...organisationContent(), version: 1 },
      withdrawDataSharing: { purpose: 'region' },
      saveMachineClient: { name: 'Кадровый портал (тест)' },
      startReleaseExport: { seasonId, format: 'csv' },
    },
  };
};
