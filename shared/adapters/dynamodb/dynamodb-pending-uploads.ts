import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PendingUpload } from '../../documents/domain/upload/pending-upload.ts';
import type { HoldOutcome, PendingUploadCaps, PendingUploads } from '../../documents/ports/pending-uploads.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { ENTITY, pendingUploadsKey } from '../../platform/keys/keys.ts';

/** Every counted form of the application, and (one attribute per requirement) of each requirement. */
const ALL_FORMS = 'forms';
const formsOf = (requirementId: string): string => `forms:${requirementId}`;

/** `<expiresAt>#<documentId>`: unique per form, and its expiry is read back from it without another item. */
const entryOf = (form: PendingUpload): string => `${form.expiresAt}#${form.documentId}`;
const hasExpired = (entry: string, now: Date): boolean => entry.slice(0, entry.indexOf('#')) <= now.toISOString();

/** The item outlives its last form by a day, then TTL clears it. */
const KEEP_AFTER_LAST_FORM_SECONDS = 24 * 60 * 60;

/** Enough for the rare refusal that finds expired forms, removes them and tries again. */
const MAX_ATTEMPTS = 3;

type FormSets = Readonly<Record<string, ReadonlySet<string>>>;

/**
 * The counted forms of an application in one item (pk = APPLICATION#<id>, sk = UPLOAD_FORMS): a
 * string set of every form and one per requirement. Taking a place is ONE conditional UpdateItem
 * that adds the form to both sets only while each is below its cap, so of any number of racing
 * requests exactly the caps' worth succeed. Expired forms stay in the sets until a refusal finds
 * them: then they are removed (removing an expired form is always right, so that write needs no
 * condition) and the form tries again. Releasing removes the form from both sets.
 */
export class DynamoDbPendingUploads implements PendingUploads {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async hold(form: PendingUpload, caps: PendingUploadCaps, now: Date): Promise<HoldOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.#client.send(
          new UpdateCommand({
            TableName: this.#tableName,
            Key: pendingUploadsKey(form.applicationId),
            UpdateExpression: 'ADD #all :form, #requirement :form SET entity = :entity, expiresAt = :expiresAt',
            ConditionExpression:
              '(attribute_not_exists(#all) OR size(#all) < :perApplication) AND (attribute_not_exists(#requirement) OR size(#requirement) < :perRequirement)',
            ExpressionAttributeNames: { '#all': ALL_FORMS, '#requirement': formsOf(form.requirementId) },
            ExpressionAttributeValues: {
              ':form': new Set([entryOf(form)]),
              ':perApplication': caps.perApplication,
              ':perRequirement': caps.perRequirement,
              ':entity': ENTITY.pendingUploads,
              ':expiresAt': Math.ceil(Date.parse(form.expiresAt) / 1000) + KEEP_AFTER_LAST_FORM_SECONDS,
            },
          }),
        );
        return 'held';
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
      const sets = await this.#formSets(form.applicationId);
      const expired = Object.entries(sets).flatMap(([name, entries]) =>
        [...entries].filter((entry) => hasExpired(entry, now)).map((entry) => [name, entry] as const),
      );
      if (expired.length === 0 || attempt >= MAX_ATTEMPTS) {
        const live = [...(sets[formsOf(form.requirementId)] ?? [])].filter((entry) => !hasExpired(entry, now));
        return live.length >= caps.perRequirement ? 'requirement-full' : 'application-full';
      }
      await this.#remove(form.applicationId, expired);
    }
  }

  async release(form: PendingUpload): Promise<void> {
    const entry = entryOf(form);
    await this.#remove(form.applicationId, [
      [ALL_FORMS, entry],
      [formsOf(form.requirementId), entry],
    ]);
  }

  async #formSets(applicationId: string): Promise<FormSets> {
    const { Item = {} } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: pendingUploadsKey(applicationId), ConsistentRead: true }),
    );
    return Object.fromEntries(
      Object.entries(Item).filter((pair): pair is [string, Set<string>] => pair[0].startsWith(ALL_FORMS) && pair[1] instanceof Set),
    );
  }

  /** Removes entries from their sets (an emptied set disappears); nothing to remove from, nothing happens. */
  async #remove(applicationId: string, entries: readonly (readonly [set: string, entry: string])[]): Promise<void> {
    const bySet = new Map<string, Set<string>>();
    for (const [set, entry] of entries) bySet.set(set, (bySet.get(set) ?? new Set()).add(entry));
    const sets = [...bySet];
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: pendingUploadsKey(applicationId),
          UpdateExpression: `DELETE ${sets.map((_, index) => `#s${index} :s${index}`).join(', ')}`,
          // Without it a release after TTL cleared the item would write an empty one.
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: Object.fromEntries(sets.map(([name], index) => [`#s${index}`, name])),
          ExpressionAttributeValues: Object.fromEntries(sets.map(([, values], index) => [`:s${index}`, values])),
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
