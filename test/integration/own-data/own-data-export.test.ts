import assert from 'node:assert/strict';
import { beforeAll, describe, it } from 'vitest';
import { handler } from '../../../functions/own-data/handler.ts';
import { ownDataExportSchema, type OwnDataExport } from '../../../shared/own-data/own-data-export-schema.ts';
import { apiEvent, lambdaContext } from '../../support/api-event.ts';
import { applicantClaims } from '../../support/claims.ts';
import { gatewayInBrowser } from '../../support/gateway-in-browser.ts';
import { pdfText } from '../../support/poppler.ts';
import { plantPerson, type PlantedPerson } from '../../support/planted-person.ts';

/**
 * The export of a person planted with a record of every kind, beside a second person who shares
 * their seasons, team, interview event, internship offer and mentor: everything of the first is
 * in it, as JSON, as a page and as a PDF in Russian and English, and nothing of the second.
 */
interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly text: string;
  readonly bytes: Uint8Array;
}

const exportOf = async (subject: string, query: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<Answer> => {
  const result = await handler(
    apiEvent({ method: 'GET', route: '/me/export', query, headers, claims: applicantClaims(subject) }),
    lambdaContext(),
  );
  const raw = typeof result.body === 'string' ? result.body : '';
  const bytes = result.isBase64Encoded === true ? new Uint8Array(Buffer.from(raw, 'base64')) : new Uint8Array(Buffer.from(raw, 'utf8'));
  return { status: result.statusCode ?? 0, headers: result.headers ?? {}, text: raw, bytes };
};

const { gateway, browser, pools } = gatewayInBrowser('own-data-export');

let person: PlantedPerson;
let other: PlantedPerson;
let exported: OwnDataExport;
let json: string;

/** Every id and text of `planted` that only that person has. */
const ownValues = (planted: PlantedPerson): string[] => [
  planted.applicantId,
  planted.marker,
  planted.email,
  ...Object.values(planted.applications),
  ...planted.documents.map((document) => document.documentId),
  planted.placement.placementId,
  planted.mentoring.pairId,
  planted.mentoring.sessionId,
  planted.certificateId,
  planted.disclosureId,
];

beforeAll(async () => {
  person = await plantPerson({ preferredLanguage: 'ru' });
  other = await plantPerson({ alongside: person, preferredLanguage: 'en' });
  const answer = await exportOf(person.applicantId);
  assert.equal(answer.status, 200, answer.text);
  json = answer.text;
  exported = ownDataExportSchema.parse(JSON.parse(json));
});

describe('GET /me/export', { timeout: 120_000 }, () => {
  it('holds every kind of the person’s records, each from its owning module', () => {
    assert.equal(exported.subject, person.applicantId);
    assert.equal(exported.language, 'ru');
    assert.equal(exported.profile?.name.last, `Выгрузкина-${person.marker}`);
    assert.deepEqual(
      exported.consents.records.map((record) => record.kind),
      ['personal-data', 'guardian', 'data-sharing', 'data-sharing', 'data-sharing-withdrawal'],
    );
    assert.ok(exported.consents.records.every((record) => record.at !== ''));
    assert.equal(exported.consents.current?.personalData, 'given');
    assert.deepEqual(exported.applications.map((application) => application.id).sort(), Object.values(person.applications).sort());
    const prokadry = exported.applications.find((application) => application.id === person.applications.prokadry);
    assert.deepEqual(
      prokadry?.history?.map((event) => event.toStage ?? event.kind),
      ['created', 'screening', 'education', 'interview', 'regional-internship'],
    );
    assert.equal(prokadry?.answers?.['motivation'], `Мотивация ${person.marker}`);
    assert.equal(prokadry?.track?.id, 'beginner');
    assert.equal(prokadry?.stage.id, 'regional-internship');
    assert.deepEqual(
      exported.applications.find((application) => application.id === person.applications.kadry)?.team?.id,
      person.team.teamId,
    );
    const [document] = exported.documents;
    assert.equal(document?.id, person.documents[0]?.documentId);
    assert.equal(document?.downloadPath, `/applications/${person.applications.prokadry}/documents/${document?.id}/download`);
    assert.ok(!json.includes('verified/') && !json.includes('uploads/'), 'no storage key, no link that outlives the export');
    assert.deepEqual(exported.education[0]?.recorded.webinarsWatched, ['webinar-1']);
    assert.deepEqual(
      exported.reviews.map((review) => [review.rubricId, review.commentForApplicant]),
      [['expert-interview', `Комментарий для участника ${person.marker}`]],
    );
    assert.deepEqual(
      exported.scores.map((score) => [score.rubricId, score.score, score.reviewCount]),
      [['expert-interview', 80, 1]],
    );
    assert.deepEqual(
      exported.interviews.map((interview) => [interview.event.id, interview.booking.status]),
      [[person.interview.eventId, 'booked']],
    );
    assert.deepEqual(
      exported.placements.map((placement) => [placement.id, placement.status, placement.offer?.title.ru]),
      [[person.placement.placementId, 'offered', 'Стажировка в министерстве']],
    );
    const [mentoring] = exported.mentoring;
    assert.equal(mentoring?.pair?.pairId, person.mentoring.pairId);
    assert.equal(mentoring?.pair?.mentor?.displayName, 'Лебедев Сергей Андреевич');
    assert.deepEqual(
      mentoring?.sessions.map((session) => session.id),
      [person.mentoring.sessionId],
    );
    assert.equal(mentoring?.letter?.text, `Рекомендую ${person.marker}`);
    assert.deepEqual(
      exported.certificates.map((certificate) => certificate.id),
      [person.certificateId],
    );
    assert.deepEqual(
      exported.disclosures.map((disclosure) => [disclosure.id, disclosure.fields]),
      [[person.disclosureId, ['name', 'contacts.email']]],
    );
    assert.deepEqual(
      exported.notes.map((note) => note.topic),
      ['mails'],
    );
  });

  it('keeps from the applicant what is not theirs to read: experts, their scores and notes for staff', () => {
    assert.ok(!json.includes(person.review.expertId), 'the expert is never named');
    assert.ok(!json.includes(`Заметка для штаба ${person.marker}`), 'the note for staff stays with staff');
    assert.ok(!json.includes('"commentForStaff"') && !json.includes('"perReview"') && !json.includes('"assignedBy"'));
  });

  it('holds nothing of another applicant, however much they share', () => {
    for (const value of ownValues(other)) assert.ok(!json.includes(value), `the other applicant's ${value} leaked`);
  });

  it('renders a page through the gateway that Chromium opens in the profile’s language and in English, running nothing', async () => {
    const token = await pools().mint({ role: 'applicant', sub: person.applicantId });
    for (const [query, language, heading] of [
      ['format=html', 'ru', 'Согласия'],
      ['format=html&lang=en', 'en', 'Consents'],
    ] as const) {
      const context = await browser().newContext({ extraHTTPHeaders: { authorization: `Bearer ${token}` } });
      try {
        const page = await context.newPage();
        const refused: string[] = [];
        page.on('console', (message) => refused.push(message.text()));
        const response = await page.goto(`${gateway().url}/me/export?${query}`);
        assert.equal(response?.status(), 200);
        const headers = response?.headers() ?? {};
        assert.equal(headers['content-type'], 'text/html; charset=utf-8');
        assert.match(headers['content-security-policy'] ?? '', /default-src 'none'/);
        assert.equal(headers['cache-control'], 'private, no-store');
        assert.equal(await page.locator('html').getAttribute('lang'), language);
        assert.equal(await page.locator('script').count(), 0);
        const headings = await page.locator('h2').allTextContents();
        assert.ok(headings.includes(heading), headings.join(', '));
        assert.equal(headings.length, 13);
        const text = (await page.locator('body').textContent()) ?? '';
        for (const value of [
          `Выгрузкина-${person.marker}`,
          `Комментарий для участника ${person.marker}`,
          `Рекомендую ${person.marker}`,
          person.email,
        ])
          assert.ok(text.includes(value), `the page shows ${value}`);
        const html = await page.content();
        for (const value of ownValues(other)) assert.ok(!html.includes(value), `the other applicant's ${value} leaked`);
        assert.deepEqual(refused, [], 'the page broke none of its own policy');
      } finally {
        await context.close();
      }
    }
  });

  it('renders a PDF in the profile’s language (English here) and in Russian on request, that pdftotext reads back', async () => {
    for (const [query, headers, words] of [
      [{ lang: 'ru' }, { accept: 'application/pdf' }, ['Ваши данные', 'Согласия', 'Стажировки', 'Страница 1']],
      [{ format: 'pdf' }, {}, ['Your data held by cadre', 'Consents', 'Internship placements', 'Page 1']],
    ] as const) {
      const answer = await exportOf(other.applicantId, query, headers);
      assert.equal(answer.status, 200, answer.text);
      assert.equal(answer.headers['content-type'], 'application/pdf');
      assert.match(String(answer.headers['content-disposition']), /^attachment; filename="cadre-data-\d{4}-\d{2}-\d{2}\.pdf"$/);
      const { stdout, stderr } = await pdfText(answer.bytes);
      assert.equal(stderr, '');
      const flat = stdout.replace(/\s+/g, ' ');
      for (const word of [...words, other.marker, other.email, `Рекомендую ${other.marker}`])
        assert.ok(flat.includes(word), `the PDF says ${word}`);
      for (const value of ownValues(person)) assert.ok(!flat.includes(value), `the first applicant's ${value} leaked`);
    }
  });
});
