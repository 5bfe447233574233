import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { EicarStandInScanner } from '../../../shared/documents/domain/scanning/eicar-stand-in-scanner.ts';
import { bufferSource } from '../../../shared/documents/domain/verification/byte-source.ts';
import { eicarPdf, fixture } from '../../fixtures/documents/fixture-files.ts';

const scannerOver = (bytes: Uint8Array) => new EicarStandInScanner({ open: () => bufferSource(bytes) });
const object = { key: 'k', size: 0 };

describe('the local stand-in scanner', () => {
  it('calls a file with the EICAR test string infected', async () => {
    assert.equal(await scannerOver(eicarPdf()).verdict(object), 'infected');
  });

  it('finds the string across the boundary of two chunks it reads', async () => {
    const eicar = eicarPdf().subarray(fixture('resume.pdf').length + 1);
    const bytes = Buffer.concat([Buffer.alloc(1024 * 1024 - 10), eicar]);
    assert.equal(await scannerOver(bytes).verdict(object), 'infected');
  });

  it('calls everything else clean', async () => {
    for (const name of ['resume.pdf', 'short.mp4', 'executable.pdf'])
      assert.equal(await scannerOver(fixture(name)).verdict(object), 'clean', name);
  });
});
