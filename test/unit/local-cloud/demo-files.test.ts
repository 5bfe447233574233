import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'vitest';
import { demoOverrides } from '../../../infra/local/seed/demo-overrides.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { bufferSource } from '../../../shared/documents/domain/verification/byte-source.ts';
import { verifyStoredDocument } from '../../../shared/documents/domain/verification/verify-stored-document.ts';

const demoFile = (name: string) => readFile(new URL(`../../../infra/local/seed/files/${name}`, import.meta.url));

/** The demo ПроКадры programme's requirements, as `npm start` creates it. */
const requirement = (id: string) =>
  (demoOverrides(prokadryTemplate)?.documentRequirements ?? []).find((candidate) => candidate.id === id) ??
  assert.fail(`the demo programme has no ${id} requirement`);

describe('the demo files the README walk-through and the demo applicants upload', () => {
  it('include a video self-presentation that verification passes, with its duration', async () => {
    const video = requirement('video-presentation');
    assert.equal(video.stage, 'application');
    const verified = await verifyStoredDocument(bufferSource(await demoFile('self-presentation.mp4')), 'mp4', video);
    assert.equal(verified.outcome, 'passed', JSON.stringify(verified));
    assert.ok(verified.durationSeconds !== undefined && Math.abs(verified.durationSeconds - 5) < 0.5, JSON.stringify(verified));
    assert.ok(verified.size < 20_000, `a small file: ${verified.size} bytes`);
  });

  it('include a résumé and a project description that verification passes', async () => {
    for (const name of ['resume.pdf', 'project-description.pdf']) {
      const verified = await verifyStoredDocument(bufferSource(await demoFile(name)), 'pdf', requirement('resume'));
      assert.equal(verified.outcome, 'passed', `${name}: ${JSON.stringify(verified)}`);
    }
  });

  it('include the summary sheet the demo finalists bring to the ministry interview, which verification passes', async () => {
    const verified = await verifyStoredDocument(bufferSource(await demoFile('summary-sheet.pdf')), 'pdf', requirement('summary-sheet'));
    assert.equal(verified.outcome, 'passed', JSON.stringify(verified));
  });
});
