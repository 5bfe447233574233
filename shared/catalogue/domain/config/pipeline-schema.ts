import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { descriptionSchema, nameSchema } from './localised-text.ts';
import { storableNumberSchema } from './storable-number.ts';

/**
 * A programme's pipeline: the stages an application passes and the transitions allowed between
 * them. The stage kind tells the platform what happens in a stage (who acts, which capability
 * serves it); terminal kinds end an application's journey.
 */
export const STAGE_KINDS = [
  'application',
  'screening',
  'review',
  'education',
  'interview',
  'selection',
  'agreement',
  'school',
  'project',
  'internship',
  'mentoring',
  'event',
  'summing-up',
  'completed',
  'rejected',
  'withdrawn',
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const TERMINAL_STAGE_KINDS: readonly StageKind[] = ['completed', 'rejected', 'withdrawn'];
export const isTerminalKind = (kind: StageKind): boolean => TERMINAL_STAGE_KINDS.includes(kind);

export const stageSchema = z.strictObject({
  id: localIdSchema,
  name: nameSchema,
  description: descriptionSchema.optional(),
  kind: z.enum(STAGE_KINDS),
  /** The stage a new application starts in; exactly one per pipeline. */
  initial: z.literal(true).optional(),
});
export type Stage = z.infer<typeof stageSchema>;

/** Who may request a transition; `system` is the platform itself (calendar gates, workflow results). */
export const TRANSITION_ACTORS = ['applicant', 'staff', 'expert', 'mentor', 'partner', 'system'] as const;

/** Conditions an application must meet for the transition; the stage-progression domain evaluates them. */
export const transitionGuardSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('tracks'), tracks: z.array(localIdSchema).min(1).max(10) }),
  z.strictObject({ kind: z.literal('participantRoles'), roles: z.array(localIdSchema).min(1).max(10) }),
  z.strictObject({ kind: z.literal('documents'), documents: z.array(localIdSchema).min(1).max(20) }),
  z.strictObject({ kind: z.literal('shortlist') }),
  z.strictObject({ kind: z.literal('guardianConsent') }),
  z.strictObject({ kind: z.literal('rubricScore'), rubric: localIdSchema, atLeast: storableNumberSchema.min(0) }),
  /** The application is in a project team of its season (as a member or its mentor); needs the programme's `teams` settings. */
  z.strictObject({ kind: z.literal('team') }),
]);
export type TransitionGuard = z.infer<typeof transitionGuardSchema>;

/** What follows a transition; each effect is idempotent where it is implemented. */
export const TRANSITION_EFFECTS = [
  'notifyApplicant',
  'notifyStaff',
  'issueCertificate',
  'requestRecommendationLetter',
  'releaseDataToRegion',
  'releaseDataToPartner',
] as const;

export const transitionSchema = z.strictObject({
  from: z.array(localIdSchema).min(1).max(40),
  to: localIdSchema,
  by: z.array(z.enum(TRANSITION_ACTORS)).min(1).max(TRANSITION_ACTORS.length),
  /** A cohort gate moves every application in `from` at once (close a window, publish a shortlist). */
  gate: z.literal(true).optional(),
  guards: z.array(transitionGuardSchema).max(20).optional(),
  effects: z.array(z.enum(TRANSITION_EFFECTS)).max(TRANSITION_EFFECTS.length).optional(),
});
export type Transition = z.infer<typeof transitionSchema>;

export const pipelineSchema = z.strictObject({
  stages: z.array(stageSchema).min(2).max(40),
  transitions: z.array(transitionSchema).min(1).max(200),
  /** The last stage in which an applicant may still withdraw; absent means withdrawal is always possible. */
  withdrawalClosesAt: localIdSchema.optional(),
});
export type Pipeline = z.infer<typeof pipelineSchema>;
