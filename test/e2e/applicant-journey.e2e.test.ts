import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ApplicationView } from '../../shared/applications/application-view.ts';
import type { DocumentView } from '../../shared/documents/document-view.ts';
import type { ApplicationQuestion } from '../../shared/catalogue/domain/seasons/application-questions-schema.ts';
import { fixture } from '../fixtures/documents/fixture-files.ts';
import { waitFor } from '../support/wait-for.ts';
import { spawnLocalCloud, type LocalCloudProcess } from './local-cloud-process.ts';
import { apiAt, type Api } from './support/api-client.ts';
import { adultProfile, minorProfile } from '../support/applicant-profiles.ts';
import { mailsTo } from '../support/mailbox.ts';
import { uploadWithTicket, type UploadTicket } from './support/presigned-upload.ts';
import { registerApplicant, type RegisteredApplicant } from './support/register-applicant.ts';
import { answersFor } from './support/season-answers.ts';

/**
 * Issue 3's "done when", end to end: members of the public apply through the HTTP API of the
 * running local cloud (its own process, ephemeral), with files going straight to storage by the
 * presigned POSTs and the receipt read from the local SES mailbox. Nothing is set up behind the
 * API's back: the seasons are the demo data every `npm start` seeds.
 */
let cloud: LocalCloudProcess;
let api: Api;

interface Problem {
  readonly code: string;
  readonly status: number;
  readonly errors?: readonly {
    readonly field: string;
    readonly code: string;
    readonly message: { readonly ru: string; readonly en: string };
  }[];
  readonly [key: string]: unknown;
}

interface PublicSeason {
  readonly id: string;
  readonly referenceDate: string;
  readonly questions: readonly ApplicationQuestion[];
  readonly programme: {
    readonly eligibility: { readonly guardianConsentBelowAge: number };
    readonly participantRoles: readonly { readonly id: string; readonly ageRange?: { readonly min: number; readonly max: number } }[];
    readonly internshipLevels: readonly { readonly id: string }[];
    readonly documentRequirements: readonly {
      readonly id: string;
      readonly kind: string;
      readonly stage: string;
      readonly required: boolean;
    }[];
  };
}

interface ConsentText {
  readonly kind: 'personal-data' | 'guardian';
  readonly version: string;
  readonly current: boolean;
}

/** The ПроКадры demo season asks for both with the application (infra/local/seed/demo-overrides.ts). */
const ADULT_SEASON = 'prokadry-demo-season';
/** Кадры будущего: pupils 14–17, a parent consents below 18. */
const MINOR_SEASON = 'kadry-budushchego-demo-season';

const fieldsOf = (problem: Problem): string[] => (problem.errors ?? []).map((error) => error.field).sort();

/** Everything in a problem except what names this very request. */
const shapeOf = (problem: Problem): Record<string, unknown> => {
  const { correlationId: _correlationId, instance: _instance, ...rest } = problem;
  return rest;
};

const currentText = async (kind: ConsentText['kind']): Promise<ConsentText> => {
  const { body } = await api<{ items: ConsentText[] }>('GET', '/consent-texts', { expect: 200 });
  return body.items.find((text) => text.kind === kind && text.current) ?? assert.fail(`no current ${kind} text in ${JSON.stringify(body)}`);
};

const requirementOf = (season: PublicSeason, kind: string) =>
  season.programme.documentRequirements.find((requirement) => requirement.kind === kind) ??
  assert.fail(`${season.id} has no ${kind} requirement`);

/** POST …/submit with an Idempotency-Key (a fresh one unless a retry names it). */
const submit = async <T>(applicant: RegisteredApplicant, applicationId: string, expect: number, key: string = randomUUID()): Promise<T> =>
  (await api<T>('POST', `/applications/${applicationId}/submit`, { token: applicant.token, headers: { 'idempotency-key': key }, expect }))
    .body;

/** Asks for an upload form, posts the file to storage with it, and confirms: the whole browser side of one document. */
const uploadAndConfirm = async (
  applicant: RegisteredApplicant,
  applicationId: string,
  file: { readonly requirementId: string; readonly fixture: string; readonly contentType: string },
  expect: number,
): Promise<{ readonly documentId: string; readonly confirmed: DocumentView | Problem }> => {
  const bytes = fixture(file.fixture);
  const { body: ticket } = await api<UploadTicket>('POST', `/applications/${applicationId}/documents`, {
    token: applicant.token,
    body: { requirementId: file.requirementId, fileName: file.fixture, contentType: file.contentType, size: bytes.length },
    expect: 201,
  });
  await uploadWithTicket(ticket, bytes, file.contentType, file.fixture);
  const { body } = await api<DocumentView | Problem>('POST', `/applications/${applicationId}/documents/${ticket.documentId}/confirm`, {
    token: applicant.token,
    expect,
  });
  return { documentId: ticket.documentId, confirmed: body };
};

/** Confirms until the malware verdict is in (the local stand-in scanner answers at once; GuardDuty may take a while). */
const verified = async (
  applicant: RegisteredApplicant,
  applicationId: string,
  documentId: string,
  first: DocumentView,
): Promise<DocumentView> =>
  first.status === 'verified'
    ? first
    : waitFor(
        async () => {
          const { body } = await api<DocumentView>('POST', `/applications/${applicationId}/documents/${documentId}/confirm`, {
            token: applicant.token,
            expect: 200,
          });
          return body.status === 'verified' ? body : undefined;
        },
        { description: `document ${documentId} to be verified`, timeoutMs: 10_000, intervalMs: 100 },
      );

/** The mails to an address once the first has arrived (the receipt goes out with the submit's answer; waiting costs nothing then). */
const receiptsTo = (address: string) =>
  waitFor(
    async () => {
      const mails = await mailsTo(address, cloud.ready.mailStore);
      return mails.length > 0 ? mails : undefined;
    },
    { description: `a mail to ${address}`, timeoutMs: 5_000, intervalMs: 100 },
  );

/** What the adult journey leaves behind for the authorization checks. */
let adult: { readonly applicant: RegisteredApplicant; readonly applicationId: string; readonly documentId: string } | undefined;

beforeAll(async () => {
  // The demo applicants are test/e2e/demo-data.e2e.test.ts's; their mails would queue ahead of the receipts awaited below.
  cloud = await spawnLocalCloud(['--ephemeral', '--no-demo-applicants']);
  api = apiAt(cloud.ready.api);
});

afterAll(async () => {
  if (cloud !== undefined && cloud.child.exitCode === null && cloud.child.signalCode === null) {
    cloud.child.kill('SIGINT');
    await cloud.exited;
  }
});

describe('an applicant’s journey on the local cloud', { timeout: 60_000 }, () => {
  it('takes an adult from registration to a submitted ПроКадры application with a verified résumé and video', async () => {
    // Registration, then what a visitor reads before signing in.
    const applicant = await registerApplicant(api);
    const email = `olga.vetrova.${applicant.sub.slice(0, 8)}@example.org`;
    const { body: season } = await api<PublicSeason>('GET', `/seasons/${ADULT_SEASON}`, { expect: 200 });
    const resume = requirementOf(season, 'resume');
    const video = requirementOf(season, 'videoPresentation');
    // A new person: nothing is known about them yet.
    await api('GET', '/me/profile', { token: applicant.token, expect: 404 });
    for (const requirement of [resume, video]) {
      assert.ok(requirement.required, `${ADULT_SEASON} must require ${requirement.id}: ${JSON.stringify(requirement)}`);
      assert.equal(
        requirement.stage,
        'application',
        `${ADULT_SEASON} must ask for ${requirement.id} with the application: ${JSON.stringify(requirement)}`,
      );
    }
    const personalData = await currentText('personal-data');

    // Consent first, then the profile: nothing is processed without consent, so a profile sent
    // before it is refused and not stored.
    const { body: refused } = await api<Problem>('PUT', '/me/profile', {
      token: applicant.token,
      body: adultProfile(season.referenceDate, email, 'en'),
      expect: 409,
    });
    assert.equal(refused.code, 'consent-required');
    await api('GET', '/me/profile', { token: applicant.token, expect: 404 });
    const { body: consent } = await api<{ kind: string; textVersion: string; at: string }>('POST', '/me/consents', {
      token: applicant.token,
      body: { kind: 'personal-data', textVersion: personalData.version },
      expect: 201,
    });
    assert.equal(consent.textVersion, personalData.version);
    const { body: profile } = await api<{ version: number; applicantId: string }>('PUT', '/me/profile', {
      token: applicant.token,
      body: adultProfile(season.referenceDate, email, 'en'),
      expect: 201,
    });
    assert.equal(profile.applicantId, applicant.sub);

    // The draft, filled as the season and the programme declare it.
    const { body: draft } = await api<ApplicationView>('POST', `/seasons/${ADULT_SEASON}/applications`, {
      token: applicant.token,
      expect: 201,
    });
    assert.equal(draft.stage.id, 'application');
    const level =
      season.programme.internshipLevels.find((candidate) => candidate.id === 'federal') ??
      assert.fail('ПроКадры offers a federal internship');
    const { body: filled } = await api<ApplicationView>('PUT', `/applications/${draft.id}`, {
      token: applicant.token,
      body: {
        version: draft.version,
        preferredInternshipLevel: level.id,
        internshipJustification: 'Учусь в магистратуре по ГМУ и хочу увидеть, как федеральное министерство готовит решения для регионов.',
        answers: answersFor(season.questions),
      },
      expect: 200,
    });
    assert.equal(filled.version, draft.version + 1);

    // Complete but for the documents: the refusal names exactly those, and nothing else.
    const missing = await submit<Problem>(applicant, draft.id, 422);
    assert.equal(missing.code, 'not-eligible');
    assert.deepEqual(fieldsOf(missing), [`documents.${resume.id}`, `documents.${video.id}`].sort(), JSON.stringify(missing));

    // The résumé, then a 6-minute video that verification refuses and deletes.
    const pdf = await uploadAndConfirm(
      applicant,
      draft.id,
      { requirementId: resume.id, fixture: 'resume.pdf', contentType: 'application/pdf' },
      200,
    );
    const resumeDocument = await verified(applicant, draft.id, pdf.documentId, pdf.confirmed as DocumentView);
    assert.equal(resumeDocument.format, 'pdf');

    const long = await uploadAndConfirm(
      applicant,
      draft.id,
      { requirementId: video.id, fixture: 'six-minutes.mp4', contentType: 'video/mp4' },
      422,
    );
    const tooLong = long.confirmed as Problem;
    assert.equal(tooLong.code, 'document-too-long', JSON.stringify(tooLong));
    const { body: listed } = await api<{ items: DocumentView[] }>('GET', `/applications/${draft.id}/documents`, {
      token: applicant.token,
      expect: 200,
    });
    const rejected =
      listed.items.find((document) => document.id === long.documentId) ??
      assert.fail(`the rejected video is not listed: ${JSON.stringify(listed)}`);
    assert.equal(rejected.status, 'rejected');
    assert.equal(rejected.rejection?.reason, 'too-long');
    assert.ok(rejected.rejection.message.ru.length > 0, 'the reason is told in Russian');
    assert.ok(rejected.rejection.message.en.length > 0, 'the reason is told in English');
    const gone = (
      await api<Problem>('GET', `/applications/${draft.id}/documents/${long.documentId}/download`, { token: applicant.token, expect: 409 })
    ).body;
    assert.equal(gone.code, 'document-not-verified');
    // Only verified documents count: the rejected video leaves the video missing.
    const stillMissing = await submit<Problem>(applicant, draft.id, 422);
    assert.deepEqual(fieldsOf(stillMissing), [`documents.${video.id}`], JSON.stringify(stillMissing));

    const mp4 = await uploadAndConfirm(
      applicant,
      draft.id,
      { requirementId: video.id, fixture: 'short.mp4', contentType: 'video/mp4' },
      200,
    );
    const videoDocument = await verified(applicant, draft.id, mp4.documentId, mp4.confirmed as DocumentView);
    assert.ok(videoDocument.durationSeconds !== undefined, `a 3-second video has a duration: ${JSON.stringify(videoDocument)}`);
    assert.ok(videoDocument.durationSeconds > 2, `a 3-second video lasts more than 2 s: ${JSON.stringify(videoDocument)}`);
    assert.ok(videoDocument.durationSeconds < 4, `a 3-second video lasts less than 4 s: ${JSON.stringify(videoDocument)}`);
    const { body: link } = await api<{ url: string }>('GET', `/applications/${draft.id}/documents/${mp4.documentId}/download`, {
      token: applicant.token,
      expect: 200,
    });
    const downloaded = await fetch(link.url);
    assert.equal(downloaded.status, 200);
    assert.deepEqual(new Uint8Array(await downloaded.arrayBuffer()), fixture('short.mp4'), 'the stored video is the one uploaded');

    // Submission: the stage moves on, the rules assign the track and say which rule fired.
    const key = randomUUID();
    const submitted = await submit<ApplicationView>(applicant, draft.id, 200, key);
    assert.equal(submitted.stage.id, 'screening');
    assert.ok(submitted.submittedAt !== undefined);
    assert.equal(submitted.track?.id, 'young', JSON.stringify(submitted.track));
    assert.equal(submitted.track.rule, 'young-studies-or-activity');
    assert.ok(submitted.track.explanation?.en !== undefined, 'the fired rule is explained in English');
    assert.ok(submitted.track.explanation.ru.length > 0, 'the fired rule is explained in Russian');
    assert.equal(submitted.region, '59');
    assert.equal(submitted.language, 'en');

    // A retry with the key gets the first answer; another key is told it is submitted already.
    const replayed = await submit<ApplicationView>(applicant, draft.id, 200, key);
    assert.deepEqual(replayed, submitted);
    const other = await submit<Problem>(applicant, draft.id, 409);
    assert.equal(other.code, 'already-submitted');

    // The applicant's own view.
    const { body: mine } = await api<{ items: ApplicationView[] }>('GET', '/me/applications', { token: applicant.token, expect: 200 });
    assert.equal(mine.items.length, 1, JSON.stringify(mine));
    const view = mine.items[0] ?? assert.fail('no application listed');
    assert.equal(view.id, draft.id);
    assert.equal(view.stage.id, 'screening');
    assert.equal(view.stage.name.en.length > 0, true);
    assert.equal(view.track?.id, 'young');
    assert.equal(view.track.rule, 'young-studies-or-activity');
    assert.deepEqual(
      view.history?.map((event) => [event.kind, event.fromStage, event.toStage]),
      [
        ['created', undefined, 'application'],
        ['submitted', 'application', 'screening'],
      ],
      JSON.stringify(view.history),
    );
    const statuses = new Map(view.documents?.map((document) => [document.id, document.status]));
    assert.deepEqual(
      [statuses.get(pdf.documentId), statuses.get(long.documentId), statuses.get(mp4.documentId)],
      ['verified', 'rejected', 'verified'],
      JSON.stringify(view.documents),
    );

    // One receipt, in the applicant's language, however many submits.
    const receipts = await receiptsTo(email);
    assert.equal(receipts.length, 1, JSON.stringify(receipts.map((mail) => mail.subject)));
    const receipt = receipts[0] ?? assert.fail('no receipt');
    assert.equal(receipt.subject, 'Application received: ProKadry');
    const text = receipt.body.text ?? assert.fail('the receipt has no text part');
    assert.ok(text.includes(draft.id), `the receipt names the application ${draft.id}: ${text}`);
    assert.ok(text.includes('Track: Young managers'), `the receipt names the track: ${text}`);

    adult = { applicant, applicationId: draft.id, documentId: mp4.documentId };
  });

  it('holds a 15-year-old’s Кадры будущего application until a guardian consents', async () => {
    const pupil = await registerApplicant(api);
    const email = `artem.zorin.${pupil.sub.slice(0, 8)}@example.org`;
    const { body: season } = await api<PublicSeason>('GET', `/seasons/${MINOR_SEASON}`, { expect: 200 });
    const role =
      season.programme.participantRoles.find((candidate) => candidate.id === 'pupil') ?? assert.fail(`${MINOR_SEASON} has no pupil role`);
    assert.ok(role.ageRange !== undefined, `${MINOR_SEASON}: the pupil role has an age range`);
    assert.ok(role.ageRange.min <= 15, `${MINOR_SEASON}: a 15-year-old is old enough: ${JSON.stringify(role.ageRange)}`);
    assert.ok(15 <= role.ageRange.max, `${MINOR_SEASON}: a 15-year-old is young enough: ${JSON.stringify(role.ageRange)}`);
    assert.ok(
      15 < season.programme.eligibility.guardianConsentBelowAge,
      `${MINOR_SEASON}: a 15-year-old needs a guardian's consent (below ${season.programme.eligibility.guardianConsentBelowAge})`,
    );

    await api('POST', '/me/consents', {
      token: pupil.token,
      body: { kind: 'personal-data', textVersion: (await currentText('personal-data')).version },
      expect: 201,
    });
    await api('PUT', '/me/profile', { token: pupil.token, body: minorProfile(season.referenceDate, email, 15), expect: 201 });
    const { body: draft } = await api<ApplicationView>('POST', `/seasons/${MINOR_SEASON}/applications`, {
      token: pupil.token,
      expect: 201,
    });
    await api('PUT', `/applications/${draft.id}`, {
      token: pupil.token,
      body: { version: draft.version, participantRole: role.id, answers: answersFor(season.questions, role.id) },
      expect: 200,
    });

    const held = await submit<Problem>(pupil, draft.id, 422);
    assert.equal(held.code, 'not-eligible');
    assert.deepEqual(
      held.errors?.map((error) => [error.field, error.code]),
      [['consent.guardian', 'guardian-consent-missing']],
      `only the guardian's consent is missing: ${JSON.stringify(held)}`,
    );
    assert.ok(held.errors !== undefined, 'the errors are listed');
    for (const error of held.errors) {
      assert.ok(error.message.ru.length > 0, `${error.field}: a message in Russian`);
      assert.ok(error.message.en.length > 0, `${error.field}: a message in English`);
    }

    const guardianText = await currentText('guardian');
    const { body: guardianConsent } = await api<{ kind: string; textVersion: string; guardian: { fullName: string } }>(
      'POST',
      '/me/consents/guardian',
      {
        token: pupil.token,
        body: {
          textVersion: guardianText.version,
          guardian: {
            fullName: 'Зорина Марина Викторовна',
            email: `marina.zorina.${pupil.sub.slice(0, 8)}@example.org`,
            relationship: 'parent',
          },
        },
        expect: 201,
      },
    );
    assert.equal(guardianConsent.kind, 'guardian');
    assert.equal(guardianConsent.textVersion, guardianText.version);

    const submitted = await submit<ApplicationView>(pupil, draft.id, 200);
    assert.equal(submitted.stage.id, 'selection');
    assert.equal(submitted.participantRole, 'pupil');
    const receipts = await receiptsTo(email);
    assert.deepEqual(
      receipts.map((mail) => mail.subject),
      ['Заявка принята: Кадры будущего для регионов'],
    );
  });

  it('answers another applicant’s application and documents with the 404 of an id that does not exist', async () => {
    const owner = adult ?? assert.fail('needs the adult journey above');
    const stranger = await registerApplicant(api);
    const randomApplication = randomUUID();
    const randomDocument = randomUUID();
    const pairs: readonly (readonly [string, string, string])[] = [
      ['GET', `/applications/${owner.applicationId}`, `/applications/${randomApplication}`],
      ['GET', `/applications/${owner.applicationId}/documents`, `/applications/${randomApplication}/documents`],
      [
        'GET',
        `/applications/${owner.applicationId}/documents/${owner.documentId}/download`,
        `/applications/${randomApplication}/documents/${randomDocument}/download`,
      ],
      [
        'POST',
        `/applications/${owner.applicationId}/documents/${owner.documentId}/confirm`,
        `/applications/${randomApplication}/documents/${randomDocument}/confirm`,
      ],
      ['POST', `/applications/${owner.applicationId}/withdraw`, `/applications/${randomApplication}/withdraw`],
    ];
    for (const [method, theirs, nobodys] of pairs) {
      const foreign = (await api<Problem>(method, theirs, { token: stranger.token, expect: 404 })).body;
      const missing = (await api<Problem>(method, nobodys, { token: stranger.token, expect: 404 })).body;
      assert.deepEqual(shapeOf(foreign), shapeOf(missing), `${method} ${theirs} must not tell that it exists`);
    }
    const { body: strangers } = await api<{ items: ApplicationView[] }>('GET', '/me/applications', { token: stranger.token, expect: 200 });
    assert.deepEqual(strangers.items, []);
    // And the owner still sees it, untouched by the stranger's withdraw.
    const { body: own } = await api<ApplicationView>('GET', `/applications/${owner.applicationId}`, {
      token: owner.applicant.token,
      expect: 200,
    });
    assert.equal(own.stage.id, 'screening');
  });
});
