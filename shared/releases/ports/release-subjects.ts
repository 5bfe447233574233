import type { ConsentState } from '../../applicants/domain/consents/consent-state.ts';
import type { Profile } from '../../applicants/domain/profile/profile-schema.ts';
import type { Application } from '../../applications/application-schema.ts';

/** Everything a release's read needs about its application and its person, as they are now. */
export interface ReleaseSubject {
  /** Undefined once the person has no profile (never saved, or erased): nothing is then read. */
  readonly profile: Profile | undefined;
  readonly consent: ConsentState | undefined;
  readonly application: Pick<Application, 'id' | 'stage' | 'track'> | undefined;
  /** Settled scores of the rubrics asked for. */
  readonly scores: ReadonlyMap<string, number>;
}

export interface ReleaseSubjectRequest {
  readonly applicantId: string;
  readonly applicationId: string;
  /** The rubrics whose scores to read (none unless interview scores are released). */
  readonly rubrics: readonly string[];
}

/**
 * The live facts of a page of releases in as few reads as the store allows (point reads of known
 * keys, batched): the applicants module owns profiles and consents, the applications module the
 * application, the reviews module the scores; the function's wiring plugs a reader of them in.
 */
export interface ReleaseSubjects {
  /** By application id. */
  of(requests: readonly ReleaseSubjectRequest[]): Promise<ReadonlyMap<string, ReleaseSubject>>;
}
