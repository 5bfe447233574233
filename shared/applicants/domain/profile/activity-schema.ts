import * as z from 'zod';
import { freeText } from '../../../platform/text/free-text.ts';
import { PERIOD_INVERTED, periodEndsAfterStart, periodShape } from './calendar-date.ts';
import { whenValid } from './field-rules.ts';

/** Volunteering and membership in youth and public (non-profit) organisations. */
export const organisationMembershipSchema = z
  .strictObject({
    name: freeText({ max: 300 }),
    kind: z.enum(['youth', 'public']).describe('A youth organisation, or another public (non-profit) organisation.'),
    role: freeText({ max: 200 }).optional(),
    ...periodShape,
  })
  .refine(periodEndsAfterStart, { ...PERIOD_INVERTED, when: whenValid('from', 'to') });

/** A project the applicant initiated or led, not one they merely took part in. */
export const ownProjectSchema = z.strictObject({
  title: freeText({ max: 300 }),
  description: freeText({ max: 2000, multiline: true }).optional(),
  year: z.int().min(1940).max(2100),
});

export const internshipSchema = z
  .strictObject({
    organisation: freeText({ max: 300 }),
    publicBody: z.boolean().describe('An internship in a state or municipal body (what ПроКадры counts).'),
    ...periodShape,
  })
  .refine(periodEndsAfterStart, { ...PERIOD_INVERTED, when: whenValid('from', 'to') });

/** Молодёжное правительство / парламент: a youth advisory body at a federal, regional or municipal authority. */
export const youthGovernmentMembershipSchema = z
  .strictObject({
    body: freeText({ max: 300 }).describe('E.g. “Молодёжное правительство Пермского края”.'),
    level: z.enum(['federal', 'regional', 'municipal']),
    ...periodShape,
  })
  .refine(periodEndsAfterStart, { ...PERIOD_INVERTED, when: whenValid('from', 'to') });

/** Youth and public activity, structured so that track rules' facts follow from it. */
export const activitySchema = z.strictObject({
  organisations: z.array(organisationMembershipSchema).max(30),
  ownProjects: z.array(ownProjectSchema).max(30),
  internships: z.array(internshipSchema).max(30),
  youthGovernment: z.array(youthGovernmentMembershipSchema).max(10),
});
export type Activity = z.infer<typeof activitySchema>;
