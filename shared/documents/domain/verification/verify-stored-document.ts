import {
  DOCUMENT_FORMATS,
  type DocumentFormat,
  type DocumentRequirement,
} from '../../../catalogue/domain/config/document-requirements-schema.ts';
import type { RejectionReason } from '../../document-schema.ts';
import type { ByteSource } from './byte-source.ts';
import { signatureMatches } from './file-signature.ts';
import { videoDurationSeconds } from './video-duration.ts';

export type Verification =
  | { readonly outcome: 'passed'; readonly size: number; readonly durationSeconds?: number }
  | { readonly outcome: 'rejected'; readonly reason: RejectionReason; readonly size: number; readonly durationSeconds?: number };

/**
 * Checks the object as stored, not as announced: the storage may not enforce the upload form's
 * conditions (some S3-compatible services do not) and a client can lie about everything it sends.
 * Order: size (free, from the object's metadata), signature, then the container's duration.
 */
export const verifyStoredDocument = async (
  source: ByteSource,
  format: DocumentFormat,
  requirement: Pick<DocumentRequirement, 'maxBytes' | 'maxDurationSeconds'>,
): Promise<Verification> => {
  const size = source.size;
  if (size === 0) return { outcome: 'rejected', reason: 'empty', size };
  if (size > requirement.maxBytes) return { outcome: 'rejected', reason: 'too-large', size };
  if (!(await signatureMatches(format, source))) return { outcome: 'rejected', reason: 'signature-mismatch', size };
  if (!DOCUMENT_FORMATS[format].video) return { outcome: 'passed', size };

  const durationSeconds = await videoDurationSeconds(format, source);
  if (durationSeconds === undefined) return { outcome: 'rejected', reason: 'unreadable-container', size };
  if (requirement.maxDurationSeconds !== undefined && durationSeconds > requirement.maxDurationSeconds) {
    return { outcome: 'rejected', reason: 'too-long', size, durationSeconds };
  }
  return { outcome: 'passed', size, durationSeconds };
};
