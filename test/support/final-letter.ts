import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbMentorProfiles } from '../../shared/adapters/dynamodb/dynamodb-mentor-profiles.ts';
import { DynamoDbRecommendationLetters } from '../../shared/adapters/dynamodb/dynamodb-recommendation-letters.ts';
import type { Application } from '../../shared/applications/application-schema.ts';

/**
 * A mentor (a profile of their own, named `mentorName`) who wrote the application's recommendation
 * letter and signed it off, as the mentoring capability records it: requested, then final.
 */
export const signedOffLetter = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  application: Pick<Application, 'id' | 'seasonId' | 'programmeId'>,
  text: string,
  mentorName = 'Лебедев Сергей Андреевич',
): Promise<void> => {
  const at = new Date().toISOString();
  const mentorId = `mentor-${randomUUID().slice(0, 8)}`;
  await new DynamoDbMentorProfiles(client, tableName).save(
    mentorId,
    { displayName: mentorName, spheres: ['technology'], languages: ['ru'], capacityPerSeason: 2 },
    0,
    at,
  );
  const letters = new DynamoDbRecommendationLetters(client, tableName);
  const requested = {
    applicationId: application.id,
    pairId: randomUUID(),
    seasonId: application.seasonId,
    programmeId: application.programmeId,
    mentorId,
    status: 'requested' as const,
    requestedAt: at,
    updatedAt: at,
    version: 1,
  };
  if ((await letters.request(requested)) !== 'requested') throw new Error(`Application ${application.id} has a letter already`);
  const saved = await letters.save({ ...requested, status: 'final', text, language: 'ru', finalisedAt: at, version: 2 }, 1);
  if (!saved.written) throw new Error('The letter was not signed off');
};
