import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbExpertPool } from '../../shared/adapters/dynamodb/dynamodb-expert-pool.ts';
import { DynamoDbReviewStore } from '../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';

const client = documentClient();
const tableName = requireEnv(ENV.tableName);
const applications = new DynamoDbApplicationRepository(client, tableName);
const pool = new DynamoDbExpertPool(client, tableName);
const reviews = new DynamoDbReviewStore(client, tableName);

/** The rubric a seeded assignment names: tests of document access need an assignment, not a rubric's rules. */
const RUBRIC = 'seeded-review';

/**
 * An expert assigned to review an application, allowed to read the documents of `documents`
 * (requirement ids; the résumé unless said), written through the reviews' adapters (the pool
 * place, then the review): what tests of other capabilities need to stand, without the assignment
 * rules that the reviews routes' own tests cover.
 */
export const seedExpertAssignment = async (
  applicationId: string,
  expertId: string,
  documents: readonly string[] = ['resume'],
): Promise<{ readonly withdraw: () => Promise<void> }> => {
  const application = await applications.find(applicationId);
  if (application === undefined) throw new Error(`No application ${applicationId} to assign an expert to`);
  const at = new Date().toISOString();
  await pool.place({
    seasonId: application.seasonId,
    expertId,
    displayName: 'Seeded expert',
    competences: [],
    languages: ['ru'],
    capacity: 50,
    by: 'test',
    at,
  });
  const outcome = await reviews.assign({
    applicationId,
    seasonId: application.seasonId,
    programmeId: application.programmeId,
    rubricId: RUBRIC,
    stage: application.stage,
    expertId,
    status: 'assigned',
    scores: {},
    documents: [...documents],
    assignedBy: 'test',
    assignedAt: at,
    updatedAt: at,
    version: 1,
  });
  if (outcome !== 'assigned') throw new Error(`Seeding the assignment failed: ${outcome}`);
  return {
    withdraw: async () => {
      const withdrawn = await reviews.unassign({ applicationId, expertId, rubricId: RUBRIC, seasonId: application.seasonId });
      if (withdrawn !== 'unassigned') throw new Error(`Withdrawing the seeded assignment failed: ${withdrawn}`);
    },
  };
};
