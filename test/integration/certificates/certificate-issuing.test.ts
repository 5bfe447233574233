import assert from 'node:assert/strict';
import { Bitstring } from '@digitalbazaar/bitstring';
import { verifyCredential } from 'did-jwt-vc';
import { describe, it } from 'vitest';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { embeddedFile, pagePng, pdfText, qrText } from '../../support/poppler.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { issueCertificate } from '../../../shared/certificates/use-cases/issue-certificate.ts';
import { certificates, httpDidResolver, issued, published, requestedCertificate, runIssuer, storedPdf } from './certificate-world.ts';

const decodePayload = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

describe('issuing certificates', { timeout: 120_000 }, () => {
  it('signs, renders and publishes a requested certificate, which an independent verifier checks from the published files alone', async () => {
    const { certificate } = await requestedCertificate(
      prokadryTemplate,
      { last: 'Ёлкина', first: 'Анастасия', patronymic: 'Вячеславовна' },
      { track: 'pro' },
    );
    assert.equal(certificate.status, 'requested');
    assert.equal(certificate.holderName, 'Ёлкина Анастасия Вячеславовна');

    const report = await runIssuer();
    assert.ok(report.issued >= 1, JSON.stringify(report));
    const done = await issued(certificate.id);
    assert.equal(done.status, 'issued');
    assert.match(done.number ?? '', /^ПК-\d{4}-\d{6}$/u);
    const jwt = done.credentialJwt ?? assert.fail('no credential');

    // The published credential is the one recorded, and did-jwt-vc verifies it with only the published DID document.
    const file = await published(`credentials/${certificate.id}.jwt`);
    assert.deepEqual([file.status, file.body], [200, jwt]);
    const verified = await verifyCredential(jwt, httpDidResolver(), { policies: { format: false } });
    assert.equal(verified.verified, true);
    const credential = decodePayload(jwt);
    assert.deepEqual(credential['type'], ['VerifiableCredential', 'OpenBadgeCredential']);
    assert.equal(credential['description'], `№ ${done.number}`);
    const tampered = [
      jwt.split('.')[0],
      Buffer.from(JSON.stringify({ ...credential, name: 'Подделка' })).toString('base64url'),
      jwt.split('.')[2],
    ].join('.');
    await assert.rejects(verifyCredential(tampered, httpDidResolver(), { policies: { format: false } }));

    // Its status list is published, signed by the same issuer, with its bit clear.
    const status = credential['credentialStatus'] as { statusListCredential: string; statusListIndex: string };
    const listResponse = await fetch(status.statusListCredential);
    assert.equal(listResponse.status, 200);
    const listJwt = await listResponse.text();
    assert.equal((await verifyCredential(listJwt, httpDidResolver(), { policies: { format: false } })).verified, true);
    const encodedList = (decodePayload(listJwt)['credentialSubject'] as { encodedList: string }).encodedList;
    const bits = new Bitstring({ buffer: await Bitstring.decodeBits({ encoded: encodedList.slice(1) }) });
    assert.equal(bits.get(Number(status.statusListIndex)), false);

    // The PDF carries the holder's Cyrillic name, the number, a QR code to the verification URL, and the credential itself.
    const pdf = await storedPdf(certificate.id);
    const { stdout } = await pdfText(pdf);
    assert.ok(stdout.includes('Ёлкина Анастасия Вячеславовна'), stdout);
    assert.ok(stdout.includes(done.number ?? ''), stdout);
    const verificationUrl = `${new URL(status.statusListCredential).href.replace(/status\/\d+\.jwt$/, '')}verify/index.html?id=${certificate.id}`;
    assert.equal(qrText(await pagePng(pdf)), verificationUrl);
    assert.equal(new TextDecoder().decode(await embeddedFile(pdf, 'credential.jwt')), jwt);

    // The holder is told, once.
    assert.ok(await storedMail(`certificate-issued:${certificate.id}`), 'the holder’s mail');
  });

  it('issues each certificate once, whatever runs again: numbers count per programme and year, revocation slots across them all', async () => {
    const [first, second] = await Promise.all([
      requestedCertificate(obedinenieNastavnikovTemplate, { last: 'Морозова', first: 'Дарья' }),
      requestedCertificate(obedinenieNastavnikovTemplate, { last: 'Smith', first: 'John' }, { language: 'en' }),
    ]);
    await runIssuer();
    const [a, b] = await Promise.all([issued(first.certificate.id), issued(second.certificate.id)]);
    assert.deepEqual([a.status, b.status], ['issued', 'issued']);
    // Two programmes (each test seeds its own): each starts its year's numbers at one; the status list is shared.
    assert.match(a.number ?? '', /^ОН-\d{4}-000001$/u);
    assert.match(b.number ?? '', /^ОН-\d{4}-000001$/u);
    assert.notDeepEqual(a.statusList, b.statusList);
    await runIssuer();
    const again = await issued(first.certificate.id);
    assert.deepEqual([again.version, again.number, again.credentialJwt], [a.version, a.number, a.credentialJwt]);
    // The English holder's credential speaks English.
    assert.match(String(decodePayload(b.credentialJwt ?? '')['description']), /^No\. ОН-/u);
  });

  it('issues a certificate once however many issuers take it at once, lease or not: one number, one slot, one mail', async () => {
    const { certificate } = await requestedCertificate(prokadryTemplate, { last: 'Гонка', first: 'Вера' });
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => issueCertificate(certificates(), certificate)));
    assert.equal(outcomes.filter((outcome) => outcome === 'issued').length, 1, outcomes.join(', '));
    const done = await issued(certificate.id);
    assert.equal(done.status, 'issued');
    // Every racer that lost left nothing of its own: the published credential is the recorded one.
    assert.equal((await published(`credentials/${certificate.id}.jwt`)).body, done.credentialJwt);
    assert.equal(done.version, 3, 'numbered once, issued once');
  });
});
