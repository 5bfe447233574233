import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { parseBenchOptions } from './bench-options.ts';

/** What a command line asks of the bench, read without starting it (bench-cli.test.ts runs the command itself). */
describe('the bench options', () => {
  it('issue 10,000 certificates with the rest of the bench unless asked otherwise', () => {
    const command = parseBenchOptions([]);
    assert.ok(!command.help);
    assert.equal(command.options.issuingCount, 10_000);
    assert.equal(command.options.issuingOnly, false);
  });

  it('run the issuer alone over as many certificates as --issuing-count says', () => {
    const command = parseBenchOptions(['--issuing-only', '--issuing-count', '1000']);
    assert.ok(!command.help);
    assert.equal(command.options.issuingOnly, true);
    assert.equal(command.options.issuingCount, 1000);
  });

  it('run the season counters alone with --counters-only, and refuse it beside another part', () => {
    const command = parseBenchOptions(['--counters-only']);
    assert.ok(!command.help);
    assert.equal(command.options.countersOnly, true);
    assert.throws(() => parseBenchOptions(['--counters-only', '--gate-only']), /at most one/);
  });
});
