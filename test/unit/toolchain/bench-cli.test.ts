import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

/**
 * `npm run bench -- --help` crashed with ERR_PARSE_ARGS_UNKNOWN_OPTION. It must print the options
 * and exit 0; a mistaken command line gets one line saying what is wrong, then the usage, and exit
 * 2, before anything is started.
 */
const RUN = fileURLToPath(new URL('../../bench/run.ts', import.meta.url));

const bench = (...args: string[]) => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [RUN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status, stdout, stderr };
};

const OPTIONS = [
  '--sizes',
  '--routes-only',
  '--gate-only',
  '--bundles-only',
  '--matching-only',
  '--documents-only',
  '--issuing-only',
  '--issuing-count',
  '--cold-runs',
  '--help',
];

describe('npm run bench on its command line', () => {
  for (const help of ['--help', '-h']) {
    it(`prints every option for ${help} and exits 0, starting nothing`, () => {
      const { status, stdout, stderr } = bench(help);
      assert.equal(status, 0, stderr);
      assert.match(stdout, /^Usage: npm run bench/);
      for (const option of OPTIONS) assert.ok(stdout.includes(option), `${option} in\n${stdout}`);
      assert.doesNotMatch(stdout + stderr, /ERR_PARSE_ARGS|npm run bench took/);
    });
  }

  for (const [args, said] of [
    [['--bogus'], /--bogus/],
    [['--sizes', 'ten'], /--sizes/],
    [['--cold-runs', '0'], /--cold-runs/],
    [['--routes-only', '--gate-only'], /at most one/],
    [['--bundles-only', '--matching-only'], /at most one/],
    [['--matching-only', '--documents-only'], /at most one/],
    [['--issuing-count', '0'], /--issuing-count/],
    [['--issuing-count', '1e3x'], /--issuing-count/],
    [['--issuing-only', '--gate-only'], /at most one/],
    [['extra'], /extra/],
  ] as const) {
    it(`refuses ${args.join(' ')} with one line and the usage, exit 2`, () => {
      const { status, stdout, stderr } = bench(...args);
      assert.equal(status, 2, stderr);
      assert.equal(stdout, '');
      const [first, ...rest] = stderr.split('\n');
      assert.match(first ?? '', said);
      assert.doesNotMatch(first ?? '', /^\s*at |Error:|ERR_/);
      assert.match(rest.join('\n'), /^Usage: npm run bench/m);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    });
  }
});
