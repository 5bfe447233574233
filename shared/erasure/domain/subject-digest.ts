import { createHmac } from 'node:crypto';

/**
 * What names an erased person in the audit: an HMAC of their subject under the deployment's salt.
 * A repeated request by the same subject finds its request by it; the audit alone (a copy, a log,
 * a backup read without the salt) cannot be matched against a list of subjects.
 */
export const subjectDigest = (salt: string, subject: string): string =>
  createHmac('sha256', salt).update(`erasure:${subject}`).digest('hex');
