import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { DocumentFormat } from '../../../shared/catalogue/domain/config/document-requirements-schema.ts';
import { bufferSource } from '../../../shared/documents/domain/verification/byte-source.ts';
import { signatureMatches } from '../../../shared/documents/domain/verification/file-signature.ts';
import { verifyStoredDocument } from '../../../shared/documents/domain/verification/verify-stored-document.ts';
import { fixture, paddedPdf } from '../../fixtures/documents/fixture-files.ts';

const FILES: Record<DocumentFormat, string> = {
  pdf: 'resume.pdf',
  doc: 'resume.doc',
  docx: 'resume.docx',
  mp4: 'short.mp4',
  webm: 'short.webm',
};
const FORMATS = Object.keys(FILES) as DocumentFormat[];

describe('file signatures', () => {
  for (const format of FORMATS) {
    it(`${FILES[format]} is a ${format} and nothing else`, async () => {
      for (const declared of FORMATS) {
        assert.equal(await signatureMatches(declared, bufferSource(fixture(FILES[format]))), declared === format, `declared ${declared}`);
      }
    });
  }

  it('an executable renamed to .pdf is no PDF, nor any other format', async () => {
    for (const declared of FORMATS)
      assert.equal(await signatureMatches(declared, bufferSource(fixture('executable.pdf'))), false, declared);
  });

  it('a zip without a word/ part is no DOCX', async () => {
    assert.equal(await signatureMatches('docx', bufferSource(fixture('not-word.docx'))), false);
  });

  it('a PDF header after leading bytes does not count', async () => {
    assert.equal(await signatureMatches('pdf', bufferSource(Buffer.concat([Buffer.from('MZ'), fixture('resume.pdf')]))), false);
  });
});

describe('verifying a stored document', () => {
  const document = { maxBytes: 100 * 1024 };
  const video = { maxBytes: 1024 * 1024, maxDurationSeconds: 300 };

  it('passes a real file of the declared format within the limit', async () => {
    assert.deepEqual(await verifyStoredDocument(bufferSource(fixture('resume.pdf')), 'pdf', document), { outcome: 'passed', size: 608 });
  });

  it('passes videos within the duration, with the duration measured', async () => {
    for (const [name, format] of [
      ['short.mp4', 'mp4'],
      ['moov-at-end.mp4', 'mp4'],
      ['short.webm', 'webm'],
    ] as const) {
      const result = await verifyStoredDocument(bufferSource(fixture(name)), format, video);
      assert.equal(result.outcome, 'passed', name);
      assert.equal(Math.round(result.durationSeconds ?? -1), 3, name);
    }
  });

  it('passes browser recordings, which state no duration, measured from their last cluster or their fragments', async () => {
    for (const [name, format, seconds] of [
      ['live-unknown-size.webm', 'webm', 3],
      ['chrome-recording.webm', 'webm', 2],
      ['fragmented-short.mp4', 'mp4', 3],
      ['chrome-recording-no-duration.mp4', 'mp4', 2],
    ] as const) {
      const result = await verifyStoredDocument(bufferSource(fixture(name)), format, video);
      assert.equal(result.outcome, 'passed', name);
      assert.equal(Math.round(result.durationSeconds ?? -1), seconds, name);
    }
  });

  const rejections: [string, Uint8Array, DocumentFormat, { maxBytes: number; maxDurationSeconds?: number }, string][] = [
    ['an empty file', new Uint8Array(0), 'pdf', document, 'empty'],
    ['a file over the limit', paddedPdf(100 * 1024 + 1), 'pdf', document, 'too-large'],
    ['an executable renamed to .pdf', fixture('executable.pdf'), 'pdf', document, 'signature-mismatch'],
    ['a PDF declared as DOCX', fixture('resume.pdf'), 'docx', document, 'signature-mismatch'],
    ['a WebM declared as MP4', fixture('short.webm'), 'mp4', video, 'signature-mismatch'],
    ['a six-minute MP4', fixture('six-minutes.mp4'), 'mp4', video, 'too-long'],
    ['a six-minute WebM', fixture('six-minutes.webm'), 'webm', video, 'too-long'],
    ['a six-minute live WebM (no Duration)', fixture('live-six-minutes.webm'), 'webm', video, 'too-long'],
    ['a six-minute browser recording in WebM', fixture('chrome-six-minutes.webm'), 'webm', video, 'too-long'],
    ['a six-minute fragmented MP4 (no mehd)', fixture('fragmented-six-minutes.mp4'), 'mp4', video, 'too-long'],
    ['a six-minute browser recording in MP4', fixture('chrome-six-minutes.mp4'), 'mp4', video, 'too-long'],
    ['a truncated MP4', fixture('truncated.mp4'), 'mp4', video, 'unreadable-container'],
    ['a WebM of garbage', fixture('garbage.webm'), 'webm', video, 'unreadable-container'],
  ];
  for (const [what, bytes, format, limits, reason] of rejections) {
    it(`rejects ${what} (${reason})`, async () => {
      const result = await verifyStoredDocument(bufferSource(bytes), format, limits);
      assert.equal(result.outcome, 'rejected');
      assert.equal(result.outcome === 'rejected' ? result.reason : undefined, reason);
    });
  }

  it('accepts exactly the limit', async () => {
    assert.equal((await verifyStoredDocument(bufferSource(paddedPdf(100 * 1024)), 'pdf', document)).outcome, 'passed');
  });
});
