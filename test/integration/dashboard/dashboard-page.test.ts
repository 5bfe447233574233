import assert from 'node:assert/strict';
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { gatewayInBrowser } from '../../support/gateway-in-browser.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';

const { gateway, browser, pools } = gatewayInBrowser('dashboard');

/** Screenshots of the page as staff see it, kept by CI as artefacts (test/artifacts is git-ignored). */
const ARTIFACTS = new URL('../../artifacts/', import.meta.url);
const FIXTURES = new URL('./fixtures/', import.meta.url);

/** Pixels drawn on each canvas of the page (alpha above zero): a chart that drew nothing has none. */
const PAINTED_PIXELS = `[...document.querySelectorAll('canvas')].map((canvas) => {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted += 1;
  return painted;
})`;

/**
 * The reports API's answers, from fixtures shaped as the design contract's section 2 describes them,
 * while the reports routes are not in the route table yet: the seeded season's reports, and for any
 * other season the 404 problem the reports answer for a season that is not the caller's.
 */
const answerReportsFromFixtures = (page: Page, seasonId: string) =>
  page.route(/\/seasons\/[^/]+\/reports\//, async (route: Route) => {
    const url = new URL(route.request().url());
    const [, , asked, , report] = url.pathname.split('/');
    if (asked !== seasonId) {
      const problem = { status: 404, code: 'not-found', message: { ru: 'Сезон не найден', en: 'Season not found' } };
      await route.fulfill({ status: 404, contentType: 'application/problem+json', body: JSON.stringify(problem) });
      return;
    }
    const file = report === 'breakdown' ? `breakdown-${url.searchParams.get('by')}.json` : `${report}.json`;
    await route.fulfill({ status: 200, contentType: 'application/json', body: await readFile(new URL(file, FIXTURES), 'utf8') });
  });

interface Visit {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly problems: string[];
  readonly elsewhere: () => readonly string[];
}

const visit = async (address: string, seasonId: string): Promise<Visit> => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await answerReportsFromFixtures(page, seasonId);
  const response = await page.goto(`${gateway().url}${address}`);
  assert.equal(response?.status(), 200);
  const origin = new URL(gateway().url).origin;
  return {
    page,
    context,
    problems,
    elsewhere: () => requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')),
  };
};

const staffToken = (programmeId: string, expiresInSeconds?: number): Promise<string> =>
  pools().mint({ role: 'staff', programmes: [programmeId], ...(expiresInSeconds === undefined ? {} : { expiresInSeconds }) });

const panelsShown = (page: Page) => page.locator('#panels:not([hidden]) canvas').first().waitFor();

const headings = (page: Page) => page.locator('h1, h2').allTextContents();

describe('the staff dashboard in a browser', { timeout: 120_000 }, () => {
  it('draws a season’s funnel, KPI bars, districts and regions and time in stage, in Russian and in English, from this API only', async () => {
    const { programmeId, seasonId } = await seedOpenSeason(documentClient(), requireEnv(ENV.tableName), { prefix: 'dash' });
    const token = await staffToken(programmeId);
    const { page, context, problems, elsewhere } = await visit(`/dashboard?lang=ru#token=${token}`, seasonId);
    try {
      await panelsShown(page);
      assert.doesNotMatch(page.url(), /token/, 'the token leaves the address at once');
      assert.match(page.url(), new RegExp(`season=${seasonId}`));
      assert.equal(await page.evaluate('sessionStorage.length'), 1, 'the token is kept for this tab');
      assert.equal(await page.locator('#season option:checked').textContent(), 'ПроКадры — Сезон 2026');
      assert.deepEqual(await headings(page), [
        'Показатели сезона',
        'Воронка по этапам',
        'Целевые показатели',
        'Время на этапе',
        'По федеральным округам и регионам',
      ]);

      const painted = await page.evaluate<number[]>(PAINTED_PIXELS);
      assert.equal(painted.length, 3, 'the funnel, the districts and time in stage');
      assert.ok(
        painted.every((pixels) => pixels > 2_000),
        `every chart is drawn: ${painted.join(', ')}`,
      );
      const funnelRows = await page.locator('#funnel tbody tr').allTextContents();
      assert.equal(funnelRows.length, 11);
      assert.match(funnelRows[1] ?? '', /^Проверка заявки и распределение по уровням160.*80\s?%80\s?%$/u);

      const bars = page.locator('#kpis progress');
      assert.equal(await bars.count(), 5, 'a bar per KPI period: one, two quarters, one reported, one; none for the unmeasured');
      assert.deepEqual(await bars.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label'))), [
        'Участники проекта: Сезон',
        'Финалисты на стажировке в ФОИВ: 3 кв. 2026',
        'Финалисты на стажировке в ФОИВ: 4 кв. 2026',
        'Мероприятия с партнёрами: Сезон',
        'Наставники в пуле: Сезон',
      ]);
      assert.deepEqual(
        await bars.evaluateAll((nodes) => nodes.map((node) => (node as unknown as { value: number }).value)),
        [1, 0.1, 0.3, 0, 0.6],
      );
      assert.match((await page.locator('.kpi[data-kpi="participants"]').textContent()) ?? '', /160 из 150 .*Достигнуто/u);
      assert.match((await page.locator('.kpi[data-kpi="finalists"]').textContent()) ?? '', /3 из 10 \(30\s%\) · нарастающим итогом/u);
      assert.match((await page.locator('.kpi[data-kpi="mentors"]').textContent()) ?? '', /В резерве: 3/u);
      assert.match((await page.locator('.kpi[data-kpi="satisfaction"]').textContent()) ?? '', /не измеряется/u);

      const regionRows = await page.locator('#regions tbody tr').allTextContents();
      assert.equal(regionRows.length, 7);
      assert.match(regionRows[0] ?? '', /^Пермский край62/u);
      await mkdir(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: fileURLToPath(new URL('dashboard-ru.png', ARTIFACTS)), fullPage: true });

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'Funnel by stage' }).waitFor();
      assert.match(page.url(), /lang=en/);
      assert.deepEqual(await headings(page), [
        'Season dashboard',
        'Funnel by stage',
        'KPI targets',
        'Time in stage',
        'By federal district and region',
      ]);
      assert.match((await page.locator('#regions tbody tr').first().textContent()) ?? '', /^Perm Krai62/u);
      assert.match((await page.locator('.kpi[data-kpi="finalists"]').textContent()) ?? '', /Q3 2026.*1 of 10 \(10%\)/u);
      const paintedInEnglish = await page.evaluate<number[]>(PAINTED_PIXELS);
      assert.ok(paintedInEnglish.length === 3 && paintedInEnglish.every((pixels) => pixels > 2_000), 'the charts are drawn again');
      await page.screenshot({ path: fileURLToPath(new URL('dashboard-en.png', ARTIFACTS)), fullPage: true });

      assert.deepEqual(elsewhere(), [], 'every request goes to this API');
      assert.deepEqual(problems, [], `no script error and no refusal by the content security policy: ${problems.join(' | ')}`);
    } finally {
      await context.close();
    }
  });

  it('says in words that an expired token is refused, and shows the figures once a valid token is pasted', async () => {
    const { programmeId, seasonId } = await seedOpenSeason(documentClient(), requireEnv(ENV.tableName), { prefix: 'dash' });
    const { page, context, problems } = await visit(`/dashboard?lang=en#token=${await staffToken(programmeId, -60)}`, seasonId);
    try {
      const notice = page.locator('#notice[data-kind="error"]');
      await notice.waitFor();
      assert.equal(await notice.textContent(), 'The token is invalid or has expired. Sign in again and paste a new token.');
      assert.ok(await page.getByLabel('Staff access token').isVisible(), 'the sign-in field is offered');
      assert.equal(await page.evaluate('sessionStorage.length'), 0, 'the refused token is forgotten');
      assert.ok(await page.locator('#panels').isHidden());

      await page.getByRole('button', { name: 'Русский' }).click();
      assert.equal(await notice.textContent(), 'Токен недействителен или срок его действия истёк. Войдите заново и вставьте новый токен.');

      await page.getByLabel('Токен доступа сотрудника').fill(await staffToken(programmeId));
      await page.getByRole('button', { name: 'Войти' }).click();
      await panelsShown(page);
      assert.ok(await page.locator('#notice').isHidden());
      // Chromium reports the refused request itself on the console; nothing else may be there.
      assert.deepEqual(
        problems.filter((problem) => !/Failed to load resource: the server responded with a status of 401/.test(problem)),
        [],
        problems.join(' | '),
      );
    } finally {
      await context.close();
    }
  });

  it('says in words that a season the address names is not theirs, and shows theirs once picked', async () => {
    const { programmeId, seasonId } = await seedOpenSeason(documentClient(), requireEnv(ENV.tableName), { prefix: 'dash' });
    const token = await staffToken(programmeId);
    const { page, context, problems } = await visit(`/dashboard?lang=en&season=another-programmes-season#token=${token}`, seasonId);
    try {
      const notice = page.locator('#notice[data-kind="error"]');
      await notice.waitFor();
      assert.equal(await notice.textContent(), 'The season was not found, or it does not belong to your programmes.');
      assert.ok(await page.locator('#panels').isHidden());
      await page.getByLabel('Season').selectOption(seasonId);
      await panelsShown(page);
      assert.match(page.url(), new RegExp(`season=${seasonId}`));
      assert.deepEqual(
        problems.filter((problem) => !/Failed to load resource: the server responded with a status of 404/.test(problem)),
        [],
        problems.join(' | '),
      );
    } finally {
      await context.close();
    }
  });

  it('serves its script, stylesheet and Chart.js gzipped when asked, and the page under a policy allowing this origin only', async () => {
    const page = await fetch(`${gateway().url}/dashboard`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'; script-src 'self'; style-src 'self'/);
    for (const [file, type] of [
      ['dashboard.js', 'text/javascript'],
      ['chart.js', 'text/javascript'],
      ['dashboard.css', 'text/css'],
    ] as const) {
      const asset = await fetch(`${gateway().url}/dashboard/${file}`, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(asset.status, 200, file);
      assert.equal(asset.headers.get('content-encoding'), 'gzip', file);
      assert.match(asset.headers.get('content-type') ?? '', new RegExp(`^${type}`), file);
      assert.ok((await asset.text()).length > 1_000, file);
    }
    assert.match(await (await fetch(`${gateway().url}/dashboard/chart.js`)).text(), /Chart\.js v4\.6\.2/);
  });
});
