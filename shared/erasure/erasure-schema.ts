import * as z from 'zod';
import { programmeIdSchema, subjectIdSchema, uuidSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { ERASED_KINDS, ERASURE_STEPS } from './domain/erasure-steps.ts';

export const erasureRequestIdSchema = uuidSchema;

export const ERASURE_STATUSES = ['received', 'erasing', 'completed'] as const;
export type ErasureStatus = (typeof ERASURE_STATUSES)[number];

/** The applicant's own request: nothing is erased without this explicit, typed confirmation. */
export const myErasureRequestInputSchema = z.strictObject({
  confirm: z
    .literal('erase-my-data')
    .describe('Exactly `erase-my-data`: the applicant confirms that everything held about them is destroyed and their account closed.'),
  language: z.enum(['ru', 'en']).optional().describe('The language of the receipt; the profile’s language when absent.'),
});
export type MyErasureRequestInput = z.infer<typeof myErasureRequestInputSchema>;

/** The written request (a letter, a form) staff act on: its registration reference and the day it arrived. */
export const writtenRequestSchema = z.strictObject({
  reference: freeText({ max: 120 }).describe('The written request’s registration number or reference.'),
  receivedAt: isoDateTime().describe('When the written request was received.'),
});

export const applicantErasureRequestInputSchema = z.strictObject({
  writtenRequest: writtenRequestSchema,
  language: z.enum(['ru', 'en']).optional().describe('The language of the receipt; the profile’s language when absent.'),
});
export type ApplicantErasureRequestInput = z.infer<typeof applicantErasureRequestInputSchema>;

const requesterSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('applicant') }),
  z.strictObject({ kind: z.literal('staff'), staffId: subjectIdSchema, writtenRequest: writtenRequestSchema }),
]);

const removedSchema = z
  .partialRecord(z.enum(ERASED_KINDS), z.int().min(0))
  .describe('What was removed or redacted so far, per kind of record (counts only).');

/**
 * An erasure request as stored: the running erasure's checkpoint while it runs, and afterwards the
 * minimal audit of it. `subject` and `email` are there only as long as the erasure needs them: the
 * subject until the last step, the address until the receipt is queued. `subjectDigest` (salted)
 * stays, so a repeat by the same person finds this request and nothing else names them.
 */
export const storedErasureRequestSchema = z.strictObject({
  id: erasureRequestIdSchema,
  status: z.enum(ERASURE_STATUSES),
  subject: subjectIdSchema.optional(),
  subjectDigest: z.string().regex(/^[0-9a-f]{64}$/),
  email: z.email().max(254).optional(),
  language: z.enum(['ru', 'en']),
  requestedBy: requesterSchema,
  requestedAt: isoDateTime(),
  /** The programmes the person had applied to when asked: which staff may follow the request. */
  programmeIds: z.array(programmeIdSchema).max(200),
  /** Steps done, in order; the next is the first of ERASURE_STEPS not among them. */
  stepsDone: z.array(z.enum(ERASURE_STEPS)).max(ERASURE_STEPS.length),
  /** What the inventory step found, so later steps resume from it after the records that named it are gone. */
  inventory: z
    .strictObject({
      applicationIds: z.array(uuidSchema).max(1000),
      seasonIds: z.array(z.string().max(48)).max(1000),
      certificateIds: z.array(uuidSchema).max(1000),
    })
    .optional(),
  removed: removedSchema,
  completedAt: isoDateTime().optional(),
  version: z.int().min(1),
});
export type StoredErasureRequest = z.infer<typeof storedErasureRequestSchema>;

/** What the API answers about a request: never the subject, the address or the application ids. */
export const erasureRequestSchema = z.strictObject({
  id: erasureRequestIdSchema,
  status: z.enum(ERASURE_STATUSES),
  requestedBy: requesterSchema,
  requestedAt: isoDateTime(),
  stepsDone: z.array(z.enum(ERASURE_STEPS)).max(ERASURE_STEPS.length),
  removed: removedSchema,
  completedAt: isoDateTime().optional(),
});
export type ErasureRequest = z.infer<typeof erasureRequestSchema>;

export const erasureRequestView = (stored: StoredErasureRequest): ErasureRequest => ({
  id: stored.id,
  status: stored.status,
  requestedBy: stored.requestedBy,
  requestedAt: stored.requestedAt,
  stepsDone: stored.stepsDone,
  removed: stored.removed,
  ...(stored.completedAt === undefined ? {} : { completedAt: stored.completedAt }),
});
