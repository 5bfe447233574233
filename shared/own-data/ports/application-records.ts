import type { ApplicationView } from '../../applications/application-view.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';

/** The person's applications, as the applications module shows them to their applicant. */
export interface ApplicationRecords {
  /** The ids of every application of the person, a page at a time, oldest first. */
  ids(subject: string, page: PageRequest): Promise<Page<string>>;
  /** One application with its whole history, its documents and its project team, as its applicant reads it. */
  read(identity: Identity, applicationId: string): Promise<ApplicationView>;
}
