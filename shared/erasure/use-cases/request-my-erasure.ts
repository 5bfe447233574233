import type { Identity } from '../../platform/auth/identity.ts';
import type { MyErasureRequestInput } from '../erasure-schema.ts';
import type { ErasureRequestDependencies } from './erasure-dependencies.ts';
import { openErasureRequest, type OpenedErasure } from './open-erasure-request.ts';

/**
 * The applicant asks for everything about them to be erased (the body's confirmation is the
 * schema's). Their address is the token's (or the profile's): the receipt goes there.
 */
export const requestMyErasure = async (
  deps: ErasureRequestDependencies,
  identity: Identity,
  input: MyErasureRequestInput,
): Promise<OpenedErasure> =>
  openErasureRequest(deps, {
    subject: identity.subject,
    found: await deps.records.find(identity.subject),
    email: identity.email,
    language: input.language,
    requestedBy: { kind: 'applicant' },
  });
