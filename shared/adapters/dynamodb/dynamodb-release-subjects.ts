import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ReleaseSubject, ReleaseSubjectRequest, ReleaseSubjects } from '../../releases/ports/release-subjects.ts';
import { applicationKey, consentStateKey, profileKey, rubricAggregateKey } from '../../platform/keys/keys.ts';
import { batchGetAll } from './batch-get.ts';
import { toApplication } from './dynamodb-application-items.ts';
import { toConsentState } from './dynamodb-consent-repository.ts';
import { toProfile } from './dynamodb-profile-repository.ts';

type Key = { readonly pk: string; readonly sk: string };
const keyOf = (key: Key): string => `${key.pk}\n${key.sk}`;

/**
 * The live facts of a page of releases with point reads only, batched (BatchGetItem, 100 keys a
 * request, strongly consistent): per release its person's profile and consent state, its
 * application and, when interview scores are released, its score on each interview rubric. Every
 * key is known from the release, so no Query runs; a page of 25 releases is about one request.
 * A score the reviewers disputed (waiting for an extra reviewer) is not settled and is left out,
 * as the `rubricScore` guard leaves it.
 */
export const dynamoDbReleaseSubjects = (client: DynamoDBDocumentClient, tableName: string): ReleaseSubjects => ({
  async of(requests: readonly ReleaseSubjectRequest[]): Promise<ReadonlyMap<string, ReleaseSubject>> {
    const keys = new Map<string, Key>();
    for (const request of requests) {
      for (const key of [
        profileKey(request.applicantId),
        consentStateKey(request.applicantId),
        applicationKey(request.applicationId),
        ...request.rubrics.map((rubric) => rubricAggregateKey(request.applicationId, rubric)),
      ])
        keys.set(keyOf(key), key);
    }
    const found = new Map(
      (
        await batchGetAll(
          client,
          tableName,
          [...keys.values()].map((key) => ({ ...key })),
        )
      ).map((item) => [keyOf({ pk: String(item['pk']), sk: String(item['sk']) }), item]),
    );
    const itemAt = (key: Key): Record<string, unknown> | undefined => found.get(keyOf(key));
    return new Map(
      requests.map((request) => {
        const profile = itemAt(profileKey(request.applicantId));
        const consent = itemAt(consentStateKey(request.applicantId));
        const application = itemAt(applicationKey(request.applicationId));
        const scores = new Map<string, number>();
        for (const rubric of request.rubrics) {
          const aggregate = itemAt(rubricAggregateKey(request.applicationId, rubric));
          if (typeof aggregate?.['score'] === 'number' && aggregate['extraReviewerWanted'] !== true) scores.set(rubric, aggregate['score']);
        }
        const parsed = application === undefined ? undefined : toApplication(application);
        return [
          request.applicationId,
          {
            profile: profile === undefined ? undefined : toProfile(profile),
            consent: consent === undefined ? undefined : toConsentState(consent),
            application: parsed === undefined ? undefined : { id: parsed.id, stage: parsed.stage, track: parsed.track },
            scores,
          },
        ];
      }),
    );
  },
});
