import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { deliveredMailsTo } from '../../support/mailbox.ts';
import { storedMail } from '../../support/stored-mail.ts';
import {
  call,
  completeDraft,
  consentingApplicant,
  newApplicant,
  openSeason,
  prepareApplicant,
  readyDraft,
  staffOf,
  storedPartition,
  submit,
} from '../../support/application-fixtures.ts';

const create = (seasonId: string, claims: Record<string, string>) =>
  call({ method: 'POST', route: '/seasons/{seasonId}/applications', pathParameters: { seasonId }, claims });
const get = (applicationId: string, claims: Record<string, string>) =>
  call({ method: 'GET', route: '/applications/{applicationId}', pathParameters: { applicationId }, claims });
const put = (applicationId: string, claims: Record<string, string>, body: unknown) =>
  call({ method: 'PUT', route: '/applications/{applicationId}', pathParameters: { applicationId }, claims, body });
const fieldsOf = (body: Record<string, unknown>) =>
  ((body['errors'] ?? []) as { field: string; code: string }[]).map((error) => `${error.field}:${error.code}`).sort();
const historyKinds = (items: readonly Record<string, unknown>[]) =>
  items.filter((item) => item['entity'] === 'applicationEvent').map((item) => item['kind']);

describe('applications through the applications Lambda', () => {
  it('creates one draft per applicant per season: a second create is 409 naming the first', async () => {
    const season = await openSeason();
    const applicant = await consentingApplicant();
    const first = await create(season.seasonId, applicant.claims);
    assert.equal(first.status, 201);
    assert.equal((first.body['stage'] as { id: string }).id, 'application');
    assert.equal(first.body['version'], 1);
    const again = await create(season.seasonId, applicant.claims);
    assert.equal(again.status, 409);
    assert.equal(again.body['code'], 'application-exists');
    assert.equal(again.headers['location'], `/applications/${String(first.body['id'])}`);
    assert.match((again.body['message'] as { en: string }).en, new RegExp(String(first.body['id'])));
    assert.deepEqual(historyKinds(await storedPartition(String(first.body['id']))), ['created']);
  });

  it('creates nothing in a season that is not open or outside its application window', async () => {
    const closed = await openSeason({ season: { status: 'closed' } });
    const applicant = await consentingApplicant();
    const refused = await create(closed.seasonId, applicant.claims);
    assert.equal(refused.status, 409);
    assert.equal(refused.body['code'], 'season-not-open');
    const later = await openSeason({
      season: {
        calendar: [
          {
            stage: 'application',
            opensAt: new Date(Date.now() + 86_400_000).toISOString(),
            closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
          },
        ],
      },
    });
    const early = await create(later.seasonId, applicant.claims);
    assert.equal(early.status, 409);
    assert.equal(early.body['code'], 'application-window-closed');
    const draftSeason = await openSeason({ season: { status: 'draft' } });
    assert.equal((await create(draftSeason.seasonId, applicant.claims)).status, 404);
    const mine = await call({ method: 'GET', route: '/me/applications', claims: applicant.claims });
    assert.deepEqual(mine.body['items'], []);
  });

  it('shows an application to its applicant and its programme’s staff only; everyone else gets the 404 of a missing id', async () => {
    const season = await openSeason();
    const applicant = await consentingApplicant();
    const applicationId = String((await create(season.seasonId, applicant.claims)).body['id']);
    assert.equal((await get(applicationId, applicant.claims)).status, 200);
    const staff = await get(applicationId, staffOf(season.programmeId));
    assert.equal(staff.status, 200);
    assert.deepEqual(
      (staff.body['history'] as { kind: string }[]).map((event) => event.kind),
      ['created'],
    );
    const missing = await get(randomUUID(), applicant.claims);
    for (const stranger of [newApplicant().claims, staffOf('another-programme')]) {
      const response = await get(applicationId, stranger);
      assert.equal(response.status, 404);
      assert.deepEqual({ ...response.body, correlationId: '', instance: '' }, { ...missing.body, correlationId: '', instance: '' });
    }
    const foreignEdit = await put(applicationId, newApplicant().claims, { ...completeDraft, version: 1 });
    assert.equal(foreignEdit.status, 404);
  });

  it('edits a draft with its version, lists every field at fault against the season and programme, and refuses a stale version', async () => {
    const season = await openSeason();
    const applicant = await consentingApplicant();
    const applicationId = String((await create(season.seasonId, applicant.claims)).body['id']);
    const bad = await put(applicationId, applicant.claims, {
      version: 1,
      participantRole: 'pupil',
      preferredInternshipLevel: 'galactic',
      projectDescription: 'Not asked for',
      answers: { motivation: 'x'.repeat(1001), format: 'by-post', ghost: true },
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(fieldsOf(bad.body), [
      'body.answers.format:unknown-option',
      'body.answers.ghost:unknown-question',
      'body.answers.motivation:too-long',
      'body.participantRole:participant-roles-not-offered',
      'body.preferredInternshipLevel:unknown-internship-level',
      'body.projectDescription:project-description-not-asked',
    ]);
    const good = await put(applicationId, applicant.claims, { ...completeDraft, version: 1 });
    assert.equal(good.status, 200);
    assert.equal(good.body['version'], 2);
    assert.deepEqual(good.body['answers'], completeDraft.answers);
    const stale = await put(applicationId, applicant.claims, { ...completeDraft, answers: {}, version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.body['code'], 'version-conflict');
    const [stored] = (await storedPartition(applicationId)).filter((item) => item['entity'] === 'application');
    assert.equal(stored?.['version'], 2);
    assert.deepEqual(stored?.['answers'], completeDraft.answers);
  });

  it('refuses an ineligible submission with every reason in one 422 and writes nothing', async () => {
    const season = await openSeason();
    const applicant = newApplicant();
    await prepareApplicant(applicant, { birthDate: '1970-01-01', citizenship: ['KZ'] });
    const applicationId = String((await create(season.seasonId, applicant.claims)).body['id']);
    const before = await storedPartition(applicationId);
    const refused = await submit(applicationId, applicant.claims, randomUUID());
    assert.equal(refused.status, 422);
    assert.equal(refused.body['code'], 'not-eligible');
    assert.deepEqual(fieldsOf(refused.body), [
      'application.answers.motivation:answer-required',
      'application.internshipJustification:internship-justification-required',
      'application.preferredInternshipLevel:internship-level-required',
      'documents.resume:document-missing',
      'profile.birthDate:age-out-of-range',
      'profile.citizenship:citizenship-not-eligible',
    ]);
    assert.deepEqual(await storedPartition(applicationId), before);
    assert.equal(await storedMail(`application-receipt#${applicationId}`), undefined, 'no receipt queued');
  });

  it('requires an Idempotency-Key header (400 naming it)', async () => {
    const season = await openSeason();
    const { applicant, applicationId } = await readyDraft(season);
    const response = await call({
      method: 'POST',
      route: '/applications/{applicationId}/submit',
      pathParameters: { applicationId },
      claims: applicant.claims,
    });
    assert.equal(response.status, 400);
    assert.deepEqual(fieldsOf(response.body), ['headers.idempotency-key:required']);
    const [problem] = response.body['errors'] as { message: { ru: string; en: string } }[];
    assert.match(problem!.message.en, /Idempotency-Key/);
    assert.match(problem!.message.en, /unique .*each submission attempt/);
    assert.match(problem!.message.ru, /Idempotency-Key/);
    assert.doesNotMatch(problem!.message.en, /undefined/);
  });

  it('submits once: assigns the track by rule, copies region and language, freezes the answers, mails one receipt; a retry replays, another key is 409', async () => {
    const season = await openSeason();
    const { applicant, applicationId } = await readyDraft(season);
    const key = randomUUID();
    const first = await submit(applicationId, applicant.claims, key);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal((first.body['stage'] as { id: string }).id, 'screening');
    const track = first.body['track'] as { id: string; rule: string; explanation: { ru: string } };
    assert.equal(track.id, 'beginner');
    assert.equal(track.rule, 'beginner-no-experience');
    assert.ok(track.explanation.ru.length > 0);
    assert.equal(first.body['region'], '59');
    assert.equal(first.body['language'], 'ru');
    assert.equal(typeof first.body['submittedAt'], 'string');

    const retry = await submit(applicationId, applicant.claims, key);
    assert.equal(retry.status, 200);
    assert.deepEqual(retry.body, first.body);
    const other = await submit(applicationId, applicant.claims, randomUUID());
    assert.equal(other.status, 409);
    assert.equal(other.body['code'], 'already-submitted');
    const frozen = await put(applicationId, applicant.claims, { ...completeDraft, version: Number(first.body['version']) });
    assert.equal(frozen.status, 409);
    assert.equal(frozen.body['code'], 'application-frozen');

    assert.deepEqual(historyKinds(await storedPartition(applicationId)), ['created', 'submitted']);
    const mails = await deliveredMailsTo(applicant.email);
    assert.equal(mails.length, 1);
    assert.match(mails[0]!.subject, /Заявка принята/);
    assert.match(mails[0]!.body.text ?? '', new RegExp(applicationId));
    assert.match(mails[0]!.body.text ?? '', /Начинающие управленцы/);

    const mine = await call({ method: 'GET', route: '/me/applications', claims: applicant.claims });
    const [listed] = mine.body['items'] as Record<string, unknown>[];
    assert.equal(listed?.['id'], applicationId);
    assert.deepEqual(
      (listed!['history'] as { kind: string }[]).map((event) => event.kind),
      ['created', 'submitted'],
    );
    assert.deepEqual(
      (listed!['documents'] as { requirementId: string; status: string }[]).map((document) => [document.requirementId, document.status]),
      [['resume', 'verified']],
    );
  });

  it('mails the receipt in English to an applicant whose profile says so', async () => {
    const season = await openSeason();
    const { applicant, applicationId } = await readyDraft(season, { preferredLanguage: 'en' });
    assert.equal((await submit(applicationId, applicant.claims, randomUUID())).status, 200);
    const [mail] = await deliveredMailsTo(applicant.email);
    assert.match(mail?.subject ?? '', /Application received: ProKadry/);
  });

  it('lets staff override the track with a reason, keeping the previous one in the history', async () => {
    const season = await openSeason();
    const { applicant, applicationId } = await readyDraft(season);
    const submitted = await submit(applicationId, applicant.claims, randomUUID());
    const staff = staffOf(season.programmeId);
    const route = '/applications/{applicationId}/track';
    const draftSeason = await readyDraft(season);
    const onDraft = await call({
      method: 'PUT',
      route,
      pathParameters: { applicationId: draftSeason.applicationId },
      claims: staff,
      body: { track: 'pro', reason: 'Works in a ministry', version: 2 },
    });
    assert.equal(onDraft.status, 409);
    assert.equal(onDraft.body['code'], 'application-not-submitted');
    const unknown = await call({
      method: 'PUT',
      route,
      pathParameters: { applicationId },
      claims: staff,
      body: { track: 'astronaut', reason: 'Why not', version: 1 },
    });
    assert.equal(unknown.status, 400);
    const overridden = await call({
      method: 'PUT',
      route,
      pathParameters: { applicationId },
      claims: staff,
      body: { track: 'pro', reason: 'Works in a ministry', version: submitted.body['version'] },
    });
    assert.equal(overridden.status, 200, JSON.stringify(overridden.body));
    const track = overridden.body['track'] as { id: string; override: { previousTrack: string; reason: string } };
    assert.equal(track.id, 'pro');
    assert.equal(track.override.previousTrack, 'beginner');
    const seen = await get(applicationId, applicant.claims);
    assert.deepEqual(
      (seen.body['history'] as { kind: string }[]).map((event) => event.kind),
      ['created', 'submitted', 'track-overridden'],
    );
    const outsider = await call({
      method: 'PUT',
      route,
      pathParameters: { applicationId },
      claims: staffOf('another-programme'),
      body: { track: 'young', reason: 'No scope', version: 3 },
    });
    assert.equal(outsider.status, 404);
    const listed = await call({
      method: 'GET',
      route: '/seasons/{seasonId}/applications',
      pathParameters: { seasonId: season.seasonId },
      claims: staff,
      query: { track: 'pro' },
    });
    assert.deepEqual(
      (listed.body['items'] as { id: string }[]).map((item) => item.id),
      [applicationId],
    );
  });

  it('withdraws until the programme’s last withdrawable stage, once', async () => {
    const season = await openSeason();
    const { applicant, applicationId } = await readyDraft(season);
    await submit(applicationId, applicant.claims, randomUUID());
    const route = '/applications/{applicationId}/withdraw';
    const withdrawn = await call({ method: 'POST', route, pathParameters: { applicationId }, claims: applicant.claims });
    assert.equal(withdrawn.status, 200);
    assert.equal((withdrawn.body['stage'] as { id: string }).id, 'withdrawn');
    const again = await call({ method: 'POST', route, pathParameters: { applicationId }, claims: applicant.claims });
    assert.equal(again.status, 409);
    assert.equal(again.body['code'], 'already-withdrawn');
    assert.deepEqual(historyKinds(await storedPartition(applicationId)), ['created', 'submitted', 'withdrawn']);
    const stranger = await call({ method: 'POST', route, pathParameters: { applicationId }, claims: newApplicant().claims });
    assert.equal(stranger.status, 404);
  });

  it('lists a season for its staff by stage, track and region across every shard, page by page in key order, with a tamper-proof cursor', async () => {
    const season = await openSeason();
    const drafts = await Promise.all(Array.from({ length: 5 }, (_, i) => readyDraft(season, { region: i < 3 ? '77' : '59' })));
    await Promise.all(drafts.slice(0, 4).map(({ applicant, applicationId }) => submit(applicationId, applicant.claims, randomUUID())));
    const staff = staffOf(season.programmeId);
    const list = async (query: Record<string, string>) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await call({
          method: 'GET',
          route: '/seasons/{seasonId}/applications',
          pathParameters: { seasonId: season.seasonId },
          claims: staff,
          query: { ...query, limit: '2', ...(cursor === undefined ? {} : { cursor }) },
        });
        assert.equal(page.status, 200, JSON.stringify(page.body));
        ids.push(...(page.body['items'] as { id: string }[]).map((item) => item.id));
        cursor = page.body['nextCursor'] as string | undefined;
      } while (cursor !== undefined);
      return ids;
    };
    const all = await list({});
    assert.equal(all.length, 5);
    assert.equal(new Set(all).size, 5);
    assert.equal(all[0], drafts[4]!.applicationId, 'the draft (stage application) sorts before the submitted ones (screening)');
    assert.deepEqual(new Set(await list({ stage: 'screening' })), new Set(drafts.slice(0, 4).map((draft) => draft.applicationId)));
    assert.deepEqual(new Set(await list({ region: '77' })), new Set(drafts.slice(0, 3).map((draft) => draft.applicationId)));
    assert.deepEqual(
      new Set(await list({ region: '77', stage: 'screening', track: 'beginner' })),
      new Set(drafts.slice(0, 3).map((draft) => draft.applicationId)),
    );
    assert.deepEqual(new Set(await list({ track: 'beginner', region: '59' })), new Set([drafts[3]!.applicationId]));
    assert.deepEqual(await list({ track: 'pro' }), []);

    const first = await call({
      method: 'GET',
      route: '/seasons/{seasonId}/applications',
      pathParameters: { seasonId: season.seasonId },
      claims: staff,
      query: { limit: '1' },
    });
    const cursor = String(first.body['nextCursor']);
    const foreign = await call({
      method: 'GET',
      route: '/seasons/{seasonId}/applications',
      pathParameters: { seasonId: season.seasonId },
      claims: staff,
      query: { stage: 'screening', cursor },
    });
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body['code'], 'invalid-cursor');
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { l: string; s: unknown[] };
    decoded.s[0] = { after: 'STAGE#x#TRACK#-#2026#not-an-id' };
    const forged = await call({
      method: 'GET',
      route: '/seasons/{seasonId}/applications',
      pathParameters: { seasonId: season.seasonId },
      claims: staff,
      query: { cursor: Buffer.from(JSON.stringify(decoded)).toString('base64url') },
    });
    assert.equal(forged.status, 400);
    assert.equal(
      (
        await call({
          method: 'GET',
          route: '/seasons/{seasonId}/applications',
          pathParameters: { seasonId: season.seasonId },
          claims: staff,
          query: { cursor: 'garbage' },
        })
      ).status,
      400,
    );
    const outsider = await call({
      method: 'GET',
      route: '/seasons/{seasonId}/applications',
      pathParameters: { seasonId: season.seasonId },
      claims: staffOf('another-programme'),
    });
    assert.equal(outsider.status, 404);
  });

  it('refuses a list filter naming a stage, track or region that does not exist (400 naming each), not an empty page', async () => {
    const season = await openSeason();
    const list = (query: Record<string, string>) =>
      call({
        method: 'GET',
        route: '/seasons/{seasonId}/applications',
        pathParameters: { seasonId: season.seasonId },
        claims: staffOf(season.programmeId),
        query,
      });
    for (const [query, expected] of [
      [{ stage: 'bogus' }, ['query.stage:unknown-stage']],
      [{ track: 'bogus' }, ['query.track:unknown-track']],
      [{ region: '00' }, ['query.region:unknown-region']],
      [
        { stage: 'bogus', track: 'nope', region: '99' },
        ['query.region:unknown-region', 'query.stage:unknown-stage', 'query.track:unknown-track'],
      ],
    ] as const) {
      const response = await list(query);
      assert.equal(response.status, 400, JSON.stringify(query));
      assert.equal(response.body['code'], 'validation-failed');
      assert.deepEqual(fieldsOf(response.body), expected);
      for (const error of response.body['errors'] as { message: { ru: string; en: string } }[]) {
        assert.ok(error.message.ru.length > 0 && error.message.en.length > 0, 'a message in Russian and English');
      }
    }
    const known = await list({ stage: 'screening', track: 'pro', region: '77' });
    assert.equal(known.status, 200);
    assert.deepEqual(known.body['items'], []);
  });

  it('marks applications of an applicant who withdrew consent as processing-stopped for staff, without their content, and stops staff decisions', async () => {
    const season = await openSeason();
    const { applicant, applicationId } = await readyDraft(season);
    const submitted = await submit(applicationId, applicant.claims, randomUUID());
    const withdrawal = await call({ method: 'POST', route: '/me/consents/withdrawal', claims: applicant.claims });
    assert.equal(withdrawal.status, 201, JSON.stringify(withdrawal.body));
    const staff = staffOf(season.programmeId);
    const listed = await call({
      method: 'GET',
      route: '/seasons/{seasonId}/applications',
      pathParameters: { seasonId: season.seasonId },
      claims: staff,
    });
    const [item] = listed.body['items'] as Record<string, unknown>[];
    assert.equal(item?.['processingStopped'], true);
    assert.equal(item?.['answers'], undefined);
    assert.equal(item?.['internshipJustification'], undefined);
    const read = await get(applicationId, staff);
    assert.equal(read.body['processingStopped'], true);
    assert.equal(read.body['answers'], undefined);
    const override = await call({
      method: 'PUT',
      route: '/applications/{applicationId}/track',
      pathParameters: { applicationId },
      claims: staff,
      body: { track: 'pro', reason: 'Works in a ministry', version: submitted.body['version'] },
    });
    assert.equal(override.status, 409);
    assert.equal(override.body['code'], 'processing-stopped');
  });
});
