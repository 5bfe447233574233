import type { Identity } from '../../platform/auth/identity.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import { managesProgramme } from '../../catalogue/domain/staff-scope.ts';
import type { Application } from '../application-schema.ts';

/** An application with the programme and season it belongs to: what acting on it reads. */
export interface ApplicationContext {
  readonly application: Application;
  readonly programme: Programme;
  readonly season: Season;
}

/** Who may see an application: its applicant, and staff of its programme. */
export type Reader = 'owner' | 'staff';

/**
 * The reader's relation to an application, or undefined. An applicant who is also staff reads
 * their own application as its owner.
 */
export const readerOf = (identity: Identity, application: Application): Reader | undefined => {
  if (identity.roles.includes('applicant') && application.applicantId === identity.subject) return 'owner';
  if (identity.roles.includes('staff') && managesProgramme(identity, application.programmeId)) return 'staff';
  return undefined;
};
