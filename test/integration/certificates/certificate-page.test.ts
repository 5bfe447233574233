import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { gatewayInBrowser } from '../../support/gateway-in-browser.ts';
import { handler } from '../../../functions/certificates/handler.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { invokeHandler } from '../../support/api-event.ts';
import { staffClaims } from '../../support/claims.ts';
import { issued, requestedCertificate, runIssuer } from './certificate-world.ts';

const { gateway, browser } = gatewayInBrowser('certificate-page');

/** What a person reads on the page: the verdict and the details, label by label. */
const read = async (url: string) => {
  const context = await browser().newContext({ viewport: { width: 360, height: 760 } });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const response = await page.goto(url);
    assert.equal(response?.status(), 200, url);
    const labels = await page.locator('dt').allTextContents();
    const values = await page.locator('dd').allTextContents();
    return {
      status: response?.status(),
      verdict: await page.getByRole('status').textContent(),
      state: await page.getByRole('status').getAttribute('data-state'),
      details: Object.fromEntries(labels.map((label, index) => [label, values[index]])),
      checkLink: await page.getByRole('link').first().getAttribute('href'),
      images: await page.locator('img').count(),
      problems,
    };
  } finally {
    await context.close();
  }
};

describe('the certificate’s public page in a browser', { timeout: 120_000 }, () => {
  it('shows anyone the verdict and the certificate’s facts in Russian or English, escaped, then revoked with the date', async () => {
    const { application, certificate } = await requestedCertificate(prokadryTemplate, {
      last: 'Ёлкина',
      first: '<img src=x onerror=alert(1)>',
    });
    await runIssuer();
    const done = await issued(certificate.id);
    const url = `${gateway().url}/certificates/${certificate.id}`;

    const russian = await read(url);
    assert.equal(russian.status, 200);
    assert.deepEqual([russian.verdict, russian.state], ['Сертификат действителен', 'valid']);
    assert.equal(russian.details['Владелец'], 'Ёлкина <img src=x onerror=alert(1)>', 'the name is text, never markup');
    assert.equal(russian.images, 0);
    assert.equal(russian.details['Номер'], done.number);
    assert.equal(russian.details['Программа'], 'ПроКадры');
    assert.match(russian.checkLink ?? '', /\/verify\/index\.html\?id=.+&lang=ru$/u);
    assert.deepEqual(russian.problems, []);

    const english = await read(`${url}?lang=en`);
    assert.equal(english.verdict, 'The certificate is valid');
    assert.equal(english.details['Achievement'], 'Graduate of the ProKadry project');

    const revoked = await invokeHandler(handler, {
      method: 'POST',
      route: '/certificates/{certificateId}/revocation',
      pathParameters: { certificateId: certificate.id },
      claims: staffClaims(application.programmeId),
      body: { reason: 'Выдан по ошибке', version: done.version },
    });
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    const after = await read(url);
    assert.equal(after.state, 'revoked');
    assert.match(after.verdict ?? '', /^Сертификат отозван \d{1,2} [а-я]+ \d{4}/u);
    assert.equal((await fetch(`${gateway().url}/certificates/00000000-0000-4000-8000-000000000000`)).status, 404);
  });
});
