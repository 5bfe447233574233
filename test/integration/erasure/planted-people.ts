import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { BatchWriteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { queuedMailPut } from '../../../shared/adapters/dynamodb/dynamodb-mail-items.ts';
import { erasedReminderCapId } from '../../../shared/adapters/dynamodb/dynamodb-personal-records.ts';
import { s3Client } from '../../../shared/adapters/s3/s3-client.ts';
import { PUBLISHED_PATHS } from '../../../shared/certificates/domain/published-files.ts';
import { certificatePdfKey } from '../../../shared/certificates/use-cases/issue-certificate.ts';
import { letterPdfKey } from '../../../shared/certificates/use-cases/letter-download.ts';
import { uploadObjectKey, verifiedObjectKey } from '../../../shared/documents/domain/upload/object-key.ts';
import { pairIdOf } from '../../../shared/mentoring/domain/pair-id.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import {
  achievementCertificateKey,
  applicationGuardKey,
  applicationHistoryKey,
  applicationIndexKeys,
  applicationKey,
  certificateKeys,
  consentKey,
  consentStateKey,
  disclosureKeys,
  documentKey,
  educationProgressKey,
  ENTITY,
  internshipChoiceKeys,
  internshipPreferencesKeys,
  internshipRankingKey,
  interviewBookingKeys,
  interviewEventKey,
  mailCapKey,
  menteeMentoringKey,
  mentoringPairKeys,
  mentoringSessionKey,
  pendingEffectKey,
  pendingUploadsKey,
  peopleRelationsKey,
  placementHoldKey,
  placementIndexKeys,
  placementKey,
  profileKey,
  recommendationLetterKey,
  releaseDecisionKey,
  releaseKeys,
  reviewKeys,
  rubricAggregateKey,
  teamKey,
  teamMembershipKey,
  transitionFailureKey,
  undeliverableMailIndexKeys,
} from '../../../shared/platform/keys/keys.ts';
import { personDigest } from '../../../shared/relations/domain/person-digest.ts';

/** What two people share when planted side by side: one season, one team, one interview event, one offer, one mentor. */
export interface SharedPlaces {
  readonly programmeId: string;
  readonly seasonId: string;
  readonly teamId: string;
  readonly eventId: string;
  readonly offerId: string;
  readonly organisationId: string;
  readonly mentorId: string;
  readonly expertId: string;
}

export interface PlantedPerson {
  readonly sub: string;
  readonly email: string;
  readonly lastName: string;
  readonly applicationId: string;
  readonly certificateId: string;
  readonly pairId: string;
  readonly releaseId: string;
  readonly documentId: string;
  /** Every table key planted in the person's own partitions and items (not the shared ones). */
  readonly keys: readonly { readonly pk: string; readonly sk: string }[];
  /** Every object key planted, by bucket. */
  readonly objects: { readonly documents: readonly string[]; readonly verification: readonly string[] };
  readonly mailIds: readonly string[];
}

/** A unique address, made before planting so two people can name each other in their relations. */
export const plantedEmail = (): string => `planted-${randomUUID().slice(0, 8)}@example.org`;

export const sharedPlaces = (): SharedPlaces => {
  const tag = randomUUID().slice(0, 8);
  return {
    programmeId: `erasure-${tag}`,
    seasonId: `erasure-${tag}-2026`,
    teamId: `team-${tag}`,
    eventId: randomUUID(),
    offerId: randomUUID(),
    organisationId: `org-${tag}`,
    mentorId: `mentor-${tag}`,
    expertId: `expert-${tag}`,
  };
};

const tableName = () => requireEnv(ENV.tableName);

const putAll = async (items: readonly Record<string, unknown>[]): Promise<void> => {
  for (let offset = 0; offset < items.length; offset += 25) {
    await documentClient().send(
      new BatchWriteCommand({
        RequestItems: { [tableName()]: items.slice(offset, offset + 25).map((Item) => ({ PutRequest: { Item } })) },
      }),
    );
  }
};

const at = '2026-03-01T10:00:00.000Z';

/** A mentoring pair's attributes as the mentoring module stores them (mentoring-pair-schema.ts). */
const pairFields = (
  places: SharedPlaces,
  pair: { readonly id: string; readonly applicationId: string; readonly applicantId: string; readonly mentorId: string },
) => ({
  ...pair,
  seasonId: places.seasonId,
  programmeId: places.programmeId,
  tier: 'main',
  proposedBy: 'matching',
  proposedAt: at,
  sessions: 1,
  minutes: 60,
  updatedAt: at,
  version: 2,
});

/**
 * Plants one applicant in every kind of record an applicant can own or be named in (domain/erasure-plan.ts),
 * as the owning modules store them (their key builders, their attributes), with a name and address
 * unique to the person so a search of the whole table finds any copy left behind.
 */
export const plantPerson = async (places: SharedPlaces, email: string, teamMateEmail: string): Promise<PlantedPerson> => {
  const sub = `person-${randomUUID()}`;
  const tag = randomUUID().slice(0, 8);
  const lastName = `Плантов${tag}`;
  const applicationId = randomUUID();
  const certificateId = randomUUID();
  const pairId = pairIdOf(applicationId, places.mentorId);
  const declinedPairId = pairIdOf(applicationId, `${places.mentorId}-declined`);
  const releaseId = randomUUID();
  const documentId = randomUUID();
  const placementId = randomUUID();
  const { seasonId, programmeId } = places;
  const application = { id: applicationId, seasonId, applicantId: sub, createdAt: at, stage: 'finalists', region: '77' };
  const items: Record<string, unknown>[] = [
    { ...profileKey(sub), entity: ENTITY.profile, name: { last: lastName, first: 'Анна' }, contacts: { email }, preferredLanguage: 'en' },
    { ...consentKey(sub, at, randomUUID()), entity: ENTITY.consent, kind: 'processing', givenAt: at, applicantId: sub },
    { ...consentStateKey(sub), entity: ENTITY.consentState, applicantId: sub },
    {
      ...peopleRelationsKey(sub),
      entity: ENTITY.peopleRelations,
      applicantId: sub,
      relations: new Set([
        `${personDigest(teamMateEmail)} team ${seasonId} ${places.teamId}`,
        `${personDigest(`mentor-of-${tag}@example.org`)} mentoring ${seasonId} -`,
      ]),
    },
    { ...applicationGuardKey(sub, seasonId), entity: ENTITY.applicationGuard, applicationId },
    {
      ...disclosureKeys({ id: randomUUID(), applicantId: sub, applicationId, seasonId, at }),
      entity: ENTITY.disclosure,
      applicantId: sub,
      applicationId,
      seasonId,
      organisationId: places.organisationId,
      fields: ['name', 'email'],
    },
    {
      ...applicationKey(applicationId),
      ...applicationIndexKeys(application),
      entity: ENTITY.application,
      ...application,
      programmeId,
      answers: { motivation: `Я, ${lastName}, хочу участвовать` },
    },
    { ...applicationHistoryKey(applicationId, at, 2), entity: ENTITY.applicationEvent, by: sub, applicationId },
    { ...documentKey(applicationId, documentId), entity: ENTITY.document, fileName: `${lastName}.pdf`, applicationId },
    { ...pendingUploadsKey(applicationId), entity: ENTITY.pendingUploads, forms: new Set([documentId]) },
    { ...educationProgressKey(applicationId), entity: ENTITY.educationProgress, courses: new Set(['c1']) },
    {
      ...reviewKeys({ applicationId, expertId: places.expertId, rubricId: 'essay', seasonId }),
      entity: ENTITY.review,
      comment: `Хорошо, ${lastName}`,
    },
    { ...rubricAggregateKey(applicationId, 'essay'), entity: ENTITY.rubricAggregate, mean: 7 },
    {
      ...interviewBookingKeys({ applicationId, stage: 'interview', seasonId, eventId: places.eventId }),
      entity: ENTITY.interviewBooking,
      applicationId,
      seasonId,
      eventId: places.eventId,
      stage: 'interview',
      status: 'booked',
    },
    { ...teamMembershipKey(applicationId), entity: ENTITY.teamMembership, applicationId, seasonId, teamId: places.teamId },
    {
      ...internshipPreferencesKeys({ applicationId, seasonId, stage: 'internship' }),
      entity: ENTITY.internshipPreferences,
      offers: [places.offerId],
    },
    {
      ...internshipChoiceKeys({ applicationId, seasonId, stage: 'internship', offerId: places.offerId }),
      entity: ENTITY.internshipChoice,
      applicationId,
      seasonId,
      offerId: places.offerId,
    },
    {
      ...placementKey(applicationId, placementId),
      ...placementIndexKeys({
        id: placementId,
        seasonId,
        applicationId,
        offerId: places.offerId,
        hostOrganisation: places.organisationId,
        status: 'offered',
        respondBy: '2026-04-01T00:00:00.000Z',
      }),
      entity: ENTITY.placement,
      applicantName: lastName,
    },
    { ...placementHoldKey(applicationId, 'internship'), entity: ENTITY.placementHold, placementId },
    { ...releaseDecisionKey(applicationId, 3, 'employment'), entity: ENTITY.releaseDecision, released: true },
    {
      ...menteeMentoringKey(applicationId),
      entity: ENTITY.menteeMentoring,
      applicationId,
      seasonId,
      livePairId: pairId,
      declinedBy: new Set([`${places.mentorId}-declined`]),
    },
    { ...recommendationLetterKey(applicationId), entity: ENTITY.recommendationLetter, text: `${lastName} — отличный участник` },
    { ...achievementCertificateKey(applicationId, 'finalist'), entity: ENTITY.achievementCertificate, certificateId },
    { ...pendingEffectKey(applicationId, 3, 'notify'), entity: ENTITY.pendingEffect },
    { ...transitionFailureKey(applicationId, `exec-${tag}`), entity: ENTITY.transitionFailure, cause: 'timeout' },
    {
      ...certificateKeys({ id: certificateId, applicantId: sub, seasonId, requestedAt: at }),
      entity: ENTITY.certificate,
      id: certificateId,
      applicationId,
      applicantId: sub,
      programmeId,
      seasonId,
      achievement: {
        id: 'finalist',
        name: { ru: 'Финалист', en: 'Finalist' },
        description: { ru: 'Дошёл до финала', en: 'Reached the final' },
      },
      holderName: `Анна ${lastName}`,
      language: 'en',
      programmeName: { ru: 'ПроКадры', en: 'ProKadry' },
      seasonTitle: { ru: 'Сезон 2026', en: 'Season 2026' },
      layout: 'prokadry',
      issuerName: { ru: 'Фонд', en: 'Foundation' },
      numberPrefix: 'ПК',
      status: 'revoked',
      requestedAt: at,
      number: 'ПК-2026-000123',
      statusList: { listId: 1, index: 7 },
      issuedAt: at,
      credentialJwt: `eyJ.${tag}.${lastName}`,
      revocation: { reason: `${lastName} cheated`, by: 'staff-1', at },
      updatedAt: at,
      version: 3,
    },
    {
      ...releaseKeys({ id: releaseId, organisationId: places.organisationId, seasonId, applicationId, releasedAt: at }),
      entity: ENTITY.release,
      applicationId,
    },
    {
      ...mentoringPairKeys({ id: pairId, seasonId, mentorId: places.mentorId, status: 'active', proposedAt: at }),
      entity: ENTITY.mentoringPair,
      ...pairFields(places, { id: pairId, applicationId, applicantId: sub, mentorId: places.mentorId }),
      status: 'active',
      ending: { cause: 'other', note: `${lastName} moved away`, from: 'active', by: 'staff-1', at },
    },
    { ...mentoringSessionKey(pairId, '2026-03-02', randomUUID()), entity: ENTITY.mentoringSession, notes: `Говорили с ${lastName}` },
    {
      ...mentoringPairKeys({ id: declinedPairId, seasonId, mentorId: `${places.mentorId}-declined`, status: 'declined', proposedAt: at }),
      entity: ENTITY.mentoringPair,
      ...pairFields(places, { id: declinedPairId, applicationId, applicantId: sub, mentorId: `${places.mentorId}-declined` }),
      status: 'declined',
      declinedAt: at,
      declineReason: `Не подходит ${lastName}`,
    },
    { ...mailCapKey(erasedReminderCapId(sub, seasonId)), entity: ENTITY.mailCap, count: 1 },
  ];
  await putAll(items);
  const mailIds = [`erasure-test-queued#${applicationId}`, `erasure-test-failed#${tag}`];
  const mail = { seasonId, mail: { to: [email], subject: `Привет, ${lastName}`, text: lastName, html: lastName } };
  await documentClient().send(
    new PutCommand(
      queuedMailPut(tableName(), 'main', { id: mailIds[0] as string, ...mail, notBefore: '2099-01-01T00:00:00.000Z' }, new Date(at)),
    ),
  );
  await documentClient().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        pk: `MAIL#${mailIds[1]}`,
        sk: 'MAIL',
        ...undeliverableMailIndexKeys(seasonId, at, mailIds[1] as string),
        entity: ENTITY.mail,
        mailId: mailIds[1],
        status: 'failed',
        to: [email],
        subject: `Привет, ${lastName}`,
      },
    }),
  );
  const uploadKey = uploadObjectKey(applicationId, documentId, `${lastName}.pdf`, 'pdf');
  const documents = [
    uploadKey,
    verifiedObjectKey({ applicationId, id: documentId, objectKey: uploadKey }, randomUUID()),
    certificatePdfKey(certificateId),
    letterPdfKey(applicationId),
  ];
  const verification = [PUBLISHED_PATHS.credential(certificateId)];
  for (const key of documents) {
    await s3Client().send(new PutObjectCommand({ Bucket: requireEnv(ENV.documentsBucket), Key: key, Body: `${lastName} ${key}` }));
  }
  for (const key of verification) {
    await s3Client().send(new PutObjectCommand({ Bucket: requireEnv(ENV.verificationBucket), Key: key, Body: `${lastName} ${key}` }));
  }
  return {
    sub,
    email,
    lastName,
    applicationId,
    certificateId,
    pairId,
    releaseId,
    documentId,
    keys: items.map((item) => ({ pk: String(item['pk']), sk: String(item['sk']) })),
    objects: { documents, verification },
    mailIds,
  };
};

/** The records two planted people share: their team, the interview event, the offer's ranking. */
export const plantSharedRecords = async (places: SharedPlaces, people: readonly PlantedPerson[]): Promise<void> => {
  const ids = people.map((person) => person.applicationId);
  await putAll([
    {
      ...teamKey(places.seasonId, places.teamId),
      entity: ENTITY.team,
      seasonId: places.seasonId,
      id: places.teamId,
      name: 'Команда',
      members: ids.map((applicationId) => ({ applicationId, participantRole: 'pupil' })),
      createdAt: at,
      updatedAt: at,
      updatedBy: 'staff-1',
      version: 1,
    },
    { ...interviewEventKey(places.seasonId, places.eventId), entity: ENTITY.interviewEvent, booked: people.length, capacity: 10 },
    {
      ...internshipRankingKey(places.seasonId, places.offerId),
      entity: ENTITY.internshipRanking,
      seasonId: places.seasonId,
      offerId: places.offerId,
      ranking: ids,
      acceptsUnranked: false,
      version: 1,
    },
  ]);
};
