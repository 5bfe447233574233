import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { certificateDependenciesFromEnv } from '../../shared/adapters/certificates/certificate-dependencies-from-env.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbProfileRepository } from '../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import type { Application } from '../../shared/applications/application-schema.ts';
import { prokadryTemplate } from '../../shared/catalogue/domain/templates/prokadry.ts';
import { issueRequestedCertificates } from '../../shared/certificates/use-cases/issue-requested-certificates.ts';
import { requestCertificate } from '../../shared/certificates/use-cases/request-certificate.ts';
import { storeConsent } from '../support/consent-items.ts';
import { baseProfile } from '../support/profile-fixtures.ts';
import { signedOffLetter } from '../support/final-letter.ts';
import { seedOpenSeason } from '../support/seed-open-season.ts';
import { waitFor } from '../support/wait-for.ts';
import type { BenchIds } from './scenarios.ts';

/**
 * A ПроКадры graduate of a season of their own with their certificate issued, for the certificates
 * routes: the application reached the certifying stage, the move's effect requested the
 * certificate and the issuer signed, rendered and published it, each through the certificates use
 * cases (none of it measured). The holder is an applicant of their own, with a profile (the
 * certificate's name) and consent: the bench's applicant has withdrawn consent by this point.
 */
export const seedIssuedCertificate = async (client: DynamoDBDocumentClient, tableName: string): Promise<BenchIds['certificates']> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, { template: prokadryTemplate, prefix: 'bench-certificates' });
  const stage = prokadryTemplate.settings.certificates?.achievements[0]?.stage;
  if (stage === undefined) throw new Error('The ПроКадры template certifies no stage');
  const applicantId = randomUUID();
  const at = new Date().toISOString();
  await storeConsent(client, tableName, applicantId, at);
  const { version: _version, ...profile } = {
    ...baseProfile(),
    name: { last: 'Ёлкина', first: 'Анастасия', patronymic: 'Вячеславовна' },
    contacts: { email: `${applicantId}@example.org` },
  };
  await new DynamoDbProfileRepository(client, tableName).save(applicantId, profile, 0, at);
  const application: Application = {
    id: randomUUID(),
    seasonId,
    programmeId,
    applicantId,
    stage,
    answers: {},
    track: { track: 'young', assignedAt: at },
    language: 'ru',
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    version: 9,
  };
  await new DynamoDbApplicationRepository(client, tableName).create(application, {
    at,
    version: 9,
    kind: 'stage-changed',
    actor: 'staff:bench',
    fromStage: 'closing',
    toStage: stage,
  });
  const [programme, season] = await Promise.all([
    new DynamoDbProgrammeRepository(client, tableName).find(programmeId),
    new DynamoDbSeasonRepository(client, tableName).find(seasonId),
  ]);
  if (programme === undefined || season === undefined) throw new Error('The bench’s certifying season is gone');
  const deps = certificateDependenciesFromEnv();
  const requested = await requestCertificate(deps, { application, programme, season, move: { to: stage } });
  if (requested !== 'requested') throw new Error(`The bench’s certificate was not requested: ${requested}`);
  await waitFor(
    async () => {
      const report = await issueRequestedCertificates(deps, { budgetMs: 60_000, holder: `bench-${randomUUID()}` });
      return report.outcome === 'lease-held' ? undefined : report;
    },
    { description: 'the issuer’s lease to be free', timeoutMs: 60_000 },
  );
  // The mentor's signed-off letter for the graduate, so the letter's PDF route renders it as a holder's first download does.
  await signedOffLetter(
    client,
    tableName,
    application,
    'Анастасия прошла стажировку в министерстве с блеском: самостоятельна, точна и внимательна к людям. '.repeat(30).trim(),
  );
  const { items } = await deps.certificates.ofHolder(applicantId, { limit: 1 });
  const certificate = items[0];
  if (certificate?.status !== 'issued') throw new Error(`The bench’s certificate was not issued: ${certificate?.status ?? 'none'}`);
  return {
    seasonId,
    staff: { sub: 'staff-bench', 'cognito:groups': '[staff]', 'custom:programmes': programmeId },
    holder: { sub: applicantId, 'cognito:groups': '[applicant]', email: `${applicantId}@example.org` },
    certificateId: certificate.id,
    version: certificate.version,
  };
};

/** The certificate's version as the store holds it now, which staff send with the revocation. */
export const storedCertificateVersion = async (certificateId: string): Promise<number> => {
  const certificate = await certificateDependenciesFromEnv().certificates.find(certificateId);
  if (certificate === undefined) throw new Error(`The bench’s certificate ${certificateId} is gone`);
  return certificate.version;
};
