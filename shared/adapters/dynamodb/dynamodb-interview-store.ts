import { PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { interviewBookingSchema, type InterviewBooking } from '../../interviews/booking-schema.ts';
import { eventPlace, interviewEventSchema, type InterviewEvent } from '../../interviews/interview-event-schema.ts';
import type {
  BookingRefusal,
  BookingWriteOutcome,
  EventListFilter,
  EventWriteOutcome,
  InterviewStore,
} from '../../interviews/ports/interview-store.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import {
  ENTITY,
  interviewBookingKey,
  interviewBookingKeys,
  interviewEventKey,
  interviewEventKeys,
  interviewEventListPartition,
  interviewPlacePrefix,
  interviewRosterPartition,
} from '../../platform/keys/keys.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { consistentGet } from './consistent-get.ts';
import { gsi1PartitionPage } from './gsi1-partition-page.ts';
import { parseStoredItem } from './parse-stored.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { transactWrite } from './transact-write.ts';

const toEvent = (item: Record<string, unknown>): InterviewEvent => parseStoredItem(interviewEventSchema, item);
const toBooking = (item: Record<string, unknown>): InterviewBooking => parseStoredItem(interviewBookingSchema, item);

const numberOf = (item: Record<string, unknown> | undefined, name: string): number => {
  const value = item?.[name];
  if (typeof value === 'number') return value;
  const wire = (value as { N?: unknown } | undefined)?.N;
  return typeof wire === 'string' ? Number(wire) : 0;
};

/** The event's optional attributes: a replacement without one removes what an earlier version stored. */
const OPTIONAL_FIELDS = ['title', 'federalDistrict', 'city', 'venue', 'videoCallUrl', 'videoRequirement', 'ownerOrganisation'] as const;

/** The event's own attributes a replacement sets (everything but `booked`, which only bookings move) and those it removes. */
const eventUpdate = (event: InterviewEvent) => {
  const { booked: _booked, ...fields } = event;
  const keyed = { ...interviewEventKeys({ ...event, place: eventPlace(event) }), entity: ENTITY.interviewEvent, ...fields };
  const { pk: _pk, sk: _sk, ...attributes } = keyed;
  const names = Object.keys(attributes);
  const absent = OPTIONAL_FIELDS.filter((field) => event[field] === undefined);
  return {
    set: names.map((_name, index) => `#a${index} = :a${index}`).join(', '),
    remove: absent.map((_field, index) => `#r${index}`).join(', '),
    names: {
      ...Object.fromEntries(names.map((name, index) => [`#a${index}`, name])),
      ...Object.fromEntries(absent.map((field, index) => [`#r${index}`, field])),
    },
    values: Object.fromEntries(names.map((name, index) => [`:a${index}`, attributes[name as keyof typeof attributes]])),
  };
};

/**
 * Events have a partition each (a rush on one event touches nobody else's); a booking lives in its
 * application's partition, keyed by stage, so an application holds one booking per stage by
 * construction. Every seat change is one transaction of the booking and the event's `booked`
 * counter, whose condition (`booked < capacity`, scheduled, before the deadline: times are UTC
 * strings, so they compare as text) holds the capacity under any concurrency.
 */
export class DynamoDbInterviewStore implements InterviewStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  findEvent(seasonId: string, eventId: string): Promise<InterviewEvent | undefined> {
    return consistentGet(this.#client, this.#tableName, interviewEventKey(seasonId, eventId), toEvent);
  }

  async saveEvent(event: InterviewEvent, expectedVersion: number, options: { readonly structural: boolean }): Promise<EventWriteOutcome> {
    const update = eventUpdate(event);
    try {
      const { Attributes } = await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: interviewEventKey(event.seasonId, event.id),
          UpdateExpression: `SET ${update.set}, booked = if_not_exists(booked, :zero)${update.remove === '' ? '' : ` REMOVE ${update.remove}`}`,
          ConditionExpression:
            expectedVersion === 0
              ? 'attribute_not_exists(pk)'
              : `#version = :expected AND booked <= :capacity${options.structural ? ' AND booked = :zero' : ''}`,
          ExpressionAttributeNames: { ...update.names, ...(expectedVersion === 0 ? {} : { '#version': 'version' }) },
          ExpressionAttributeValues: {
            ...update.values,
            ':zero': 0,
            ...(expectedVersion === 0 ? {} : { ':expected': expectedVersion, ':capacity': event.capacity }),
          },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { written: true, event: toEvent(Attributes ?? {}) };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const current = error.Item;
      const version = numberOf(current, 'version');
      if (current === undefined || version !== expectedVersion)
        return { written: false, reason: 'version-conflict', currentVersion: version };
      const booked = numberOf(current, 'booked');
      return { written: false, reason: booked > event.capacity ? 'capacity-below-booked' : 'has-bookings', booked };
    }
  }

  async events(seasonId: string, filter: EventListFilter, page: PageRequest): Promise<Page<InterviewEvent>> {
    const partition = interviewEventListPartition(seasonId);
    const prefix =
      filter.stage === undefined
        ? undefined
        : filter.place === undefined
          ? `${filter.stage}#`
          : interviewPlacePrefix(filter.stage, filter.place);
    // From a start onwards: every sort key of the place at or after `<prefix><from>` and still under the prefix.
    const range =
      prefix !== undefined && filter.from !== undefined
        ? {
            condition: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
            values: { ':from': `${prefix}${filter.from}`, ':to': `${prefix}\uffff` },
          }
        : prefix !== undefined
          ? { condition: 'gsi1pk = :pk AND begins_with(gsi1sk, :prefix)', values: { ':prefix': prefix } }
          : { condition: 'gsi1pk = :pk', values: {} };
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: range.condition,
        ExpressionAttributeValues: { ':pk': partition, ...range.values },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi1', partition: { gsi1pk: partition } }),
      }),
    );
    return { items: Items.map(toEvent), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  /**
   * The season's list filtered on the panel: a season holds hundreds to a few thousand events, so
   * a panel member's look at their own is a page or two of one index partition, and no per-member
   * copy of every event has to be kept in step with panel changes.
   */
  async eventsOfPanelMember(seasonId: string, member: string, page: PageRequest): Promise<Page<InterviewEvent>> {
    const partition = interviewEventListPartition(seasonId);
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        FilterExpression: 'contains(panel, :member)',
        ExpressionAttributeValues: { ':pk': partition, ':member': member },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi1', partition: { gsi1pk: partition } }),
      }),
    );
    return { items: Items.map(toEvent), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  findBooking(applicationId: string, stage: string): Promise<InterviewBooking | undefined> {
    return consistentGet(this.#client, this.#tableName, interviewBookingKey(applicationId, stage), toBooking);
  }

  async book(
    booking: InterviewBooking,
    expectedVersion: number,
    previousEventId: string | undefined,
    now: string,
  ): Promise<BookingWriteOutcome> {
    const take = {
      Update: {
        TableName: this.#tableName,
        Key: interviewEventKey(booking.seasonId, booking.eventId),
        UpdateExpression: 'SET booked = booked + :one',
        ConditionExpression: 'attribute_exists(pk) AND #status = :scheduled AND booked < #capacity AND bookingClosesAt > :now',
        ExpressionAttributeNames: { '#status': 'status', '#capacity': 'capacity' },
        ExpressionAttributeValues: { ':one': 1, ':scheduled': 'scheduled', ':now': now },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      },
    };
    const free =
      previousEventId === undefined
        ? []
        : [
            {
              Update: {
                TableName: this.#tableName,
                Key: interviewEventKey(booking.seasonId, previousEventId),
                UpdateExpression: 'SET booked = booked - :one',
                ConditionExpression: 'booked > :zero',
                ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
              },
            },
          ];
    return this.#bookingTransaction(booking, expectedVersion, [take, ...free], now);
  }

  async cancel(booking: InterviewBooking, expectedVersion: number): Promise<BookingWriteOutcome> {
    const free = {
      Update: {
        TableName: this.#tableName,
        Key: interviewEventKey(booking.seasonId, booking.eventId),
        UpdateExpression: 'SET booked = booked - :one',
        ConditionExpression: 'booked > :zero',
        ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
      },
    };
    return this.#bookingTransaction(booking, expectedVersion, [free], undefined);
  }

  async recordAttendance(booking: InterviewBooking, expectedVersion: number): Promise<BookingWriteOutcome> {
    try {
      await this.#client.send(
        new PutCommand({ ...this.#bookingPut(booking, expectedVersion), ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }),
      );
      return { written: true, booking };
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return { written: false, reason: 'version-conflict', currentVersion: numberOf(error.Item, 'version') };
    }
  }

  roster(seasonId: string, eventId: string, page: PageRequest): Promise<Page<InterviewBooking>> {
    return gsi1PartitionPage(this.#client, this.#tableName, interviewRosterPartition(seasonId, eventId), page, toBooking);
  }

  /** The booking at the version read; a cancelled one leaves the roster (no gsi1 keys). */
  #bookingPut(booking: InterviewBooking, expectedVersion: number) {
    const keys = booking.status === 'cancelled' ? interviewBookingKey(booking.applicationId, booking.stage) : interviewBookingKeys(booking);
    return {
      TableName: this.#tableName,
      Item: { ...keys, entity: ENTITY.interviewBooking, ...booking },
      ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : '#version = :expected',
      ...(expectedVersion === 0
        ? {}
        : { ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
    };
  }

  async #bookingTransaction(
    booking: InterviewBooking,
    expectedVersion: number,
    seatChanges: readonly Record<string, unknown>[],
    now: string | undefined,
  ): Promise<BookingWriteOutcome> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            { Put: this.#bookingPut(booking, expectedVersion) },
            ...seatChanges,
          ] as TransactWriteCommand['input']['TransactItems'],
        }),
      );
      return { written: true, booking };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons === undefined) throw error;
      if (reasons[0]?.code === 'ConditionalCheckFailed') {
        const current = await this.findBooking(booking.applicationId, booking.stage);
        return { written: false, reason: 'version-conflict', currentVersion: current?.version ?? 0 };
      }
      const taken = reasons[1];
      if (now !== undefined && taken?.code === 'ConditionalCheckFailed') return { written: false, reason: seatRefusal(taken.item, now) };
      // Still contended after every retry (a rush on one event): a refusal to try again, not a fault.
      if (reasons.some((reason) => reason.code === 'TransactionConflict')) return { written: false, reason: 'busy' };
      throw error;
    }
  }
}

/** Why the event refused a seat, from the event as it was. */
const seatRefusal = (event: Readonly<Record<string, string>> | undefined, now: string): BookingRefusal => {
  if (event === undefined || event['status'] !== 'scheduled') return 'event-gone';
  if ((event['bookingClosesAt'] ?? '') <= now) return 'closed';
  return 'full';
};
