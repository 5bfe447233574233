import * as z from 'zod';
import { VC_V2_CONTEXT } from './open-badge-credential-schema.ts';

/** A revocation status list credential as a verifier reads it back (Bitstring Status List v1.0, §2.2). */
export const bitstringStatusListCredentialSchema = z.object({
  '@context': z.array(z.string()).refine((contexts) => contexts[0] === VC_V2_CONTEXT, { message: 'the first context must be VC 2.0' }),
  id: z.string().min(1),
  type: z.array(z.string()).refine((types) => types.includes('VerifiableCredential') && types.includes('BitstringStatusListCredential'), {
    message: 'type must include VerifiableCredential and BitstringStatusListCredential',
  }),
  issuer: z.string().min(1),
  validFrom: z.iso.datetime({ offset: true }),
  credentialSubject: z.object({
    id: z.string().min(1),
    type: z.literal('BitstringStatusList'),
    statusPurpose: z.literal('revocation'),
    encodedList: z.string().startsWith('u'),
  }),
});

export type BitstringStatusListCredential = z.infer<typeof bitstringStatusListCredentialSchema>;

/** Its JWT payload: the credential with `iss`, `jti`, `nbf` (and `iat`), which must agree with it. */
export const bitstringStatusListJwtPayloadSchema = bitstringStatusListCredentialSchema
  .extend({ iss: z.string(), jti: z.string(), nbf: z.number().int(), iat: z.number().int().optional() })
  .refine((payload) => payload.iss === payload.issuer, { message: 'iss must be the issuer', path: ['iss'] })
  .refine((payload) => payload.jti === payload.id, { message: 'jti must be the credential id', path: ['jti'] })
  .refine((payload) => payload.nbf * 1000 === Date.parse(payload.validFrom), { message: 'nbf must be validFrom', path: ['nbf'] });
