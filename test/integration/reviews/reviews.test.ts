import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import { storedMail } from '../../support/stored-mail.ts';
import { storeVerifiedDocument } from '../../support/verified-document.ts';
import { waitFor } from '../../support/wait-for.ts';
import { handler as documentsHandler } from '../../../functions/documents/handler.ts';
import { invokeHandler } from '../../support/api-event.ts';
import { callReviews } from '../../support/call-reviews.ts';
import { staffClaims } from '../../support/claims.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';
import {
  applicationIn,
  assign,
  expertInPool,
  fullScores,
  myReview,
  reviewSeason,
  reviewsOf,
  saveDraft,
  STAGE,
  submit,
  unassign,
} from './review-world.ts';

const documentsOf = (applicationId: string, claims: Record<string, string>) =>
  invokeHandler(documentsHandler, {
    method: 'GET',
    route: '/applications/{applicationId}/documents',
    pathParameters: { applicationId },
    claims,
  });

const codesOf = (body: Record<string, unknown>): string[] =>
  ((body['errors'] as { code: string }[] | undefined) ?? []).map((problem) => problem.code);

const applications = new DynamoDbApplicationRepository(documentClient(), requireEnv(ENV.tableName));
const stageOf = async (applicationId: string): Promise<string | undefined> => (await applications.find(applicationId))?.stage;

describe('reviews: assignment, the expert’s work and the application’s score', { timeout: 90_000 }, () => {
  it('moves a project that scored at least the programme’s threshold on to the mentor agreement once the last review is in, and leaves a weaker one to staff', async () => {
    const season = await reviewSeason();
    const [strong, weak] = await Promise.all([applicationIn(season), applicationIn(season)]);
    const [olga, pavel] = await Promise.all([expertInPool(season), expertInPool(season)]);
    for (const { applicationId } of [strong, weak]) {
      assert.equal((await assign(season, applicationId, olga)).status, 201);
      assert.equal((await assign(season, applicationId, pavel)).status, 201);
    }
    assert.equal((await submit(olga, strong.applicationId, { scores: fullScores(8, 8, 7, 7), version: 1 })).status, 200);
    assert.equal(await stageOf(strong.applicationId), STAGE, 'one review of two moves nothing');
    assert.equal((await submit(pavel, strong.applicationId, { scores: fullScores(7, 7, 6, 8), version: 1 })).status, 200);
    await waitFor(async () => (await stageOf(strong.applicationId)) === 'mentor-agreement', {
      timeoutMs: 30_000,
      description: 'the strong project to reach the mentor agreement',
    });

    await submit(olga, weak.applicationId, { scores: fullScores(4, 5, 3, 4), version: 1 });
    await submit(pavel, weak.applicationId, { scores: fullScores(5, 4, 4, 5), version: 1 });
    const [aggregate] = (await reviewsOf(season.staff, weak.applicationId)).body['aggregates'] as Record<string, unknown>[];
    assert.equal(aggregate?.['passed'], false);
    assert.equal(await stageOf(weak.applicationId), STAGE, 'below the threshold staff decide');
  });

  it('runs a project evaluation end to end: two experts assigned, drafts, submissions, the score stored and explained', async () => {
    const season = await reviewSeason();
    const { applicationId } = await applicationIn(season);
    const [olga, pavel] = await Promise.all([expertInPool(season), expertInPool(season)]);

    const assigned = await assign(season, applicationId, olga);
    assert.equal(assigned.status, 201, JSON.stringify(assigned.body));
    assert.deepEqual(
      { status: assigned.body['status'], stage: assigned.body['stage'], version: assigned.body['version'] },
      { status: 'assigned', stage: STAGE, version: 1 },
    );
    assert.equal((await assign(season, applicationId, pavel)).status, 201);
    assert.equal((await assign(season, applicationId, olga)).body['code'], 'already-assigned');

    // An assignment opens the application's documents to the expert, and to no other.
    assert.equal((await documentsOf(applicationId, olga)).status, 200);
    const listed = await callReviews({ method: 'GET', route: '/me/reviews', query: { seasonId: season.seasonId }, claims: olga });
    assert.deepEqual(
      (listed.body['items'] as { applicationId: string }[]).map((review) => review.applicationId),
      [applicationId],
    );

    const draft = await saveDraft(olga, applicationId, { scores: { relevance: 8 }, commentForStaff: 'Досмотрю позже', version: 1 });
    assert.equal(draft.status, 200, JSON.stringify(draft.body));
    assert.equal(draft.body['status'], 'draft');
    const page = await myReview(olga, applicationId);
    assert.deepEqual((page.body['review'] as Record<string, unknown>)['scores'], { relevance: 8 });

    const incomplete = await submit(olga, applicationId, { scores: { relevance: 8 }, version: 2 });
    assert.equal(incomplete.status, 422);
    assert.deepEqual(codesOf(incomplete.body), ['missing-criterion', 'missing-criterion', 'missing-criterion']);

    const first = await submit(olga, applicationId, {
      scores: fullScores(8, 7, 6.5, 9),
      commentForApplicant: 'Хороший проект',
      version: 2,
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(
      { status: first.body['status'], weightedScore: first.body['weightedScore'] },
      { status: 'submitted', weightedScore: 7.6 },
    );
    assert.deepEqual((await reviewsOf(season.staff, applicationId)).body['aggregates'], [], 'no score while a review is out');

    assert.equal((await submit(pavel, applicationId, { scores: fullScores(6, 6, 5, 7), version: 1 })).status, 200);
    const staffView = await reviewsOf(season.staff, applicationId);
    const [aggregate] = staffView.body['aggregates'] as Record<string, unknown>[];
    assert.deepEqual(
      {
        rubricId: aggregate?.['rubricId'],
        method: aggregate?.['method'],
        score: aggregate?.['score'],
        reviewCount: aggregate?.['reviewCount'],
        passed: aggregate?.['passed'],
        disagreement: aggregate?.['disagreement'],
      },
      // Each expert has one review so far: too few to normalise, so the raw scores are averaged ((7.6 + 6) / 2).
      { rubricId: 'project-evaluation', method: 'z-score', score: 6.8, reviewCount: 2, passed: true, disagreement: false },
    );
    const explanation = aggregate?.['explanation'] as { perReview: { expertId: string; fallback?: string }[]; normalisation?: string };
    assert.equal(explanation.normalisation, 'raw-fallback');
    assert.deepEqual(explanation.perReview.map((review) => review.fallback).sort(), ['too-few-reviews', 'too-few-reviews']);
    const reviews = staffView.body['reviews'] as Record<string, unknown>[];
    assert.equal(reviews.find((review) => review['expertId'] === olga['sub'])?.['commentForApplicant'], 'Хороший проект');

    // Submitted: the assignment stays; a correction is a new submission, counted once.
    assert.equal((await unassign(season.staff, applicationId, olga)).body['code'], 'review-submitted');
    assert.equal((await saveDraft(olga, applicationId, { scores: {}, version: 3 })).body['code'], 'review-submitted');
    const again = await submit(olga, applicationId, { scores: fullScores(9, 7, 6.5, 9), version: 3 });
    assert.equal(again.status, 200);
    assert.equal((await submit(olga, applicationId, { scores: fullScores(9, 7, 6.5, 9), version: 3 })).body['code'], 'version-conflict');
    const progress = await callReviews({
      method: 'GET',
      route: '/seasons/{seasonId}/review-progress',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
    });
    assert.deepEqual((progress.body['rubrics'] as unknown[])[0], {
      rubricId: 'project-evaluation',
      stage: STAGE,
      assigned: 2,
      submitted: 2,
      experts: 2,
    });
    const pool = await callReviews({
      method: 'GET',
      route: '/seasons/{seasonId}/experts',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
    });
    const olgaInPool = (pool.body['items'] as Record<string, unknown>[]).find((member) => member['expertId'] === olga['sub']);
    assert.deepEqual({ load: olgaInPool?.['load'], submitted: olgaInPool?.['submitted'] }, { load: 1, submitted: 1 });
  });

  it('shows the expert the project and background but none of the person, planted in every personal field', async () => {
    const season = await reviewSeason();
    const marker = 'ZZPLANTED';
    const { applicationId } = await applicationIn(season, {
      profile: {
        ...baseProfile(),
        name: { last: `${marker}Фамилия`, first: `${marker}Имя`, patronymic: `${marker}Отчество` },
        birthDate: '2001-02-03',
        region: '59',
        contacts: { email: 'zzplanted@example.org', phone: '+79990001122' },
        education: [
          {
            institution: `${marker} университет`,
            field: 'Экономика',
            level: 'bachelor',
            graduationYear: 2024,
            publicAdministration: false,
          },
        ],
        workExperience: [{ organisation: `${marker} завод`, role: 'Инженер', publicService: false, from: '2022-01-01' }],
        activity: {
          organisations: [{ name: `${marker} союз`, kind: 'youth', from: '2020-01-01' }],
          ownProjects: [{ title: 'Школьный технопарк', year: 2023 }],
          internships: [{ organisation: `${marker} министерство`, publicBody: true, from: '2023-06-01', to: '2023-07-01' }],
          youthGovernment: [{ body: `${marker} молодёжное правительство`, level: 'regional', from: '2021-01-01' }],
        },
      },
    });
    const expert = await expertInPool(season);
    assert.equal((await assign(season, applicationId, expert)).status, 201);
    const page = await myReview(expert, applicationId);
    assert.equal(page.status, 200, JSON.stringify(page.body));
    const seen = JSON.stringify(page.body);
    for (const personal of [marker, 'zzplanted', '+79990001122', '2001-02-03', '"region"'])
      assert.ok(!seen.includes(personal), `the expert saw ${personal}`);
    const background = (page.body['application'] as Record<string, Record<string, unknown[]>>)['background']!;
    assert.deepEqual(background['ownProjects'], [{ title: 'Школьный технопарк', year: 2023 }]);
    assert.deepEqual(background['workExperience'], [{ role: 'Инженер', publicService: false, from: '2022-01-01' }]);
    assert.equal(background['education']?.length, 1);
  });

  it('leaves a gate’s move to the gate: Кадры будущего’s selection admits by score when its window closes, not review by review', async () => {
    const season = await reviewSeason({}, kadryBudushchegoTemplate);
    const { applicationId } = await applicationIn(season, { stage: 'selection' });
    const [first, second] = await Promise.all([expertInPool(season, 5, { competences: [] }), expertInPool(season, 5, { competences: [] })]);
    for (const expert of [first, second]) assert.equal((await assign(season, applicationId, expert, {}, 'selection')).status, 201);
    const scores = { motivation: 9, activity: 8, 'regional-focus': 9 };
    for (const expert of [first, second])
      assert.equal((await submit(expert, applicationId, { scores, version: 1 }, 'selection')).status, 200);
    const [aggregate] = (await reviewsOf(season.staff, applicationId)).body['aggregates'] as Record<string, unknown>[];
    assert.deepEqual({ score: aggregate?.['score'], passed: aggregate?.['passed'] }, { score: 8.7, passed: true });
    assert.equal(await stageOf(applicationId), 'selection', 'the admission gate, not the last review, moves the cohort');
  });

  it('holds a disputed score back and assigns the extra reviewer the rubric asks for at once, then moves on the settled score', async () => {
    const season = await reviewSeason();
    const { applicationId } = await applicationIn(season);
    const [strict, lenient] = await Promise.all([expertInPool(season), expertInPool(season)]);
    await assign(season, applicationId, strict);
    await assign(season, applicationId, lenient);
    const third = await expertInPool(season);
    await submit(strict, applicationId, { scores: fullScores(3, 3, 3, 3), version: 1 });
    await submit(lenient, applicationId, { scores: fullScores(9, 9, 9, 9), version: 1 });
    const held = (await reviewsOf(season.staff, applicationId)).body;
    const [disputed] = held['aggregates'] as Record<string, unknown>[];
    assert.deepEqual(
      {
        score: disputed?.['score'],
        spread: disputed?.['spread'],
        disagreement: disputed?.['disagreement'],
        extra: disputed?.['extraReviewerWanted'],
      },
      { score: 6, spread: 6, disagreement: true, extra: true },
    );
    assert.equal(await stageOf(applicationId), STAGE, 'a disputed score moves nothing, even at the threshold');
    // The only expert of the pool left who qualifies is on it now, assigned by the platform.
    const extra = (held['reviews'] as Record<string, unknown>[]).find((review) => review['expertId'] === third['sub']);
    assert.deepEqual([extra?.['status'], extra?.['assignedBy']], ['assigned', 'system']);

    await submit(third, applicationId, { scores: fullScores(8, 8, 8, 8), version: 1 });
    const [settled] = (await reviewsOf(season.staff, applicationId)).body['aggregates'] as Record<string, unknown>[];
    assert.deepEqual({ reviews: settled?.['reviewCount'], extra: settled?.['extraReviewerWanted'] }, { reviews: 3, extra: false });
    await waitFor(async () => (await stageOf(applicationId)) === 'mentor-agreement', {
      timeoutMs: 30_000,
      description: 'the project to move once the third review settled its score',
    });
  });

  it('leaves a disputed score to the next assignment run when the pool has nobody to spare', async () => {
    const season = await reviewSeason();
    const { applicationId } = await applicationIn(season);
    const [strict, lenient] = await Promise.all([expertInPool(season), expertInPool(season)]);
    await assign(season, applicationId, strict);
    await assign(season, applicationId, lenient);
    await submit(strict, applicationId, { scores: fullScores(3, 3, 3, 3), version: 1 });
    await submit(lenient, applicationId, { scores: fullScores(9, 9, 9, 9), version: 1 });
    assert.equal(((await reviewsOf(season.staff, applicationId)).body['reviews'] as unknown[]).length, 2, 'nobody to add yet');

    const third = await expertInPool(season);
    const run = await callReviews({
      method: 'POST',
      route: '/seasons/{seasonId}/review-assignments',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
      body: { rubricId: 'project-evaluation', dryRun: false },
    });
    assert.deepEqual(run.body['assignments'], [{ applicationId, expertId: third['sub'] }]);
  });

  it('reminds each expert who still owes reviews on the rubric, in their language, once a day, and nobody else', async () => {
    const season = await reviewSeason();
    const [first, second] = await Promise.all([applicationIn(season), applicationIn(season)]);
    const [owing, done, idle] = await Promise.all([expertInPool(season), expertInPool(season), expertInPool(season)]);
    for (const { applicationId } of [first, second]) assert.equal((await assign(season, applicationId, owing)).status, 201);
    assert.equal((await assign(season, first.applicationId, done)).status, 201);
    await submit(owing, first.applicationId, { scores: fullScores(7, 7, 7, 7), version: 1 });
    await submit(done, first.applicationId, { scores: fullScores(7, 7, 7, 7), version: 1 });
    const remind = () =>
      callReviews({
        method: 'POST',
        route: '/seasons/{seasonId}/review-reminders',
        pathParameters: { seasonId: season.seasonId },
        claims: season.staff,
        body: { rubricId: 'project-evaluation' },
      });
    const sent = await remind();
    assert.equal(sent.status, 202, JSON.stringify(sent.body));
    assert.deepEqual(sent.body, { queued: 1, alreadyQueued: 0, capReached: 0, withoutAddress: 0 }, 'only the expert who owes one');
    assert.deepEqual((await remind()).body, { queued: 0, alreadyQueued: 1, capReached: 0, withoutAddress: 0 }, 'once a day');
    const day = new Date().toISOString().slice(0, 10);
    const mail = await storedMail(`review-reminder#${season.seasonId}#project-evaluation#${owing['sub']}#${day}`);
    const message = mail as { to: string[]; subject: string; text: string } | undefined;
    assert.deepEqual(message?.to, [owing['email']]);
    assert.match(message?.subject ?? '', /Оценки ждут вас/);
    assert.match(message?.text ?? '', /Незавершённых оценок по рубрике «Экспертная оценка проекта»: 1\./);
    assert.equal(await storedMail(`review-reminder#${season.seasonId}#project-evaluation#${idle['sub']}#${day}`), undefined);
  });

  it('lets the expert read only the documents the rubric’s blind policy lists: the project description, not the résumé', async () => {
    const season = await reviewSeason();
    const { applicationId, applicantId } = await applicationIn(season);
    const [resume, project] = await Promise.all([
      storeVerifiedDocument(applicationId, applicantId, 'resume'),
      storeVerifiedDocument(applicationId, applicantId, 'project-description'),
    ]);
    const expert = await expertInPool(season);
    assert.equal((await assign(season, applicationId, expert)).status, 201);
    const listed = await documentsOf(applicationId, expert);
    assert.deepEqual(
      (listed.body['items'] as { id: string }[]).map((document) => document.id),
      [project],
    );
    const link = (documentId: string) =>
      invokeHandler(documentsHandler, {
        method: 'GET',
        route: '/applications/{applicationId}/documents/{documentId}/download',
        pathParameters: { applicationId, documentId },
        claims: expert,
      });
    assert.equal((await link(project)).status, 200);
    assert.equal((await link(resume)).status, 404, 'the résumé names its author: it does not exist for the expert');
    const staffList = await documentsOf(applicationId, season.staff);
    assert.equal((staffList.body['items'] as unknown[]).length, 2, 'staff see both');
  });

  it('refuses across a conflict of interest, naming each with its source, and assigns with a reason that stays on the review', async () => {
    const season = await reviewSeason();
    const { applicationId } = await applicationIn(season, {
      profile: {
        ...baseProfile(),
        workExperience: [{ organisation: 'ООО «Уралхим»', role: 'Аналитик', publicService: false, from: '2022-01-01' }],
      },
    });
    const colleague = await expertInPool(season, 10, { organisation: 'Уралхим' });
    const friend = await expertInPool(season, 10, { declaredConflicts: [{ kind: 'person', name: 'Тестова Анна Игоревна' }] });

    const refused = await assign(season, applicationId, colleague);
    assert.equal(refused.status, 409);
    assert.equal(refused.body['code'], 'conflict-of-interest');
    assert.deepEqual(codesOf(refused.body), ['conflict-same-organisation']);
    assert.deepEqual(codesOf((await assign(season, applicationId, friend)).body), ['conflict-declared-person']);

    assert.equal((await assign(season, applicationId, colleague, { override: { reason: 'короткая' } })).status, 400, 'a reason says why');
    const overridden = await assign(season, applicationId, colleague, {
      override: { reason: 'Работал в другом филиале; других экспертов по теме нет.' },
    });
    assert.equal(overridden.status, 201, JSON.stringify(overridden.body));
    const override = overridden.body['conflictOverride'] as Record<string, unknown>;
    assert.deepEqual(
      { by: override['by'], conflicts: override['conflicts'] },
      { by: season.staff['sub'], conflicts: [{ kind: 'same-organisation', source: 'detected', detail: 'ООО «Уралхим»' }] },
    );
    // The expert sees their assignment, not what matched the applicant.
    const mine = await callReviews({ method: 'GET', route: '/me/reviews', query: { seasonId: season.seasonId }, claims: colleague });
    assert.ok(!JSON.stringify(mine.body).includes('Уралхим'));
  });

  it('holds the assignment rules: stage, pool, language and competence, capacity, and capacity back on withdrawal', async () => {
    const season = await reviewSeason();
    const [{ applicationId }, other, early, english] = await Promise.all([
      applicationIn(season),
      applicationIn(season),
      applicationIn(season, { stage: 'application' }),
      applicationIn(season, { language: 'en' }),
    ]);
    const expert = await expertInPool(season, 1);
    const outsider = await expertInPool(await reviewSeason());
    const lawyer = await expertInPool(season, 5, { competences: ['law'] });

    assert.equal((await assign(season, early.applicationId, expert)).body['code'], 'not-at-rubric-stage');
    assert.equal((await assign(season, applicationId, outsider)).body['code'], 'expert-not-in-pool');
    assert.deepEqual(codesOf((await assign(season, applicationId, lawyer)).body), ['missing-competence']);
    assert.deepEqual(codesOf((await assign(season, english.applicationId, expert)).body), ['missing-language']);
    assert.equal((await assign(season, applicationId, expert, {}, 'no-such-rubric')).status, 404);

    assert.equal((await assign(season, applicationId, expert)).status, 201);
    assert.equal((await assign(season, other.applicationId, expert)).body['code'], 'expert-at-capacity');
    assert.equal((await unassign(season.staff, applicationId, expert)).status, 204);
    assert.equal((await unassign(season.staff, applicationId, expert)).status, 404);
    const progress = await callReviews({
      method: 'GET',
      route: '/seasons/{seasonId}/review-progress',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
    });
    assert.equal((progress.body['rubrics'] as { assigned: number }[])[0]?.assigned, 0, 'the withdrawn review left the count');
    assert.equal((await assign(season, other.applicationId, expert)).status, 201, 'the withdrawn review gave the capacity back');
  });

  it('never goes over capacity: of ten assignments of one expert sent at once, exactly the capacity succeed', async () => {
    const season = await reviewSeason();
    const expert = await expertInPool(season, 3);
    const targets = await Promise.all(Array.from({ length: 10 }, () => applicationIn(season)));
    const answers = await Promise.all(targets.map(({ applicationId }) => assign(season, applicationId, expert)));
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [201, 201, 201, 409, 409, 409, 409, 409, 409, 409]);
    const pool = await callReviews({
      method: 'GET',
      route: '/seasons/{seasonId}/experts',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
    });
    assert.equal((pool.body['items'] as Record<string, unknown>[])[0]?.['load'], 3);
  });

  it('answers 404 to anyone outside: another expert, staff of another programme, an expert on the staff view', async () => {
    const season = await reviewSeason();
    const { applicationId } = await applicationIn(season);
    const [expert, stranger] = await Promise.all([expertInPool(season), expertInPool(season)]);
    assert.equal((await assign(season, applicationId, expert)).status, 201);

    assert.equal((await myReview(stranger, applicationId)).status, 404);
    assert.equal((await saveDraft(stranger, applicationId, { scores: {}, version: 1 })).status, 404);
    assert.equal((await submit(stranger, applicationId, { scores: fullScores(5, 5, 5, 5), version: 1 })).status, 404);
    assert.equal((await documentsOf(applicationId, stranger)).status, 404);
    const otherStaff = staffClaims('another-programme');
    assert.equal((await reviewsOf(otherStaff, applicationId)).status, 404);
    assert.equal((await assign({ ...season, staff: otherStaff }, applicationId, stranger)).status, 404);
    assert.equal((await unassign(otherStaff, applicationId, expert)).status, 404);
    assert.equal((await reviewsOf(expert, applicationId)).status, 403);
  });

  it('takes one of twenty submissions sent at once at the same version; the rest answer 409 and the progress counts one', async () => {
    const season = await reviewSeason();
    const { applicationId } = await applicationIn(season);
    const expert = await expertInPool(season);
    await assign(season, applicationId, expert);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => submit(expert, applicationId, { scores: fullScores(5 + (index % 5), 6, 6, 6), version: 1 })),
    );
    assert.equal(answers.filter((answer) => answer.status === 200).length, 1);
    assert.ok(answers.every((answer) => answer.status === 200 || answer.body['code'] === 'version-conflict'));
    const pool = await callReviews({
      method: 'GET',
      route: '/seasons/{seasonId}/experts',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
    });
    const member = (pool.body['items'] as Record<string, unknown>[])[0];
    assert.deepEqual({ load: member?.['load'], submitted: member?.['submitted'] }, { load: 1, submitted: 1 });
  });

  it('refuses scores that break the rubric, each fault a field, and changes nothing', async () => {
    const season = await reviewSeason();
    const { applicationId } = await applicationIn(season);
    const expert = await expertInPool(season);
    await assign(season, applicationId, expert);
    const refused = await saveDraft(expert, applicationId, { scores: { relevance: 11, feasibility: 7.3, unknown: 5 }, version: 1 });
    assert.equal(refused.status, 422);
    assert.deepEqual(
      (refused.body['errors'] as { field: string; code: string }[]).map((problem) => `${problem.field} ${problem.code}`),
      ['body.scores.relevance off-scale', 'body.scores.feasibility not-a-step', 'body.scores.unknown unknown-criterion'],
    );
    assert.deepEqual(((await myReview(expert, applicationId)).body['review'] as Record<string, unknown>)['version'], 1);
  });
});
