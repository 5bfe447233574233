import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { gatewayInBrowser } from '../../support/gateway-in-browser.ts';

const { gateway, browser } = gatewayInBrowser('docs');

describe('the API docs page in a browser', () => {
  it('shows the title, the operations by tag and an operation’s examples, loading nothing from elsewhere', async () => {
    const page = await browser().newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });

    const response = await page.goto(`${gateway().url}/docs`);
    assert.equal(response?.status(), 200);
    await page.getByRole('heading', { name: /cadre API/ }).waitFor({ timeout: 30_000 });

    const submit = page.locator('.opblock-summary', { hasText: 'Submit your application' });
    await submit.waitFor();
    assert.ok(await page.getByText('/applications/{applicationId}/submit').first().isVisible(), 'the path beside the summary');
    assert.ok(await page.locator('.opblock-tag', { hasText: 'applications' }).first().isVisible(), 'operations grouped by tag');

    await submit.click();
    const submitOperation = page.locator('.opblock', { has: submit });
    await submitOperation.locator('.responses-wrapper').waitFor();
    const exampleText = await submitOperation.locator('.response .example, .response .microlight').first().textContent();
    assert.match(exampleText ?? '', /"processingStopped"/, 'the success response’s example');

    const origin = new URL(gateway().url).origin;
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')),
      [],
      'every request goes to this API',
    );
    assert.deepEqual(problems, [], `no script error and no refusal by the content security policy: ${problems.join(' | ')}`);
    await page.close();
  });
});
