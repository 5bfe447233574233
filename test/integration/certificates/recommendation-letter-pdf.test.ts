import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { handler } from '../../../functions/certificates/handler.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { invokeHandler } from '../../support/api-event.ts';
import { applicantClaims, type Claims } from '../../support/claims.ts';
import { pdfText } from '../../support/poppler.ts';
import { signedOffLetter } from '../../support/final-letter.ts';
import { issued, requestedCertificate, runIssuer } from './certificate-world.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);

const letterLink = (certificateId: string, claims: Claims) =>
  invokeHandler(handler, {
    method: 'GET',
    route: '/me/certificates/{certificateId}/recommendation-letter/pdf',
    pathParameters: { certificateId },
    claims,
  });

describe('the recommendation letter beside a certificate', { timeout: 120_000 }, () => {
  it('is a PDF with the mentor’s name and role once the mentor signs it off, for the holder alone', async () => {
    const { application, certificate } = await requestedCertificate(obedinenieNastavnikovTemplate, { last: 'Морозова', first: 'Дарья' });
    await runIssuer();
    assert.equal((await issued(certificate.id)).status, 'issued');
    const holder = applicantClaims(application.applicantId);

    const early = await letterLink(certificate.id, holder);
    assert.deepEqual([early.status, early.body['code']], [409, 'letter-not-final']);
    const listed = await invokeHandler(handler, { method: 'GET', route: '/me/certificates', claims: holder });
    assert.equal((listed.body['items'] as { recommendationLetter?: string }[])[0]?.recommendationLetter, undefined);

    await signedOffLetter(
      client,
      tableName,
      application,
      'Дарья довела проект мастерской робототехники до первых занятий: рекомендую её без оговорок.',
    );
    const answer = await letterLink(certificate.id, holder);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const pdf = new Uint8Array(await (await fetch(String(answer.body['url']))).arrayBuffer());
    const { stdout } = await pdfText(pdf);
    for (const words of ['Морозова Дарья', 'Лебедев Сергей Андреевич', 'Объединение наставников', 'мастерской робототехники'])
      assert.ok(stdout.replace(/\s+/g, ' ').includes(words), `${words} in ${stdout}`);
    const relisted = await invokeHandler(handler, { method: 'GET', route: '/me/certificates', claims: holder });
    assert.equal((relisted.body['items'] as { recommendationLetter?: string }[])[0]?.recommendationLetter, 'final');
    // A second download serves the kept PDF; anyone else's certificate id is a 404.
    assert.equal((await letterLink(certificate.id, holder)).status, 200);
    assert.equal((await letterLink(certificate.id, applicantClaims(randomUUID()))).status, 404);
  });
});
