import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { Application } from '../../../shared/applications/application-schema.ts';
import type { CourseCatalogue } from '../../../shared/education/course-catalogue-schema.ts';
import { computeCompletion } from '../../../shared/education/domain/compute-completion.ts';
import { judgeEvent } from '../../../shared/education/domain/judge-event.ts';
import type { ProgressEvent } from '../../../shared/education/progress-event-schema.ts';
import type { ShortlistRule } from '../../../shared/catalogue/domain/config/shortlist-rule-schema.ts';

const title = { ru: 'Курс', en: 'Course' };
const catalogue: CourseCatalogue = {
  seasonId: 'prokadry-2026',
  webinars: [
    { id: 'state-basics', title, accessUntil: '2026-09-01T00:00:00Z', tracks: ['beginner', 'young'] },
    { id: 'project-management', title, accessUntil: '2026-09-01T00:00:00Z', tracks: ['beginner', 'young', 'pro'] },
    { id: 'federal-advanced', title, accessUntil: '2026-09-01T00:00:00Z', tracks: ['pro'] },
  ],
  broadcasts: [
    { id: 'live-1', title, scheduledAt: '2026-08-10T15:00:00Z', tracks: ['beginner', 'young', 'pro'] },
    { id: 'live-2', title, scheduledAt: '2026-08-17T15:00:00Z', tracks: ['beginner', 'young', 'pro'] },
    { id: 'live-3', title, scheduledAt: '2026-08-24T15:00:00Z', tracks: ['beginner', 'young'] },
    { id: 'live-4', title, scheduledAt: '2026-08-31T15:00:00Z', tracks: ['beginner', 'young'] },
  ],
  version: 1,
  updatedAt: '2026-07-01T00:00:00Z',
  updatedBy: 'staff',
};
const rule: ShortlistRule = { stage: 'interview', allRecordedWebinarsRequired: true, minLiveBroadcastShare: 0.5 };
const progress = (webinarsWatched: string[], broadcastsAttended: string[]) => ({ webinarsWatched, broadcastsAttended });

describe('completion and the shortlist rule', () => {
  it('meets the rule with every webinar of the track watched and half the broadcasts attended', () => {
    const completion = computeCompletion({
      catalogue,
      track: 'young',
      progress: progress(['state-basics', 'project-management'], ['live-1', 'live-3']),
      rule,
    });
    assert.deepEqual(completion.webinars, { total: 2, watched: ['state-basics', 'project-management'], missing: [] });
    assert.deepEqual(completion.broadcasts, { total: 4, attended: ['live-1', 'live-3'], share: 0.5 });
    assert.equal(completion.meetsShortlistRule, true);
  });

  it('misses it with one webinar unwatched, or below the broadcast share', () => {
    assert.equal(
      computeCompletion({ catalogue, track: 'young', progress: progress(['state-basics'], ['live-1', 'live-2', 'live-3', 'live-4']), rule })
        .meetsShortlistRule,
      false,
    );
    assert.equal(
      computeCompletion({ catalogue, track: 'young', progress: progress(['state-basics', 'project-management'], ['live-1']), rule })
        .meetsShortlistRule,
      false,
    );
  });

  it('counts only the track’s courses: another level’s webinar neither helps nor is required', () => {
    const pro = computeCompletion({
      catalogue,
      track: 'pro',
      progress: progress(['project-management', 'federal-advanced', 'state-basics'], ['live-1']),
      rule,
    });
    assert.deepEqual(pro.webinars.watched, ['project-management', 'federal-advanced']);
    assert.equal(pro.broadcasts.total, 2);
    assert.equal(pro.meetsShortlistRule, true);
  });

  it('needs every webinar only when the rule says so, and never shortlists without a rule, a track or courses', () => {
    const lenient = { ...rule, allRecordedWebinarsRequired: false };
    assert.equal(
      computeCompletion({ catalogue, track: 'young', progress: progress([], ['live-1', 'live-2']), rule: lenient }).meetsShortlistRule,
      true,
    );
    assert.equal(
      computeCompletion({
        catalogue,
        track: 'young',
        progress: progress(['state-basics', 'project-management'], ['live-1', 'live-2']),
        rule: undefined,
      }).meetsShortlistRule,
      false,
    );
    assert.equal(computeCompletion({ catalogue, track: undefined, progress: progress([], []), rule: lenient }).meetsShortlistRule, false);
    assert.equal(
      computeCompletion({
        catalogue: undefined,
        track: 'young',
        progress: progress([], []),
        rule: { ...lenient, minLiveBroadcastShare: 0 },
      }).meetsShortlistRule,
      false,
    );
  });
});

describe('judging a progress event before it is stored', () => {
  const application = {
    id: '6f1c2a0e-1b2c-4d3e-8f90-0a1b2c3d4e5f',
    seasonId: 'prokadry-2026',
    track: { track: 'young', assignedAt: '2026-06-01T00:00:00Z' },
  } as Application;
  const event = (overrides: Partial<ProgressEvent>): ProgressEvent => ({
    eventId: 'e1',
    applicationId: application.id,
    kind: 'webinar-watched',
    itemId: 'state-basics',
    at: '2026-08-20T10:00:00Z',
    ...overrides,
  });
  const judge = (candidate: ProgressEvent, ...target: [Application | undefined] | []) =>
    judgeEvent(candidate, { seasonId: 'prokadry-2026', application: target.length === 0 ? application : target[0], catalogue });

  it('accepts a webinar watched in time and a broadcast of the track', () => {
    assert.equal(judge(event({})), undefined);
    assert.equal(judge(event({ kind: 'broadcast-attended', itemId: 'live-3' })), undefined);
  });

  it('refuses an unknown participant, one of another season, an unknown item, another level’s course and a late watch', () => {
    assert.equal(judge(event({}), undefined), 'unknown-participant');
    assert.equal(judge(event({}), { ...application, seasonId: 'another-season' }), 'unknown-participant');
    assert.equal(judge(event({ itemId: 'no-such-course' })), 'unknown-item');
    assert.equal(judge(event({ itemId: 'live-1' })), 'unknown-item', 'a broadcast id reported as a webinar');
    assert.equal(judge(event({ itemId: 'federal-advanced' })), 'not-in-track');
    assert.equal(judge(event({ at: '2026-09-01T00:00:01Z' })), 'after-deadline');
  });
});
