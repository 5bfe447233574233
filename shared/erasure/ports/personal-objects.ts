import type { ErasedCounts } from '../domain/erasure-steps.ts';
import type { ErasureSubject } from './personal-records.ts';

/** The person's files: documents, certificate and letter PDFs, published credentials; every version of each. */
export interface PersonalObjects {
  erase(subject: ErasureSubject): Promise<ErasedCounts>;
}
