import assert from 'node:assert/strict';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { type DIDDocument, Resolver } from 'did-resolver';
import { certificateDependenciesFromEnv } from '../../../shared/adapters/certificates/certificate-dependencies-from-env.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbProfileRepository } from '../../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { s3Client } from '../../../shared/adapters/s3/s3-client.ts';
import type { Application } from '../../../shared/applications/application-schema.ts';
import type { ProgrammeTemplate } from '../../../shared/catalogue/domain/templates/programme-template.ts';
import type { Certificate } from '../../../shared/certificates/certificate-schema.ts';
import { certificatePdfKey } from '../../../shared/certificates/use-cases/issue-certificate.ts';
import { requestCertificate } from '../../../shared/certificates/use-cases/request-certificate.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { DynamoDbProgrammeRepository } from '../../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';
import { storedApplication } from '../../support/stored-application.ts';
import { didWebDocumentUrl } from '../../support/published-did-resolver.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);

export const certificates = () => certificateDependenciesFromEnv();

/** A holder of `template`'s certifying stage with a profile named `name`, and their certificate requested as the effect requests it. */
export const requestedCertificate = async (
  template: ProgrammeTemplate,
  name: { readonly last: string; readonly first: string; readonly patronymic?: string },
  options: { readonly language?: 'ru' | 'en'; readonly track?: string } = {},
): Promise<{ readonly application: Application; readonly certificate: Certificate }> => {
  const { programmeId, seasonId } = await seedOpenSeason(client, tableName, { template, prefix: 'cert' });
  const stage = template.settings.certificates?.achievements[0]?.stage ?? assert.fail(`${template.id} certifies nothing`);
  const application = await storedApplication({
    programmeId,
    seasonId,
    stage,
    ...(options.track === undefined ? {} : { track: options.track }),
  });
  const saved = await new DynamoDbProfileRepository(client, tableName).save(
    application.applicantId,
    { ...baseProfile(), name, preferredLanguage: options.language ?? 'ru' },
    0,
    new Date().toISOString(),
  );
  assert.ok(saved.saved, 'the holder’s profile');
  const [programme, season] = await Promise.all([
    new DynamoDbProgrammeRepository(client, tableName).find(programmeId),
    new DynamoDbSeasonRepository(client, tableName).find(seasonId),
  ]);
  assert.ok(programme !== undefined && season !== undefined);
  const moved = { ...application, language: options.language ?? 'ru' };
  assert.equal(await requestCertificate(certificates(), { application: moved, programme, season, move: { to: stage } }), 'requested');
  const { items } = await certificates().certificates.ofHolder(application.applicantId, { limit: 10 });
  return { application: moved, certificate: items[0] ?? assert.fail('no certificate recorded') };
};

export { runIssuer } from '../../support/run-issuer.ts';

export const issued = async (certificateId: string): Promise<Certificate> =>
  (await certificates().certificates.find(certificateId)) ?? assert.fail(`certificate ${certificateId} is gone`);

/** A file of the verification site, fetched over HTTP as anyone would. */
export const published = async (
  path: string,
): Promise<{ readonly status: number; readonly body: string; readonly contentType: string | null }> => {
  const response = await fetch(`${requireEnv(ENV.certificatesPublicUrl)}/${path}`);
  return { status: response.status, body: await response.text(), contentType: response.headers.get('content-type') };
};

/**
 * A did:web resolver that reads the DID document over HTTP where the method's rules put it. The
 * method says https; the local site speaks http, the only liberty taken.
 */
export const httpDidResolver = (): Resolver =>
  new Resolver({
    web: async (did) => {
      const url = didWebDocumentUrl(did).replace(/^https:/, new URL(requireEnv(ENV.certificatesPublicUrl)).protocol);
      const response = await fetch(url);
      return response.ok
        ? {
            didDocument: (await response.json()) as DIDDocument,
            didDocumentMetadata: {},
            didResolutionMetadata: { contentType: 'application/did+json' },
          }
        : { didDocument: null, didDocumentMetadata: {}, didResolutionMetadata: { error: 'notFound' } };
    },
  });

/** The certificate's PDF as stored in the private bucket. */
export const storedPdf = async (certificateId: string): Promise<Uint8Array> => {
  const object = await s3Client().send(
    new GetObjectCommand({ Bucket: requireEnv(ENV.documentsBucket), Key: certificatePdfKey(certificateId) }),
  );
  return new Uint8Array(await (object.Body ?? assert.fail('no PDF')).transformToByteArray());
};
