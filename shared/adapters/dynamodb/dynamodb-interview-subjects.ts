import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProgrammeRepository } from '../../catalogue/ports/programme-repository.ts';
import type { SeasonRepository } from '../../catalogue/ports/season-repository.ts';
import type { InterviewSubject, InterviewSubjects } from '../../interviews/ports/interview-subjects.ts';
import { applicationKey, profileKey } from '../../platform/keys/keys.ts';
import { batchGetAll } from './batch-get.ts';
import { DynamoDbApplicationRepository } from './dynamodb-application-repository.ts';
import { toApplication } from './dynamodb-application-items.ts';
import { DynamoDbProfileRepository, toProfile } from './dynamodb-profile-repository.ts';

/**
 * An application with its documents (one Query of its partition, without the history), its
 * applicant's profile, and its programme and season through the container's cache. A roster's
 * page reads its applications, then their profiles, in two BatchGets.
 */
export const dynamoDbInterviewSubjects = (
  client: DynamoDBDocumentClient,
  tableName: string,
  catalogue: { readonly programmes: Pick<ProgrammeRepository, 'find'>; readonly seasons: Pick<SeasonRepository, 'find'> },
): InterviewSubjects => {
  const applications = new DynamoDbApplicationRepository(client, tableName);
  const profiles = new DynamoDbProfileRepository(client, tableName);
  return {
    async find(applicationId: string): Promise<InterviewSubject | undefined> {
      const dossier = await applications.findDossier(applicationId, { history: false });
      if (dossier === undefined) return undefined;
      const { application, documents } = dossier;
      const [profile, programme, season] = await Promise.all([
        profiles.find(application.applicantId),
        catalogue.programmes.find(application.programmeId),
        catalogue.seasons.find(application.seasonId),
      ]);
      if (programme === undefined || season === undefined) return undefined;
      const verifiedRequirements = new Set(
        documents.filter((document) => document.status === 'verified').map((document) => document.requirementId),
      );
      return { application, profile, programme, season, verifiedRequirements };
    },
    async rosterFacts(applicationIds) {
      const found = (
        await batchGetAll(
          client,
          tableName,
          [...new Set(applicationIds)].map((id) => ({ ...applicationKey(id) })),
        )
      ).map(toApplication);
      const people = new Map(
        (
          await batchGetAll(
            client,
            tableName,
            [...new Set(found.map((application) => application.applicantId))].map((id) => ({ ...profileKey(id) })),
          )
        )
          .map(toProfile)
          .map((profile) => [profile.applicantId, profile]),
      );
      return new Map(found.map((application) => [application.id, { application, profile: people.get(application.applicantId) }]));
    },
  };
};
