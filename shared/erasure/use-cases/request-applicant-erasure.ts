import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { ApplicantErasureRequestInput } from '../erasure-schema.ts';
import type { ErasureRequestDependencies } from './erasure-dependencies.ts';
import { staffMayErase } from './erasure-staff-scope.ts';
import { openErasureRequest, type OpenedErasure } from './open-erasure-request.ts';

/**
 * Staff act on a person's written request. A person cadre holds nothing about, or who never applied
 * to a programme the caller runs, answers 404 alike (no probing of who exists).
 */
export const requestApplicantErasure = async (
  deps: ErasureRequestDependencies,
  identity: Identity,
  applicantId: string,
  input: ApplicantErasureRequestInput,
): Promise<OpenedErasure> => {
  const found = await deps.records.find(applicantId);
  if (!found.exists || !staffMayErase(identity, found.programmeIds)) throw notFound('applicant');
  return openErasureRequest(deps, {
    subject: applicantId,
    found,
    email: undefined,
    language: input.language,
    requestedBy: { kind: 'staff', staffId: identity.subject, writtenRequest: input.writtenRequest },
  });
};
