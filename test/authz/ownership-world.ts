import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { LocalPools } from '../../infra/local/auth/local-pools.ts';
import { certificateDependenciesFromEnv } from '../../shared/adapters/certificates/certificate-dependencies-from-env.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbErasureRequests } from '../../shared/adapters/dynamodb/dynamodb-erasure-requests.ts';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb/dynamodb-interview-store.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { sfnClient } from '../../shared/adapters/sfn/sfn-client.ts';
import type { Application } from '../../shared/applications/application-schema.ts';
import { obedinenieNastavnikovTemplate } from '../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { prokadryTemplate } from '../../shared/catalogue/domain/templates/prokadry.ts';
import { issueRequestedCertificates } from '../../shared/certificates/use-cases/issue-requested-certificates.ts';
import { requestCertificate } from '../../shared/certificates/use-cases/request-certificate.ts';
import { ERASURE_STEPS } from '../../shared/erasure/domain/erasure-steps.ts';
import { subjectDigest } from '../../shared/erasure/domain/subject-digest.ts';
import { MACHINE_SCOPES, type Access } from '../../shared/platform/auth/roles.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { baseProfile } from '../support/profile-fixtures.ts';
import { seedOpenSeason } from '../support/seed-open-season.ts';
import { finished } from '../support/transition-support.ts';
import { storeVerifiedDocument } from '../support/verified-document.ts';
import { waitFor } from '../support/wait-for.ts';

/**
 * The world the ownership matrix probes: records of one party each, made the way their people make
 * them, through the local gateway with each person's own token (the route table's authorizers, the
 * capability handlers and the workflows of the local cloud). Partner organisations A and B are
 * regional executive bodies of one region, C one of another; each has a partner person and a
 * registered machine client; a federal ministry (only ministries hold interviews of their own) owns
 * an interview event, where its person sits on the panel and recorded an applicant's attendance
 * (which opened that person's scorecard). For A: an approved
 * internship offer with two candidates, a matching run that placed both, one placement accepted and
 * one completed by A's person (whose move to the closing event released the intern's data to A),
 * and an export of it. Two mentors with a pair each, the first agreed, met, completed and wrote the
 * final recommendation letter; applicant 1's certificate of that mentoring, issued. Applications reach the stage a flow starts from through the
 * repository (how an application gets there is the pipeline tests' business).
 */
export type PartyName =
  | 'partnerA'
  | 'ministryA'
  | 'partnerAElsewhere'
  | 'partnerB'
  | 'partnerC'
  | 'machineA'
  | 'machineB'
  | 'machineC'
  | 'mentor1'
  | 'mentor2'
  | 'applicant1'
  | 'applicant2'
  | 'expert'
  | 'otherStaff';

export interface Party {
  readonly name: PartyName;
  /** The role or machine scope its token carries: the routes whose access lists it are the ones it may call. */
  readonly access: Access;
  readonly sub: string;
  readonly token: string;
  /** The registered organisation a partner person or a machine client acts for. */
  readonly organisation?: string;
}

export interface OwnershipWorld {
  readonly parties: Readonly<Record<PartyName, Party>>;
  /** Staff of every programme: the programmes' own staff, never an outsider. */
  readonly staff: string;
  readonly organisations: { readonly a: string; readonly b: string; readonly c: string; readonly ministry: string };
  readonly interviews: {
    readonly seasonId: string;
    readonly eventId: string;
    readonly rubricId: string;
    /** Applicant 1's application at the interview, booked on A's event and attended. */
    readonly applicationId: string;
    readonly bookingVersion: number;
    /** Applicant 1's verified video self-presentation, which the interview's rubric shows its panel. */
    readonly documentId: string;
    /** The version of the scorecard of A's person. */
    readonly reviewVersion: number;
  };
  readonly internships: {
    readonly seasonId: string;
    readonly offerId: string;
    /** Applicant 1's application at the regional internship, with its accepted placement at A's offer. */
    readonly applicationId: string;
    readonly placementId: string;
    readonly placementVersion: number;
    readonly preferencesVersion: number;
    readonly rankingVersion: number;
    readonly offerVersion: number;
  };
  /** The release to A of applicant 2's completed internship, and A's export of it. */
  readonly releases: { readonly releaseId: string; readonly applicationId: string };
  readonly mentoring: {
    readonly seasonId: string;
    /** Mentor 1's pair with applicant 1's project: met once, completed, its letter final. */
    readonly pairId: string;
    readonly applicationId: string;
    readonly letterVersion: number;
  };
  /** Applicant 1's issued certificate of the completed mentoring. */
  readonly certificates: { readonly certificateId: string };
  /** The audit of an erasure applicant 1 once asked for, as it stands once completed (so no eraser ever acts on it). */
  readonly erasure: { readonly requestId: string };
  /** A's webhook endpoint for a programme of its own, and the test delivery queued for it. */
  readonly webhooks: { readonly programmeId: string; readonly endpointId: string; readonly deliveryId: string };
}

export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

export interface Call {
  readonly method: string;
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One request through the gateway, as a browser or a partner's system sends it. */
export const send = async (gatewayUrl: string, token: string, call: Call): Promise<Answer> => {
  const query = call.query === undefined ? '' : `?${new URLSearchParams(call.query).toString()}`;
  const response = await fetch(`${gatewayUrl}${call.path}${query}`, {
    method: call.method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...call.headers,
    },
    ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
  });
  const text = await response.text();
  const parsed: unknown = text.length > 0 && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : {};
  return { status: response.status, body: (parsed ?? {}) as Record<string, unknown> };
};

const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const applications = new DynamoDbApplicationRepository(client, tableName);
const interviewStore = new DynamoDbInterviewStore(client, tableName);
const sfn = sfnClient();

const HOUR_MS = 60 * 60 * 1000;
const hoursFromNow = (hours: number): string => new Date(Date.now() + hours * HOUR_MS).toISOString();
const today = (): string => new Date().toISOString().slice(0, 10);
const shortId = (): string => randomUUID().slice(0, 8);

/** The region of A and B (Perm Krai, in the Volga district where the fixture profile lives) and of C. */
export const REGION = '59';
export const OTHER_REGION = '66';

type Api = (token: string, method: string, path: string, options?: Omit<Call, 'method' | 'path'>) => Promise<Record<string, unknown>>;

/** A request that must be answered with `status`; its body otherwise. */
const expecting =
  (gatewayUrl: string) =>
  (status: number, what: string): Api =>
  async (token, method, path, options = {}) => {
    const answer = await send(gatewayUrl, token, { method, path, ...options });
    assert.equal(answer.status, status, `${what}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

/** A submitted application of `applicantId` at `stage`, as the pipeline would have left it. */
const applicationAt = async (
  season: { readonly programmeId: string; readonly seasonId: string },
  applicantId: string,
  stage: string,
  changes: Partial<Application> = {},
): Promise<string> => {
  const id = randomUUID();
  const at = new Date().toISOString();
  const created = await applications.create(
    {
      id,
      seasonId: season.seasonId,
      programmeId: season.programmeId,
      applicantId,
      stage,
      answers: {},
      region: REGION,
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 3,
      ...changes,
    },
    { at, version: 3, kind: 'stage-changed', actor: 'staff:test', fromStage: 'application', toStage: stage },
  );
  assert.equal(created.outcome, 'created');
  return id;
};

const stageOf = async (applicationId: string): Promise<string | undefined> => (await applications.find(applicationId))?.stage;

const reaches = (applicationId: string, stage: string): Promise<true> =>
  waitFor(async () => (await stageOf(applicationId)) === stage, {
    description: `${applicationId} to reach ${stage}`,
    timeoutMs: 60_000,
    intervalMs: 100,
  });

export const buildOwnershipWorld = async (gatewayUrl: string, pools: LocalPools): Promise<OwnershipWorld> => {
  const ok = expecting(gatewayUrl);
  const staff = await pools.mint({ role: 'staff', programmes: ['*'] });
  const organisations = {
    a: `owners-a-${shortId()}`,
    b: `owners-b-${shortId()}`,
    c: `owners-c-${shortId()}`,
    ministry: `owners-m-${shortId()}`,
  };

  // The registry and each organisation's machine client, as staff of every programme keep them.
  const registered = async (id: string, region: string): Promise<void> => {
    await ok(201, `registering ${id}`)(staff, 'PUT', `/partner-organisations/${id}`, {
      body: {
        kind: 'regional-executive-body',
        name: { ru: `Орган исполнительной власти ${id}`, en: `Regional executive body ${id}` },
        region,
        contacts: [{ name: 'Отдел кадров', email: `${id}@example.org`, language: 'ru' }],
        version: 0,
      },
    });
  };
  await Promise.all([registered(organisations.a, REGION), registered(organisations.b, REGION), registered(organisations.c, OTHER_REGION)]);
  // The federal ministry that holds its own interviews (only ministries do): A's interview is this ministry's.
  await ok(201, `registering ${organisations.ministry}`)(staff, 'PUT', `/partner-organisations/${organisations.ministry}`, {
    body: {
      kind: 'federal-ministry',
      name: { ru: `Министерство ${organisations.ministry}`, en: `Ministry ${organisations.ministry}` },
      region: null,
      contacts: [{ name: 'Департамент кадров', email: `${organisations.ministry}@example.org`, language: 'ru' }],
      version: 0,
    },
  });
  const partner = async (name: PartyName, organisation: string, region: string): Promise<Party> => {
    const sub = `partner-${randomUUID()}`;
    return { name, access: 'partner', sub, organisation, token: await pools.mint({ role: 'partner', sub, organisation, region }) };
  };
  const machine = async (name: PartyName, organisation: string): Promise<Party> => {
    const clientId = `${organisation}-portal`;
    await ok(201, `registering ${clientId}`)(staff, 'PUT', `/partner-organisations/${organisation}/machine-clients/${clientId}`, {
      body: { name: `Кадровый портал ${organisation}` },
    });
    // The token the workforce pool's client-credentials endpoint answers (locally it authenticates the demo's clients only).
    return {
      name,
      access: 'scope:cadre-partners/releases.read',
      sub: clientId,
      organisation,
      token: await pools.workforce.mintClientToken({ clientId, scopes: MACHINE_SCOPES }),
    };
  };
  const person = async (name: PartyName, role: 'mentor' | 'applicant' | 'expert'): Promise<Party> => {
    const sub = `${role}-${randomUUID()}`;
    return { name, access: role, sub, token: await pools.mint({ role, sub, email: `${sub}@example.org` }) };
  };
  const otherStaffSub = `staff-${randomUUID()}`;
  const parties: Record<PartyName, Party> = {
    partnerA: await partner('partnerA', organisations.a, REGION),
    ministryA: await partner('ministryA', organisations.ministry, REGION),
    // Names A, but the region in the account contradicts the registry's: the registry wins, and A's records stay out of reach.
    partnerAElsewhere: await partner('partnerAElsewhere', organisations.a, OTHER_REGION),
    partnerB: await partner('partnerB', organisations.b, REGION),
    partnerC: await partner('partnerC', organisations.c, OTHER_REGION),
    machineA: await machine('machineA', organisations.a),
    machineB: await machine('machineB', organisations.b),
    machineC: await machine('machineC', organisations.c),
    mentor1: await person('mentor1', 'mentor'),
    mentor2: await person('mentor2', 'mentor'),
    applicant1: await person('applicant1', 'applicant'),
    applicant2: await person('applicant2', 'applicant'),
    expert: await person('expert', 'expert'),
    otherStaff: {
      name: 'otherStaff',
      access: 'staff',
      sub: otherStaffSub,
      token: await pools.mint({ role: 'staff', sub: otherStaffSub, programmes: [`elsewhere-${shortId()}`] }),
    },
  };

  // Each applicant consents and saves a profile; applicant 1 also consents to share with an internship host.
  for (const applicant of [parties.applicant1, parties.applicant2]) {
    await ok(201, 'consent to processing')(applicant.token, 'POST', '/me/consents', {
      body: { kind: 'personal-data', textVersion: 'pd-2026-01' },
    });
    await ok(201, 'the profile')(applicant.token, 'PUT', '/me/profile', {
      body: { ...baseProfile(), contacts: { email: `${applicant.sub}@example.org`, phone: '+79120000000' } },
    });
  }
  await ok(201, 'consent to sharing with the host')(parties.applicant1.token, 'POST', '/me/consents', {
    body: { kind: 'data-sharing', purpose: 'host', textVersion: 'dsh-2026-01', fields: ['name', 'contacts.email', 'education'] },
  });
  await ok(201, 'consent to sharing with the host')(parties.applicant2.token, 'POST', '/me/consents', {
    body: { kind: 'data-sharing', purpose: 'host', textVersion: 'dsh-2026-01', fields: ['name', 'education'] },
  });

  const [interviews, { internships, releases }, mentoring] = await Promise.all([
    interviewsOf(ok, staff, parties, organisations),
    internshipsOf(ok, staff, parties, organisations),
    mentoringOf(ok, staff, parties),
  ]);
  const certificates = await certificatesOf(parties, mentoring.applicationId);
  const erasure = await completedErasureOf(parties.applicant1);
  const webhooks = await webhooksOf(ok, parties);
  return { parties, staff, organisations, interviews, internships, releases, mentoring, certificates, erasure, webhooks };
};

/** A's person registers a webhook endpoint for the programme's release events and queues a test delivery to it. */
const webhooksOf = async (ok: Ok, parties: Parties): Promise<OwnershipWorld['webhooks']> => {
  const { programmeId } = await seedOpenSeason(client, tableName, { prefix: 'owners-hooks' });
  const registered = await ok(201, 'A’s webhook endpoint')(parties.partnerA.token, 'POST', `/programmes/${programmeId}/webhook-endpoints`, {
    body: { url: 'https://hooks.partner-a.example/cadre', eventTypes: ['release.available'] },
  });
  const endpointId = String((registered['endpoint'] as Record<string, unknown>)['id']);
  const delivery = await ok(202, 'A’s test delivery')(parties.partnerA.token, 'POST', `/webhook-endpoints/${endpointId}/test-deliveries`);
  return { programmeId, endpointId, deliveryId: String(delivery['id']) };
};

type Ok = ReturnType<typeof expecting>;
type Parties = Readonly<Record<PartyName, Party>>;

/** ПроКадры's interview: A's own event with A's person on the panel; applicant 1 books it, comes, and the panel's scorecard opens. */
const interviewsOf = async (ok: Ok, staff: string, parties: Parties, organisations: OwnershipWorld['organisations']) => {
  const season = await seedOpenSeason(client, tableName, { template: prokadryTemplate, prefix: 'owners-interviews' });
  const eventId = `owned-${shortId()}`;
  const rubricId = 'expert-interview';
  await ok(201, 'A’s interview event')(staff, 'PUT', `/seasons/${season.seasonId}/interview-events/${eventId}`, {
    body: {
      stage: 'interview',
      rubricId,
      format: 'offline',
      title: 'Приволжский ФО, Пермь',
      federalDistrict: 'volga',
      city: 'Пермь',
      venue: 'ул. Ленина, 51, зал заседаний',
      startsAt: hoursFromNow(72),
      endsAt: hoursFromNow(76),
      bookingClosesAt: hoursFromNow(48),
      capacity: 10,
      panel: [parties.ministryA.sub],
      ownerOrganisation: organisations.ministry,
      version: 0,
    },
  });
  const applicationId = await applicationAt(season, parties.applicant1.sub, 'interview', {
    track: { track: 'beginner', assignedAt: hoursFromNow(0) },
  });
  await applicationAt(season, parties.applicant2.sub, 'interview');
  const documentId = await storeVerifiedDocument(applicationId, parties.applicant1.sub, 'video-presentation');
  await ok(201, 'the booking')(parties.applicant1.token, 'PUT', `/applications/${applicationId}/interview`, {
    body: { eventId, version: 0 },
  });
  // The day comes: the event's times move into the past through the store, as the clock would move them.
  const event = await interviewStore.findEvent(season.seasonId, eventId);
  assert.ok(event);
  const moved = await interviewStore.saveEvent(
    { ...event, bookingClosesAt: hoursFromNow(-3), startsAt: hoursFromNow(-2), endsAt: hoursFromNow(2), version: event.version + 1 },
    event.version,
    { structural: false },
  );
  assert.ok(moved.written, 'the event has started');
  await ok(200, 'the attendance')(
    parties.ministryA.token,
    'PUT',
    `/seasons/${season.seasonId}/interview-events/${eventId}/bookings/${applicationId}/attendance`,
    { body: { outcome: 'attended' } },
  );
  const booked = await ok(200, 'the booking read')(parties.applicant1.token, 'GET', `/applications/${applicationId}/interview`);
  const bookingVersion = Number((booked['booking'] as { version: number }).version);
  const scorecard = await ok(200, 'the scorecard')(parties.ministryA.token, 'GET', `/me/reviews/${applicationId}/${rubricId}`);
  return {
    seasonId: season.seasonId,
    eventId,
    rubricId,
    applicationId,
    bookingVersion,
    documentId,
    reviewVersion: Number((scorecard['review'] as { version: number }).version),
  };
};

/**
 * ПроКадры's regional internship, where the move from the internship to the closing event also
 * releases the intern's data to the host (the effect a programme may carry there): A publishes an
 * offer, both applicants rank it, A ranks them, staff match the stage, both accept; A runs applicant
 * 2's internship to its end, which moves the application on and releases its data to A; A's person exports it.
 */
const internshipsOf = async (ok: Ok, staff: string, parties: Parties, organisations: OwnershipWorld['organisations']) => {
  const pipeline = prokadryTemplate.settings.pipeline;
  const season = await seedOpenSeason(client, tableName, {
    template: prokadryTemplate,
    prefix: 'owners-interns',
    settings: {
      pipeline: {
        ...pipeline,
        transitions: pipeline.transitions.map((transition) =>
          transition.to === 'closing' ? { ...transition, effects: [...(transition.effects ?? []), 'releaseDataToPartner'] } : transition,
        ),
      },
    },
  });
  const offerId = `owned-offer-${shortId()}`;
  const offerPath = `/seasons/${season.seasonId}/internship-offers/${offerId}`;
  const partnerA = parties.partnerA.token;
  await ok(201, 'A’s offer')(partnerA, 'PUT', offerPath, { body: { ...offerBody(organisations.a, REGION), version: 0 } });
  await ok(200, 'A submits its offer')(partnerA, 'POST', `${offerPath}/submission`, { body: { version: 1 } });
  await ok(200, 'staff approve it')(staff, 'POST', `${offerPath}/approval`, { body: { version: 2 } });
  const intern = { track: { track: 'beginner', assignedAt: new Date().toISOString() }, preferredInternshipLevel: 'regional' };
  const applicationId = await applicationAt(season, parties.applicant1.sub, 'regional-internship', intern);
  const otherId = await applicationAt(season, parties.applicant2.sub, 'regional-internship', intern);
  for (const [who, id] of [
    [parties.applicant1, applicationId],
    [parties.applicant2, otherId],
  ] as const) {
    await ok(200, 'the applicant ranks A’s offer')(who.token, 'PUT', `/applications/${id}/internship-preferences`, {
      body: { choices: [offerId], version: 0 },
    });
  }
  await ok(200, 'A ranks its candidates')(partnerA, 'PUT', `${offerPath}/candidate-ranking`, {
    body: { ranking: [applicationId, otherId], acceptsUnranked: false, version: 0 },
  });
  const run = await ok(202, 'the matching run')(staff, 'POST', `/seasons/${season.seasonId}/internship-matching-runs`, {
    headers: { 'idempotency-key': randomUUID() },
    body: { stage: 'regional-internship', dryRun: false },
  });
  const ended = await waitFor(
    async () => {
      const view = await ok(200, 'the run')(staff, 'GET', `/seasons/${season.seasonId}/internship-matching-runs/${String(run['id'])}`);
      return view['status'] !== 'running' && view;
    },
    { description: 'the matching run to end', timeoutMs: 90_000, intervalMs: 100 },
  );
  assert.deepEqual([ended['status'], ended['offered']], ['succeeded', 2], JSON.stringify(ended));
  const accepted = async (who: Party, id: string) => {
    const offered = await ok(200, 'the placement')(who.token, 'GET', `/applications/${id}/placement`);
    return ok(200, 'the acceptance')(who.token, 'POST', `/applications/${id}/placement/answer`, {
      body: { answer: 'accept', version: offered['version'] },
    });
  };
  const placement = await accepted(parties.applicant1, applicationId);
  const other = await accepted(parties.applicant2, otherId);

  // A runs applicant 2's internship to its end: the move to the closing event releases the data to A.
  const otherPath = `/applications/${otherId}/placements/${String(other['id'])}/steps`;
  await ok(200, 'the internship starts')(partnerA, 'POST', otherPath, { body: { step: 'start', version: other['version'] } });
  await ok(200, 'the internship is completed')(partnerA, 'POST', otherPath, {
    body: {
      step: 'complete',
      version: Number(other['version']) + 1,
      scores: { engagement: 9, quality: 9, initiative: 8 },
      attendanceDays: 20,
      report: 'Подготовила план молодёжного форума края; рекомендуем к приёму на службу.',
    },
  });
  await reaches(otherId, 'closing');
  const released = await waitFor(
    async () => {
      const decisions = await ok(200, 'the data releases')(staff, 'GET', `/applications/${otherId}/data-releases`);
      const releases = decisions['releases'] as { id: string; organisationId: string }[];
      return releases.find((release) => release.organisationId === organisations.a);
    },
    { description: 'the release to A', timeoutMs: 30_000, intervalMs: 100 },
  );
  await ok(201, 'A’s export')(partnerA, 'POST', `/partner-organisations/${organisations.a}/release-exports`, {
    body: { seasonId: season.seasonId, format: 'json' },
  });
  const [preferences, ranking, offer] = await Promise.all([
    ok(200, 'the preferences')(parties.applicant1.token, 'GET', `/applications/${applicationId}/internship-preferences`),
    ok(200, 'the ranking')(partnerA, 'GET', `${offerPath}/candidate-ranking`),
    ok(200, 'the offer')(partnerA, 'GET', offerPath),
  ]);
  return {
    internships: {
      seasonId: season.seasonId,
      offerId,
      applicationId,
      placementId: String(placement['id']),
      placementVersion: Number(placement['version']),
      preferencesVersion: Number(preferences['version']),
      rankingVersion: Number(ranking['version']),
      offerVersion: Number(offer['version']),
    },
    releases: { releaseId: released.id, applicationId: otherId },
  };
};

/** A ПроКадры regional offer of `host` in its region, as its people publish it. */
export const offerBody = (host: string, region: string): Record<string, unknown> => ({
  hostOrganisation: host,
  level: 'regional',
  region,
  city: 'Пермь',
  title: { ru: 'Стажёр отдела молодёжной политики', en: 'Youth policy intern' },
  description: { ru: 'Подготовка и проведение молодёжных форумов края.', en: 'Preparing and running the region’s youth forums.' },
  seats: 3,
  startsOn: '2026-10-05',
  endsOn: '2026-12-18',
  weeks: 4,
  format: 'in-person',
});

/**
 * Объединение наставников: two mentors of the pool, each paired by staff with an applicant's
 * project; mentor 1 agrees, the mentee accepts, they meet, mentor 1 completes, staff sum up (whose
 * effect asks for the letter) and mentor 1 signs the letter off.
 */
const mentoringOf = async (ok: Ok, staff: string, parties: Parties) => {
  const season = await seedOpenSeason(client, tableName, { template: obedinenieNastavnikovTemplate, prefix: 'owners-mentoring' });
  const project = {
    projectDescription: 'Мастерская робототехники для школьников Перми: кружки, соревнования, летний лагерь.',
    answers: { 'project-sphere': ['technology'] },
  };
  const pairOf = async (mentor: Party, applicant: Party): Promise<{ pairId: string; applicationId: string }> => {
    await ok(201, 'the mentor’s profile')(mentor.token, 'PUT', '/me/mentor-profile', {
      body: {
        displayName: 'Ирина Наставникова, инженер',
        spheres: ['technology'],
        region: REGION,
        languages: ['ru'],
        capacityPerSeason: 5,
        bio: 'Двадцать лет в промышленной робототехнике; помогаю довести идею до работающего прототипа.',
      },
    });
    await ok(200, 'the mentor in the pool')(staff, 'PUT', `/seasons/${season.seasonId}/mentors/${mentor.sub}`, { body: { tier: 'main' } });
    const applicationId = await applicationAt(season, applicant.sub, 'mentor-agreement', project);
    const pair = await ok(201, 'the pair')(staff, 'POST', `/seasons/${season.seasonId}/mentoring-pairs`, {
      body: { applicationId, mentorId: mentor.sub },
    });
    return { pairId: String(pair['id']), applicationId };
  };
  const [first] = await Promise.all([pairOf(parties.mentor1, parties.applicant1), pairOf(parties.mentor2, parties.applicant2)]);
  const { pairId, applicationId } = first;
  const mine = `/me/mentoring/${pairId}`;
  const mentor = parties.mentor1.token;
  await ok(200, 'the agreement')(mentor, 'POST', `${mine}/agreement`, { body: { decision: 'agree' } });
  await reaches(applicationId, 'invitation');
  await ok(200, 'the acceptance')(parties.applicant1.token, 'POST', `/applications/${applicationId}/mentoring/invitation`, {
    body: { decision: 'accept' },
  });
  await reaches(applicationId, 'mentoring-session');
  await ok(201, 'the session')(mentor, 'POST', `${mine}/sessions`, {
    body: { date: today(), format: 'online', durationMinutes: 60, notes: 'Разобрали смету кружка.' },
  });
  await ok(200, 'the completion')(mentor, 'POST', `${mine}/completion`);
  await reaches(applicationId, 'summing-up');
  const move = await ok(202, 'the summing up')(staff, 'POST', `/applications/${applicationId}/transitions`, {
    body: { to: 'completed', reason: 'Итоги подведены' },
  });
  const execution = await finished(sfn, String(move['executionArn']));
  assert.equal(execution.status, 'SUCCEEDED', `${execution.error}: ${execution.cause}`);
  const requested = await ok(200, 'the letter requested')(mentor, 'GET', `${mine}/recommendation-letter`);
  const letter = await ok(200, 'the final letter')(mentor, 'PUT', `${mine}/recommendation-letter`, {
    body: { text: 'Рекомендую как самостоятельного руководителя проектов.', language: 'ru', final: true, version: requested['version'] },
  });
  return {
    seasonId: season.seasonId,
    pairId,
    applicationId,
    letterVersion: Number(letter['version']),
  };
};

/**
 * Applicant 1's certificate of the completed mentoring: requested as the summing up's effect requests
 * it (once per application, so asking again changes nothing), then issued as the issuer's schedule
 * does; another test's issuer holding the lease is waited out, and may well issue it itself.
 */
const certificatesOf = async (parties: Parties, applicationId: string) => {
  const deps = certificateDependenciesFromEnv();
  const application = await applications.find(applicationId);
  assert.ok(application);
  const [programme, season] = await Promise.all([
    new DynamoDbProgrammeRepository(client, tableName).find(application.programmeId),
    new DynamoDbSeasonRepository(client, tableName).find(application.seasonId),
  ]);
  assert.ok(programme !== undefined && season !== undefined);
  const requested = await requestCertificate(deps, { application, programme, season, move: { to: 'completed' } });
  assert.ok(requested === 'requested' || requested === 'already-requested', requested);
  const { items } = await deps.certificates.ofHolder(parties.applicant1.sub, { limit: 10 });
  const certificate = items.find((item) => item.applicationId === applicationId) ?? assert.fail('applicant 1’s certificate');
  await waitFor(
    async () => {
      await issueRequestedCertificates(deps, { budgetMs: 60_000, holder: `owners-${randomUUID()}` });
      return (await deps.certificates.find(certificate.id))?.status === 'issued';
    },
    { description: 'applicant 1’s certificate to be issued', timeoutMs: 90_000, intervalMs: 200 },
  );
  return { certificateId: certificate.id };
};

/**
 * An erasure request of applicant 1 stored as a completed one is (its audit: the subject's salted
 * digest, no subject): the owner still reads it, and it is on no eraser's list, so nothing of the
 * world is ever erased.
 */
const completedErasureOf = async (applicant: Party) => {
  const requests = new DynamoDbErasureRequests(client, tableName);
  const id = randomUUID();
  const opened = await requests.open({
    id,
    status: 'completed',
    subjectDigest: subjectDigest(await requests.salt(), applicant.sub),
    language: 'ru',
    requestedBy: { kind: 'applicant' },
    requestedAt: new Date().toISOString(),
    programmeIds: [],
    stepsDone: [...ERASURE_STEPS],
    removed: {},
    completedAt: new Date().toISOString(),
    version: 1,
  });
  assert.equal(opened.outcome, 'opened');
  assert.equal((await requests.unfinished()).includes(id), false, 'no eraser acts on it');
  return { requestId: id };
};
