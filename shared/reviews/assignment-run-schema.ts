import * as z from 'zod';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';
import { cursorParameterSchema, nextCursorSchema, SHARDED_CURSOR_MAX_LENGTH } from '../platform/paging/cursor-schemas.ts';
import { expertIdSchema, MAX_SEASON_CAPACITY } from './expert-profile-schema.ts';

/** The most applications one call plans: a page a Lambda reads, plans and writes well within the API's 30 seconds. */
export const MAX_ASSIGNMENT_PAGE = 200;

export const assignmentPageInputSchema = z.strictObject({
  rubricId: localIdSchema,
  dryRun: z.boolean().describe('True: plan and show, write nothing. False: make the assignments planned.'),
  limit: z.int().min(1).max(MAX_ASSIGNMENT_PAGE).default(100),
  // The stage is walked through the season's sharded staff list, so its cursor is the long kind.
  cursor: cursorParameterSchema(SHARDED_CURSOR_MAX_LENGTH),
});
export type AssignmentPageInput = z.infer<typeof assignmentPageInputSchema>;

export const UNASSIGNED_REASONS = ['no-qualified-expert', 'all-qualified-conflicted', 'capacity-exhausted'] as const;

/** One page of a stage, planned (and, unless a dry run, assigned): who reviews what, each expert's load, and what is left with why. */
export const assignmentPageSchema = z.strictObject({
  rubricId: localIdSchema,
  stage: localIdSchema,
  dryRun: z.boolean(),
  applications: z.int().min(0).max(MAX_ASSIGNMENT_PAGE).describe('Applications of the stage on this page.'),
  assignments: z.array(z.strictObject({ applicationId: applicationIdSchema, expertId: expertIdSchema })).max(MAX_ASSIGNMENT_PAGE * 10),
  unassigned: z
    .array(z.strictObject({ applicationId: applicationIdSchema, missing: z.int().min(1).max(10), reason: z.enum(UNASSIGNED_REASONS) }))
    .max(MAX_ASSIGNMENT_PAGE),
  loads: z
    .array(
      z.strictObject({
        expertId: expertIdSchema,
        capacity: z.int().min(0).max(MAX_SEASON_CAPACITY),
        before: z.int().min(0).max(MAX_SEASON_CAPACITY),
        after: z.int().min(0).max(MAX_SEASON_CAPACITY),
      }),
    )
    .max(2000),
  nextCursor: nextCursorSchema(SHARDED_CURSOR_MAX_LENGTH),
});
export type AssignmentPage = z.infer<typeof assignmentPageSchema>;
