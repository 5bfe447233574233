import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { currentConsentText } from '../../shared/applicants/domain/consents/consent-texts.ts';
import { spawnLocalCloud, type LocalCloudProcess } from './local-cloud-process.ts';

/**
 * The README's applicant walk-through, pasted: every shell block marked as part of it is taken
 * from README.md as it stands and run, in order, in one bash against a fresh `npm start --
 * --ephemeral` (demo data and all), with the repository as the working folder, as a newcomer on a
 * fresh clone would. The only change is the API's address (the test's cloud listens on a free port).
 * Every curl fails the run on an HTTP error, with the answer's body, so a README that asks for a
 * field the API no longer takes (or omits one it now requires) fails here.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MARKER = /<!-- README walk-through:[^>]*-->\n```sh\n([\s\S]*?)\n```/g;
const README_API = 'http://localhost:3000';

let cloud: LocalCloudProcess;

const runBash = (script: string): Promise<{ readonly code: number | null; readonly stdout: string; readonly stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });

beforeAll(async () => {
  cloud = await spawnLocalCloud(['--ephemeral']);
});

afterAll(async () => {
  if (cloud !== undefined && cloud.child.exitCode === null && cloud.child.signalCode === null) {
    cloud.child.kill('SIGINT');
    await cloud.exited;
  }
});

describe('the README’s walk-through', { timeout: 300_000 }, () => {
  it('runs as pasted: a new applicant consents, saves a profile, fills a draft, uploads both documents and submits; a demo expert submits a review', async () => {
    const readme = await readFile(new URL('README.md', `file://${ROOT}`), 'utf8');
    const blocks = [...readme.matchAll(MARKER)].map(([, block]) => block ?? '');
    assert.ok(blocks.length >= 5, `the walk-through's blocks are marked in README.md (found ${blocks.length})`);
    assert.ok(
      blocks.some((block) => block.includes(`API=${README_API}`)),
      `the walk-through names the API's address as ${README_API} once, for the test to point elsewhere`,
    );

    const script = [
      'set -euo pipefail',
      // Every HTTP error fails the run and shows the problem+json that says why.
      'curl() { command curl --fail-with-body "$@"; }',
      ...blocks.map((block) => block.replaceAll(`API=${README_API}`, `API=${cloud.ready.api}`)),
    ].join('\n');
    const { code, stdout, stderr } = await runBash(script);
    assert.equal(code, 0, `the walk-through failed:\n${stdout}\n${stderr}`);

    // What each step prints, as the README's comments say: the consent's text, the profile's and
    // the draft's versions, per document the storage's answer and the verification, then the stage,
    // the track and staff finding it.
    assert.deepEqual(
      stdout.trim().split('\n'),
      [
        currentConsentText('personal-data').version,
        '1',
        '2',
        'storage: 204',
        'verified',
        'storage: 204',
        'verified',
        'screening',
        'young',
        'true',
        'relevance feasibility novelty readiness',
        '7.6',
      ],
      stderr,
    );
  });
});
