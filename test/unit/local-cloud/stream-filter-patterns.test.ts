import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, it } from 'vitest';
import { WEBHOOK_EVENT_SOURCE } from '../../../infra/config/webhook-event-source.ts';
import { matchesAnyFilterPattern, matchesFilterPattern } from '../../../infra/local/streams/filter-pattern.ts';
import { ENTITY } from '../../../shared/platform/keys/keys.ts';

/** A stream record as Lambda matches its filters against it. */
const record = (eventName: string, image: Record<string, unknown>) => ({
  eventID: randomUUID(),
  eventName,
  eventSource: 'aws:dynamodb',
  dynamodb: { NewImage: marshall(image), SequenceNumber: '1', StreamViewType: 'NEW_AND_OLD_IMAGES' },
});

const passes = (eventName: string, image: Record<string, unknown>) =>
  matchesAnyFilterPattern(WEBHOOK_EVENT_SOURCE.filterPatterns, record(eventName, image));

describe('the local stream reader’s filter, with the event source mapping’s patterns', () => {
  it('lets through the watched changes', () => {
    assert.ok(passes('MODIFY', { pk: 'APPLICATION#1', sk: 'APPLICATION', entity: ENTITY.application, stage: 'screening' }));
    assert.ok(passes('INSERT', { entity: ENTITY.placement, status: 'offered' }));
    assert.ok(passes('MODIFY', { entity: ENTITY.placement, status: 'accepted' }));
    assert.ok(passes('MODIFY', { entity: ENTITY.certificate, status: 'issued' }));
    assert.ok(passes('MODIFY', { entity: ENTITY.certificate, status: 'revoked' }));
    assert.ok(passes('INSERT', { entity: ENTITY.release }));
  });

  it('keeps out the rest: other items, other kinds of change, a certificate still requested', () => {
    assert.ok(!passes('INSERT', { entity: ENTITY.mail }));
    assert.ok(!passes('MODIFY', { entity: ENTITY.stageCount }));
    assert.ok(!passes('INSERT', { entity: ENTITY.application, stage: 'draft' }));
    assert.ok(!passes('MODIFY', { entity: ENTITY.release }));
    assert.ok(!passes('MODIFY', { entity: ENTITY.certificate, status: 'requested' }));
    assert.ok(!passes('INSERT', { pk: 'X', sk: 'Y' }));
    // A removal has no new image at all.
    assert.ok(!matchesAnyFilterPattern(WEBHOOK_EVENT_SOURCE.filterPatterns, { eventName: 'REMOVE', dynamodb: {} }));
  });

  it('matches values exactly and by type, as Lambda does', () => {
    const pattern = { dynamodb: { NewImage: { entity: { S: ['release'] } } } };
    assert.ok(matchesFilterPattern(pattern, record('INSERT', { entity: 'release' })));
    assert.ok(!matchesFilterPattern(pattern, record('INSERT', { entity: 'releases' })));
    assert.ok(!matchesFilterPattern(pattern, { dynamodb: { NewImage: { entity: { N: 'release' } } } }));
    assert.ok(!matchesFilterPattern(pattern, { dynamodb: 'release' }));
  });
});
