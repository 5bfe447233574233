import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbConsentRepository } from '../../shared/adapters/dynamodb/dynamodb-consent-repository.ts';
import { DynamoDbProfileRepository } from '../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { DynamoDbReleaseStore } from '../../shared/adapters/dynamodb/dynamodb-release-store.ts';
import { DATA_SHARING_FIELDS } from '../../shared/applicants/domain/consents/data-sharing.ts';
import { releaseIdOf } from '../../shared/releases/domain/release-id.ts';
import { validUntilOf } from '../../shared/releases/domain/release-validity.ts';
import { plantedProfile } from '../support/planted-profile.ts';
import type { BenchIds } from './scenarios.ts';

/**
 * A ПроКадры finalist of the bench season whose data was released to the pass's youth-policy body
 * (Perm Krai, registered by savePartnerOrganisation just before): consent to processing and to
 * sharing every field with the region, a profile, an application at the federal internship, and the
 * release the move's effect would have made. The release routes then read a real release.
 */
export const seedRelease = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  ids: Pick<BenchIds, 'programmeId' | 'seasonId' | 'partnerOrganisationId'>,
): Promise<BenchIds['releases']> => {
  const sub = randomUUID();
  const now = new Date();
  const at = now.toISOString();
  const consents = new DynamoDbConsentRepository(client, tableName);
  await consents.append(sub, { id: randomUUID(), kind: 'personal-data', textVersion: 'pd-2026-01', at });
  const consentId = randomUUID();
  await consents.append(sub, {
    id: consentId,
    kind: 'data-sharing',
    purpose: 'region',
    textVersion: 'dsr-2026-01',
    fields: [...DATA_SHARING_FIELDS],
    at,
  });
  await new DynamoDbProfileRepository(client, tableName).save(sub, plantedProfile(), 0, at);
  const applicationId = randomUUID();
  await new DynamoDbApplicationRepository(client, tableName).create(
    {
      id: applicationId,
      seasonId: ids.seasonId,
      programmeId: ids.programmeId,
      applicantId: sub,
      stage: 'federal-internship',
      answers: {},
      track: { track: 'young', assignedAt: at },
      region: '59',
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 1,
    },
    { at, version: 1, kind: 'created', actor: 'applicant' },
  );
  const releaseId = releaseIdOf(applicationId, ids.partnerOrganisationId, 'region');
  await new DynamoDbReleaseStore(client, tableName).create({
    id: releaseId,
    purpose: 'region',
    organisationId: ids.partnerOrganisationId,
    region: '59',
    applicationId,
    applicantId: sub,
    programmeId: ids.programmeId,
    seasonId: ids.seasonId,
    consentId,
    fields: [...DATA_SHARING_FIELDS],
    interviewRubrics: ['expert-interview', 'ministry-interview'],
    move: { from: 'federal-interview', to: 'federal-internship', version: 1 },
    releasedAt: at,
    validUntil: validUntilOf(now, 365),
  });
  return {
    applicationId,
    releaseId,
    applicant: { sub, 'cognito:groups': '[applicant]', email: `${sub}@example.org` },
    clientId: `bench-portal-${randomUUID().slice(0, 8)}`,
    exportId: '00000000-0000-4000-8000-00000000e1e1',
    exportKey: 'A'.repeat(43),
  };
};
