import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { queuedMailKey } from '../../../shared/platform/keys/keys.ts';
import { deliveredMailsTo } from '../../support/mailbox.ts';
import { storeVerifiedDocument } from '../../support/verified-document.ts';
import {
  book,
  cancelBooking,
  eventBody,
  interviewee,
  interviewSeason,
  interviewStore,
  movedTo,
  myInterview,
  options,
  saveEvent,
} from './interview-world.ts';

const queuedMail = async (mailId: string) =>
  (await documentClient().send(new GetCommand({ TableName: requireEnv(ENV.tableName), Key: queuedMailKey(mailId), ConsistentRead: true })))
    .Item;

const optionIds = (response: { body: unknown }) => (response.body as { items: { id: string }[] }).items.map((option) => option.id);
const seatsOf = async (seasonId: string, eventId: string) => (await interviewStore.findEvent(seasonId, eventId))?.booked;

const online = {
  format: 'online',
  federalDistrict: undefined,
  city: undefined,
  venue: undefined,
  videoCallUrl: 'https://meet.example.org/prokadry-7',
};
const recorded = {
  format: 'recorded',
  federalDistrict: undefined,
  city: undefined,
  venue: undefined,
  videoRequirement: 'video-presentation',
};

describe('booking an interview', () => {
  it('offers events in the applicant’s own district and online, books one with a calendar invitation and queues the reminder for the day before', async () => {
    const season = await interviewSeason();
    const kazan = (await saveEvent(season, 'kazan', eventBody(season.panel))).body as { startsAt: string };
    await saveEvent(season, 'moscow', eventBody(season.panel, { federalDistrict: 'central', city: 'Москва' }));
    await saveEvent(season, 'call-1', eventBody(season.panel, online));
    const person = await interviewee(season);

    expect(optionIds(await options(person.claims, person.applicationId))).toEqual(['kazan']);
    expect(optionIds(await options(person.claims, person.applicationId, 'online'))).toEqual(['call-1']);
    const booked = await book(person.claims, person.applicationId, 'kazan');
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ booking: { status: 'booked', eventId: 'kazan', version: 1 }, event: { city: 'Казань' } });
    expect(await seatsOf(season.seasonId, 'kazan')).toBe(1);
    expect((await myInterview(person.claims, person.applicationId)).body).toMatchObject({ booking: { eventId: 'kazan' } });

    const [mail] = await deliveredMailsTo(person.email);
    expect(mail?.subject).toContain('вы записаны на собеседование');
    expect(mail?.body.text).toContain('ул. Кремлёвская, 18');
    const invitation = mail?.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
    const calendar = Buffer.from(invitation?.content ?? '', 'base64').toString('utf8');
    expect(calendar).toContain(`UID:interview-${person.applicationId}-interview@cadre`);
    expect(calendar).toContain(`DTSTART:${kazan.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    expect(calendar).toContain('BEGIN:VALARM');

    const reminder = await queuedMail(`interview-reminder:${person.applicationId}:interview:1`);
    expect(reminder).toMatchObject({
      status: 'queued',
      notBefore: new Date(Date.parse(kazan.startsAt) - 24 * 60 * 60 * 1000).toISOString(),
    });
  });

  it('moves a booking to another event, freeing the seat and withdrawing the old reminder, then cancels and books again', async () => {
    const season = await interviewSeason();
    await saveEvent(season, 'kazan', eventBody(season.panel));
    await saveEvent(season, 'call-1', eventBody(season.panel, online));
    const person = await interviewee(season);
    expect((await book(person.claims, person.applicationId, 'kazan')).status).toBe(201);

    const stale = await book(person.claims, person.applicationId, 'call-1', 0);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version-conflict' });
    const moved = await book(person.claims, person.applicationId, 'call-1', 1);
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      booking: { eventId: 'call-1', version: 2 },
      event: { videoCallUrl: 'https://meet.example.org/prokadry-7' },
    });
    expect([await seatsOf(season.seasonId, 'kazan'), await seatsOf(season.seasonId, 'call-1')]).toEqual([0, 1]);
    expect(await queuedMail(`interview-reminder:${person.applicationId}:interview:1`)).toMatchObject({ status: 'withdrawn' });
    expect(await queuedMail(`interview-reminder:${person.applicationId}:interview:2`)).toMatchObject({ status: 'queued' });
    const again = await book(person.claims, person.applicationId, 'call-1', 2);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ booking: { version: 2 } });

    const cancelled = await cancelBooking(person.claims, person.applicationId, 2);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ booking: { status: 'cancelled', version: 3 } });
    expect(await seatsOf(season.seasonId, 'call-1')).toBe(0);
    expect(await queuedMail(`interview-reminder:${person.applicationId}:interview:2`)).toMatchObject({ status: 'withdrawn' });
    expect((await cancelBooking(person.claims, person.applicationId, 3)).body).toMatchObject({ code: 'booking-not-live' });
    const rebooked = await book(person.claims, person.applicationId, 'kazan', 3);
    expect(rebooked.status).toBe(201);
    expect(await seatsOf(season.seasonId, 'kazan')).toBe(1);
  });

  it('of 100 applicants booking 10 seats at once, exactly 10 get one and the rest are told it is full', async () => {
    const season = await interviewSeason();
    await saveEvent(season, 'kazan', eventBody(season.panel, { capacity: 10 }));
    const people = await Promise.all(Array.from({ length: 100 }, () => interviewee(season)));
    const answers = await Promise.all(people.map((person) => book(person.claims, person.applicationId, 'kazan')));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status !== 201).every((status) => status === 409)).toBe(true);
    expect(
      answers
        .filter((answer) => answer.status === 409)
        .every((answer) => ['event-full', 'event-busy'].includes((answer.body as { code: string }).code)),
    ).toBe(true);
    expect(await seatsOf(season.seasonId, 'kazan')).toBe(10);
    const roster = await interviewStore.roster(season.seasonId, 'kazan', { limit: 100, cursor: undefined });
    expect(roster.items).toHaveLength(10);
    expect(optionIds(await options(people[0]!.claims, people[0]!.applicationId))).toEqual([]);
  });

  it('refuses other people’s applications with 404, events not offered, closed or full, and applications not at an interview stage', async () => {
    const season = await interviewSeason();
    await saveEvent(season, 'kazan', eventBody(season.panel, { capacity: 1 }));
    await saveEvent(season, 'moscow', eventBody(season.panel, { federalDistrict: 'central', city: 'Москва' }));
    await saveEvent(season, 'closed', eventBody(season.panel, { bookingClosesAt: new Date(Date.now() - 60_000).toISOString() }));
    const [person, other] = await Promise.all([interviewee(season), interviewee(season)]);

    for (const probe of [
      options(other.claims, person.applicationId),
      book(other.claims, person.applicationId, 'kazan'),
      myInterview(other.claims, person.applicationId),
      cancelBooking(other.claims, person.applicationId, 1),
    ]) {
      expect((await probe).status).toBe(404);
    }
    expect((await book(person.claims, person.applicationId, 'moscow')).body).toMatchObject({ code: 'event-not-offered' });
    expect((await book(person.claims, person.applicationId, 'no-such-event')).body).toMatchObject({ code: 'event-not-offered' });
    expect((await book(person.claims, person.applicationId, 'closed')).body).toMatchObject({ code: 'booking-closed' });
    expect((await book(person.claims, person.applicationId, 'kazan')).status).toBe(201);
    expect((await book(other.claims, other.applicationId, 'kazan')).body).toMatchObject({ code: 'event-full' });
    expect((await myInterview(other.claims, other.applicationId)).status).toBe(404);

    const early = await interviewee(season, { stage: 'education' });
    const notYet = await options(early.claims, early.applicationId);
    expect(notYet.status).toBe(409);
    expect(notYet.body).toMatchObject({ code: 'not-at-interview-stage' });
    expect((await book(early.claims, early.applicationId, 'kazan')).body).toMatchObject({ code: 'not-at-interview-stage' });
    expect((await book(person.claims, person.applicationId, 'Kazan!')).status).toBe(400);
    expect((await cancelBooking(person.claims, person.applicationId, 0)).status).toBe(400);
  });

  it('books a recorded interview only with a verified video self-presentation, and sends no calendar for it', async () => {
    const season = await interviewSeason();
    await saveEvent(season, 'videos', eventBody(season.panel, recorded));
    const person = await interviewee(season);
    expect(optionIds(await options(person.claims, person.applicationId, 'recorded'))).toEqual(['videos']);
    const refused = await book(person.claims, person.applicationId, 'videos');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'video-not-verified' });
    await storeVerifiedDocument(person.applicationId, person.applicantId, 'video-presentation');
    expect((await book(person.claims, person.applicationId, 'videos')).status).toBe(201);
    const [mail] = await deliveredMailsTo(person.email);
    expect(mail?.body.text).toContain('видео-самопрезентация');
    expect(mail?.attachments).toEqual([]);
    expect(await queuedMail(`interview-reminder:${person.applicationId}:interview:1`)).toBeUndefined();
  });

  it('gives a full event’s seats of applications that have left the stage to the next who book', async () => {
    const season = await interviewSeason();
    await saveEvent(season, 'kazan', eventBody(season.panel, { capacity: 1 }));
    const [gone, next] = await Promise.all([interviewee(season), interviewee(season)]);
    expect((await book(gone.claims, gone.applicationId, 'kazan')).status).toBe(201);
    expect((await book(next.claims, next.applicationId, 'kazan')).body).toMatchObject({ code: 'event-full' });
    await movedTo(gone.applicationId, 'withdrawn');
    expect((await book(next.claims, next.applicationId, 'kazan')).status).toBe(201);
    expect(await seatsOf(season.seasonId, 'kazan')).toBe(1);
    expect(await interviewStore.findBooking(gone.applicationId, 'interview')).toMatchObject({ status: 'cancelled' });
    expect(await queuedMail(`interview-reminder:${gone.applicationId}:interview:1`)).toMatchObject({ status: 'withdrawn' });
  });
});
