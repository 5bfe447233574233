import { certificatesOf } from '../../support/requested-certificates.ts';
import { runIssuer } from '../../support/run-issuer.ts';
import { invokeHandler } from '../../support/api-event.ts';
import { handler as certificatesHandler } from '../../../functions/certificates/handler.ts';
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbRecommendationLetters } from '../../../shared/adapters/dynamodb/dynamodb-recommendation-letters.ts';
import { dynamoDbReviewSubjects } from '../../../shared/adapters/dynamodb/dynamodb-review-subjects.ts';
import { DynamoDbProgrammeRepository } from '../../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { personDigest } from '../../../shared/relations/domain/person-digest.ts';
import type { Claims } from '../../support/claims.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { waitFor } from '../../support/wait-for.ts';
import { decide, openedSeason, pendingEffectsOf, staffNoticeOf, submit, uploadPdf, viewOf, withdraw } from '../pipelines/pipeline-world.ts';
import {
  givenADraft,
  givenAPanel,
  personNamed,
  reviewersOf,
  thenItReaches,
  whenStaffRunTheAssignment,
  whenTheExpertScores,
  type Candidate,
} from '../reviews/review-flow-world.ts';
import { fullScores } from '../reviews/review-world.ts';
import {
  assertRefused,
  callMentoring,
  expectStatus,
  match,
  menteeAt,
  mentoringSeason,
  mentorInPool,
  pool,
  respond,
  withPool,
} from './mentoring-world.ts';

/**
 * Объединение наставников from a project that passed its expert evaluation to the mentor's
 * recommendation letter, every step through the API as its people take it: staff match the mentees
 * waiting for a mentor with the season's pool; the mentor agrees (the mentee moves to the
 * invitation as `mentor`); the mentee accepts (to the mentoring session as `applicant`); the mentor
 * logs their meeting and completes the mentoring (to the summing up as `mentor`); staff complete
 * the summing up, whose `requestRecommendationLetter` effect asks the mentor, who writes the letter
 * in the platform; the mentee reads it, and downloads the certificate and the letter as PDFs.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const dateIn = (days: number): string => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const label = { ru: 'Сфера проекта', en: 'The project’s sphere' };

const sphereQuestion = {
  id: 'project-sphere',
  kind: 'choice',
  required: true,
  multiple: true,
  label,
  options: ['social-projects', 'business', 'technology', 'education'].map((id) => ({ id, label: { ru: id, en: id } })),
};

/** A mentee's technology project, submitted with both files and accepted by staff for the expert evaluation. */
const givenAProject = async (season: Awaited<ReturnType<typeof openedSeason>>, surname: string): Promise<Candidate> => {
  const candidate = await givenADraft(season, personNamed(surname), {
    projectDescription: 'Мастерская робототехники для школьников Мончегорска: кружки, соревнования, летний лагерь.',
    answers: { 'project-sphere': ['technology'] },
  });
  for (const requirement of ['resume', 'project-description']) await uploadPdf(candidate.applicationId, candidate.applicant, requirement);
  expectStatus(await submit(candidate.applicationId, candidate.applicant), 200, 'the submit');
  await decide(season, candidate.applicationId, 'expert-evaluation');
  return candidate;
};

const mine = (mentor: Claims, method: 'GET' | 'POST' | 'PUT', route: string, pairId: string, body?: unknown) =>
  callMentoring({ method, route, pathParameters: { pairId }, claims: mentor, ...(body === undefined ? {} : { body }) });

const ofApplication = (claims: Claims, route: string, applicationId: string, body?: unknown) =>
  callMentoring({
    method: body === undefined ? 'GET' : 'POST',
    route,
    pathParameters: { applicationId },
    claims,
    ...(body === undefined ? {} : { body }),
  });

describe('Объединение наставников: from the mentor agreement to the recommendation letter', { timeout: 240_000 }, () => {
  it('pairs a scored project with a mentor, who agrees, meets the accepting mentee, completes, and writes the letter the mentee reads', async () => {
    const season = await openedSeason('obedinenie-nastavnikov', [sphereQuestion]);
    const mentee = await givenAProject(season, 'Проектова');
    const panel = await givenAPanel(season, 2, 5);
    const run = await whenStaffRunTheAssignment(season, 'project-evaluation');
    for (const expert of reviewersOf(run, mentee.applicationId, panel))
      await whenTheExpertScores(expert, mentee, 'project-evaluation', fullScores(8, 8, 7, 7));
    await thenItReaches(season, mentee, 'mentor-agreement');

    // Staff match the waiting mentees with the pool: the technology mentor of the main tier takes the project.
    const mentor = await mentorInPool(season);
    await mentorInPool(season, { profile: { spheres: ['education'] } });
    const matched = await match(season, false);
    assert.deepEqual(
      matched.proposals.map((proposal) => [proposal.applicationId, proposal.mentorId, proposal.tier, proposal.choiceRank]),
      [[mentee.applicationId, mentor['sub'], 'main', 1]],
    );
    const pairId = matched.proposals[0]?.pairId ?? assert.fail('no pair');
    assert.ok(await storedMail(`mentoring-proposal:${pairId}`), 'the mentor is told');

    // The mentor reads the project, with the mentee's name but not yet their address, and agrees.
    const proposed = expectStatus(await mine(mentor, 'GET', '/me/mentoring/{pairId}', pairId), 200, 'the proposal');
    const facts = proposed['mentee'] as Record<string, unknown>;
    assert.deepEqual(
      [facts['name'], String(facts['projectDescription']).startsWith('Мастерская'), 'email' in facts],
      ['Проектова Вероника Олеговна', true, false],
    );
    assertRefused(
      await mine(mentor, 'POST', '/me/mentoring/{pairId}/sessions', pairId, { date: dateIn(0), format: 'online', durationMinutes: 60 }),
      409,
      'pair-state',
      'a session before the mentee accepted',
    );
    expectStatus(await respond(mentor, pairId, { decision: 'agree' }), 200, 'the agreement');
    await thenItReaches(season, mentee, 'invitation');
    const invited = await viewOf(season, mentee.applicationId);
    assert.deepEqual(
      [invited.history.at(-1), invited.actors.at(-1)],
      ['stage-changed:mentor-agreement->invitation', `mentor:${mentor['sub']}`],
    );
    expectStatus(await respond(mentor, pairId, { decision: 'agree' }), 200, 'agreeing again changes nothing');

    // The pair is a mentoring relation now: a later review by this person would be a conflict of interest.
    const client = documentClient();
    const tableName = requireEnv(ENV.tableName);
    const subjects = dynamoDbReviewSubjects(client, tableName, {
      programmes: new DynamoDbProgrammeRepository(client, tableName),
      seasons: new DynamoDbSeasonRepository(client, tableName),
    });
    const relations = (await subjects.applicantsOf([mentee.applicant.sub])).get(mentee.applicant.sub)?.relations ?? [];
    assert.deepEqual(relations, [{ person: personDigest(mentor['email'] ?? ''), kind: 'mentoring', seasonId: season.seasonId }]);

    // The mentee sees their mentor; nobody else's application answers.
    const pairView = expectStatus(
      await ofApplication(mentee.applicant.claims, '/applications/{applicationId}/mentoring', mentee.applicationId),
      200,
      'the mentee’s pair',
    );
    assert.deepEqual(
      [pairView['status'], (pairView['mentor'] as { displayName: string }).displayName],
      ['agreed', 'Ирина Наставникова, инженер'],
    );
    const other = await givenADraft(season, personNamed('Посторонняя'), { answers: { 'project-sphere': ['education'] } });
    for (const route of ['/applications/{applicationId}/mentoring', '/applications/{applicationId}/recommendation-letter'])
      assertRefused(await ofApplication(other.applicant.claims, route, mentee.applicationId), 404, 'not-found', `${route} of another`);
    assertRefused(
      await ofApplication(other.applicant.claims, '/applications/{applicationId}/mentoring/invitation', mentee.applicationId, {
        decision: 'accept',
      }),
      404,
      'not-found',
      'accepting another’s invitation',
    );

    // The mentee accepts: the session stage, staff told, the mentor gets the address to agree time and format.
    expectStatus(
      await ofApplication(mentee.applicant.claims, '/applications/{applicationId}/mentoring/invitation', mentee.applicationId, {
        decision: 'accept',
      }),
      200,
      'the acceptance',
    );
    await thenItReaches(season, mentee, 'mentoring-session');
    assert.equal((await viewOf(season, mentee.applicationId)).actors.at(-1), `applicant:${mentee.applicant.sub}`);
    assert.ok(await staffNoticeOf(mentee.applicationId, 'invitation', 'mentoring-session'), 'staff hear of the session');
    const active = expectStatus(await mine(mentor, 'GET', '/me/mentoring/{pairId}', pairId), 200, 'the active pair');
    assert.equal((active['mentee'] as { email?: string }).email, `${mentee.applicant.sub}@example.org`);

    // Sessions: not before the pair, not next week; none logged, no completion.
    assertRefused(
      await mine(mentor, 'POST', '/me/mentoring/{pairId}/completion', pairId),
      409,
      'no-session-logged',
      'completing with no session',
    );
    for (const date of [dateIn(-3), dateIn(7)]) {
      assertRefused(
        await mine(mentor, 'POST', '/me/mentoring/{pairId}/sessions', pairId, { date, format: 'online', durationMinutes: 60 }),
        422,
        'session-date-out-of-range',
        `a session on ${date}`,
      );
    }
    const notes = 'Разобрали бизнес-модель кружка; к следующей встрече — смета на оборудование.';
    const session = expectStatus(
      await mine(mentor, 'POST', '/me/mentoring/{pairId}/sessions', pairId, {
        date: dateIn(0),
        format: 'in-person',
        durationMinutes: 90,
        notes,
      }),
      201,
      'the session',
    );
    assert.deepEqual([session['format'], session['durationMinutes'], session['loggedBy']], ['in-person', 90, mentor['sub']]);
    const menteeSessions = expectStatus(
      await ofApplication(mentee.applicant.claims, '/applications/{applicationId}/mentoring/sessions', mentee.applicationId),
      200,
      'the mentee’s sessions',
    )['items'] as { notes?: string }[];
    assert.deepEqual(
      menteeSessions.map((one) => one.notes),
      [notes],
    );

    // The mentor completes: the summing up, as `mentor`.
    const completed = expectStatus(await mine(mentor, 'POST', '/me/mentoring/{pairId}/completion', pairId), 200, 'the completion');
    assert.deepEqual([completed['status'], completed['sessions'], completed['minutes']], ['completed', 1, 90]);
    await thenItReaches(season, mentee, 'summing-up');
    assert.equal((await viewOf(season, mentee.applicationId)).actors.at(-1), `mentor:${mentor['sub']}`);
    assertRefused(
      await mine(mentor, 'PUT', '/me/mentoring/{pairId}/recommendation-letter', pairId, {
        text: 'Рекомендую.',
        language: 'ru',
        final: false,
        version: 1,
      }),
      409,
      'letter-not-requested',
      'a letter before the summing up',
    );

    // Staff sum up: the certificate is requested, the letter is requested from the mentor; nothing is owed.
    await decide(season, mentee.applicationId, 'completed');
    assert.deepEqual(await pendingEffectsOf(season, mentee.applicationId), []);
    assert.deepEqual(await certificatesOf(season.seasonId, mentee.applicationId), ['mentoring-completed:requested']);
    assert.ok(await storedMail(`recommendation-letter-request:${mentee.applicationId}`), 'the mentor is asked for the letter');
    const requested = expectStatus(await mine(mentor, 'GET', '/me/mentoring/{pairId}/recommendation-letter', pairId), 200, 'the request');
    assert.deepEqual([requested['status'], requested['version'], 'text' in requested], ['requested', 1, false]);

    // A draft, which the mentee does not read; then the final letter, which never changes again.
    const draft = expectStatus(
      await mine(mentor, 'PUT', '/me/mentoring/{pairId}/recommendation-letter', pairId, {
        text: 'Черновик.',
        language: 'ru',
        final: false,
        version: 1,
      }),
      200,
      'the draft',
    );
    assert.deepEqual([draft['status'], draft['version']], ['draft', 2]);
    const beingWritten = expectStatus(
      await ofApplication(mentee.applicant.claims, '/applications/{applicationId}/recommendation-letter', mentee.applicationId),
      200,
      'the letter being written',
    );
    assert.deepEqual([beingWritten['status'], 'text' in beingWritten], ['being-written', false]);
    const letter =
      'Вероника Олеговна за три месяца превратила идею кружка робототехники в работающий проект с бюджетом и партнёрами. Рекомендую её как надёжного и самостоятельного руководителя проектов.';
    const signed = expectStatus(
      await mine(mentor, 'PUT', '/me/mentoring/{pairId}/recommendation-letter', pairId, {
        text: letter,
        language: 'ru',
        final: true,
        version: 2,
      }),
      200,
      'the final letter',
    );
    assert.deepEqual([signed['status'], signed['version'], typeof signed['finalisedAt']], ['final', 3, 'string']);
    assertRefused(
      await mine(mentor, 'PUT', '/me/mentoring/{pairId}/recommendation-letter', pairId, {
        text: 'Иначе.',
        language: 'ru',
        final: true,
        version: 3,
      }),
      409,
      'letter-final',
      'changing a final letter',
    );
    const read = expectStatus(
      await ofApplication(mentee.applicant.claims, '/applications/{applicationId}/recommendation-letter', mentee.applicationId),
      200,
      'the mentee’s letter',
    );
    assert.deepEqual([read['status'], read['text'], read['mentorName']], ['final', letter, 'Ирина Наставникова, инженер']);
    assert.ok(await storedMail(`recommendation-letter-ready:${mentee.applicationId}`), 'the mentee is told');
    const kept = await new DynamoDbRecommendationLetters(client, tableName).findFinal(mentee.applicationId);
    assert.deepEqual([kept?.text, kept?.mentorId, kept?.pairId], [letter, mentor['sub'], pairId]);

    // Staff see the pair whole: the session with its notes, the letter signed off.
    const staffView = expectStatus(
      await callMentoring({
        method: 'GET',
        route: '/seasons/{seasonId}/mentoring-pairs/{pairId}',
        pathParameters: { seasonId: season.seasonId, pairId },
        claims: season.staff,
      }),
      200,
      'the staff view',
    );
    assert.deepEqual(
      [(staffView['sessions'] as { notes?: string }[]).map((one) => one.notes), (staffView['letter'] as { status: string }).status],
      [[notes], 'final'],
    );

    // The certificate of the established form and the mentor's letter beside it, as PDFs the mentee downloads.
    await runIssuer();
    const certificates = expectStatus(
      await invokeHandler(certificatesHandler, { method: 'GET', route: '/me/certificates', claims: mentee.applicant.claims }),
      200,
      'the mentee’s certificates',
    )['items'] as { id: string; status: string; recommendationLetter?: string }[];
    assert.deepEqual(
      certificates.map(({ status, recommendationLetter }) => [status, recommendationLetter]),
      [['issued', 'final']],
    );
    for (const route of ['/me/certificates/{certificateId}/pdf', '/me/certificates/{certificateId}/recommendation-letter/pdf']) {
      const link = expectStatus(
        await invokeHandler(certificatesHandler, {
          method: 'GET',
          route,
          pathParameters: { certificateId: certificates[0]?.id ?? '' },
          claims: mentee.applicant.claims,
        }),
        200,
        route,
      );
      const pdf = new Uint8Array(await (await fetch(String(link['url']))).arrayBuffer());
      assert.equal(new TextDecoder().decode(pdf.slice(0, 5)), '%PDF-', route);
    }
  });

  it('takes a mentee’s decline of the invitation as their withdrawal, and gives the mentor’s place back', async () => {
    const season = await mentoringSeason(withPool(5, 0));
    const mentor = await mentorInPool(season, { capacity: 1 });
    const mentee = await menteeAt(season);
    const pairId = (await match(season, false)).proposals[0]?.pairId ?? assert.fail('no pair');
    assertRefused(
      await ofApplication(mentee.claims, '/applications/{applicationId}/mentoring/invitation', mentee.applicationId, {
        decision: 'accept',
      }),
      409,
      'not-invited',
      'accepting before the mentor agreed',
    );
    expectStatus(await respond(mentor, pairId, { decision: 'agree' }), 200, 'the agreement');
    await waitFor(async () => (await viewOf(season, mentee.applicationId)).stage === 'invitation', {
      description: 'the mentor’s agreement to move the mentee to the invitation',
      timeoutMs: 30_000,
    });
    const declined = expectStatus(
      await ofApplication(mentee.claims, '/applications/{applicationId}/mentoring/invitation', mentee.applicationId, {
        decision: 'decline',
      }),
      200,
      'the decline',
    );
    assert.equal(declined['status'], 'declined-by-mentee');
    const view = await viewOf(season, mentee.applicationId);
    assert.deepEqual([view.stage, view.history.at(-1)], ['withdrawn', 'withdrawn:invitation->withdrawn']);
    assert.equal((await pool(season)).items.find((member) => member.mentorId === mentor['sub'])?.load, 0);
    assertRefused(
      await ofApplication(mentee.claims, '/applications/{applicationId}/mentoring', mentee.applicationId),
      404,
      'not-found',
      'no pair any more',
    );
  });

  it('lets the mentor free an agreed pair whose mentee withdrew on their own, and only then', async () => {
    const season = await mentoringSeason(withPool(5, 0));
    const mentor = await mentorInPool(season, { capacity: 1 });
    const mentee = await menteeAt(season);
    const pairId = (await match(season, false)).proposals[0]?.pairId ?? assert.fail('no pair');
    expectStatus(await respond(mentor, pairId, { decision: 'agree' }), 200, 'the agreement');
    await waitFor(async () => (await viewOf(season, mentee.applicationId)).stage === 'invitation', {
      description: 'the mentee to be invited',
      timeoutMs: 30_000,
    });
    assertRefused(await respond(mentor, pairId, { decision: 'decline' }), 409, 'pair-state', 'letting go of a mentee still invited');
    expectStatus(await withdraw(mentee.applicationId, { sub: mentee.applicantId, claims: mentee.claims }), 200, 'the withdrawal');
    const freed = expectStatus(await respond(mentor, pairId, { decision: 'decline' }), 200, 'letting go of a mentee who left');
    assert.equal(freed['status'], 'declined-by-mentor');
    assert.equal((await pool(season)).items.find((member) => member.mentorId === mentor['sub'])?.load, 0);
  });
});
