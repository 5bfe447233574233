import type { ConsentRepository } from '../ports/consent-repository.ts';

/**
 * Whether a person's data may be processed now: their consent to personal-data processing is in
 * force (given and not withdrawn since). One GetItem of the consent state.
 */
export const isProcessingAllowed = async (consents: Pick<ConsentRepository, 'state'>, applicantId: string): Promise<boolean> =>
  (await consents.state(applicantId))?.personalData === 'given';
