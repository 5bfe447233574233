import type { ConsentRecord } from '../../applicants/domain/consents/consent-record-schema.ts';
import type { ConsentState } from '../../applicants/domain/consents/consent-state.ts';
import type { Profile } from '../../applicants/domain/profile/profile-schema.ts';

/** The person's own partition, as the applicants module keeps it: the profile, and every consent with what is in force. */
export interface ApplicantRecords {
  profile(subject: string): Promise<Profile | undefined>;
  consents(subject: string): Promise<{ readonly records: readonly ConsentRecord[]; readonly state: ConsentState | undefined }>;
}
