import * as z from 'zod';
import { checkPipeline } from '../validation/pipeline-checks.ts';
import { checkReferences } from '../validation/reference-checks.ts';
import { checkReminders } from '../validation/reminder-checks.ts';
import { checkTeams } from '../validation/team-checks.ts';
import { checkInternships } from '../validation/internship-checks.ts';
import { checkMentoring } from '../validation/mentoring-checks.ts';
import { checkCertificates } from '../validation/certificate-checks.ts';
import { addProblems } from '../validation/add-problems.ts';
import type { ConfigProblem } from '../validation/config-problem.ts';
import { documentRequirementSchema } from './document-requirements-schema.ts';
import { eligibilitySchema } from './eligibility-schema.ts';
import { internshipLevelSchema } from './internship-levels-schema.ts';
import { internshipsSchema } from './internships-schema.ts';
import { kpiTargetSchema } from './kpi-target-schema.ts';
import { descriptionSchema, nameSchema } from './localised-text.ts';
import { participantRoleSchema } from './participant-roles-schema.ts';
import { pipelineSchema } from './pipeline-schema.ts';
import { remindersSchema } from './reminders-schema.ts';
import { reviewRubricSchema } from './review-rubric-schema.ts';
import { conflictRulesSchema, expertCompetenceSchema } from './expert-settings-schema.ts';
import { shortlistRuleSchema } from './shortlist-rule-schema.ts';
import { teamsSchema } from './teams-schema.ts';
import { mentoringSchema } from './mentoring-schema.ts';
import { certificatesSchema } from './certificates-schema.ts';
import { trackRuleSchema, trackSchema } from './track-rules-schema.ts';

/**
 * Everything staff may edit about a programme, as one strict document. Sections a programme does
 * not use are empty lists (not absent), so readers never branch on "missing vs empty".
 */
export const programmeSettingsShape = z.strictObject({
  name: nameSchema,
  description: descriptionSchema,
  /** Staff notices (e.g. "season opened") go here, in this language. Never logged. */
  contact: z.strictObject({ email: z.email().max(254), language: z.enum(['ru', 'en']) }),
  pipeline: pipelineSchema,
  eligibility: eligibilitySchema,
  participantRoles: z.array(participantRoleSchema).max(10),
  tracks: z.array(trackSchema).max(10),
  trackRules: z.array(trackRuleSchema).max(50),
  internshipLevels: z.array(internshipLevelSchema).max(5),
  documentRequirements: z.array(documentRequirementSchema).max(20),
  reviewRubrics: z.array(reviewRubricSchema).max(20),
  /**
   * The competences experts declare in their profiles and rubrics ask for; absent: none (programmes
   * stored before experts existed). Optional rather than defaulted: a default would also fill a
   * section a programme's creation leaves to its template (create-programme.ts).
   */
  expertCompetences: z.array(expertCompetenceSchema).max(50).optional(),
  /** Conflicts of interest beyond those that always hold (reviews/domain/conflicts); absent: none. */
  conflictRules: conflictRulesSchema.optional(),
  kpiTargets: z.array(kpiTargetSchema).max(30),
  shortlist: shortlistRuleSchema.optional(),
  /** Reminder mails before a calendar window closes; absent: the programme sends none. */
  reminders: remindersSchema.optional(),
  /** Project teams formed in one stage (Кадры будущего's regional school); absent: the programme has none. */
  teams: teamsSchema.optional(),
  /** Internship offers, applicants' preferences and hosts' rankings; absent: the programme takes no offers. */
  internships: internshipsSchema.optional(),
  /** A season's mentor pool and, where the pipeline pairs mentees with mentors, its pairing stages; absent: no mentoring. */
  mentoring: mentoringSchema.optional(),
  /** What the `issueCertificate` effect issues for which stage, in which form; absent: the programme issues no certificates. */
  certificates: certificatesSchema.optional(),
});
export type ProgrammeSettingsShape = z.infer<typeof programmeSettingsShape>;

export const crossSectionProblems = (settings: ProgrammeSettingsShape): ConfigProblem[] => [
  ...checkPipeline(settings.pipeline),
  ...checkReferences(settings),
  ...checkReminders(settings),
  ...checkTeams(settings),
  ...checkInternships(settings),
  ...checkMentoring(settings),
  ...checkCertificates(settings),
];

/**
 * The shape plus the rules across sections. Those run once the settings are well formed (a
 * reference into a malformed stage list cannot be judged), so a config with type or unknown-field
 * faults lists all of those first, then, once fixed, all of its reference faults; faults found by
 * a section's own rules (rubric weights, age ranges) do not hold them back. Marked pure, so a
 * bundle that only reads stored programmes (the shape) leaves every cross-section check out.
 */
export const programmeSettingsSchema = /* @__PURE__ */ programmeSettingsShape.superRefine((settings, ctx) =>
  addProblems(ctx, crossSectionProblems(settings)),
);
export type ProgrammeSettings = z.infer<typeof programmeSettingsSchema>;
