import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbCertificateStore } from '../../shared/adapters/dynamodb/dynamodb-certificate-store.ts';
import { DynamoDbConsentRepository } from '../../shared/adapters/dynamodb/dynamodb-consent-repository.ts';
import { DynamoDbDisclosureLog } from '../../shared/adapters/dynamodb/dynamodb-disclosure-log.ts';
import { DynamoDbDocumentRepository } from '../../shared/adapters/dynamodb/dynamodb-document-repository.ts';
import { DynamoDbEducationProgress } from '../../shared/adapters/dynamodb/dynamodb-education-progress.ts';
import { DynamoDbInternshipStore } from '../../shared/adapters/dynamodb/dynamodb-internship-store.ts';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb/dynamodb-interview-store.ts';
import { DynamoDbMentorPool } from '../../shared/adapters/dynamodb/dynamodb-mentor-pool.ts';
import { DynamoDbMentorProfiles } from '../../shared/adapters/dynamodb/dynamodb-mentor-profiles.ts';
import { DynamoDbMentoringPairs } from '../../shared/adapters/dynamodb/dynamodb-mentoring-pairs.ts';
import { DynamoDbPlacements } from '../../shared/adapters/dynamodb/dynamodb-placements.ts';
import { DynamoDbProfileRepository } from '../../shared/adapters/dynamodb/dynamodb-profile-repository.ts';
import { DynamoDbRecommendationLetters } from '../../shared/adapters/dynamodb/dynamodb-recommendation-letters.ts';
import { DynamoDbReviewStore } from '../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import { DynamoDbTeams } from '../../shared/adapters/dynamodb/dynamodb-teams.ts';
import { s3Client } from '../../shared/adapters/s3/s3-client.ts';
import { currentConsentText } from '../../shared/applicants/domain/consents/consent-texts.ts';
import type { SaveProfileInput } from '../../shared/applicants/domain/profile/profile-schema.ts';
import type { Application, ApplicationEvent } from '../../shared/applications/application-schema.ts';
import { kadryBudushchegoTemplate } from '../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { obedinenieNastavnikovTemplate } from '../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { prokadryTemplate } from '../../shared/catalogue/domain/templates/prokadry.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { seedOpenSeason, type OpenSeason } from './seed-open-season.ts';

/**
 * A person with a record of every kind cadre keeps about an applicant, each written through the
 * owning module's own store (so every item, index entry and object stands where that module puts
 * it): a profile, consents (processing, a guardian's, data sharing and its withdrawal), three
 * applications in three programmes with answers and histories, a document with its file in S3,
 * learning progress, a submitted review with a comment for the applicant and the rubric's
 * aggregate, an interview booking, an internship offer's placement, a project team, a mentoring
 * pair with a session and the final recommendation letter, a certificate and a disclosure to a
 * partner. Each planted text carries `marker`, so a test can search anything cadre answers (an
 * export) or leaves behind (an erasure) for it.
 *
 * How each record comes about is its own module's test; this is the person as the table holds them.
 */
export interface PlantedPerson {
  readonly applicantId: string;
  /** Found in the person's name, answers, comments and notes: nowhere else. */
  readonly marker: string;
  readonly email: string;
  readonly seasons: { readonly prokadry: OpenSeason; readonly kadry: OpenSeason; readonly mentoring: OpenSeason };
  readonly applications: { readonly prokadry: string; readonly kadry: string; readonly mentoring: string };
  readonly documents: readonly { readonly applicationId: string; readonly documentId: string; readonly objectKeys: readonly string[] }[];
  readonly interview: { readonly seasonId: string; readonly eventId: string; readonly stage: string };
  readonly review: { readonly applicationId: string; readonly expertId: string; readonly rubricId: string };
  readonly placement: { readonly applicationId: string; readonly placementId: string; readonly offerId: string };
  readonly team: { readonly seasonId: string; readonly teamId: string };
  readonly mentoring: { readonly pairId: string; readonly mentorId: string; readonly sessionId: string };
  readonly certificateId: string;
  readonly disclosureId: string;
}

export interface PlantOptions {
  /** The person's account (`sub`); a fresh one unless given. */
  readonly applicantId?: string;
  /** A word planted in their texts; a fresh one unless given. */
  readonly marker?: string;
  readonly preferredLanguage?: 'ru' | 'en';
  /**
   * Seasons to plant into instead of fresh ones, so two people can share a season (and its team,
   * interview event, offer and mentor when `alongside` names the first person's).
   */
  readonly seasons?: PlantedPerson['seasons'];
  readonly alongside?: PlantedPerson;
}

const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const applications = new DynamoDbApplicationRepository(client, tableName);
const HOUR_MS = 60 * 60 * 1000;
const hoursFromNow = (hours: number): string => new Date(Date.now() + hours * HOUR_MS).toISOString();
const shortId = (): string => randomUUID().slice(0, 8);

const profileOf = (marker: string, email: string, preferredLanguage: 'ru' | 'en'): SaveProfileInput => ({
  name: { last: `Выгрузкина-${marker}`, first: 'Данна', patronymic: 'Сведеновна' },
  birthDate: '2001-04-12',
  citizenship: ['RU'],
  region: '59',
  education: [
    {
      institution: `Университет ${marker}`,
      field: 'Государственное управление',
      level: 'master',
      graduationYear: 2025,
      publicAdministration: true,
    },
  ],
  workExperience: [{ organisation: `Администрация ${marker}`, role: 'Специалист', publicService: true, from: '2022-09-01' }],
  activity: { organisations: [], ownProjects: [{ title: `Проект ${marker}`, year: 2024 }], internships: [], youthGovernment: [] },
  contacts: { email, phone: '+79990001122' },
  preferredLanguage,
});

/** An application of the person created in `stage` (history: created), then moved through `moves` (one history event each). */
const plantApplication = async (
  season: OpenSeason,
  applicantId: string,
  stage: string,
  moves: readonly string[],
  changes: Partial<Application>,
): Promise<Application> => {
  const at = new Date().toISOString();
  let application: Application = {
    id: randomUUID(),
    seasonId: season.seasonId,
    programmeId: season.programmeId,
    applicantId,
    stage,
    answers: {},
    region: '59',
    language: 'ru',
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    version: 1,
    ...changes,
  };
  const created = await applications.create(application, { at, version: 1, kind: 'created', actor: 'applicant' });
  assert.equal(created.outcome, 'created');
  for (const [index, toStage] of moves.entries()) {
    const stored = await applications.find(application.id);
    assert.ok(stored);
    const next: Application = { ...stored, stage: toStage, updatedAt: new Date().toISOString(), version: stored.version + 1 };
    const event: ApplicationEvent = {
      at: next.updatedAt,
      version: next.version,
      kind: index === 0 && stored.stage === 'application' ? 'submitted' : 'stage-changed',
      actor: index === 0 ? 'applicant' : 'staff:planter',
      fromStage: stored.stage,
      toStage,
    };
    const moved = await applications.replace(next, stored, event);
    assert.equal(moved, 'written', `moving ${application.id} to ${toStage}`);
    application = next;
  }
  return application;
};

const plantConsents = async (applicantId: string, marker: string): Promise<void> => {
  const consents = new DynamoDbConsentRepository(client, tableName);
  const at = (minutes: number): string => new Date(Date.now() - (60 - minutes) * 60_000).toISOString();
  const records = [
    { id: randomUUID(), at: at(0), kind: 'personal-data' as const, textVersion: currentConsentText('personal-data').version },
    {
      id: randomUUID(),
      at: at(1),
      kind: 'guardian' as const,
      textVersion: currentConsentText('guardian').version,
      guardian: { fullName: `Опекунова ${marker}`, email: `guardian.${marker}@example.org`, relationship: 'parent' as const },
    },
    {
      id: randomUUID(),
      at: at(2),
      kind: 'data-sharing' as const,
      purpose: 'region' as const,
      textVersion: currentConsentText('data-sharing-region').version,
      fields: ['name' as const, 'education' as const],
    },
    {
      id: randomUUID(),
      at: at(3),
      kind: 'data-sharing' as const,
      purpose: 'host' as const,
      textVersion: currentConsentText('data-sharing-host').version,
      fields: ['name' as const, 'contacts.email' as const],
    },
    { id: randomUUID(), at: at(4), kind: 'data-sharing-withdrawal' as const, purpose: 'region' as const },
  ];
  for (const record of records) assert.equal(await consents.append(applicantId, record), 'appended', record.kind);
};

const plantDocument = async (application: Application): Promise<PlantedPerson['documents'][number]> => {
  const id = randomUUID();
  const at = new Date().toISOString();
  const objectKey = `uploads/${application.id}/${id}/resume.pdf`;
  const verifiedKey = `verified/${application.id}/${id}/${randomUUID()}/resume.pdf`;
  await new DynamoDbDocumentRepository(client, tableName).create({
    id,
    applicationId: application.id,
    applicantId: application.applicantId,
    requirementId: 'resume',
    format: 'pdf',
    contentType: 'application/pdf',
    fileName: 'resume.pdf',
    objectKey,
    uploadExpiresAt: at,
    declaredSize: 9,
    limits: { maxBytes: 10 * 1024 * 1024 },
    size: 9,
    status: 'verified',
    createdAt: at,
    updatedAt: at,
    verifiedAt: at,
    verifiedObject: { key: verifiedKey },
    version: 1,
  });
  const bucket = requireEnv(ENV.documentsBucket);
  for (const key of [objectKey, verifiedKey])
    await s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: '%PDF-1.4\n', ContentType: 'application/pdf' }));
  return { applicationId: application.id, documentId: id, objectKeys: [objectKey, verifiedKey] };
};

/** ПроКадры: documents, learning, an interview booked and scored, a placement at an internship. */
const plantProkadry = async (season: OpenSeason, applicantId: string, marker: string, alongside: PlantedPerson | undefined) => {
  const interviewStore = new DynamoDbInterviewStore(client, tableName);
  const application = await plantApplication(season, applicantId, 'application', ['screening', 'education', 'interview'], {
    answers: { motivation: `Мотивация ${marker}` },
    track: { track: 'beginner', assignedAt: new Date().toISOString() },
    preferredInternshipLevel: 'regional',
    internshipJustification: `Обоснование ${marker}`,
  });
  const document = await plantDocument(application);
  const progress = await new DynamoDbEducationProgress(client, tableName).apply(
    { eventId: `watch-${randomUUID()}`, applicationId: application.id, kind: 'webinar-watched', itemId: 'webinar-1', at: hoursFromNow(-5) },
    { seasonId: season.seasonId, at: hoursFromNow(-5) },
  );
  assert.equal(progress.outcome, 'recorded');

  const at = new Date().toISOString();
  const eventId = alongside?.interview.eventId ?? `planted-${shortId()}`;
  const expertId = alongside?.review.expertId ?? `expert-${randomUUID()}`;
  if (alongside === undefined) {
    const saved = await interviewStore.saveEvent(
      {
        seasonId: season.seasonId,
        programmeId: season.programmeId,
        id: eventId,
        stage: 'interview',
        rubricId: 'expert-interview',
        format: 'offline',
        title: 'Приволжский ФО, Пермь',
        federalDistrict: 'volga',
        city: 'Пермь',
        venue: 'ул. Ленина, 51',
        startsAt: hoursFromNow(72),
        endsAt: hoursFromNow(76),
        bookingClosesAt: hoursFromNow(48),
        capacity: 10,
        panel: [expertId],
        status: 'scheduled',
        booked: 0,
        createdAt: at,
        updatedAt: at,
        version: 1,
      },
      0,
      { structural: true },
    );
    assert.ok(saved.written, 'the interview event');
  }
  const booked = await interviewStore.book(
    {
      applicationId: application.id,
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      stage: 'interview',
      eventId,
      status: 'booked',
      bookedAt: at,
      updatedAt: at,
      version: 1,
    },
    0,
    undefined,
    at,
  );
  assert.ok(booked.written, 'the booking');

  const reviews = new DynamoDbReviewStore(client, tableName);
  const review = {
    applicationId: application.id,
    seasonId: season.seasonId,
    programmeId: season.programmeId,
    rubricId: 'expert-interview',
    stage: 'interview',
    expertId,
    status: 'assigned' as const,
    scores: {},
    assignedBy: 'staff-planter',
    assignedAt: at,
    interviewEventId: eventId,
    documents: [],
    updatedAt: at,
    version: 1,
  };
  assert.equal(await reviews.openScorecard(review), 'opened');
  const scores = { motivation: 8, experience: 7, initiatives: 9, 'internship-choice': 8 };
  const submitted = await reviews.save(
    {
      ...review,
      status: 'submitted',
      scores,
      weightedScore: 80,
      commentForApplicant: `Комментарий для участника ${marker}`,
      commentForStaff: `Заметка для штаба ${marker}`,
      submittedAt: at,
      version: 2,
    },
    1,
    { firstSubmission: true },
  );
  assert.ok(submitted.written, 'the review');
  assert.equal(
    await reviews.saveAggregate(application.id, {
      rubricId: 'expert-interview',
      method: 'mean',
      score: 80,
      reviewCount: 1,
      spread: 0,
      disagreement: false,
      passed: true,
      extraReviewerWanted: false,
      explanation: { method: 'mean', perReview: [{ expertId, raw: 80, used: 80, dropped: false }] },
      computedAt: at,
      basis: 2,
    }),
    'saved',
  );

  // On to the internship: an approved offer of a regional host, and the placement the matching offered.
  const moved = await applications.find(application.id);
  assert.ok(moved);
  const atInternship: Application = { ...moved, stage: 'regional-internship', updatedAt: hoursFromNow(0), version: moved.version + 1 };
  const move = await applications.replace(atInternship, moved, {
    at: atInternship.updatedAt,
    version: atInternship.version,
    kind: 'stage-changed',
    actor: 'system',
    fromStage: 'interview',
    toStage: 'regional-internship',
  });
  assert.equal(move, 'written');
  const offerId = alongside?.placement.offerId ?? `planted-offer-${shortId()}`;
  const hostOrganisation = `planted-host-${alongside?.placement.offerId.slice(-8) ?? shortId()}`;
  const offers = new DynamoDbInternshipStore(client, tableName);
  if (alongside === undefined) {
    const offered = await offers.saveOffer(
      {
        seasonId: season.seasonId,
        programmeId: season.programmeId,
        id: offerId,
        hostOrganisation,
        level: 'regional',
        region: '59',
        city: 'Пермь',
        title: { ru: 'Стажировка в министерстве', en: 'An internship at the ministry' },
        description: { ru: 'Аналитика', en: 'Analytics' },
        seats: 3,
        startsOn: '2027-02-01',
        endsOn: '2027-03-31',
        weeks: 6,
        format: 'in-person',
        hostName: { ru: 'Министерство Пермского края', en: 'Perm Krai ministry' },
        hostKind: 'regional-executive-body',
        status: 'approved',
        createdAt: at,
        updatedAt: at,
        version: 1,
      },
      0,
    );
    assert.ok(offered.written, 'the offer');
  }
  const placementId = randomUUID();
  const placed = await new DynamoDbPlacements(client, tableName).offer({
    id: placementId,
    seasonId: season.seasonId,
    programmeId: season.programmeId,
    applicationId: application.id,
    applicantId,
    stage: 'regional-internship',
    offerId,
    hostOrganisation,
    runId: randomUUID(),
    round: 1,
    choiceRank: 1,
    status: 'offered',
    offeredAt: at,
    respondBy: hoursFromNow(72),
    history: [{ at, status: 'offered', by: 'system' }],
    version: 1,
  });
  assert.equal(placed, 'offered');

  const disclosureId = randomUUID();
  await new DynamoDbDisclosureLog(client, tableName, Number(requireEnv(ENV.personalDataRetentionDays))).append([
    {
      id: disclosureId,
      at,
      applicationId: application.id,
      applicantId,
      programmeId: season.programmeId,
      seasonId: season.seasonId,
      releaseId: randomUUID(),
      purpose: 'host',
      organisationId: hostOrganisation,
      organisationName: { ru: 'Министерство Пермского края', en: 'Perm Krai ministry' },
      reader: { kind: 'person', id: `partner-${randomUUID()}`, role: 'partner' },
      channel: 'ui',
      fields: ['name', 'contacts.email'],
      correlationId: `planted-${shortId()}`,
    },
  ]);
  return {
    application,
    document,
    interview: { seasonId: season.seasonId, eventId, stage: 'interview' },
    review: { applicationId: application.id, expertId, rubricId: 'expert-interview' },
    placement: { applicationId: application.id, placementId, offerId },
    disclosureId,
  };
};

/** Кадры будущего: a project team at the regional school. */
const plantKadry = async (season: OpenSeason, applicantId: string, marker: string, alongside: PlantedPerson | undefined) => {
  const application = await plantApplication(season, applicantId, 'application', ['selection', 'regional-school'], {
    participantRole: 'pupil',
    projectDescription: `Проект команды ${marker}`,
  });
  const teams = new DynamoDbTeams(client, tableName);
  const at = new Date().toISOString();
  const teamId = alongside?.team.teamId ?? `planted-team-${shortId()}`;
  const existing = alongside === undefined ? undefined : await teams.find(season.seasonId, teamId);
  const members = [...(existing?.members ?? []), { applicationId: application.id }];
  const saved = await teams.save(
    {
      seasonId: season.seasonId,
      id: teamId,
      name: existing?.name ?? 'Команда «Северное сияние»',
      members,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
      updatedBy: 'staff-planter',
      version: (existing?.version ?? 0) + 1,
    },
    { expectedVersion: existing?.version ?? 0, joining: [{ applicationId: application.id, stages: ['regional-school'] }], leaving: [] },
  );
  assert.ok(saved.saved, `the team: ${JSON.stringify(saved)}`);
  return { application, team: { seasonId: season.seasonId, teamId } };
};

/** Объединение наставников: a mentor's pair, a session, the final letter, and the certificate it earned. */
const plantMentoring = async (season: OpenSeason, applicantId: string, marker: string, alongside: PlantedPerson | undefined) => {
  const application = await plantApplication(
    season,
    applicantId,
    'application',
    ['application-review', 'expert-evaluation', 'mentor-agreement'],
    {
      projectDescription: `Проект наставничества ${marker}`,
    },
  );
  const at = new Date().toISOString();
  const mentorId = alongside?.mentoring.mentorId ?? `mentor-${randomUUID()}`;
  if (alongside === undefined) {
    const profile = { displayName: 'Лебедев Сергей Андреевич', spheres: ['technology'], languages: ['ru' as const], capacityPerSeason: 3 };
    await new DynamoDbMentorProfiles(client, tableName).save(mentorId, profile, 0, at);
    const placed = await new DynamoDbMentorPool(client, tableName).place(
      { seasonId: season.seasonId, mentorId, tier: 'main', capacity: 3, ...profile, region: undefined, by: 'staff-planter', at },
      { main: 10, reserve: 10 },
    );
    assert.ok(placed.placed, `the mentor's place: ${JSON.stringify(placed)}`);
  }
  const pairs = new DynamoDbMentoringPairs(client, tableName);
  const pair = {
    id: randomUUID(),
    seasonId: season.seasonId,
    programmeId: season.programmeId,
    applicationId: application.id,
    applicantId,
    mentorId,
    tier: 'main' as const,
    status: 'proposed' as const,
    proposedBy: 'matching',
    proposedAt: at,
    sessions: 0,
    minutes: 0,
    updatedAt: at,
    version: 1,
  };
  const proposed = await pairs.propose(pair, 'mentor-agreement');
  assert.ok(proposed.proposed, `the pair: ${JSON.stringify(proposed)}`);
  const agreed = { ...pair, status: 'active' as const, agreedAt: at, acceptedAt: at, version: 2 };
  const updated = await pairs.update(agreed, 1);
  assert.ok(updated.written, 'the pair agreed');
  const sessionId = randomUUID();
  const logged = await pairs.logSession(agreed, {
    id: sessionId,
    pairId: pair.id,
    date: new Date().toISOString().slice(0, 10),
    format: 'online',
    durationMinutes: 60,
    notes: `Обсудили проект ${marker}`,
    loggedBy: mentorId,
    loggedAt: at,
  });
  assert.ok(logged.written, 'the session');

  const letters = new DynamoDbRecommendationLetters(client, tableName);
  const requested = {
    applicationId: application.id,
    pairId: pair.id,
    seasonId: season.seasonId,
    programmeId: season.programmeId,
    mentorId,
    status: 'requested' as const,
    requestedAt: at,
    updatedAt: at,
    version: 1,
  };
  assert.equal(await letters.request(requested), 'requested');
  const final = await letters.save(
    { ...requested, status: 'final', text: `Рекомендую ${marker}`, language: 'ru', finalisedAt: at, version: 2 },
    1,
  );
  assert.ok(final.written, 'the letter');

  const certificateId = randomUUID();
  const certificate = await new DynamoDbCertificateStore(client, tableName).request({
    id: certificateId,
    applicationId: application.id,
    applicantId,
    programmeId: season.programmeId,
    seasonId: season.seasonId,
    achievement: {
      id: 'mentoring-completed',
      name: { ru: 'Наставничество завершено', en: 'Mentoring completed' },
      description: { ru: 'Прошёл программу наставничества', en: 'Completed the mentoring programme' },
    },
    holderName: `Выгрузкина-${marker} Данна Сведеновна`,
    language: 'ru',
    programmeName: { ru: 'Объединение наставников', en: 'Mentors’ Association' },
    seasonTitle: { ru: 'Сезон 2026', en: 'Season 2026' },
    layout: 'obedinenie-nastavnikov',
    issuerName: { ru: 'Объединение наставников', en: 'Mentors’ Association' },
    numberPrefix: 'ОН',
    status: 'requested',
    requestedAt: at,
    updatedAt: at,
    version: 1,
  });
  assert.ok(certificate.created, 'the certificate');
  return { application, mentoring: { pairId: pair.id, mentorId, sessionId }, certificateId };
};

/** Fresh seasons of the three programmes, for one person or several planted side by side. */
export const plantSeasons = async (): Promise<PlantedPerson['seasons']> => {
  const [prokadry, kadry, mentoring] = await Promise.all([
    seedOpenSeason(client, tableName, { template: prokadryTemplate, prefix: 'planted-pk' }),
    seedOpenSeason(client, tableName, { template: kadryBudushchegoTemplate, prefix: 'planted-kb' }),
    seedOpenSeason(client, tableName, { template: obedinenieNastavnikovTemplate, prefix: 'planted-on' }),
  ]);
  return { prokadry, kadry, mentoring };
};

/** Plants a person with a record of every kind (see PlantedPerson) and answers the ids of everything planted. */
export const plantPerson = async (options: PlantOptions = {}): Promise<PlantedPerson> => {
  const applicantId = options.applicantId ?? `applicant-${randomUUID()}`;
  const marker = options.marker ?? `mk${randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const email = `${marker}@example.org`;
  const seasons = options.seasons ?? options.alongside?.seasons ?? (await plantSeasons());
  await plantConsents(applicantId, marker);
  const saved = await new DynamoDbProfileRepository(client, tableName).save(
    applicantId,
    profileOf(marker, email, options.preferredLanguage ?? 'ru'),
    0,
    new Date().toISOString(),
  );
  assert.ok(saved.saved, JSON.stringify(saved));
  const prokadry = await plantProkadry(seasons.prokadry, applicantId, marker, options.alongside);
  const kadry = await plantKadry(seasons.kadry, applicantId, marker, options.alongside);
  const mentoring = await plantMentoring(seasons.mentoring, applicantId, marker, options.alongside);
  return {
    applicantId,
    marker,
    email,
    seasons,
    applications: { prokadry: prokadry.application.id, kadry: kadry.application.id, mentoring: mentoring.application.id },
    documents: [prokadry.document],
    interview: prokadry.interview,
    review: prokadry.review,
    placement: prokadry.placement,
    team: kadry.team,
    mentoring: mentoring.mentoring,
    certificateId: mentoring.certificateId,
    disclosureId: prokadry.disclosureId,
  };
};
