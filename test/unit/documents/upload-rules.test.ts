import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { uploadObjectKey, verifiedObjectKey } from '../../../shared/documents/domain/upload/object-key.ts';
import { requirementForUpload } from '../../../shared/documents/domain/upload/requirement-for-upload.ts';
import { uploadWindowAt } from '../../../shared/documents/domain/upload/upload-limits.ts';
import { attachmentDisposition } from '../../../shared/adapters/s3/content-disposition.ts';

const settings = prokadryTemplate.settings;
const MB = 1024 * 1024;
const resume = { requirementId: 'resume', contentType: 'application/pdf', size: MB };
const summarySheet = { requirementId: 'summary-sheet', contentType: 'application/pdf', size: MB };
const assigned = (track: string) => ({ track, rule: 'r', assignedAt: '2026-06-01T00:00:00.000Z' });

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (isAppError(error)) return `${error.status} ${error.code}`;
    throw error;
  }
  return 'accepted';
};

describe('which uploads an application takes', () => {
  it('takes a résumé in any of its formats while the application is in its stage', () => {
    for (const [contentType, format] of [
      ['application/pdf', 'pdf'],
      ['application/msword', 'doc'],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ] as const) {
      assert.equal(requirementForUpload(settings, { stage: 'application' }, { ...resume, contentType }).format, format);
    }
  });

  it('refuses a content type the requirement does not list, and a size over its limit', () => {
    assert.equal(
      refusal(() => requirementForUpload(settings, { stage: 'application' }, { ...resume, contentType: 'application/x-msdownload' })),
      '400 content-type-not-allowed',
    );
    assert.equal(
      refusal(() => requirementForUpload(settings, { stage: 'application' }, { ...resume, size: 10 * MB + 1 })),
      '400 file-too-large',
    );
    assert.equal(
      refusal(() => requirementForUpload(settings, { stage: 'application' }, { ...resume, requirementId: 'passport' })),
      '400 unknown-requirement',
    );
  });

  it('takes documents of later stages after submission, and refuses those of past stages', () => {
    assert.equal(
      refusal(() => requirementForUpload(settings, { stage: 'screening' }, summarySheet)),
      'accepted',
    );
    assert.equal(
      refusal(() => requirementForUpload(settings, { stage: 'federal-interview' }, summarySheet)),
      'accepted',
    );
    assert.equal(
      refusal(() => requirementForUpload(settings, { stage: 'screening' }, resume)),
      '409 requirement-stage-passed',
    );
    assert.equal(
      refusal(() => requirementForUpload(settings, { stage: 'federal-internship' }, summarySheet)),
      '409 requirement-stage-passed',
    );
  });

  it('refuses every upload once the application has left the pipeline', () => {
    assert.equal(
      refusal(() => requirementForUpload(settings, { stage: 'withdrawn' }, summarySheet)),
      '409 requirement-stage-passed',
    );
  });

  it('refuses a requirement of other tracks once the track is known', () => {
    assert.equal(
      refusal(() => requirementForUpload(settings, { stage: 'interview', track: assigned('beginner') }, summarySheet)),
      '400 requirement-not-for-track',
    );
    assert.equal(
      refusal(() => requirementForUpload(settings, { stage: 'interview', track: assigned('pro') }, summarySheet)),
      'accepted',
    );
  });
});

describe('object keys and download names', () => {
  const id = '8d3f4a56-1c2b-4e5f-9a8b-7c6d5e4f3a2b';

  it('keeps uploads under the upload prefix with safe ASCII and the format’s extension', () => {
    assert.equal(uploadObjectKey(id, 'doc-1', 'Резюме Иванова.PDF.exe', 'pdf'), `uploads/${id}/doc-1/PDF.pdf`);
    assert.equal(uploadObjectKey(id, 'doc-1', 'Резюме.docx', 'docx'), `uploads/${id}/doc-1/document.docx`);
    assert.equal(uploadObjectKey(id, 'doc-1', 'my CV (final).pdf', 'pdf'), `uploads/${id}/doc-1/my-CV-final.pdf`);
    assert.equal(uploadObjectKey(id, 'doc-1', '../../etc/passwd', 'docx'), `uploads/${id}/doc-1/etc-passwd.docx`);
  });

  it('keeps each verified copy under the verified prefix, with a key of its own and the upload’s name', () => {
    const document = { applicationId: id, id: 'doc-1', objectKey: uploadObjectKey(id, 'doc-1', 'my CV.pdf', 'pdf') };
    assert.equal(verifiedObjectKey(document, 'copy-1'), `verified/${id}/doc-1/copy-1/my-CV.pdf`);
    assert.notEqual(verifiedObjectKey(document, 'copy-2'), verifiedObjectKey(document, 'copy-1'));
  });

  it('downloads under the original name, UTF-8 encoded with an ASCII fallback', () => {
    assert.equal(
      attachmentDisposition('Резюме "final".pdf'),
      `attachment; filename="______ _final_.pdf"; filename*=UTF-8''%D0%A0%D0%B5%D0%B7%D1%8E%D0%BC%D0%B5%20%22final%22.pdf`,
    );
  });
});

describe('the upload-form throttle’s windows', () => {
  it('are fixed and aligned to the epoch, and a refused caller waits for the next one, at least a second', () => {
    const at = (iso: string) => uploadWindowAt(new Date(iso), 60);
    assert.deepEqual(at('2026-06-01T10:00:00.000Z'), {
      start: Date.parse('2026-06-01T10:00:00.000Z') / 1000,
      seconds: 60,
      secondsLeft: 60,
    });
    assert.equal(at('2026-06-01T10:00:59.999Z').start, at('2026-06-01T10:00:00.000Z').start);
    assert.equal(at('2026-06-01T10:00:59.999Z').secondsLeft, 1);
    assert.equal(at('2026-06-01T10:00:20.500Z').secondsLeft, 40);
    assert.equal(at('2026-06-01T10:01:00.000Z').start - at('2026-06-01T10:00:30.000Z').start, 60);
  });
});
