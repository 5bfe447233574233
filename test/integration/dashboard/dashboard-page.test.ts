import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import {
  type BreakdownReport,
  breakdownReportSchema,
  type FunnelReport,
  funnelReportSchema,
  type KpiReport,
  kpiReportSchema,
  type TimeInStageReport,
  timeInStageReportSchema,
} from '../../../shared/reports/report-schema.ts';
import { gatewayInBrowser } from '../../support/gateway-in-browser.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';
import { type DashboardSeason, seedDashboardSeason } from './dashboard-season.ts';

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

/** Chromium reports a refused request on the console itself: the only console error a refusal may leave. */
const refusedRequest = (status: number) => new RegExp(`^console: Failed to load resource: the server responded with a status of ${status}`);

interface Visit {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly problems: string[];
  readonly elsewhere: () => readonly string[];
}

const visit = async (address: string, prepare: (page: Page) => Promise<void> = async () => undefined): Promise<Visit> => {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await prepare(page);
  const response = await page.goto(`${gateway().url}${address}`);
  assert.equal(response?.status(), 200);
  const origin = new URL(gateway().url).origin;
  return { page, context, problems, elsewhere: () => requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')) };
};

const staffToken = (programmeId: string, expiresInSeconds?: number): Promise<string> =>
  pools().mint({ role: 'staff', programmes: [programmeId], ...(expiresInSeconds === undefined ? {} : { expiresInSeconds }) });

/** A report as the API answers it to this staff member: what the page must show. */
const report = async <T>(token: string, seasonId: string, path: string): Promise<T> => {
  const response = await fetch(`${gateway().url}/seasons/${seasonId}/reports/${path}`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200, path);
  return (await response.json()) as T;
};

const panelsShown = (page: Page) => page.locator('#panels:not([hidden]) canvas').first().waitFor();
const headings = (page: Page) => page.locator('h1, h2').allTextContents();
const cellsOf = (page: Page, panel: string) => page.locator(`#${panel} tbody tr > :first-child`).allTextContents();

let season: DashboardSeason;

describe('the staff dashboard in a browser', { timeout: 180_000 }, () => {
  beforeAll(async () => {
    season = await seedDashboardSeason(40);
  }, 180_000);

  it('draws a seeded season’s funnel, KPI bars, districts and regions and time in stage, in Russian and English, from this API only', async () => {
    const token = await staffToken(season.programmeId);
    const [funnel, kpis, regions, time] = await Promise.all([
      report<FunnelReport>(token, season.seasonId, 'funnel'),
      report<KpiReport>(token, season.seasonId, 'kpis'),
      report<BreakdownReport>(token, season.seasonId, 'breakdown?by=region'),
      report<TimeInStageReport>(token, season.seasonId, 'time-in-stage'),
    ]);
    assert.equal(funnel.status, 'ready', 'counted as the seeding happened');
    assert.ok(regions.rows.length > 3 && time.stages.some((stage) => stage.moves > 0), 'a season with regions and moves to show');

    const { page, context, problems, elsewhere } = await visit(`/dashboard?lang=ru#token=${token}`);
    try {
      await panelsShown(page);
      assert.doesNotMatch(page.url(), /token/, 'the token leaves the address at once');
      assert.match(page.url(), new RegExp(`season=${season.seasonId}`));
      assert.equal(await page.evaluate('sessionStorage.length'), 1, 'the token is kept for this tab');
      assert.equal(
        await page.locator('#season option:checked').textContent(),
        'Кадры будущего для регионов — Кадры будущего для регионов: демонстрационный сезон',
      );
      assert.deepEqual(await headings(page), [
        'Показатели сезона',
        'Воронка по этапам',
        'Целевые показатели',
        'Время на этапе',
        'По федеральным округам и регионам',
      ]);

      const painted = await page.evaluate<number[]>(PAINTED_PIXELS);
      assert.equal(painted.length, 3, 'the funnel, the federal districts and time in stage');
      assert.ok(
        painted.every((pixels) => pixels > 2_000),
        `every chart is drawn: ${painted.join(', ')}`,
      );
      assert.deepEqual(
        await cellsOf(page, 'funnel'),
        funnel.stages.map((stage) => stage.name.ru),
      );
      assert.deepEqual(
        (await cellsOf(page, 'regions')).toSorted(),
        regions.rows.map((row) => row.name.ru).toSorted(),
        'a row per region, by name',
      );

      const bars = page.locator('#kpis progress');
      const measured = kpis.kpis.filter((kpi) => kpi.source !== 'not-measured');
      assert.ok(measured.length > 0);
      assert.equal(await bars.count(), measured.flatMap((kpi) => kpi.periods).length, 'a bar per KPI period');
      assert.deepEqual(
        await page.locator('.kpi strong').allTextContents(),
        kpis.kpis.map((kpi) => kpi.name.ru),
      );
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
      assert.deepEqual((await cellsOf(page, 'regions')).toSorted(), regions.rows.map((row) => row.name.en).toSorted());
      assert.deepEqual(
        await page.locator('.kpi strong').allTextContents(),
        kpis.kpis.map((kpi) => kpi.name.en),
      );
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
    const { page, context, problems } = await visit(`/dashboard?lang=en#token=${await staffToken(season.programmeId, -60)}`);
    try {
      const notice = page.locator('#notice[data-kind="error"]');
      await notice.waitFor();
      assert.equal(await notice.textContent(), 'The token is invalid or has expired. Sign in again and paste a new token.');
      assert.ok(await page.getByLabel('Staff access token').isVisible(), 'the sign-in field is offered');
      assert.equal(await page.evaluate('sessionStorage.length'), 0, 'the refused token is forgotten');
      assert.ok(await page.locator('#panels').isHidden());

      await page.getByRole('button', { name: 'Русский' }).click();
      assert.equal(await notice.textContent(), 'Токен недействителен или срок его действия истёк. Войдите заново и вставьте новый токен.');

      await page.getByLabel('Токен доступа сотрудника').fill(await staffToken(season.programmeId));
      await page.getByRole('button', { name: 'Войти' }).click();
      await panelsShown(page);
      assert.ok(await page.locator('#notice').isHidden());
      assert.deepEqual(
        problems.filter((problem) => !refusedRequest(401).test(problem)),
        [],
        problems.join(' | '),
      );
    } finally {
      await context.close();
    }
  });

  it('says in words that a season the address names is not theirs, and shows theirs once picked', async () => {
    const another = await seedOpenSeason(documentClient(), requireEnv(ENV.tableName), { prefix: 'dash' });
    const token = await staffToken(season.programmeId);
    const { page, context, problems } = await visit(`/dashboard?lang=en&season=${another.seasonId}#token=${token}`);
    try {
      const notice = page.locator('#notice[data-kind="error"]');
      await notice.waitFor();
      assert.equal(await notice.textContent(), 'The season was not found, or it does not belong to your programmes.');
      assert.ok(await page.locator('#panels').isHidden());
      await page.getByLabel('Season').selectOption(season.seasonId);
      await panelsShown(page);
      assert.match(page.url(), new RegExp(`season=${season.seasonId}`));
      assert.deepEqual(
        problems.filter((problem) => !refusedRequest(404).test(problem)),
        [],
        problems.join(' | '),
      );
    } finally {
      await context.close();
    }
  });

  it('shows a rebuild under way as a notice above the figures, and a report that failed in its own panel', async () => {
    // States seeded data does not reach, answered from the fixtures the page was first built against
    // (each exactly as the reports' schemas say: parsed by them first).
    const fixtures = {
      'funnel.json': funnelReportSchema,
      'kpis.json': kpiReportSchema,
      'breakdown-region.json': breakdownReportSchema,
      'breakdown-federal-district.json': breakdownReportSchema,
      'time-in-stage.json': timeInStageReportSchema,
    } as const;
    for (const [file, schema] of Object.entries(fixtures)) schema.parse(JSON.parse(await readFile(new URL(file, FIXTURES), 'utf8')));
    const fixture = async (route: Route, file: keyof typeof fixtures, changes: object = {}) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ ...JSON.parse(await readFile(new URL(file, FIXTURES), 'utf8')), ...changes }),
      });
    const { page, context, problems } = await visit(`/dashboard?lang=en#token=${await staffToken(season.programmeId)}`, async (opened) => {
      await opened.route(/\/reports\/funnel\?/, (route) => fixture(route, 'funnel.json', { status: 'rebuilding' }));
      await opened.route(/\/reports\/kpis\?/, (route) => fixture(route, 'kpis.json', { status: 'rebuilding' }));
      await opened.route(/\/reports\/time-in-stage\?/, (route) =>
        route.fulfill({ status: 503, contentType: 'application/problem+json', body: '{}' }),
      );
    });
    try {
      await panelsShown(page);
      assert.equal(
        await page.locator('#notice[data-kind="warning"]').textContent(),
        'The season’s counters are being rebuilt: the figures may lag.',
      );
      assert.equal(
        await page.locator('#time [role="alert"]').textContent(),
        'The server could not prepare the report (status 503). Please try again later.',
      );
      assert.match((await page.locator('.kpi[data-kpi="finalists"]').textContent()) ?? '', /Q4 2026.*3 of 10 \(30%\) · cumulative/u);
      assert.match((await page.locator('.kpi[data-kpi="mentors"]').textContent()) ?? '', /In reserve: 3/u);
      assert.match((await page.locator('.kpi[data-kpi="satisfaction"]').textContent()) ?? '', /not measured automatically/u);
      assert.deepEqual(
        problems.filter((problem) => !refusedRequest(503).test(problem)),
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
