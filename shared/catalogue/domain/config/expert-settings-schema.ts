import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { nameSchema } from './localised-text.ts';

/** A competence from the programme's list: experts declare theirs, rubrics ask for some. */
export const expertCompetenceSchema = z.strictObject({ id: localIdSchema, name: nameSchema });
export type ExpertCompetence = z.infer<typeof expertCompetenceSchema>;

/**
 * Conflicts the programme adds to those that always hold (the same organisation or university, a
 * declared conflict, a past mentoring or team relation): `sameRegion` for programmes where experts
 * of a small region know its applicants, as in a regional selection.
 */
export const conflictRulesSchema = z.strictObject({ sameRegion: z.boolean() });
export type ConflictRules = z.infer<typeof conflictRulesSchema>;
