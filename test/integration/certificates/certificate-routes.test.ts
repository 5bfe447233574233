import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Bitstring } from '@digitalbazaar/bitstring';
import { describe, it } from 'vitest';
import { handler } from '../../../functions/certificates/handler.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import type { Certificate } from '../../../shared/certificates/certificate-schema.ts';
import { invokeHandler, type HandlerResponse } from '../../support/api-event.ts';
import { applicantClaims, staffClaims, type Claims } from '../../support/claims.ts';
import { issued, published, requestedCertificate, runIssuer } from './certificate-world.ts';

const ROUTES = {
  mine: '/me/certificates',
  pdf: '/me/certificates/{certificateId}/pdf',
  credential: '/me/certificates/{certificateId}/credential',
  season: '/seasons/{seasonId}/certificates',
  revocation: '/certificates/{certificateId}/revocation',
  verification: '/certificates/{certificateId}/verification',
} as const;

const get = (route: string, pathParameters: Record<string, string>, claims?: Claims): Promise<HandlerResponse> =>
  invokeHandler(handler, { method: 'GET', route, pathParameters, ...(claims === undefined ? {} : { claims }) });

const revoke = (certificateId: string, claims: Claims, body: unknown): Promise<HandlerResponse> =>
  invokeHandler(handler, { method: 'POST', route: ROUTES.revocation, pathParameters: { certificateId }, claims, body });

const decodePayload = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

/** The published status list's bits, as any verifier decodes them. */
const publishedBits = async (listId: number): Promise<Bitstring> => {
  const file = await published(`status/${listId}.jwt`);
  assert.equal(file.status, 200);
  const encodedList = (decodePayload(file.body)['credentialSubject'] as { encodedList: string }).encodedList;
  return new Bitstring({ buffer: await Bitstring.decodeBits({ encoded: encodedList.slice(1) }) });
};

const issuedNow = async (id: string): Promise<Certificate> => {
  await runIssuer();
  const certificate = await issued(id);
  assert.equal(certificate.status, 'issued');
  return certificate;
};

const slotOf = (certificate: Certificate) => certificate.statusList ?? assert.fail(`${certificate.id} has no status slot`);

describe('certificate routes', { timeout: 120_000 }, () => {
  it('shows the holder their certificate, its PDF and credential, and nobody else', async () => {
    const { application, certificate } = await requestedCertificate(obedinenieNastavnikovTemplate, { last: 'Зайцева', first: 'Дарья' });
    const holder = applicantClaims(application.applicantId);
    const stranger = applicantClaims(`applicant-${randomUUID()}`);

    const requested = await get(ROUTES.mine, {}, holder);
    assert.equal(requested.status, 200);
    assert.deepEqual(
      (requested.body['items'] as Record<string, unknown>[]).map((item) => [
        item['id'],
        item['status'],
        item['number'],
        item['linkedInUrl'],
      ]),
      [[certificate.id, 'requested', undefined, undefined]],
    );
    const early = await get(ROUTES.pdf, { certificateId: certificate.id }, holder);
    assert.deepEqual([early.status, early.body['code']], [409, 'certificate-not-issued']);

    const done = await issuedNow(certificate.id);
    const [item] = (await get(ROUTES.mine, {}, holder)).body['items'] as Record<string, unknown>[];
    assert.ok(item);
    assert.equal(item['status'], 'issued');
    assert.equal(item['number'], done.number);
    assert.match(String(item['verificationUrl']), new RegExp(`verify/index\\.html\\?id=${certificate.id}$`, 'u'));
    assert.match(String(item['linkedInUrl']), /^https:\/\/www\.linkedin\.com\//u);

    const link = await get(ROUTES.pdf, { certificateId: certificate.id }, holder);
    assert.equal(link.status, 200);
    const download = await fetch(String(link.body['url']));
    assert.equal(download.status, 200);
    assert.equal(
      Buffer.from(await download.arrayBuffer())
        .subarray(0, 4)
        .toString('latin1'),
      '%PDF',
    );

    const credential = await get(ROUTES.credential, { certificateId: certificate.id }, holder);
    assert.equal(credential.status, 200);
    const file = await published(`credentials/${certificate.id}.jwt`);
    assert.deepEqual([file.status, credential.body['jwt']], [200, file.body]);
    assert.deepEqual((credential.body['credential'] as Record<string, unknown>)['type'], ['VerifiableCredential', 'OpenBadgeCredential']);

    for (const route of [ROUTES.pdf, ROUTES.credential]) {
      const refused = await get(route, { certificateId: certificate.id }, stranger);
      assert.equal(refused.status, 404, JSON.stringify(refused.body));
    }
    const strangers = await get(ROUTES.mine, {}, stranger);
    assert.deepEqual([strangers.status, strangers.body['items']], [200, []]);

    const check = await get(ROUTES.verification, { certificateId: certificate.id });
    assert.equal(check.status, 200, JSON.stringify(check.body));
    assert.deepEqual([check.body['status'], check.body['number'], check.body['holderName']], ['valid', done.number, 'Зайцева Дарья']);
    assert.equal(check.body['revokedAt'], undefined);
  });

  it('lets staff of the programme alone list and revoke, and publishes the revocation', async () => {
    const { application, certificate } = await requestedCertificate(prokadryTemplate, { last: 'Орлов', first: 'Пётр' });
    const done = await issuedNow(certificate.id);
    const holder = applicantClaims(application.applicantId);
    const staff = staffClaims(application.programmeId);
    const otherStaff = staffClaims(`elsewhere-${randomUUID().slice(0, 8)}`);
    const reason = 'Выдан по ошибке: этап не пройден';

    const elsewhere = await get(ROUTES.season, { seasonId: application.seasonId }, otherStaff);
    assert.equal(elsewhere.status, 404, JSON.stringify(elsewhere.body));
    const refused = await revoke(certificate.id, otherStaff, { reason, version: done.version });
    assert.equal(refused.status, 404, JSON.stringify(refused.body));
    const stale = await revoke(certificate.id, staff, { reason, version: done.version + 5 });
    assert.deepEqual([stale.status, stale.body['code']], [409, 'version-conflict']);

    const season = await get(ROUTES.season, { seasonId: application.seasonId }, staff);
    assert.equal(season.status, 200);
    assert.deepEqual(
      (season.body['items'] as Record<string, unknown>[]).map((item) => [item['id'], item['status'], item['credentialJwt']]),
      [[certificate.id, 'issued', undefined]],
    );

    const revoked = await revoke(certificate.id, staff, { reason, version: done.version });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    assert.equal(revoked.body['status'], 'revoked');
    const revokedAt = (revoked.body['revocation'] as { at: string }).at;

    const check = await get(ROUTES.verification, { certificateId: certificate.id });
    assert.deepEqual([check.status, check.body['status'], check.body['revokedAt']], [200, 'revoked', revokedAt]);
    assert.equal((await publishedBits(slotOf(done).listId)).get(slotOf(done).index), true);
    const dated = await published(`credentials/${certificate.id}.revocation.json`);
    assert.deepEqual([dated.status, JSON.parse(dated.body)], [200, { revokedAt }]);

    const [item] = (await get(ROUTES.mine, {}, holder)).body['items'] as Record<string, unknown>[];
    assert.deepEqual([item?.['status'], item?.['revokedAt'], item?.['linkedInUrl']], ['revoked', revokedAt, undefined]);

    const again = await revoke(certificate.id, staff, { reason, version: done.version });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    const otherReason = await revoke(certificate.id, staff, { reason: 'Другая причина', version: done.version + 1 });
    assert.deepEqual([otherReason.status, otherReason.body['code']], [409, 'certificate-revoked']);
  });

  it('loses no revocation when staff revoke many certificates at once', async () => {
    const requested = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        requestedCertificate(prokadryTemplate, { last: 'Сидорова', first: `Анна${'а'.repeat(index)}` }),
      ),
    );
    await runIssuer();
    const certificates = await Promise.all(requested.map(({ certificate }) => issued(certificate.id)));
    assert.deepEqual(
      certificates.map((certificate) => certificate.status),
      certificates.map(() => 'issued'),
    );
    const answers = await Promise.all(
      requested.map(({ application }, index) => {
        const certificate = certificates[index] ?? assert.fail('the certificate');
        return revoke(certificate.id, staffClaims(application.programmeId), { reason: 'Отозван проверкой', version: certificate.version });
      }),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status),
      answers.map(() => 200),
      JSON.stringify(answers.map((answer) => answer.body)),
    );
    for (const certificate of certificates) {
      const slot = slotOf(certificate);
      assert.equal(
        (await publishedBits(slot.listId)).get(slot.index),
        true,
        `${certificate.id}'s bit ${slot.index} in list ${slot.listId}`,
      );
    }
  });

  it('refuses hostile input with a 4xx', async () => {
    const staff = staffClaims('*');
    const malformed = await get(ROUTES.verification, { certificateId: 'not-a-uuid' });
    assert.equal(malformed.status, 400, JSON.stringify(malformed.body));
    const unknown = await get(ROUTES.verification, { certificateId: randomUUID() });
    assert.equal(unknown.status, 404, JSON.stringify(unknown.body));
    const unknownRevocation = await revoke(randomUUID(), staff, { reason: 'Нет такого', version: 1 });
    assert.equal(unknownRevocation.status, 404, JSON.stringify(unknownRevocation.body));
    const long = await revoke(randomUUID(), staff, { reason: 'я'.repeat(2000), version: 1 });
    assert.equal(long.status, 400, JSON.stringify(long.body));
    const badId = await revoke('../../etc', staff, { reason: 'Нет', version: 1 });
    assert.equal(badId.status, 400, JSON.stringify(badId.body));
  });
});
