import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { bufferSource } from '../../../shared/documents/domain/verification/byte-source.ts';
import { mp4DurationSeconds } from '../../../shared/documents/domain/verification/mp4-container.ts';
import { ebmlDocType, webmDurationSeconds } from '../../../shared/documents/domain/verification/webm-container.ts';
import { fixture } from '../../fixtures/documents/fixture-files.ts';
import { box, countingSource, ftyp, mvhd, sparseSource } from './byte-sources.ts';

const source = (name: string) => bufferSource(fixture(name));

describe('MP4 duration from moov ▸ mvhd', () => {
  it('reads a web-optimised file (moov before mdat)', async () => {
    assert.equal(await mp4DurationSeconds(source('short.mp4')), 3);
  });

  it('reads a file with moov after mdat', async () => {
    assert.equal(await mp4DurationSeconds(source('moov-at-end.mp4')), 3);
  });

  it('reads six minutes as 360 seconds', async () => {
    assert.equal(await mp4DurationSeconds(source('six-minutes.mp4')), 360);
  });

  it('reads a version 1 (64-bit) mvhd and a 64-bit box size', async () => {
    const file = Buffer.concat([ftyp(), box('moov', mvhd(1, 90_000, 90_000n * 301n), true)]);
    assert.equal(await mp4DurationSeconds(bufferSource(file)), 301);
  });

  it('skips a 100 MB mdat to find moov at the end with a few small reads', async () => {
    const moov = box('moov', mvhd(0, 1000, 299_500n));
    const mdatHeader = Buffer.alloc(8);
    mdatHeader.writeUInt32BE(8 + 100 * 1024 * 1024, 0);
    mdatHeader.write('mdat', 4, 'latin1');
    const counted = countingSource(sparseSource([ftyp(), mdatHeader, 100 * 1024 * 1024, moov]));
    assert.equal(await mp4DurationSeconds(counted), 299.5);
    assert.ok(counted.bytesRead() < 1024, `read ${counted.bytesRead()} bytes`);
  });

  it('takes a fragmented file’s duration from mvex ▸ mehd when mvhd says 0', async () => {
    const mehd = Buffer.alloc(8);
    mehd.writeUInt32BE(12_000, 4);
    const file = Buffer.concat([ftyp(), box('moov', Buffer.concat([mvhd(0, 1000, 0n), box('mvex', box('mehd', mehd))]))]);
    assert.equal(await mp4DurationSeconds(bufferSource(file)), 12);
  });

  for (const [name, why] of [
    ['truncated.mp4', 'no moov at all'],
    ['resume.pdf', 'not an MP4'],
  ] as const) {
    it(`finds no duration in ${name} (${why})`, async () => {
      assert.equal(await mp4DurationSeconds(source(name)), undefined);
    });
  }

  it('refuses an unknown (all-ones) duration and a zero timescale', async () => {
    assert.equal(await mp4DurationSeconds(bufferSource(Buffer.concat([ftyp(), box('moov', mvhd(0, 1000, 0xffffffffn))]))), undefined);
    assert.equal(await mp4DurationSeconds(bufferSource(Buffer.concat([ftyp(), box('moov', mvhd(0, 0, 1000n))]))), undefined);
  });

  it('refuses a box whose size runs past its parent', async () => {
    const moov = Buffer.from(box('moov', mvhd(0, 1000, 1000n)));
    moov.writeUInt32BE(moov.length + 100, 0);
    assert.equal(await mp4DurationSeconds(bufferSource(Buffer.concat([ftyp(), moov]))), undefined);
  });
});

describe('WebM duration from Segment ▸ Info', () => {
  it('reads the DocType of the EBML header', async () => {
    assert.equal(await ebmlDocType(source('short.webm')), 'webm');
    assert.equal(await ebmlDocType(source('short.mp4')), undefined);
  });

  it('reads Duration × TimecodeScale', async () => {
    assert.equal(Math.round((await webmDurationSeconds(source('short.webm'))) ?? -1), 3);
    assert.equal(Math.round((await webmDurationSeconds(source('six-minutes.webm'))) ?? -1), 360);
  });

  it('reads only the head of the file', async () => {
    const counted = countingSource(source('six-minutes.webm'));
    await webmDurationSeconds(counted);
    assert.ok(counted.bytesRead() < 1024, `read ${counted.bytesRead()} bytes`);
  });

  for (const [name, why] of [
    ['garbage.webm', 'an EBML header followed by random bytes'],
    ['short.mp4', 'not EBML'],
  ] as const) {
    it(`finds no duration in ${name} (${why})`, async () => {
      assert.equal(await webmDurationSeconds(source(name)), undefined);
    });
  }
});
