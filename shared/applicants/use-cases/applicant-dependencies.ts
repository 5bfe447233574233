import type { ConsentRepository } from '../ports/consent-repository.ts';
import type { ProfileRepository } from '../ports/profile-repository.ts';

export interface ApplicantDependencies {
  readonly profiles: ProfileRepository;
  readonly consents: ConsentRepository;
  readonly clock: () => Date;
}
