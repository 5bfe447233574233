import * as z from 'zod';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';

/** A mentor and a mentee (in a team or a mentoring pair) are in `mentoring`; two members of one team are in `team`. */
export const RELATION_KINDS = ['team', 'mentoring'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

/** A person's digest (domain/person-digest.ts): SHA-256, hex. */
export const personDigestSchema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Another person an applicant was brought together with in a season, named by that person's
 * digest, never by their address or account: the other person may be an expert by now, and the
 * digest is all both sides share.
 */
export const peopleRelationSchema = z.strictObject({
  person: personDigestSchema,
  kind: z.enum(RELATION_KINDS),
  seasonId: seasonIdSchema,
  /** The team that brought them together; a mentoring pair made outside a team has none. */
  teamId: localIdSchema.optional(),
});
export type PeopleRelation = z.infer<typeof peopleRelationSchema>;
