import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FinalLetters } from '../../certificates/ports/final-letters.ts';
import { recommendationLetterKey } from '../../platform/keys/keys.ts';
import { DynamoDbMentorProfiles } from './dynamodb-mentor-profiles.ts';
import { DynamoDbRecommendationLetters } from './dynamodb-recommendation-letters.ts';

/** A BatchGet takes at most 100 keys: a page of certificates is at most 100. */
const BATCH = 100;

/** Mentoring's letters as the certificates print them: the final text with its mentor's display name. */
export const dynamoDbFinalLetters = (client: DynamoDBDocumentClient, tableName: string): FinalLetters => {
  const letters = new DynamoDbRecommendationLetters(client, tableName);
  const mentors = new DynamoDbMentorProfiles(client, tableName);
  return {
    async find(applicationId) {
      const letter = await letters.findFinal(applicationId);
      if (letter?.text === undefined || letter.language === undefined || letter.finalisedAt === undefined) return undefined;
      const mentor = await mentors.find(letter.mentorId);
      return {
        applicationId,
        text: letter.text,
        language: letter.language,
        mentorName: mentor?.displayName ?? '',
        finalisedAt: letter.finalisedAt,
      };
    },
    async finalAmong(applicationIds) {
      const final = new Set<string>();
      for (let start = 0; start < applicationIds.length; start += BATCH) {
        let keys: Record<string, unknown>[] | undefined = applicationIds
          .slice(start, start + BATCH)
          .map((id) => ({ ...recommendationLetterKey(id) }));
        // Unprocessed keys come back under load: asked again until none is left.
        while (keys !== undefined && keys.length > 0) {
          const answer: BatchGetCommandOutput = await client.send(
            new BatchGetCommand({
              RequestItems: {
                [tableName]: {
                  Keys: keys,
                  ProjectionExpression: 'applicationId, #status',
                  ExpressionAttributeNames: { '#status': 'status' },
                },
              },
            }),
          );
          for (const item of answer.Responses?.[tableName] ?? []) if (item['status'] === 'final') final.add(String(item['applicationId']));
          keys = answer.UnprocessedKeys?.[tableName]?.Keys;
        }
      }
      return final;
    },
  };
};
