import type { MailQueue } from '../../mail/ports/mail-queue.ts';
import type { PartnerOrganisationResolver } from '../../partners/ports/partner-organisation-resolver.ts';
import type { PartnerOrganisations } from '../../partners/ports/partner-organisations.ts';
import type { ApplicationHosts } from '../ports/application-hosts.ts';
import type { DisclosureLog } from '../ports/disclosure-log.ts';
import type { MachineClients } from '../ports/machine-clients.ts';
import type { ReleaseExportFiles, ReleaseExports } from '../ports/release-exports.ts';
import type { ReleaseStore } from '../ports/release-store.ts';
import type { ReleaseSubjects } from '../ports/release-subjects.ts';
import type { StaffAccess } from '../ports/staff-access.ts';

/** What the releases' use cases reach outside pure code for; each takes the part it needs. */
export interface ReleaseDependencies {
  readonly releases: ReleaseStore;
  readonly subjects: ReleaseSubjects;
  readonly disclosures: DisclosureLog;
  readonly organisations: Pick<PartnerOrganisations, 'find' | 'youthPolicyBodiesOf'>;
  /** Which registered organisation a partner's person acts for (the partners module's check of their claims). */
  readonly partnerResolver: PartnerOrganisationResolver;
  readonly machineClients: MachineClients;
  readonly exports: ReleaseExports;
  readonly exportFiles: ReleaseExportFiles;
  readonly staffAccess: StaffAccess;
  /** The export's links to the organisation's contacts; only the queue's drainer sends (shared/mail). */
  readonly mailQueue: MailQueue;
  readonly newId: () => string;
  readonly clock: () => Date;
}

/** What the release effects need: the store, the live facts, the registry of organisations. */
export type ReleaseEffectDependencies = Pick<ReleaseDependencies, 'releases' | 'subjects' | 'organisations' | 'clock'> & {
  /** Days a release may be read (the deployment's setting, at most 12 months: domain/release-validity.ts). */
  readonly releaseValidityDays: number;
};

/** Releasing to an internship's hosts needs its placements besides. */
export type HostReleaseDependencies = ReleaseEffectDependencies & { readonly hosts: ApplicationHosts };
