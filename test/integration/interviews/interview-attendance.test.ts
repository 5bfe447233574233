import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { handler as documentsHandler } from '../../../functions/documents/handler.ts';
import { invokeHandler } from '../../support/api-event.ts';
import { callReviews } from '../../support/call-reviews.ts';
import { type Claims, partnerClaims } from '../../support/claims.ts';
import { registerMinistry, registerOrganisation, retireOrganisation } from '../../support/partner-organisations.ts';
import { storeVerifiedDocument } from '../../support/verified-document.ts';
import { waitFor } from '../../support/wait-for.ts';
import { expertInPool, myReview, reviewsOf, submit } from '../reviews/review-world.ts';
import {
  attendance,
  book,
  eventBody,
  eventHasStarted,
  interviewee,
  interviewSeason,
  onTrack,
  roster,
  saveEvent,
  stageOf,
} from './interview-world.ts';

const documentsOf = (applicationId: string, claims: Record<string, string>) =>
  invokeHandler(documentsHandler, {
    method: 'GET',
    route: '/applications/{applicationId}/documents',
    pathParameters: { applicationId },
    claims,
  });

const interviewScores = { motivation: 8, experience: 7, initiatives: 8, 'internship-choice': 7.5 };

describe('at the interview', { timeout: 90_000 }, () => {
  it('the panel checks people in by name, records attendance and no-shows from the start, and scores the attended on the event’s rubric', async () => {
    const season = await interviewSeason();
    await saveEvent(season, 'kazan', eventBody(season.panel));
    const [came, absent] = await Promise.all([interviewee(season), interviewee(season)]);
    await onTrack(came.applicationId, 'beginner');
    await book(came.claims, came.applicationId, 'kazan');
    await book(absent.claims, absent.applicationId, 'kazan');
    const [member, second] = season.panel as [(typeof season.panel)[0], (typeof season.panel)[0]];

    const early = await attendance(season, 'kazan', came.applicationId, 'attended', member);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'event-not-started' });
    await eventHasStarted(season, 'kazan');

    const list = await roster(season, 'kazan', member);
    expect(list.status).toBe(200);
    expect((list.body as { items: unknown[] }).items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ applicationId: came.applicationId, name: 'Тестова Анна Игоревна', status: 'booked' }),
      ]),
    );
    const recorded = await attendance(season, 'kazan', came.applicationId, 'attended', member);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({
      booking: { status: 'attended', attendance: { by: member['sub'] } },
      scorecards: [
        { panelMember: member['sub'], outcome: 'opened' },
        { panelMember: second['sub'], outcome: 'opened' },
      ],
    });
    const again = await attendance(season, 'kazan', came.applicationId, 'attended', season.staff);
    expect(again.body).toMatchObject({ scorecards: [{ outcome: 'already-open' }, { outcome: 'already-open' }] });
    expect((await attendance(season, 'kazan', came.applicationId, 'no-show', member)).body).toMatchObject({ code: 'attendance-recorded' });

    const noShow = await attendance(season, 'kazan', absent.applicationId, 'no-show', member);
    expect(noShow.body).toMatchObject({ booking: { status: 'no-show' }, scorecards: [] });
    expect((await myReview(member, absent.applicationId, 'expert-interview')).status).toBe(404);

    // The scorecards are reviews: each member scores under /me/reviews; the panel's median moves the application on.
    const card = await myReview(member, came.applicationId, 'expert-interview');
    expect(card.status).toBe(200);
    for (const scorer of [member, second]) {
      expect((await submit(scorer, came.applicationId, { scores: interviewScores, version: 1 }, 'expert-interview')).status).toBe(200);
    }
    const scored = await reviewsOf(season.staff, came.applicationId);
    expect(scored.body).toMatchObject({ aggregates: [{ rubricId: 'expert-interview', method: 'median', reviewCount: 2 }] });
    await waitFor(async () => (await stageOf(came.applicationId)) === 'regional-internship' || undefined, {
      timeoutMs: 30_000,
      description: 'the panel’s score to move the beginner on to the regional internship',
    });
    const pool = await callReviews({
      method: 'GET',
      route: '/seasons/{seasonId}/experts',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
    });
    // A scorecard takes no pool capacity: the interviewers' load is untouched.
    expect((pool.body as { items: { load: number }[] }).items.map((entry) => entry.load)).toEqual([0, 0]);
  });

  it('refuses people who do not run the event with 404, and bookings of another event or none', async () => {
    const season = await interviewSeason();
    await saveEvent(season, 'kazan', eventBody(season.panel));
    await saveEvent(season, 'moscow', eventBody(season.panel, { federalDistrict: 'central', city: 'Москва' }));
    const person = await interviewee(season);
    await book(person.claims, person.applicationId, 'kazan');
    await eventHasStarted(season, 'kazan');
    await eventHasStarted(season, 'moscow');
    const outsider = await expertInPool(season);
    const otherStaff = { ...season.staff, 'custom:programmes': 'another-programme' };
    for (const claims of [outsider, otherStaff, partnerClaims(season.programmeId, 'minfin'), person.claims]) {
      const seen = await roster(season, 'kazan', claims);
      expect([403, 404]).toContain(seen.status);
      const marked = await attendance(season, 'kazan', person.applicationId, 'attended', claims);
      expect([403, 404]).toContain(marked.status);
    }
    expect((await attendance(season, 'moscow', person.applicationId, 'attended', season.staff)).status).toBe(404);
    expect((await attendance(season, 'kazan', randomUUID(), 'attended', season.staff)).status).toBe(404);
  });

  it('a federal ministry runs its own interviews: its people see only its events, record attendance, score, and its score picks the finalist', async () => {
    const season = await interviewSeason();
    const { id: organisation } = await registerMinistry();
    // A regional body of the registry, whose people have nothing to do with the ministry's interviews.
    const { id: regionalBody } = await registerOrganisation({ kind: 'regional-executive-body', region: '59' });
    const panel = [
      partnerClaims(season.programmeId, organisation),
      partnerClaims(season.programmeId, organisation),
      partnerClaims(season.programmeId, organisation),
    ];
    const created = await saveEvent(
      season,
      'minfin',
      eventBody([], {
        stage: 'federal-interview',
        rubricId: 'ministry-interview',
        federalDistrict: 'volga',
        panel: panel.map((member) => member['sub']),
        ownerOrganisation: organisation,
      }),
    );
    expect(created.status).toBe(201);
    const person = await interviewee(season, { stage: 'federal-interview' });
    await onTrack(person.applicationId, 'young');
    await storeVerifiedDocument(person.applicationId, person.applicantId, 'summary-sheet');
    expect((await book(person.claims, person.applicationId, 'minfin')).status).toBe(201);
    await eventHasStarted(season, 'minfin');

    const colleague = partnerClaims(season.programmeId, organisation);
    expect((await roster(season, 'minfin', colleague)).status).toBe(200);
    expect((await roster(season, 'minfin', partnerClaims(season.programmeId, regionalBody))).body).toMatchObject({
      status: 404,
      code: 'not-found',
    });
    const marked = await attendance(season, 'minfin', person.applicationId, 'attended', colleague);
    expect(marked.body).toMatchObject({ scorecards: panel.map((member) => ({ panelMember: member['sub'], outcome: 'opened' })) });
    // The ministry's interviewers read what the rubric shows (the summary sheet among it); a colleague without a scorecard does not.
    const documentsFor = (claims: typeof colleague) => documentsOf(person.applicationId, claims);
    const seen = await documentsFor(panel[0]!);
    expect(seen.status).toBe(200);
    expect((seen.body as { items: { requirementId: string }[] }).items.map((document) => document.requirementId)).toEqual([
      'summary-sheet',
    ]);
    expect((await documentsFor(colleague)).status).toBe(404);
    for (const member of panel) {
      const answer = await submit(
        member,
        person.applicationId,
        { scores: { fit: 8, background: 7, presentation: 9 }, version: 1 },
        'ministry-interview',
      );
      expect(answer.status).toBe(200);
    }
    const scored = await reviewsOf(season.staff, person.applicationId);
    expect(scored.body).toMatchObject({ aggregates: [{ rubricId: 'ministry-interview', method: 'mean', reviewCount: 3, passed: true }] });
    await waitFor(async () => (await stageOf(person.applicationId)) === 'federal-internship' || undefined, {
      timeoutMs: 30_000,
      description: 'the ministry’s score to move the finalist to the federal internship',
    });
  });
  it('the ministry’s people act for it only while the registry bears their accounts out: a panel member of another organisation or of a retired ministry runs and scores nothing', async () => {
    const season = await interviewSeason();
    const ministry = await registerMinistry();
    const { id: otherMinistry } = await registerMinistry('mintrud');
    const member = partnerClaims(season.programmeId, ministry.id);
    // Staff put someone on the panel whose account says they work for another ministry, and who is one of the programme's experts too.
    const stray: Claims = { ...partnerClaims(season.programmeId, otherMinistry), 'cognito:groups': '[expert,partner]' };
    await saveEvent(
      season,
      'ministry',
      eventBody([], {
        stage: 'federal-interview',
        rubricId: 'ministry-interview',
        panel: [member['sub'], stray['sub']],
        ownerOrganisation: ministry.id,
      }),
    );
    const person = await interviewee(season, { stage: 'federal-interview' });
    await onTrack(person.applicationId, 'young');
    await storeVerifiedDocument(person.applicationId, person.applicantId, 'summary-sheet');
    expect((await book(person.claims, person.applicationId, 'ministry')).status).toBe(201);
    await eventHasStarted(season, 'ministry');

    const seatsOf = async (claims: typeof member) => {
      const answer = await callReviews({ method: 'GET', route: '/me/interview-events', query: { seasonId: season.seasonId }, claims });
      return answer.status === 200 ? (answer.body as { items: { id: string }[] }).items.map((event) => event.id) : answer.body;
    };
    expect(await seatsOf(member)).toEqual(['ministry']);
    expect(await seatsOf(stray)).toEqual([]);
    expect((await roster(season, 'ministry', stray)).status).toBe(404);
    expect((await attendance(season, 'ministry', person.applicationId, 'attended', stray)).status).toBe(404);
    const marked = await attendance(season, 'ministry', person.applicationId, 'attended', member);
    expect(marked.body).toMatchObject({
      scorecards: [
        { panelMember: member['sub'], outcome: 'opened' },
        { panelMember: stray['sub'], outcome: 'opened' },
      ],
    });
    const ministryScores = { scores: { fit: 8, background: 7, presentation: 9 }, version: 1 };
    // The scorecard names the organisation it is scored for: the stray member's account does not.
    expect((await myReview(stray, person.applicationId, 'ministry-interview')).status).toBe(404);
    expect((await submit(stray, person.applicationId, ministryScores, 'ministry-interview')).status).toBe(404);
    expect((await myReview(member, person.applicationId, 'ministry-interview')).status).toBe(200);
    const mine = await callReviews({ method: 'GET', route: '/me/reviews', query: { seasonId: season.seasonId }, claims: member });
    expect(mine.body).toMatchObject({ items: [{ interviewEventId: 'ministry', panelOrganisation: ministry.id }] });
    // So are the documents the scorecard shows: read for the ministry, by its people only.
    expect((await documentsOf(person.applicationId, member)).status).toBe(200);
    expect((await documentsOf(person.applicationId, stray)).status).toBe(404);

    // Retired, the ministry's people act for it no more; staff still run the event.
    await retireOrganisation(ministry);
    expect((await roster(season, 'ministry', member)).body).toMatchObject({ status: 403, code: 'organisation-retired' });
    expect((await submit(member, person.applicationId, ministryScores, 'ministry-interview')).body).toMatchObject({
      status: 403,
      code: 'organisation-retired',
    });
    expect((await roster(season, 'ministry', season.staff)).status).toBe(200);
    expect(await seatsOf(member)).toMatchObject({ status: 403, code: 'organisation-retired' });
    expect((await documentsOf(person.applicationId, member)).status).toBe(404);
    // An expert who also sits on the retired ministry's panel keeps their expert's list, without its events.
    const retiredSeat: Claims = { ...member, 'cognito:groups': '[expert,partner]' };
    expect(await seatsOf(retiredSeat)).toEqual([]);
    expect((await documentsOf(person.applicationId, retiredSeat)).status).toBe(404);
  });
});
