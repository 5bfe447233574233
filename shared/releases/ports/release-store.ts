import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { Release, ReleaseDecision } from '../release-schema.ts';

/** Releases and the decisions of the effects that make them. Neither is ever updated; a release expires. */
export interface ReleaseStore {
  /** Stores the release once: `exists` when a release with its id is stored already (the effect ran before). */
  create(release: Release): Promise<'created' | 'exists'>;
  find(releaseId: string): Promise<Release | undefined>;
  /** An organisation's releases, newest first; of one season when `seasonId` is given. */
  listForOrganisation(
    organisationId: string,
    filter: { readonly seasonId?: string | undefined },
    page: PageRequest,
  ): Promise<Page<Release>>;
  /** Every release of one application (a handful: one per recipient). */
  listForApplication(applicationId: string): Promise<readonly Release[]>;
  /** Records what an effect decided for a move and purpose, once: the decision stored first wins and is returned. */
  decide(decision: ReleaseDecision): Promise<ReleaseDecision>;
  /** The decision already stored for the move and purpose, if any. */
  decisionOf(applicationId: string, version: number, purpose: ReleaseDecision['purpose']): Promise<ReleaseDecision | undefined>;
  /** Every decision on one application, oldest move first. */
  decisionsFor(applicationId: string): Promise<readonly ReleaseDecision[]>;
}
