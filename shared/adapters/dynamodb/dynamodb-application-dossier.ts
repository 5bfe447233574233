import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ApplicationEvent } from '../../applications/application-schema.ts';
import type { ApplicationDossier } from '../../applications/ports/application-repository.ts';
import type { DocumentRecord } from '../../documents/document-schema.ts';
import { toApplication, toApplicationEvent } from './dynamodb-application-items.ts';
import { toDocument } from './dynamodb-document-items.ts';
import { ENTITY, applicationPartitionQuery } from '../../platform/keys/keys.ts';

/**
 * The application's partition in one strongly consistent Query (more only past 1 MB, which an
 * application with a handful of documents and events never reaches), sorted out by entity tag.
 * Query capacity is the items' total size rounded up once, so reading the application with its
 * documents costs what the application alone costs until they pass 4 KB together.
 */
export const readApplicationDossier = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  applicationId: string,
  options: { readonly history: boolean },
): Promise<ApplicationDossier | undefined> => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const { Items = [], LastEvaluatedKey } = await client.send(
      new QueryCommand({
        TableName: tableName,
        ...applicationPartitionQuery(applicationId, options),
        ConsistentRead: true,
        ExclusiveStartKey: start,
      }),
    );
    items.push(...Items);
    start = LastEvaluatedKey;
  } while (start !== undefined);

  const application = items.find((item) => item['entity'] === ENTITY.application);
  if (application === undefined) return undefined;
  const history: ApplicationEvent[] = [];
  const documents: DocumentRecord[] = [];
  for (const item of items) {
    if (item['entity'] === ENTITY.applicationEvent) history.push(toApplicationEvent(item));
    else if (item['entity'] === ENTITY.document) documents.push(toDocument(item));
  }
  return { application: toApplication(application), history, documents };
};
