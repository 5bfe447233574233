import * as z from 'zod';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OPEN_BADGES_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** A `type` set, which must include one of `anyOf`. */
const typeIncluding = (...anyOf: readonly string[]) =>
  z.array(z.string()).refine((types) => anyOf.some((type) => types.includes(type)), { message: `type must include ${anyOf.join(' or ')}` });

/**
 * An OpenBadgeCredential as cadre issues it and as a verifier reads it back from a JWT payload:
 * the members Open Badges 3.0 requires (B.1.2 AchievementCredential, B.1.1 Achievement, B.1.3
 * AchievementSubject, B.1.14 Profile), and the optional ones cadre fills, which a verifier shows.
 * Unknown members are dropped, not refused: another issuer's extensions are not ours to judge.
 */
export const openBadgeCredentialSchema = z.object({
  '@context': z.array(z.string()).refine((contexts) => contexts[0] === VC_V2_CONTEXT && contexts[1] === OPEN_BADGES_CONTEXT, {
    message: 'the contexts must be the VC 2.0 context, then the Open Badges 3.0 one',
  }),
  id: z.string().min(1),
  type: typeIncluding('OpenBadgeCredential', 'AchievementCredential').refine((types) => types.includes('VerifiableCredential'), {
    message: 'type must include VerifiableCredential',
  }),
  issuer: z.object({
    id: z.string().min(1),
    type: typeIncluding('Profile'),
    name: z.string().min(1),
    url: z.string().optional(),
  }),
  validFrom: z.iso.datetime({ offset: true }),
  name: z.string().min(1),
  description: z.string().optional(),
  credentialSubject: z.object({
    type: typeIncluding('AchievementSubject'),
    // Holders have no DID: the subject is named by an identity object, as B.1.3 allows in place of `id`.
    identifier: z
      .array(
        z.object({
          type: z.literal('IdentityObject'),
          identityType: z.string().min(1),
          hashed: z.boolean(),
          identityHash: z.string().min(1),
        }),
      )
      .min(1),
    term: z.string().optional(),
    achievement: z.object({
      id: z.string().min(1),
      type: typeIncluding('Achievement'),
      name: z.string().min(1),
      description: z.string().min(1),
      criteria: z.object({ narrative: z.string().optional() }),
      achievementType: z.string().optional(),
      inLanguage: z.string().optional(),
      specialization: z.string().optional(),
    }),
  }),
  credentialStatus: z.object({
    id: z.string().min(1),
    type: z.literal('BitstringStatusListEntry'),
    statusPurpose: z.literal('revocation'),
    statusListIndex: z.string().regex(/^(0|[1-9][0-9]*)$/),
    statusListCredential: z.url(),
  }),
});

export type OpenBadgeCredential = z.infer<typeof openBadgeCredentialSchema>;

/**
 * The payload of a credential's JWT (Open Badges 3.0 §8.2: the payload is the credential itself,
 * with the registered claims beside it), with the checks §8.2 puts on the claims: `iss` is the
 * issuer's id, `jti` the credential's id, `nbf` its `validFrom`.
 */
export const openBadgeCredentialJwtPayloadSchema = openBadgeCredentialSchema
  .extend({ iss: z.string(), jti: z.string(), nbf: z.number().int(), iat: z.number().int().optional() })
  .refine((payload) => payload.iss === payload.issuer.id, { message: 'iss must be the issuer id', path: ['iss'] })
  .refine((payload) => payload.jti === payload.id, { message: 'jti must be the credential id', path: ['jti'] })
  .refine((payload) => payload.nbf * 1000 === Date.parse(payload.validFrom), { message: 'nbf must be validFrom', path: ['nbf'] });
