import { documentSchema, type DocumentRecord } from '../../documents/document-schema.ts';
import { withoutAttributes } from './conditional-check.ts';
import { ENTITY, KEY_ATTRIBUTES, documentKey } from '../../platform/keys/keys.ts';

/** How document records are laid out as items in their application's partition (keys and entity tag from keys.ts only). */

export const documentItem = (document: DocumentRecord): Record<string, unknown> => ({
  ...documentKey(document.applicationId, document.id),
  entity: ENTITY.document,
  ...document,
});

export const toDocument = (item: Record<string, unknown>): DocumentRecord => documentSchema.parse(withoutAttributes(item, KEY_ATTRIBUTES));
