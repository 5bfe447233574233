import type { HolderCertificate } from '../../certificates/certificate-view.ts';
import type { PlacementView } from '../../internships/placement-view.ts';
import type { MyInterview } from '../../interviews/booking-schema.ts';
import type { MenteePairView } from '../../mentoring/mentoring-pair-schema.ts';
import type { MentoringSession } from '../../mentoring/mentoring-session-schema.ts';
import type { MenteeLetterView } from '../../mentoring/recommendation-letter-schema.ts';
import { EXPORT_NOTES } from '../../own-data/domain/export-notes.ts';
import { documentDownloadPath } from '../../own-data/domain/own-documents.ts';
import { OWN_DATA_SCHEMA_VERSION } from '../../own-data/own-data-export-schema.ts';
import { ownDataRoutes } from '../../own-data/routes.ts';
import type { MyDisclosure } from '../../releases/disclosure-schema.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';
import { CERTIFICATE_EXAMPLES } from './certificate-examples.ts';
import { INTERVIEW_EXAMPLES } from './interview-examples.ts';
import { MENTORING_EXAMPLES } from './mentoring-examples.ts';
import { PLACEMENT_EXAMPLES } from './placement-examples.ts';
import { RELEASE_EXAMPLES } from './release-examples.ts';

/**
 * The own-data export's example: an applicant of ПроКадры and Объединение наставников, each
 * section holding what that module's own examples show the applicant (their booking, placement,
 * mentoring, certificates, disclosures), so the export says what the routes it gathers say.
 */
const [getMyDataExport] = ownDataRoutes;

/** The body another operation's example answers with `status`. */
const answerOf = <T>(sets: readonly RouteExampleSet[], operationId: string, status = 200): T => {
  const body = sets.find((set) => set.route.operationId === operationId)?.responses[String(status)];
  if (body === undefined) throw new Error(`No example of ${operationId}`);
  return body as T;
};
const itemsOf = <T>(sets: readonly RouteExampleSet[], operationId: string): T[] => [...answerOf<{ items: T[] }>(sets, operationId).items];

const APPLICANT = '7d3f1a2b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const APPLICATION_ID = '3f9a6c1e-2b7d-4e8f-9a0b-1c2d3e4f5a6b';
const MENTORING_APPLICATION_ID = '5c1d7a2e-9b3f-4c8d-a1e6-2f4b8d0c9e71';
const DOCUMENT_ID = '8e2f4a6c-1b3d-4f5e-9a7c-0d2e4f6a8b1c';

const interview = answerOf<MyInterview>(INTERVIEW_EXAMPLES, 'getMyInterview');
const placement = answerOf<PlacementView>(PLACEMENT_EXAMPLES, 'getMyPlacement');
const pair = answerOf<MenteePairView>(MENTORING_EXAMPLES, 'getApplicationMentoring');
const sessions = itemsOf<MentoringSession>(MENTORING_EXAMPLES, 'listApplicationMentoringSessions');
const letter = answerOf<MenteeLetterView>(MENTORING_EXAMPLES, 'getApplicationRecommendationLetter');

export const OWN_DATA_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(getMyDataExport, {
    responses: {
      200: {
        schemaVersion: OWN_DATA_SCHEMA_VERSION,
        generatedAt: '2027-12-10T09:00:00.000Z',
        subject: APPLICANT,
        language: 'ru',
        profile: {
          name: { last: 'Иванова', first: 'Анна', patronymic: 'Сергеевна' },
          birthDate: '2003-04-17',
          citizenship: ['RU'],
          region: '59',
          education: [
            {
              institution: 'Пермский государственный национальный исследовательский университет',
              field: 'Государственное и муниципальное управление',
              level: 'bachelor',
              graduationYear: 2025,
              publicAdministration: true,
            },
          ],
          workExperience: [],
          activity: {
            organisations: [],
            ownProjects: [{ title: 'Школа молодого избирателя', year: 2024 }],
            internships: [],
            youthGovernment: [],
          },
          contacts: { email: 'anna.ivanova@example.ru', phone: '+79123456789' },
          preferredLanguage: 'ru',
          applicantId: APPLICANT,
          version: 2,
          createdAt: '2027-05-02T08:10:00.000Z',
          updatedAt: '2027-05-03T19:45:00.000Z',
        },
        consents: {
          records: [
            {
              id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
              at: '2027-05-02T08:05:00.000Z',
              kind: 'personal-data',
              textVersion: 'pd-2026-01',
            },
            {
              id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
              at: '2027-09-01T10:00:00.000Z',
              kind: 'data-sharing',
              purpose: 'host',
              textVersion: 'dsh-2026-01',
              fields: ['name', 'contacts.email', 'education'],
            },
          ],
          current: {
            personalData: 'given',
            textVersion: 'pd-2026-01',
            guardianConsentGiven: false,
            dataSharingHost: {
              consentId: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
              textVersion: 'dsh-2026-01',
              fields: ['name', 'contacts.email', 'education'],
              at: '2027-09-01T10:00:00.000Z',
            },
            updatedAt: '2027-09-01T10:00:00.000Z',
            version: 2,
          },
        },
        applications: [
          {
            id: APPLICATION_ID,
            seasonId: 'prokadry-2027-spring',
            programmeId: 'prokadry-2027',
            applicantId: APPLICANT,
            stage: { id: 'regional-internship', name: { ru: 'Стажировка в РОИВ', en: 'Regional internship' } },
            answers: { 'motivation-letter': 'Три года в молодёжном правительстве края научили меня доводить проекты до результата.' },
            track: {
              id: 'young',
              name: { ru: 'Young', en: 'Young' },
              rule: 'young-studies-or-activity',
              assignedAt: '2027-05-10T14:00:00.000Z',
            },
            region: '59',
            language: 'ru',
            createdAt: '2027-05-03T20:00:00.000Z',
            updatedAt: '2027-09-01T09:00:00.000Z',
            submittedAt: '2027-05-10T14:00:00.000Z',
            version: 6,
            processingStopped: false,
            history: [
              { at: '2027-05-03T20:00:00.000Z', version: 1, kind: 'created', actor: 'applicant', toStage: 'application' },
              {
                at: '2027-05-10T14:00:00.000Z',
                version: 3,
                kind: 'submitted',
                actor: 'applicant',
                fromStage: 'application',
                toStage: 'screening',
              },
              {
                at: '2027-09-01T09:00:00.000Z',
                version: 6,
                kind: 'stage-changed',
                actor: 'system',
                fromStage: 'interview',
                toStage: 'regional-internship',
              },
            ],
          },
        ],
        documents: [
          {
            id: DOCUMENT_ID,
            requirementId: 'resume',
            format: 'pdf',
            contentType: 'application/pdf',
            fileName: 'Иванова-резюме.pdf',
            size: 182_344,
            status: 'verified',
            createdAt: '2027-05-04T10:00:00.000Z',
            updatedAt: '2027-05-04T10:01:12.000Z',
            verifiedAt: '2027-05-04T10:01:12.000Z',
            applicationId: APPLICATION_ID,
            downloadPath: documentDownloadPath(APPLICATION_ID, DOCUMENT_ID),
          },
        ],
        education: [
          {
            applicationId: APPLICATION_ID,
            seasonId: 'prokadry-2027-spring',
            webinars: [
              {
                id: 'public-policy-basics',
                title: { ru: 'Основы публичной политики', en: 'Public policy basics' },
                accessUntil: '2027-08-31T23:59:59.000Z',
                watched: true,
              },
            ],
            broadcasts: [],
            completion: {
              track: 'young',
              webinars: { total: 1, watched: ['public-policy-basics'], missing: [] },
              broadcasts: { total: 0, attended: [], share: 0 },
              meetsShortlistRule: true,
            },
            recorded: { webinarsWatched: ['public-policy-basics'], broadcastsAttended: [], updatedAt: '2027-06-20T18:00:00.000Z' },
          },
        ],
        reviews: [
          {
            applicationId: APPLICATION_ID,
            rubricId: 'expert-interview',
            stage: 'interview',
            commentForApplicant: 'Убедительная мотивация; стоит подробнее рассказать о результатах проектов.',
            submittedAt: '2027-07-15T16:00:00.000Z',
          },
        ],
        scores: [
          {
            applicationId: APPLICATION_ID,
            rubricId: 'expert-interview',
            method: 'mean',
            score: 82.5,
            reviewCount: 2,
            passed: true,
            computedAt: '2027-07-16T09:00:00.000Z',
          },
        ],
        interviews: [interview],
        placements: [placement],
        mentoring: [{ applicationId: MENTORING_APPLICATION_ID, pair, sessions, letter }],
        certificates: itemsOf<HolderCertificate>(CERTIFICATE_EXAMPLES, 'listMyCertificates'),
        disclosures: itemsOf<MyDisclosure>(RELEASE_EXAMPLES, 'listMyDisclosures'),
        notes: [...EXPORT_NOTES],
      },
    },
  }),
];
