import {
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ERASED_SUBJECT } from '../../platform/identifiers/erased-subject.ts';
import type { ErasedCounts } from '../../erasure/domain/erasure-steps.ts';
import type { ErasureSubject, PersonalRecords, PersonFound } from '../../erasure/ports/personal-records.ts';
import { pairIdOf } from '../../mentoring/domain/pair-id.ts';
import {
  applicantApplicationsPartition,
  applicantKey,
  applicationKey,
  applicationReleasesPartition,
  certificateKey,
  DISCLOSURE_PREFIX,
  ENTITY,
  erasedDisclosuresPartition,
  holderCertificatesPartition,
  INTERNSHIP_CHOICE_PREFIX,
  INTERVIEW_BOOKING_PREFIX,
  internshipOfferKey,
  internshipRankingKey,
  interviewEventKey,
  MAIL_QUEUE_SHARDS,
  mailCapKey,
  mailQueueShardPartition,
  menteeMentoringKey,
  MENTORING_SESSION_PREFIX,
  mentoringPairKey,
  peopleRelationsKey,
  PLACEMENT_PREFIX,
  profileKey,
  teamKey,
  teamMembershipKey,
  undeliverableMailPartition,
  type TableKeys,
} from '../../platform/keys/keys.ts';
import { personDigest } from '../../relations/domain/person-digest.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';

type Item = Record<string, unknown>;

/** BatchWriteItem takes 25 items a request; what throttling leaves unprocessed is sent again, a bounded number of times. */
const BATCH_LIMIT = 25;
const MAX_ROUNDS = 8;
/** Optimistic writes to a shared record (a team, a ranking) that lost a race are tried again this often. */
const MAX_ATTEMPTS = 5;
/** What stands in for the holder's name on a certificate's register entry and for staff's free text about them. */
const ERASED_TEXT = '—';

/**
 * The reminders' cap counter of a person in a season, as the progression's reminders name it
 * (use-cases/reminders/process-reminder-page.ts `reminderCapId`; a unit test holds the two together).
 */
export const erasedReminderCapId = (applicantId: string, seasonId: string): string => `reminders#${applicantId}#${seasonId}`;

const text = (item: Item | undefined, name: string): string | undefined => {
  const value = item?.[name];
  return typeof value === 'string' ? value : undefined;
};

const add = (counts: ErasedCounts, kind: keyof ErasedCounts, count = 1): void => {
  counts[kind] = (counts[kind] ?? 0) + count;
};

/**
 * The table's side of an erasure (domain/erasure-plan.ts). Reads go by the person's own partitions
 * and index keys and by the shared records theirs point at (a team, a ranking, a pair), never a
 * Scan; the one wide read is the mail queue's due index, filtered on the address, which holds only
 * mails not sent yet (a gate's burst drains within hours) and is read by a background worker.
 */
export class DynamoDbPersonalRecords implements PersonalRecords {
  readonly #client: Pick<DynamoDBDocumentClient, 'send'>;
  readonly #tableName: string;
  readonly #mailQueue: string;

  constructor(client: Pick<DynamoDBDocumentClient, 'send'>, tableName: string, mailQueue: string) {
    this.#client = client;
    this.#tableName = tableName;
    this.#mailQueue = mailQueue;
  }

  async find(subject: string): Promise<PersonFound> {
    const [profile, applications, certificates, own] = await Promise.all([
      this.#get(profileKey(subject)),
      this.#queryAll({
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': applicantApplicationsPartition(subject) },
      }),
      this.#queryAll({
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': holderCertificatesPartition(subject) },
      }),
      this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': applicantKey(subject) },
          Limit: 1,
        }),
      ),
    ]);
    const contacts = profile?.['contacts'] as Item | undefined;
    const language = text(profile, 'preferredLanguage');
    const unique = (values: (string | undefined)[]): string[] => [
      ...new Set(values.filter((value): value is string => value !== undefined)),
    ];
    return {
      exists: profile !== undefined || applications.length > 0 || (own.Items ?? []).length > 0,
      email: text(contacts, 'email'),
      language: language === 'ru' || language === 'en' ? language : undefined,
      programmeIds: unique(applications.map((item) => text(item, 'programmeId'))),
      applicationIds: unique(applications.map((item) => text(item, 'id'))),
      seasonIds: unique(applications.map((item) => text(item, 'seasonId'))),
      certificateIds: unique(certificates.map((item) => text(item, 'id'))),
    };
  }

  async unlink(person: ErasureSubject, at: Date): Promise<ErasedCounts> {
    const counts: ErasedCounts = {};
    for (const applicationId of person.applicationIds) {
      // Team-mates' relations first: the team still says who they are.
      await this.#eraseFromTeam(person, applicationId, counts, at);
      await this.#eraseFromRankings(applicationId, counts);
      await this.#redactMentoring(applicationId, counts, at);
      await this.#deleteReleases(applicationId, counts);
      await this.#giveSeatsBack(applicationId, counts);
      await this.#giveOfferSeatsBack(applicationId, counts);
    }
    for (const certificateId of person.certificateIds) await this.#redactCertificate(certificateId, counts, at);
    await this.#moveDisclosures(person, counts);
    return counts;
  }

  async eraseMail(person: ErasureSubject): Promise<ErasedCounts> {
    const counts: ErasedCounts = {};
    const matches = [
      ...(person.email === undefined ? [] : [{ expression: 'contains(#to, :email)', values: { ':email': person.email } }]),
      ...person.applicationIds.map((applicationId, index) => ({
        expression: `contains(mailId, :application${index})`,
        values: { [`:application${index}`]: applicationId },
      })),
    ];
    if (matches.length > 0) {
      const filter = {
        FilterExpression: matches.map((match) => match.expression).join(' OR '),
        ...(person.email === undefined ? {} : { ExpressionAttributeNames: { '#to': 'to' } }),
      };
      const values = Object.assign({}, ...matches.map((match) => match.values)) as Item;
      const partitions = [
        ...Array.from({ length: MAIL_QUEUE_SHARDS }, (_, shard) => mailQueueShardPartition(this.#mailQueue, shard)),
        ...person.seasonIds.map(undeliverableMailPartition),
      ];
      for (const partition of partitions) {
        const mails = await this.#queryAll({
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :partition',
          ExpressionAttributeValues: { ':partition': partition, ...values },
          ...filter,
        });
        await this.#deleteAll(mails);
        add(counts, 'mails', mails.length);
      }
    }
    for (const seasonId of person.seasonIds) {
      await this.#client.send(
        new DeleteCommand({ TableName: this.#tableName, Key: mailCapKey(erasedReminderCapId(person.subject, seasonId)) }),
      );
    }
    return counts;
  }

  async eraseRecords(person: ErasureSubject): Promise<ErasedCounts> {
    const counts: ErasedCounts = {};
    // An application started while the erasure ran (before the account went) is theirs too.
    const { applicationIds: current } = await this.find(person.subject);
    for (const applicationId of new Set([...person.applicationIds, ...current])) {
      const items = await this.#partition(applicationKey(applicationId).pk);
      await this.#deleteAll(items);
      add(counts, 'applicationRecords', items.length);
    }
    const own = await this.#partition(applicantKey(person.subject));
    await this.#deleteAll(own);
    add(counts, 'applicantRecords', own.length);
    return counts;
  }

  async #eraseFromTeam(person: ErasureSubject, applicationId: string, counts: ErasedCounts, at: Date): Promise<void> {
    const membership = await this.#get(teamMembershipKey(applicationId));
    const seasonId = text(membership, 'seasonId');
    const teamId = text(membership, 'teamId');
    if (seasonId === undefined || teamId === undefined) return;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const team = await this.#get(teamKey(seasonId, teamId));
      if (team === undefined) return;
      const members = (team['members'] as Item[] | undefined) ?? [];
      const mentor = team['mentor'] as Item | undefined;
      const others = [...members.map((member) => text(member, 'applicationId')), text(mentor, 'applicationId')].filter(
        (id): id is string => id !== undefined && id !== applicationId,
      );
      if (person.email !== undefined) await this.#eraseFromRelations(others, personDigest(person.email), counts);
      const kept = members.filter((member) => text(member, 'applicationId') !== applicationId);
      const mentorErased = text(mentor, 'applicationId') === applicationId;
      if (kept.length === members.length && !mentorErased) return;
      try {
        await this.#client.send(
          new UpdateCommand({
            TableName: this.#tableName,
            Key: teamKey(seasonId, teamId),
            UpdateExpression: `SET members = :members, updatedAt = :at, updatedBy = :by, #version = #version + :one${mentorErased ? ' REMOVE mentor' : ''}`,
            ConditionExpression: '#version = :version',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: {
              ':members': kept,
              ':at': at.toISOString(),
              ':by': ERASED_SUBJECT,
              ':one': 1,
              ':version': team['version'],
            },
          }),
        );
        add(counts, 'teamMemberships');
        return;
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
    }
    throw new Error('A team kept changing while an erasure removed a member from it');
  }

  /** The entries naming the person's digest in the team-mates' relations items (a string set of "<digest> <kind> <season> <team>"). */
  async #eraseFromRelations(applicationIds: readonly string[], digest: string, counts: ErasedCounts): Promise<void> {
    for (const applicationId of applicationIds) {
      const applicantId = text(await this.#get(applicationKey(applicationId)), 'applicantId');
      if (applicantId === undefined) continue;
      const relations = (await this.#get(peopleRelationsKey(applicantId)))?.['relations'];
      const naming = relations instanceof Set ? [...(relations as Set<string>)].filter((entry) => entry.startsWith(`${digest} `)) : [];
      if (naming.length === 0) continue;
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: peopleRelationsKey(applicantId),
          UpdateExpression: 'DELETE relations :naming',
          ExpressionAttributeValues: { ':naming': new Set(naming) },
        }),
      );
      add(counts, 'relations', naming.length);
    }
  }

  async #eraseFromRankings(applicationId: string, counts: ErasedCounts): Promise<void> {
    const choices = await this.#queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk, ':prefix': INTERNSHIP_CHOICE_PREFIX },
    });
    for (const choice of choices) {
      const seasonId = text(choice, 'seasonId');
      const offerId = text(choice, 'offerId');
      if (seasonId === undefined || offerId === undefined) continue;
      for (let attempt = 0; ; attempt += 1) {
        const ranking = await this.#get(internshipRankingKey(seasonId, offerId));
        const ranked = (ranking?.['ranking'] as string[] | undefined) ?? [];
        if (!ranked.includes(applicationId)) break;
        try {
          await this.#client.send(
            new UpdateCommand({
              TableName: this.#tableName,
              Key: internshipRankingKey(seasonId, offerId),
              UpdateExpression: 'SET ranking = :ranking, #version = #version + :one',
              ConditionExpression: '#version = :version',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: {
                ':ranking': ranked.filter((id) => id !== applicationId),
                ':one': 1,
                ':version': ranking?.['version'],
              },
            }),
          );
          add(counts, 'rankings');
          break;
        } catch (error) {
          if (!isConditionalCheckFailed(error) || attempt + 1 === MAX_ATTEMPTS) throw error;
        }
      }
    }
  }

  /** The live pair and those the mentee's mentors declined or were parted from: their ids follow from the application and the mentor. */
  async #redactMentoring(applicationId: string, counts: ErasedCounts, at: Date): Promise<void> {
    const mentoring = await this.#get(menteeMentoringKey(applicationId));
    if (mentoring === undefined) return;
    const declinedBy = mentoring['declinedBy'] instanceof Set ? [...(mentoring['declinedBy'] as Set<string>)] : [];
    const pairIds = new Set([
      ...(text(mentoring, 'livePairId') === undefined ? [] : [text(mentoring, 'livePairId') as string]),
      ...declinedBy.map((mentorId) => pairIdOf(applicationId, mentorId)),
    ]);
    for (const pairId of pairIds) {
      const pair = await this.#get(mentoringPairKey(pairId));
      if (pair === undefined) continue;
      const ending = pair['ending'] as Item | undefined;
      // A step run again finds the pair redacted already: its sessions may still hold notes.
      if (pair['applicantId'] !== ERASED_SUBJECT) {
        await this.#client.send(
          new UpdateCommand({
            TableName: this.#tableName,
            Key: mentoringPairKey(pairId),
            // A new version, so a write prepared from the pair as it was is refused, not restoring the mentee.
            UpdateExpression: `SET applicantId = :erased, updatedAt = :at, #version = #version + :one REMOVE declineReason${ending?.['note'] === undefined ? '' : ', ending.note'}`,
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':erased': ERASED_SUBJECT, ':at': at.toISOString(), ':one': 1 },
          }),
        );
        add(counts, 'mentoringPairs');
      }
      const sessions = await this.#queryAll({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': mentoringPairKey(pairId).pk, ':prefix': MENTORING_SESSION_PREFIX },
      });
      for (const session of sessions.filter((item) => item['notes'] !== undefined)) {
        await this.#client.send(
          new UpdateCommand({
            TableName: this.#tableName,
            Key: { pk: session['pk'], sk: session['sk'] },
            UpdateExpression: 'REMOVE notes',
          }),
        );
        add(counts, 'mentoringSessions');
      }
    }
  }

  async #deleteReleases(applicationId: string, counts: ErasedCounts): Promise<void> {
    const releases = await this.#queryAll({
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk',
      ExpressionAttributeValues: { ':pk': applicationReleasesPartition(applicationId) },
    });
    await this.#deleteAll(releases);
    add(counts, 'releases', releases.length);
  }

  /** A live booking (on its event's roster) gives its seat back in the transaction that deletes it. */
  async #giveSeatsBack(applicationId: string, counts: ErasedCounts): Promise<void> {
    const bookings = await this.#queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk, ':prefix': INTERVIEW_BOOKING_PREFIX },
    });
    for (const booking of bookings.filter((item) => item['gsi1pk'] !== undefined)) {
      const seasonId = text(booking, 'seasonId');
      const eventId = text(booking, 'eventId');
      if (seasonId === undefined || eventId === undefined) continue;
      const remove = {
        TableName: this.#tableName,
        Key: { pk: booking['pk'], sk: booking['sk'] },
        ConditionExpression: 'attribute_exists(gsi1pk)',
      };
      try {
        await transactWrite(
          this.#client,
          new TransactWriteCommand({
            TransactItems: [
              { Delete: remove },
              {
                Update: {
                  TableName: this.#tableName,
                  Key: interviewEventKey(seasonId, eventId),
                  UpdateExpression: 'SET booked = booked - :one',
                  ConditionExpression: 'booked > :zero',
                  ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
                },
              },
            ],
          }),
        );
        add(counts, 'interviewSeats');
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (reasons === undefined) throw error;
        // Already deleted (a step run again): nothing to give back. An event without seats to give (gone, or at 0): the booking goes alone.
        if (reasons[0]?.code === 'ConditionalCheckFailed') continue;
        await this.#client.send(new DeleteCommand(remove)).catch((failure: unknown) => {
          if (!isConditionalCheckFailed(failure)) throw failure;
        });
      }
    }
  }

  /**
   * A placement offered or accepted (not started yet) gives its seat back to the offer in the
   * transaction that deletes it, so the host can fill it; one started or done stays counted (the
   * seat was used: an anonymous count of what happened), and its record goes with the rest.
   */
  async #giveOfferSeatsBack(applicationId: string, counts: ErasedCounts): Promise<void> {
    const placements = await this.#queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk, ':prefix': PLACEMENT_PREFIX },
    });
    for (const placement of placements) {
      const status = text(placement, 'status');
      const seasonId = text(placement, 'seasonId');
      const offerId = text(placement, 'offerId');
      if ((status !== 'offered' && status !== 'accepted') || seasonId === undefined || offerId === undefined) continue;
      const accepted = status === 'accepted';
      try {
        await transactWrite(
          this.#client,
          new TransactWriteCommand({
            TransactItems: [
              {
                Delete: {
                  TableName: this.#tableName,
                  Key: { pk: placement['pk'], sk: placement['sk'] },
                  ConditionExpression: '#status = :status',
                  ExpressionAttributeNames: { '#status': 'status' },
                  ExpressionAttributeValues: { ':status': status },
                },
              },
              {
                Update: {
                  TableName: this.#tableName,
                  Key: internshipOfferKey(seasonId, offerId),
                  UpdateExpression: `SET held = held - :one${accepted ? ', accepted = accepted - :one' : ''}`,
                  ConditionExpression: `held > :zero${accepted ? ' AND accepted > :zero' : ''}`,
                  ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
                },
              },
            ],
          }),
        );
        add(counts, 'internshipSeats');
      } catch (error) {
        // Already gone, or an offer without the seat to give (gone, or at 0): the records step deletes what is left.
        if (cancellationReasons(error) === undefined) throw error;
      }
    }
  }

  /**
   * An issued or revoked certificate stays in the register without its holder: number, programme,
   * achievement, dates and status. One not issued yet has no register entry to keep and goes.
   */
  async #redactCertificate(certificateId: string, counts: ErasedCounts, at: Date): Promise<void> {
    const certificate = await this.#get(certificateKey(certificateId));
    if (certificate === undefined || certificate['holderErasedAt'] !== undefined) return;
    if (certificate['status'] === 'requested') {
      await this.#client.send(new DeleteCommand({ TableName: this.#tableName, Key: certificateKey(certificateId) }));
      add(counts, 'certificates');
      return;
    }
    const revoked = certificate['revocation'] !== undefined;
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: certificateKey(certificateId),
        // A new version, so a write prepared from the certificate as it was (a revocation) is refused, not restoring the holder.
        UpdateExpression: `SET holderName = :erasedText, applicantId = :erased, holderErasedAt = :at, updatedAt = :at, #version = #version + :one${revoked ? ', revocation.reason = :erasedText' : ''} REMOVE credentialJwt, gsi1pk, gsi1sk`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':erasedText': ERASED_TEXT, ':erased': ERASED_SUBJECT, ':at': at.toISOString(), ':one': 1 },
      }),
    );
    add(counts, 'certificates');
  }

  /** Each entry is copied under the request, without the subject and the application's index entry, then removed from the person's partition. */
  async #moveDisclosures(person: ErasureSubject, counts: ErasedCounts): Promise<void> {
    const entries = await this.#queryAll({
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': applicantKey(person.subject), ':prefix': DISCLOSURE_PREFIX },
    });
    for (const entry of entries) {
      const { gsi1pk: _application, gsi1sk: _order, ...kept } = entry;
      await this.#client.send(
        new PutCommand({
          TableName: this.#tableName,
          Item: { ...kept, pk: erasedDisclosuresPartition(person.requestId), entity: ENTITY.disclosure, applicantId: ERASED_SUBJECT },
        }),
      );
      await this.#client.send(new DeleteCommand({ TableName: this.#tableName, Key: { pk: entry['pk'], sk: entry['sk'] } }));
      add(counts, 'disclosures');
    }
  }

  async #get(key: TableKeys): Promise<Item | undefined> {
    const { Item } = await this.#client.send(new GetCommand({ TableName: this.#tableName, Key: key, ConsistentRead: true }));
    return Item;
  }

  async #partition(pk: string): Promise<Item[]> {
    return this.#queryAll({ KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ProjectionExpression: 'pk, sk' });
  }

  /** Every page of a Query (the person's own partitions and index keys: a few hundred items at most). */
  async #queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let start: Item | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({ ...input, TableName: this.#tableName, ExclusiveStartKey: start }),
      );
      items.push(...Items);
      start = LastEvaluatedKey;
    } while (start !== undefined);
    return items;
  }

  async #deleteAll(items: readonly Item[]): Promise<void> {
    for (let offset = 0; offset < items.length; offset += BATCH_LIMIT) {
      let pending: unknown[] | undefined = items
        .slice(offset, offset + BATCH_LIMIT)
        .map((item) => ({ DeleteRequest: { Key: { pk: item['pk'], sk: item['sk'] } } }));
      for (let round = 0; pending !== undefined && pending.length > 0; round += 1) {
        if (round === MAX_ROUNDS) throw new Error('BatchWriteItem left deletions unprocessed after retries');
        const result: BatchWriteCommandOutput = await this.#client.send(
          new BatchWriteCommand({ RequestItems: { [this.#tableName]: pending as never } }),
        );
        pending = result.UnprocessedItems?.[this.#tableName];
      }
    }
  }
}
