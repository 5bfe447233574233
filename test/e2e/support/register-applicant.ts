import { randomUUID } from 'node:crypto';
import type { Api } from './api-client.ts';

export interface RegisteredApplicant {
  readonly sub: string;
  readonly token: string;
}

/**
 * Registration on the local cloud. In AWS, Cognito sign-up and the post-confirmation trigger put a
 * new user, with a new `sub`, in the applicant group; locally a token minted for a new random
 * `sub` with the applicant role is that person: nothing is known about them until they act.
 */
export const registerApplicant = async (api: Api): Promise<RegisteredApplicant> => {
  const sub = randomUUID();
  const { body } = await api<{ token: string }>('POST', '/local/token', { body: { role: 'applicant', sub }, expect: 200 });
  return { sub, token: body.token };
};
