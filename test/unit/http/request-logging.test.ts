import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { promisify } from 'node:util';
import { PERSONAL } from './support/personal-data.ts';

const probe = fileURLToPath(new URL('./support/log-probe.ts', import.meta.url));

describe('request logging', () => {
  it('logs every request (route, status, duration, error code, correlation id) and no personal data, even at DEBUG', async () => {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [probe], {
      env: { ...process.env, LOG_LEVEL: 'DEBUG', POWERTOOLS_DEV: 'false' },
    });
    const output = stdout + stderr;

    const requests = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry['message'] === 'request');
    assert.deepEqual(
      requests.map((entry) => [entry['status'], entry['errorCode']]),
      [
        [201, undefined],
        [400, 'validation-failed'],
        [400, 'malformed-json'],
        [500, 'internal-error'],
      ],
    );
    for (const entry of requests) {
      assert.equal(entry['routeKey'], 'POST /widgets/{widgetId}');
      assert.equal(typeof entry['durationMs'], 'number');
      assert.equal(typeof entry['correlationId'], 'string');
    }
    assert.match(output, /"errorName":"Error"/, 'the crash is logged');

    const leaks = [...Object.values(PERSONAL), PERSONAL.name.slice(0, 20), 'Евдокия', 'evdokia', '345-67-89', '123456'].filter((value) =>
      output.includes(value),
    );
    assert.deepEqual(leaks, [], 'personal data in the logs');
  });
});
