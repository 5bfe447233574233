import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'vitest';
import { didWebOf } from '../../../shared/certificates/verifier-page/did-web.ts';
import { decodeStatusList, statusBit } from '../../../shared/certificates/verifier-page/status-list.ts';

const encoded = (bits: Uint8Array): string => `u${gzipSync(bits).toString('base64url')}`;

describe('the verifier page’s pieces', () => {
  it('names a site by the did:web of its root, a port’s colon encoded', () => {
    assert.equal(didWebOf(new URL('http://127.0.0.1:4569/cadre-verification/')), 'did:web:127.0.0.1%3A4569:cadre-verification');
    assert.equal(didWebOf(new URL('https://certificates.example.org/')), 'did:web:certificates.example.org');
    assert.equal(didWebOf(new URL('https://example.org/a/b/')), 'did:web:example.org:a:b');
  });

  it('reads a status list’s bits from the most significant bit of byte 0 on, and nothing past its end', async () => {
    const bits = await decodeStatusList(encoded(new Uint8Array([0b1000_0001, 0b0010_0000])));
    assert.deepEqual(
      Array.from({ length: 16 }, (_, index) => statusBit(bits, index)),
      [true, false, false, false, false, false, false, true, false, false, true, false, false, false, false, false],
    );
    assert.equal(statusBit(bits, 16), undefined);
    await assert.rejects(decodeStatusList(encoded(new Uint8Array([1])).slice(1)), 'a list without its multibase prefix');
  });

  it('type-checks as browser code (the root tsconfig leaves its folder to its own, with the DOM)', async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const project = fileURLToPath(new URL('../../../shared/certificates/verifier-page/tsconfig.json', import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', project, '--noEmit']).catch(
      (failure: { stdout?: string }) => ({ stdout: failure.stdout ?? String(failure) }),
    );
    assert.equal(stdout, '');
  });
});
