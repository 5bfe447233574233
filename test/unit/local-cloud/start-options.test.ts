import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { LocalCloudError } from '../../../infra/local/local-cloud-error.ts';
import { parseStartOptions } from '../../../infra/local/start-options.ts';

describe('npm start options', () => {
  it('keeps data in .local/ and prints the banner by default', () => {
    const options = parseStartOptions([], {});
    assert.deepEqual([options.dataDir, options.readyJson, options.ephemeral, options.ports.api], [undefined, false, false, 3000]);
  });

  it('seeds the demo applicants unless told --no-demo-applicants', () => {
    assert.equal(parseStartOptions([], {}).demoApplicants, true);
    assert.equal(parseStartOptions(['--ephemeral'], {}).demoApplicants, true);
    assert.equal(parseStartOptions(['--no-demo-applicants'], {}).demoApplicants, false);
  });

  it('takes a data folder from --data-dir, over CADRE_DATA_DIR', () => {
    assert.equal(parseStartOptions(['--data-dir', '/tmp/a'], { CADRE_DATA_DIR: '/tmp/b' }).dataDir, '/tmp/a');
    assert.equal(parseStartOptions([], { CADRE_DATA_DIR: '/tmp/b' }).dataDir, '/tmp/b');
  });

  it('prints the JSON ready line with --ready-json, and always with --ephemeral', () => {
    assert.equal(parseStartOptions(['--ready-json'], {}).readyJson, true);
    assert.equal(parseStartOptions(['--ephemeral'], {}).readyJson, true);
  });

  it('refuses a data folder with --ephemeral, which keeps nothing', () => {
    assert.throws(
      () => parseStartOptions(['--ephemeral', '--data-dir=/tmp/a'], {}),
      (error: unknown) => error instanceof LocalCloudError && /--ephemeral keeps nothing/.test(error.message),
    );
    assert.throws(() => parseStartOptions(['--ephemeral'], { CADRE_DATA_DIR: '/tmp/a' }), LocalCloudError);
  });
});
