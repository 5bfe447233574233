import * as z from 'zod';

/**
 * Ids are kebab-case slugs chosen by people (`prokadry-2022`, `federal-interview`): they read
 * well in URLs, logs and configs, and a staff-chosen id makes creation naturally idempotent.
 * Programme and season ids are capped at 48 characters so that workflow execution names built
 * from them stay within Step Functions' 80-character limit.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugSchema = (maxLength: number) =>
  z.string().min(2).max(maxLength).regex(SLUG, { message: 'Use lowercase latin letters, digits and single hyphens' });

export const programmeIdSchema = slugSchema(48);
export const seasonIdSchema = slugSchema(48);
/** Ids inside one programme's config: stages, tracks, rules, roles, criteria, KPIs, questions. */
export const localIdSchema = slugSchema(40);

/** A UUID, as the platform generates them: the format fixes its 36 characters, maxLength says so in the OpenAPI document. */
export const uuidSchema = z.uuid().meta({ maxLength: 36 });

/** Applications are named by a UUID the platform generates: nothing about them can be guessed from it. */
export const applicationIdSchema = uuidSchema;

/** A person's Cognito `sub` (a UUID in AWS, a readable id in the local demo): nothing that could break out of a key. */
export const subjectIdSchema = z
  .string()
  .regex(/^[\w-]{1,128}$/)
  .meta({ maxLength: 128 });
