import type { DocumentRecord } from '../document-schema.ts';

/** The requirement ids an application has met: only verified documents count. */
export const verifiedRequirementIds = (documents: readonly DocumentRecord[]): ReadonlySet<string> =>
  new Set(documents.filter((document) => document.status === 'verified').map((document) => document.requirementId));
