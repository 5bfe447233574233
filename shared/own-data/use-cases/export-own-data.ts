import type { Identity } from '../../platform/auth/identity.ts';
import { readEveryPage } from '../../platform/paging/read-every-page.ts';
import { applicantReviews, applicantScores } from '../domain/applicant-reviews.ts';
import { EXPORT_NOTES } from '../domain/export-notes.ts';
import { EXPORT_LIMITS, exportWindowAt } from '../domain/export-window.ts';
import { ownDocuments, stagesVisited } from '../domain/own-documents.ts';
import { OWN_DATA_SCHEMA_VERSION, type OwnDataExport } from '../own-data-export-schema.ts';
import { tooManyExports } from '../own-data-errors.ts';
import type { OwnDataDependencies } from './own-data-dependencies.ts';

const PAGE = 100;

/**
 * Everything held about the caller, read live from the owning modules, in one synchronous answer.
 * That suffices: a person has a few applications (one per season they applied in), each a few
 * dozen records, so the whole is some tens of Queries on the person's own partitions, well inside a
 * request's time and Lambda's 6 MB answer. Nothing is capped: every list is read page after page,
 * because it is the person's own data and a cut export would tell them less than the law says.
 * The throttle is taken first, so a refused caller costs one write and reads nothing.
 */
export const exportOwnData = async (
  deps: OwnDataDependencies,
  identity: Identity,
  language: 'ru' | 'en' | undefined,
): Promise<OwnDataExport> => {
  const now = deps.clock();
  const window = exportWindowAt(now, EXPORT_LIMITS.windowSeconds);
  if (!(await deps.throttle.take(identity.subject, window, EXPORT_LIMITS.perWindow))) throw tooManyExports(window.secondsLeft);

  const subject = identity.subject;
  const [profile, consents, applicationIds, certificates, disclosures] = await Promise.all([
    deps.applicants.profile(subject),
    deps.applicants.consents(subject),
    readEveryPage((page) => deps.applications.ids(subject, page), PAGE),
    readEveryPage((page) => deps.certificates.ofHolder(identity, page), PAGE),
    readEveryPage((page) => deps.disclosures.ofApplicant(subject, page), PAGE),
  ]);
  // One application at a time: a person has a handful, and each one's reads already run side by side.
  const perApplication = [];
  for (const applicationId of applicationIds) perApplication.push(await applicationRecords(deps, identity, applicationId));

  return {
    schemaVersion: OWN_DATA_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    subject,
    language: language ?? profile?.preferredLanguage ?? 'ru',
    profile: profile ?? null,
    consents: { records: [...consents.records], current: consents.state ?? null },
    applications: perApplication.map(({ application: { documents: _documents, ...application } }) => application),
    documents: perApplication.flatMap(({ application, documents }) => ownDocuments(application.id, documents)),
    education: perApplication.flatMap(({ education }) =>
      education === undefined
        ? []
        : [
            {
              ...education.view,
              recorded: {
                webinarsWatched: [...education.recorded.webinarsWatched],
                broadcastsAttended: [...education.recorded.broadcastsAttended],
                ...(education.recorded.updatedAt === undefined ? {} : { updatedAt: education.recorded.updatedAt }),
              },
            },
          ],
    ),
    reviews: perApplication.flatMap(({ reviews }) => applicantReviews(reviews.reviews)),
    scores: perApplication.flatMap(({ application, reviews }) => applicantScores(application.id, reviews.aggregates)),
    interviews: perApplication.flatMap(({ interviews }) => interviews),
    placements: perApplication.flatMap(({ placements }) => placements),
    mentoring: perApplication.flatMap(({ application, mentoring }) =>
      mentoring.pair === undefined && mentoring.letter === undefined && mentoring.sessions.length === 0
        ? []
        : [
            {
              applicationId: application.id,
              ...(mentoring.pair === undefined ? {} : { pair: mentoring.pair }),
              sessions: [...mentoring.sessions],
              ...(mentoring.letter === undefined ? {} : { letter: mentoring.letter }),
            },
          ],
    ),
    certificates,
    disclosures,
    notes: [...EXPORT_NOTES],
  };
};

const applicationRecords = async (deps: OwnDataDependencies, identity: Identity, applicationId: string) => {
  const application = await deps.applications.read(identity, applicationId);
  const [documents, education, reviews, interviews, placements, mentoring] = await Promise.all([
    readEveryPage((page) => deps.documents.ofApplication(applicationId, page), PAGE),
    deps.learning.progress(identity, applicationId),
    deps.reviews.ofApplication(applicationId),
    deps.interviews.bookings(applicationId, stagesVisited(application)),
    deps.placements.ofApplication(applicationId),
    deps.mentoring.ofApplication(identity, applicationId),
  ]);
  return { application, documents, education, reviews, interviews, placements, mentoring };
};
