import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  type CertificateFacts,
  createVerificationSite,
  newSigningKey,
  openBadgeCredential,
  signCredentialJwt,
  statusListJwt,
  type VerificationSite,
} from './verification-site.ts';

/** Debian's Chromium (apt-get install chromium; .ci/run installs it): tests never download a browser. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Screenshots of what a reader sees, kept for a person to look at (.local is git-ignored). */
const SCREENSHOTS = fileURLToPath(new URL('../../../.local/test-artefacts/verifier-page/', import.meta.url));

const HOLDER = 'Анна Сергеевна Кузнецова';
const ISSUED_AT = new Date('2026-02-10T12:00:00Z');
const REVOKED_AT = '2026-03-03T09:00:00.000Z';
const HOSTILE_NAME = '<img src=x onerror="window.__injected=true">Мария';
/**
 * Status list positions: the revoked one and a valid one share byte 0 (0b0010_0100), so a verifier
 * reading bits in the wrong order would see the valid certificate revoked and the revoked one valid.
 */
const VALID_INDEX = 2;
const REVOKED_INDEX = 5;

const ids = {
  valid: randomUUID(),
  revoked: randomUUID(),
  tampered: randomUUID(),
  foreignKey: randomUUID(),
  hostile: randomUUID(),
  notYetValid: randomUUID(),
  unlistedStatus: randomUUID(),
};

let site: VerificationSite;
let browser: Browser;
let validJwt: string;

const facts = (certificateId: string, index: number, changes: Partial<CertificateFacts> = {}): CertificateFacts => ({
  certificateId,
  holderName: HOLDER,
  issuedAt: ISSUED_AT,
  statusList: { listId: 1, index },
  number: 'ПК-2026-000123',
  ...changes,
});

const publishCredential = (certificateId: string, jwt: string) =>
  site.publish(`credentials/${certificateId}.jwt`, jwt, 'application/vc+jwt');

/** The same credential with another holder written into its payload after signing. */
const tamperedWith = (jwt: string, holderName: string): string => {
  const [header, payload, signature] = jwt.split('.');
  const credential = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
  credential.credentialSubject.identifier[0].identityHash = holderName;
  return [header, Buffer.from(JSON.stringify(credential)).toString('base64url'), signature].join('.');
};

beforeAll(async () => {
  site = await createVerificationSite();
  const sign = (certificateFacts: CertificateFacts, key = site.key) =>
    signCredentialJwt(openBadgeCredential(site, certificateFacts), site.did, key, certificateFacts.issuedAt);
  const inTwoDays = new Date(Date.now() + 2 * 24 * 3600 * 1000);

  validJwt = await sign(facts(ids.valid, VALID_INDEX));
  await Promise.all([
    site.publish('status/1.jwt', await statusListJwt(site, 1, [REVOKED_INDEX]), 'application/vc+jwt'),
    publishCredential(ids.valid, validJwt),
    publishCredential(ids.revoked, await sign(facts(ids.revoked, REVOKED_INDEX))),
    site.publish(`credentials/${ids.revoked}.revocation.json`, JSON.stringify({ revokedAt: REVOKED_AT }), 'application/json'),
    publishCredential(ids.tampered, tamperedWith(await sign(facts(ids.tampered, 3)), 'Иван Подделкин')),
    // A forger's own key, named as the issuer's: the DID document's key does not verify it.
    publishCredential(ids.foreignKey, await sign(facts(ids.foreignKey, 4, { holderName: 'Иван Подделкин' }), await newSigningKey())),
    publishCredential(ids.hostile, await sign(facts(ids.hostile, 6, { holderName: HOSTILE_NAME }))),
    publishCredential(ids.notYetValid, await sign(facts(ids.notYetValid, 7, { issuedAt: inTwoDays }))),
    // Its status list, status/2.jwt, was never published.
    publishCredential(ids.unlistedStatus, await sign(facts(ids.unlistedStatus, 0, { statusList: { listId: 2, index: 0 } }))),
  ]);
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
});

interface Visit {
  readonly page: Page;
  /** The page's own context, closed with it (a context left open would be closed under a test that has ended). */
  readonly context: BrowserContext;
  /** Every request the page made that left the verification site's origin. */
  readonly elsewhere: () => readonly string[];
  readonly problems: readonly string[];
}

/** Opens the page as a phone (360 px wide) in `locale` unless told otherwise, and waits for its verdict. */
const visit = async (url: string, options: { readonly locale?: string; readonly width?: number } = {}): Promise<Visit> => {
  const context = await browser.newContext({ viewport: { width: options.width ?? 360, height: 760 }, locale: options.locale ?? 'ru-RU' });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  await page.locator('#verdict:not([data-state="checking"])').waitFor();
  const origin = new URL(site.base).origin;
  return {
    page,
    context,
    problems,
    elsewhere: () => requests.filter((request) => !request.startsWith('data:') && new URL(request).origin !== origin),
  };
};

/** Text as read: dates are joined by non-breaking spaces so that they never wrap. */
const read = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ');

/** What a reader is told: the announced verdict and the details list, label by label. */
const verdictOf = async (page: Page) => {
  const labels = await page.locator('#facts dt').allTextContents();
  const values = await page.locator('#facts dd').allTextContents();
  return {
    state: await page.locator('#verdict').getAttribute('data-state'),
    title: read(await page.getByRole('status').locator('.verdict-title').textContent()),
    explanation: read(await page.locator('#verdict-explanation').textContent()),
    details: Object.fromEntries(labels.map((label, index) => [label, read(values[index] ?? null)])),
  };
};

const closeClean = async (visit: Visit): Promise<void> => {
  assert.deepEqual(visit.elsewhere(), [], 'every request goes to the verification site, none to the API or anywhere else');
  await visit.context.close();
};

describe('the certificate verifier page, served by the local S3 with no API running', () => {
  it('shows a valid certificate as Действителен with the holder’s name and its details, fits a phone and asks nothing of elsewhere', async () => {
    const shown = await visit(site.pageUrl(ids.valid, 'ru'));
    const verdict = await verdictOf(shown.page);
    assert.equal(verdict.state, 'valid');
    assert.equal(verdict.title, 'Действителен');
    assert.deepEqual(verdict.details, {
      Владелец: HOLDER,
      Сертификат: 'Финалист — ПроКадры',
      Достижение: 'Финалист',
      Описание: 'Финалист сезона 2026 программы «ПроКадры»',
      Выдан: 'ПроКадры',
      'Дата выдачи': '10 февраля 2026 г.',
      Номер: 'ПК-2026-000123',
    });
    assert.ok(await shown.page.getByRole('heading', { level: 1, name: 'Проверка сертификата' }).isVisible());
    assert.ok((await shown.page.evaluate<number>('document.documentElement.scrollWidth')) <= 360, 'nothing wider than a 360 px phone');
    await shown.page.screenshot({ path: `${SCREENSHOTS}valid-360.png`, fullPage: true });
    assert.deepEqual(shown.problems, [], `no script error and no refusal by the content security policy: ${shown.problems.join(' | ')}`);
    await closeClean(shown);

    const wide = await visit(site.pageUrl(ids.valid, 'ru'), { width: 1024 });
    await wide.page.screenshot({ path: `${SCREENSHOTS}valid-1024.png`, fullPage: true });
    await closeClean(wide);
  });

  it('shows a revoked certificate as revoked on its date, in English too after switching language', async () => {
    const shown = await visit(site.pageUrl(ids.revoked, 'ru'));
    let verdict = await verdictOf(shown.page);
    assert.equal(verdict.state, 'revoked');
    assert.equal(verdict.title, 'Отозван 3 марта 2026 г.');
    assert.equal(verdict.details['Владелец'], HOLDER);
    await shown.page.screenshot({ path: `${SCREENSHOTS}revoked-360.png`, fullPage: true });

    await shown.page.getByRole('button', { name: 'English' }).click();
    verdict = await verdictOf(shown.page);
    assert.equal(verdict.title, 'Revoked on 3 March 2026');
    assert.equal(verdict.details['Holder'], HOLDER);
    assert.equal(await shown.page.getAttribute('html', 'lang'), 'en');
    assert.equal(new URL(shown.page.url()).searchParams.get('lang'), 'en', 'the address keeps the language');
    assert.equal(await shown.page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
    await shown.page.screenshot({ path: `${SCREENSHOTS}revoked-360-en.png`, fullPage: true });
    await closeClean(shown);
  });

  it('refuses a credential changed after signing, and one signed by a key the issuer did not publish, showing none of their details', async () => {
    for (const id of [ids.tampered, ids.foreignKey]) {
      const shown = await visit(site.pageUrl(id, 'ru'));
      const verdict = await verdictOf(shown.page);
      assert.equal(verdict.state, 'invalid');
      assert.equal(verdict.title, 'Подпись неверна');
      assert.deepEqual(verdict.details, {});
      assert.equal(await shown.page.getByText('Подделкин').count(), 0, 'the forged holder is not shown');
      await closeClean(shown);
    }
  });

  it('answers Не найден for an id the site has not published, or one that is no id at all', async () => {
    for (const id of [randomUUID(), '../did']) {
      const shown = await visit(site.pageUrl(id, 'ru'));
      const verdict = await verdictOf(shown.page);
      assert.equal(verdict.state, 'not-found');
      assert.equal(verdict.title, 'Не найден');
      await closeClean(shown);
    }
  });

  it('speaks English when asked, and otherwise the reader’s browser language', async () => {
    for (const [url, locale] of [
      [site.pageUrl(ids.valid, 'en'), 'ru-RU'],
      [site.pageUrl(ids.valid), 'en-US'],
    ] as const) {
      const shown = await visit(url, { locale });
      const verdict = await verdictOf(shown.page);
      assert.equal(verdict.title, 'Valid');
      assert.equal(verdict.details['Holder'], HOLDER);
      assert.equal(verdict.details['Issued on'], '10 February 2026');
      assert.ok(await shown.page.getByRole('heading', { level: 1, name: 'Certificate verification' }).isVisible());
      assert.equal(await shown.page.title(), 'Certificate verification');
      await closeClean(shown);
    }
    const russian = await visit(site.pageUrl(ids.valid), { locale: 'ru-RU' });
    assert.equal((await verdictOf(russian.page)).title, 'Действителен');
    await closeClean(russian);
  });

  it('shows markup in a credential as text and runs none of it', async () => {
    const shown = await visit(site.pageUrl(ids.hostile, 'ru'));
    const verdict = await verdictOf(shown.page);
    assert.equal(verdict.state, 'valid');
    assert.equal(verdict.details['Владелец'], HOSTILE_NAME);
    assert.equal(await shown.page.locator('img').count(), 0);
    assert.equal(await shown.page.evaluate('window.__injected'), undefined);
    await closeClean(shown);
  });

  it('checks a pasted credential.jwt, line breaks and all, for someone who has only the PDF', async () => {
    const shown = await visit(site.pageUrl(undefined, 'ru'));
    assert.equal((await verdictOf(shown.page)).state, 'idle');
    const wrapped = validJwt.replace(/.{60}/g, '$&\n');
    await shown.page.getByLabel('Содержимое файла credential.jwt').fill(wrapped);
    await shown.page.getByRole('button', { name: 'Проверить' }).click();
    await shown.page.locator('#verdict[data-state="valid"]').waitFor();
    assert.equal((await verdictOf(shown.page)).details['Владелец'], HOLDER);
    await closeClean(shown);
  });

  it('says it could not check, and why, when the status list is missing, and that a credential issued for later is not yet in force', async () => {
    const unlisted = await visit(site.pageUrl(ids.unlistedStatus, 'ru'));
    let verdict = await verdictOf(unlisted.page);
    assert.equal(verdict.title, 'Не удалось проверить');
    assert.match(verdict.explanation, /список отозванных сертификатов недоступен/);
    assert.equal(verdict.details['Владелец'], HOLDER, 'the signature was checked: the holder is shown');
    await closeClean(unlisted);

    const early = await visit(site.pageUrl(ids.notYetValid, 'en'));
    verdict = await verdictOf(early.page);
    assert.equal(verdict.state, 'not-in-force');
    assert.equal(verdict.title, 'Not in force');
    assert.match(verdict.explanation, /valid only from/);
    await closeClean(early);
  });
});
