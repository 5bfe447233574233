import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { endpointHears, PARTNER_EVENT_TYPES } from '../../../shared/webhooks/domain/entitlement.ts';
import {
  PAUSE_AFTER_FAILING_MS,
  shouldPause,
  WEBHOOK_MAX_ATTEMPTS,
  WEBHOOK_RETRY_DELAYS_MS,
  webhookRetryDelayMs,
} from '../../../shared/webhooks/domain/retry-schedule.ts';
import { WEBHOOK_EVENT_TYPES, type WebhookEvent } from '../../../shared/webhooks/webhook-event-schema.ts';

const event = (type: (typeof WEBHOOK_EVENT_TYPES)[number], programmeId: string, organisationId: string): WebhookEvent => {
  const base = { id: '0b6f7c1e-8d2a-4f3b-9c4d-5e6f7a8b9c0d', occurredAt: '2027-06-01T10:00:00Z', programmeId, seasonId: 's' };
  switch (type) {
    case 'application.submitted':
      return { ...base, type, data: { applicationId: 'a', stage: 'screening', track: null } };
    case 'application.stage-changed':
      return { ...base, type, data: { applicationId: 'a', from: 'screening', to: 'education', track: null } };
    case 'placement.changed':
      return {
        ...base,
        type,
        organisationId,
        data: { placementId: 'p', applicationId: 'a', offerId: 'o', stage: 'x', status: 'accepted', previousStatus: null },
      };
    case 'certificate.issued':
    case 'certificate.revoked':
      return { ...base, type, data: { certificateId: 'c', applicationId: 'a', achievementId: 'finalist' } };
    case 'release.available':
      return { ...base, type, organisationId, data: { releaseId: 'r', applicationId: 'a' } };
  }
};

describe('who hears an event', () => {
  it('a partner’s endpoint hears only its own organisation’s events of its programme, and never an application’s or a certificate’s', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WEBHOOK_EVENT_TYPES),
        fc.subarray([...WEBHOOK_EVENT_TYPES], { minLength: 1 }),
        fc.constantFrom('org-a', 'org-b'),
        fc.constantFrom('prokadry', 'kadry-budushchego'),
        fc.constantFrom<string | null>('org-a', null),
        (type, subscribed, eventOrganisation, eventProgramme, endpointOrganisation) => {
          const endpoint = { programmeId: 'prokadry', eventTypes: subscribed, organisationId: endpointOrganisation };
          const hears = endpointHears(endpoint, event(type, eventProgramme, eventOrganisation));
          if (eventProgramme !== 'prokadry' || !subscribed.includes(type)) return !hears;
          if (endpointOrganisation === null) return hears;
          return hears === (PARTNER_EVENT_TYPES.includes(type) && eventOrganisation === endpointOrganisation);
        },
      ),
    );
  });
});

describe('the retry schedule', () => {
  it('waits 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h (±25%) after each failed attempt, then stops', () => {
    assert.equal(WEBHOOK_MAX_ATTEMPTS, 8);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempts, random) => {
        const delay = webhookRetryDelayMs(attempts, () => random) ?? -1;
        const step = WEBHOOK_RETRY_DELAYS_MS[attempts - 1] ?? 0;
        return delay >= step * 0.75 - 1 && delay <= step * 1.25 + 1;
      }),
    );
    assert.equal(webhookRetryDelayMs(8, Math.random), undefined);
    assert.equal(
      webhookRetryDelayMs(1, () => 0),
      45_000,
    );
  });

  it('pauses an endpoint once every attempt has failed for a day', () => {
    const since = '2027-06-01T10:00:00.000Z';
    assert.equal(shouldPause(since, new Date(Date.parse(since) + PAUSE_AFTER_FAILING_MS - 1)), false);
    assert.equal(shouldPause(since, new Date(Date.parse(since) + PAUSE_AFTER_FAILING_MS)), true);
  });
});
