import { cachedProgrammes, cachedSeasons } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { dynamoDbApplicantDependencies } from '../../shared/adapters/dynamodb/dynamodb-applicant-dependencies.ts';
import { dynamoDbApplicantRecords } from '../../shared/adapters/dynamodb/dynamodb-applicant-records.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbCertificateStore } from '../../shared/adapters/dynamodb/dynamodb-certificate-store.ts';
import { DynamoDbDocumentRepository } from '../../shared/adapters/dynamodb/dynamodb-document-repository.ts';
import { DynamoDbDisclosureLog } from '../../shared/adapters/dynamodb/dynamodb-disclosure-log.ts';
import { DynamoDbEducationCatalogue } from '../../shared/adapters/dynamodb/dynamodb-education-catalogue.ts';
import { DynamoDbEducationProgress } from '../../shared/adapters/dynamodb/dynamodb-education-progress.ts';
import { dynamoDbFinalLetters } from '../../shared/adapters/dynamodb/dynamodb-final-letters.ts';
import { DynamoDbFixedWindowThrottle, EXPORT_RATE_COUNTER } from '../../shared/adapters/dynamodb/dynamodb-fixed-window-throttle.ts';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb/dynamodb-interview-store.ts';
import { DynamoDbMentorProfiles } from '../../shared/adapters/dynamodb/dynamodb-mentor-profiles.ts';
import { DynamoDbMentoringPairs } from '../../shared/adapters/dynamodb/dynamodb-mentoring-pairs.ts';
import { dynamoDbMentoringSubjects } from '../../shared/adapters/dynamodb/dynamodb-mentoring-subjects.ts';
import { DynamoDbInternshipStore } from '../../shared/adapters/dynamodb/dynamodb-internship-store.ts';
import { placementOffersFrom } from '../../shared/adapters/dynamodb/dynamodb-placement-offers.ts';
import { DynamoDbPlacements } from '../../shared/adapters/dynamodb/dynamodb-placements.ts';
import { DynamoDbRecommendationLetters } from '../../shared/adapters/dynamodb/dynamodb-recommendation-letters.ts';
import { DynamoDbReviewStore } from '../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import { DynamoDbTeams } from '../../shared/adapters/dynamodb/dynamodb-teams.ts';
import { readApplication } from '../../shared/applications/use-cases/read-application.ts';
import { holderCertificateView } from '../../shared/certificates/certificate-view.ts';
import { toDocumentView } from '../../shared/documents/document-view.ts';
import { readEducation } from '../../shared/education/use-cases/read-education.ts';
import { toPlacementView } from '../../shared/internships/placement-view.ts';
import { myInterviewOf } from '../../shared/interviews/use-cases/my-interview.ts';
import { listApplicationSessions } from '../../shared/mentoring/use-cases/list-application-sessions.ts';
import { readApplicationLetter } from '../../shared/mentoring/use-cases/read-application-letter.ts';
import { readApplicationMentoring } from '../../shared/mentoring/use-cases/read-application-mentoring.ts';
import type { OwnDataDependencies } from '../../shared/own-data/use-cases/own-data-dependencies.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import { listMyDisclosures } from '../../shared/releases/use-cases/list-disclosures.ts';
import { applicantTeamReader } from '../../shared/teams/use-cases/applicant-team-reader.ts';
import { absentWhenNotFound } from './absent-when-not-found.ts';

/**
 * Built once per Lambda container. Each module's records are read through that module's own use
 * cases where the applicant has a route to them (the same checks, the same views), otherwise
 * through its store; the export asks only for the caller's own records, so a use case's 404 here
 * means "nothing of that kind" (no mentoring in a programme without it), never someone else's.
 */
export const wiring: () => OwnDataDependencies = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const clock = () => new Date();
  const programmes = cachedProgrammes(client, tableName, clock);
  const seasons = cachedSeasons(client, tableName, clock);
  const applicants = dynamoDbApplicantDependencies(client, tableName);
  const applications = new DynamoDbApplicationRepository(client, tableName);
  const progress = new DynamoDbEducationProgress(client, tableName);
  const documents = new DynamoDbDocumentRepository(client, tableName);
  const interviews = new DynamoDbInterviewStore(client, tableName);
  const placements = new DynamoDbPlacements(client, tableName);
  const offers = placementOffersFrom(new DynamoDbInternshipStore(client, tableName));
  const reviews = new DynamoDbReviewStore(client, tableName);
  const mentoring = {
    subjects: dynamoDbMentoringSubjects(client, tableName, { programmes, seasons }),
    pairs: new DynamoDbMentoringPairs(client, tableName),
    profiles: new DynamoDbMentorProfiles(client, tableName),
    letters: new DynamoDbRecommendationLetters(client, tableName),
  };
  const certificates = new DynamoDbCertificateStore(client, tableName);
  const finalLetters = dynamoDbFinalLetters(client, tableName);
  // The verification site's address only: the holder's list names each certificate's page (listMyCertificates' view, without its site writer).
  const publicBaseUrl = requireEnv(ENV.certificatesPublicUrl);
  const disclosures = { disclosures: new DynamoDbDisclosureLog(client, tableName, Number(requireEnv(ENV.personalDataRetentionDays))) };
  const applicationReads = {
    applications,
    programmes,
    applicants: dynamoDbApplicantRecords(client, tableName, applicants),
    applicationTeams: applicantTeamReader(new DynamoDbTeams(client, tableName)),
  };
  const education = { applications, programmes, catalogues: new DynamoDbEducationCatalogue(client, tableName), progress };
  return {
    applicants: {
      profile: (subject) => applicants.profiles.find(subject),
      consents: (subject) => applicants.consents.history(subject),
    },
    applications: {
      ids: async (subject, page) => {
        const found = await applications.listForApplicant(subject, page);
        return { items: found.items.map((application) => application.id), nextCursor: found.nextCursor };
      },
      read: (identity, applicationId) => readApplication(applicationReads, identity, applicationId),
    },
    documents: {
      ofApplication: async (applicationId, page) => {
        const found = await documents.page(applicationId, page, { verifiedOnly: false });
        return { items: found.items.map(toDocumentView), nextCursor: found.nextCursor };
      },
    },
    learning: {
      progress: async (identity, applicationId) => {
        const recorded = await progress.find(applicationId);
        return recorded === undefined ? undefined : { view: await readEducation(education, identity, applicationId), recorded };
      },
    },
    reviews: { ofApplication: (applicationId) => reviews.reviewsWithScores(applicationId) },
    interviews: {
      bookings: async (applicationId, stages) => {
        const bookings = await Promise.all(stages.map((stage) => interviews.findBooking(applicationId, stage)));
        const views = await Promise.all(
          bookings.map(async (booking) => {
            const event = booking === undefined ? undefined : await interviews.findEvent(booking.seasonId, booking.eventId);
            return booking === undefined || event === undefined ? [] : [myInterviewOf(booking, event)];
          }),
        );
        return views.flat();
      },
    },
    placements: {
      ofApplication: async (applicationId) => {
        const found = await placements.ofApplication(applicationId);
        const [first] = found;
        if (first === undefined) return [];
        const facts = await offers.factsOf(first.seasonId, [...new Set(found.map((placement) => placement.offerId))]);
        return found.map((placement) => toPlacementView(placement, facts.get(placement.offerId), clock()));
      },
    },
    mentoring: {
      ofApplication: async (identity, applicationId) => {
        const [pair, sessions, letter] = await Promise.all([
          absentWhenNotFound(readApplicationMentoring(mentoring, identity, applicationId)),
          absentWhenNotFound(listApplicationSessions(mentoring, identity, applicationId)),
          absentWhenNotFound(readApplicationLetter(mentoring, identity, applicationId)),
        ]);
        return { pair, sessions: sessions ?? [], letter };
      },
    },
    certificates: {
      ofHolder: async (identity, page) => {
        const listed = await certificates.ofHolder(identity.subject, page);
        const letters =
          listed.items.length === 0 ? new Set<string>() : await finalLetters.finalAmong(listed.items.map((item) => item.applicationId));
        return {
          items: listed.items.map((certificate) =>
            holderCertificateView(certificate, publicBaseUrl, letters.has(certificate.applicationId)),
          ),
          nextCursor: listed.nextCursor,
        };
      },
    },
    disclosures: { ofApplicant: (subject, page) => listMyDisclosures(disclosures, subject, page) },
    throttle: new DynamoDbFixedWindowThrottle(client, tableName, EXPORT_RATE_COUNTER),
    clock,
  };
});
