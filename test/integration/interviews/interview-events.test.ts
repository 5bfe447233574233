import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { partnerClaims } from '../../support/claims.ts';
import { registerMinistry, registerOrganisation, retireOrganisation } from '../../support/partner-organisations.ts';
import { callReviews } from '../../support/call-reviews.ts';
import { expertInPool } from '../reviews/review-world.ts';
import { book, eventBody, interviewee, interviewSeason, saveEvent } from './interview-world.ts';

const fieldsOf = (body: unknown): string[] => ((body as { errors?: { field: string }[] }).errors ?? []).map((problem) => problem.field);

describe('interview events', () => {
  it('staff create offline, online and recorded events, stored in UTC, and replace one at the version read', async () => {
    const season = await interviewSeason();
    const created = await saveEvent(
      season,
      'kazan-am',
      eventBody(season.panel, {
        startsAt: '2031-10-05T10:00:00+03:00',
        endsAt: '2031-10-05T14:00:00+03:00',
        bookingClosesAt: '2031-10-03T18:00:00+03:00',
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: 'kazan-am',
      startsAt: '2031-10-05T07:00:00.000Z',
      booked: 0,
      status: 'scheduled',
      version: 1,
    });
    const online = await saveEvent(
      season,
      'online-1',
      eventBody(season.panel, {
        format: 'online',
        federalDistrict: undefined,
        city: undefined,
        venue: undefined,
        videoCallUrl: 'https://meet.example.org/prokadry-1',
      }),
    );
    expect(online.status).toBe(201);
    const recorded = await saveEvent(
      season,
      'videos',
      eventBody(season.panel, {
        format: 'recorded',
        federalDistrict: undefined,
        city: undefined,
        venue: undefined,
        videoRequirement: 'video-presentation',
      }),
    );
    expect(recorded.status).toBe(201);
    const replaced = await saveEvent(season, 'kazan-am', { ...eventBody(season.panel), title: undefined, capacity: 30, version: 1 });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ capacity: 30, version: 2 });
    // Replaced whole: the title the new version leaves out is gone.
    expect(replaced.body).not.toHaveProperty('title');
    const stale = await saveEvent(season, 'kazan-am', { ...eventBody(season.panel), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version-conflict' });
  });

  it('refuses events the programme does not have, fields a format needs or does not use, and panels outside the pool', async () => {
    const season = await interviewSeason();
    const education = await saveEvent(season, 'wrong-stage', eventBody(season.panel, { stage: 'education' }));
    expect(education.status).toBe(422);
    expect(education.body).toMatchObject({ code: 'not-an-interview-stage' });
    const rubric = await saveEvent(season, 'wrong-rubric', eventBody(season.panel, { rubricId: 'ministry-interview' }));
    expect(rubric.status).toBe(422);
    expect(rubric.body).toMatchObject({ code: 'rubric-not-of-stage' });
    const video = await saveEvent(
      season,
      'wrong-video',
      eventBody(season.panel, {
        format: 'recorded',
        federalDistrict: undefined,
        city: undefined,
        venue: undefined,
        videoRequirement: 'resume',
      }),
    );
    expect(video.status).toBe(422);
    expect(video.body).toMatchObject({ code: 'not-a-video-requirement' });
    const shapeless = await saveEvent(
      season,
      'shapeless',
      eventBody(season.panel, { venue: undefined, videoCallUrl: 'https://meet.example.org/x' }),
    );
    expect(shapeless.status).toBe(400);
    expect(fieldsOf(shapeless.body)).toEqual(expect.arrayContaining(['body.venue', 'body.videoCallUrl']));
    const backwards = await saveEvent(
      season,
      'backwards',
      eventBody(season.panel, {
        bookingClosesAt: '2031-01-02T00:00:00Z',
        startsAt: '2031-01-01T10:00:00Z',
        endsAt: '2031-01-01T09:00:00Z',
      }),
    );
    expect(backwards.status).toBe(400);
    expect(fieldsOf(backwards.body)).toEqual(expect.arrayContaining(['body.bookingClosesAt', 'body.endsAt']));
    const plainLink = await saveEvent(
      season,
      'plain-link',
      eventBody(season.panel, {
        format: 'online',
        federalDistrict: undefined,
        city: undefined,
        venue: undefined,
        videoCallUrl: 'javascript:alert(1)',
      }),
    );
    expect(plainLink.status).toBe(400);
    const stranger = await saveEvent(season, 'stranger', eventBody([...season.panel, { sub: 'not-in-pool' }]));
    expect(stranger.status).toBe(422);
    expect(stranger.body).toMatchObject({ code: 'panel-member-not-in-pool', errors: [{ field: 'body.panel.2' }] });
    const twice = await saveEvent(season, 'twice', eventBody([season.panel[0]!, season.panel[0]!]));
    expect(twice.status).toBe(400);
    expect(await saveEvent(season, 'not-mine', eventBody(season.panel), partnerClaims(season.programmeId, 'minfin'))).toMatchObject({
      status: 403,
    });
  });

  it('gives an event only to a federal ministry of the partner registry: an unknown, retired or other kind of owner is refused, naming the field', async () => {
    const season = await interviewSeason();
    const ministry = await registerMinistry();
    const youthBody = await registerOrganisation({ kind: 'youth-policy-body', region: '59' });
    const retired = await registerMinistry('minsport');
    await retireOrganisation(retired);
    const owned = (owner: string) =>
      eventBody([], { stage: 'federal-interview', rubricId: 'ministry-interview', panel: [`${owner}-person`], ownerOrganisation: owner });
    expect(await saveEvent(season, 'ministry', owned(ministry.id))).toMatchObject({
      status: 201,
      body: { ownerOrganisation: ministry.id },
    });
    for (const [owner, code] of [
      [`unknown-${randomUUID().slice(0, 8)}`, 'owner-not-registered'],
      ['MINFIN_RF', 'owner-not-registered'],
      [retired.id, 'owner-not-registered'],
      [youthBody.id, 'owner-not-federal-ministry'],
    ] as const) {
      const refused = await saveEvent(season, `refused-${code}`, owned(owner));
      expect(refused.status, owner).toBe(422);
      expect(refused.body, owner).toMatchObject({ code, errors: [{ field: 'body.ownerOrganisation', code }] });
    }
    // Handing the ministry's event on to a retired one is refused as well; the event stays as it was.
    const handedOn = await saveEvent(season, 'ministry', { ...owned(retired.id), version: 1 });
    expect(handedOn.body).toMatchObject({ status: 422, code: 'owner-not-registered' });
  });

  it('once anyone is booked, keeps the time and place and refuses a capacity below the bookings or a cancellation', async () => {
    const season = await interviewSeason();
    await saveEvent(season, 'kazan', eventBody(season.panel, { capacity: 3 }));
    for (const _ of [1, 2]) {
      const person = await interviewee(season);
      expect((await book(person.claims, person.applicationId, 'kazan')).status).toBe(201);
    }
    const moved = await saveEvent(season, 'kazan', { ...eventBody(season.panel, { capacity: 3 }), venue: 'Другое место', version: 1 });
    expect(moved.status).toBe(409);
    expect(moved.body).toMatchObject({ code: 'event-has-bookings', errors: [{ field: 'body.venue' }] });
    const smaller = await saveEvent(season, 'kazan', { ...eventBody(season.panel, { capacity: 1 }), version: 1 });
    expect(smaller.status).toBe(409);
    expect(smaller.body).toMatchObject({ code: 'capacity-below-booked' });
    const current = await callReviews({
      method: 'GET',
      route: '/seasons/{seasonId}/interview-events/{eventId}',
      pathParameters: { seasonId: season.seasonId, eventId: 'kazan' },
      claims: season.staff,
    });
    const { startsAt, endsAt, bookingClosesAt } = current.body as Record<string, string>;
    const bigger = await saveEvent(season, 'kazan', {
      ...eventBody(season.panel, { capacity: 5, startsAt, endsAt, bookingClosesAt }),
      version: 1,
    });
    expect(bigger.status).toBe(200);
    expect(bigger.body).toMatchObject({ capacity: 5, booked: 2 });
    const cancelled = await callReviews({
      method: 'DELETE',
      route: '/seasons/{seasonId}/interview-events/{eventId}',
      pathParameters: { seasonId: season.seasonId, eventId: 'kazan' },
      query: { version: '2' },
      claims: season.staff,
    });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body).toMatchObject({ code: 'event-has-bookings' });
  });

  it('lists a season’s events to its staff by stage and place, and to a partner only its organisation’s', async () => {
    const season = await interviewSeason();
    const [{ id: ministryId }, { id: otherMinistry }] = await Promise.all([registerMinistry(), registerMinistry('mintrud')]);
    const ministry = partnerClaims(season.programmeId, ministryId);
    await saveEvent(season, 'kazan', eventBody(season.panel));
    await saveEvent(season, 'moscow', eventBody(season.panel, { federalDistrict: 'central', city: 'Москва' }));
    await saveEvent(
      season,
      'ministry',
      eventBody([], {
        stage: 'federal-interview',
        rubricId: 'ministry-interview',
        federalDistrict: 'central',
        city: 'Москва',
        panel: [ministry['sub']],
        ownerOrganisation: ministry['custom:organisation'],
      }),
    );
    const list = (claims: typeof ministry, query: Record<string, string> = {}) =>
      callReviews({
        method: 'GET',
        route: '/seasons/{seasonId}/interview-events',
        pathParameters: { seasonId: season.seasonId },
        query,
        claims,
      });
    const ids = (response: Awaited<ReturnType<typeof list>>) =>
      (response.body as { items: { id: string }[] }).items.map((event) => event.id);
    // By stage, then place, then start: the federal interview sorts before the interview, the central district before the Volga.
    expect(ids(await list(season.staff))).toEqual(['ministry', 'moscow', 'kazan']);
    expect(ids(await list(season.staff, { stage: 'interview', place: 'volga' }))).toEqual(['kazan']);
    expect(ids(await list(ministry))).toEqual(['ministry']);
    expect(ids(await list(partnerClaims(season.programmeId, otherMinistry)))).toEqual([]);
    // An account naming an organisation the registry lacks sees nothing: the claim alone proves nothing.
    expect(await list(partnerClaims(season.programmeId, `minfin-${randomUUID().slice(0, 6)}`))).toMatchObject({
      status: 404,
      body: { code: 'organisation-not-registered' },
    });
    const noStage = await list(season.staff, { place: 'volga' });
    expect(noStage.status).toBe(400);
    const outsider = await expertInPool(season);
    expect((await list(outsider)).status).toBe(403);
  });

  it('shows a panel member the events they sit on, and nobody else’s', async () => {
    const season = await interviewSeason();
    const [olga, pavel] = season.panel as [(typeof season.panel)[0], (typeof season.panel)[0]];
    await saveEvent(season, 'kazan', eventBody([olga]));
    await saveEvent(season, 'moscow', eventBody([olga, pavel], { federalDistrict: 'central', city: 'Москва' }));
    const mine = (claims: typeof olga) =>
      callReviews({ method: 'GET', route: '/me/interview-events', query: { seasonId: season.seasonId }, claims });
    const ids = async (claims: typeof olga) => ((await mine(claims)).body as { items: { id: string }[] }).items.map((event) => event.id);
    expect(await ids(olga)).toEqual(['moscow', 'kazan']);
    expect(await ids(pavel)).toEqual(['moscow']);
    expect(await ids(await expertInPool(season))).toEqual([]);
    expect((await mine(season.staff)).status).toBe(403);
  });
});
