import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { wiring } from '../../../functions/applications/wiring.ts';
import { wiring as workflowWiring } from '../../../functions/workflow/wiring.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import type { ProgressionMetrics } from '../../../shared/progression/ports/progression-metrics.ts';
import { submitApplication } from '../../../shared/progression/use-cases/submission/submit-application.ts';
import { withdrawApplication } from '../../../shared/progression/use-cases/submission/withdraw-application.ts';
import { applyTransition } from '../../../shared/progression/use-cases/transitions/apply-transition.ts';
import { openSeason, readyDraft } from '../../support/application-fixtures.ts';
import { stored } from '../../support/transition-support.ts';

/** Progression's metrics port, keeping what it was told. */
const recordingMetrics = () => {
  const recorded: string[] = [];
  const metrics: ProgressionMetrics = {
    applicationSubmitted: (programmeId) => recorded.push(`submitted ${programmeId}`),
    applicationMoved: (programmeId, toStage) => recorded.push(`moved ${programmeId} ${toStage}`),
  };
  return { metrics, recorded };
};

const applicantIdentity = (applicant: { sub: string; email: string }): Identity => ({
  subject: applicant.sub,
  email: applicant.email,
  roles: ['applicant'],
  region: undefined,
  organisation: undefined,
  programmes: [],
});

/** A submitted application, through the real use case, with what its metrics port was told. */
const submitted = async () => {
  const season = await openSeason();
  const { applicant, applicationId } = await readyDraft(season);
  const { metrics, recorded } = recordingMetrics();
  const identity = applicantIdentity(applicant);
  const key = randomUUID();
  await submitApplication({ ...wiring().applications, metrics }, identity, applicationId, key);
  return { ...season, identity, applicationId, key, metrics, recorded };
};

describe('progression counts submissions and moves as they are written, by programme and stage only', () => {
  it('a submission counts once as submitted and once as a move to its stage; its replay counts nothing', async () => {
    const { programmeId, identity, applicationId, key, metrics, recorded } = await submitted();
    assert.deepEqual(recorded, [`submitted ${programmeId}`, `moved ${programmeId} screening`]);
    await submitApplication({ ...wiring().applications, metrics }, identity, applicationId, key);
    assert.equal(recorded.length, 2);
  });

  it('a withdrawal counts as a move to the withdrawn stage', async () => {
    const { programmeId, identity, applicationId } = await submitted();
    const { metrics, recorded } = recordingMetrics();
    await withdrawApplication({ ...wiring().applications, metrics }, identity, applicationId);
    assert.deepEqual(recorded, [`moved ${programmeId} withdrawn`]);
  });

  it('a transition the machine or a gate applies counts when written, and not when stale', async () => {
    const { programmeId, applicationId } = await submitted();
    const { metrics, recorded } = recordingMetrics();
    const deps = { ...workflowWiring(), metrics };
    const request = { applicationId, from: 'screening', to: 'education', actor: 'staff' as const };
    const version = Number((await stored(applicationId)).application?.['version']);

    assert.deepEqual(await applyTransition(deps, request, version + 1), { outcome: 'stale' });
    assert.deepEqual(recorded, []);
    assert.equal((await applyTransition(deps, request, version)).outcome, 'written');
    assert.deepEqual(recorded, [`moved ${programmeId} education`]);
  });
});
