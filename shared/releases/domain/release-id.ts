import { createHash } from 'node:crypto';
import type { DataSharingPurpose } from '../../applicants/domain/consents/data-sharing.ts';

/**
 * The one release of an application to a recipient for a purpose, named by a digest of the three
 * (laid out as a UUID, version 5's layout): the effect that runs again, however often, finds the
 * release it made instead of making another, and no id says anything about whom it concerns.
 */
export const releaseIdOf = (applicationId: string, organisationId: string, purpose: DataSharingPurpose): string => {
  const hex = createHash('sha256').update(`release#${applicationId}#${organisationId}#${purpose}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
