import type * as z from 'zod';
import { eligibilitySchema } from '../config/eligibility-schema.ts';
import type { Programme } from '../config/programme-schema.ts';
import { programmeSettingsShape } from '../config/programme-settings-schema.ts';
import { seasonSchema, type Season } from './season-schema.ts';

/**
 * What the public sees of a season: the season's own texts, calendar and questions, and from its
 * programme what an applicant needs to decide and prepare (who may apply, roles, tracks,
 * internship levels, documents). Nothing about staff (contact address, rubrics, KPIs).
 */
export const publicSeasonSchema = seasonSchema
  .pick({ id: true, programmeId: true, status: true, title: true, description: true, referenceDate: true, calendar: true, questions: true })
  .extend({
    programme: programmeSettingsShape
      .pick({ name: true, description: true, participantRoles: true, tracks: true, internshipLevels: true, documentRequirements: true })
      .extend({
        eligibility: eligibilitySchema,
      }),
  });
export type PublicSeason = z.infer<typeof publicSeasonSchema>;

/** The short form for lists of open seasons. */
export const openSeasonSummarySchema = seasonSchema.pick({
  id: true,
  programmeId: true,
  title: true,
  description: true,
  referenceDate: true,
  calendar: true,
});
export type OpenSeasonSummary = z.infer<typeof openSeasonSummarySchema>;

export const toPublicSeason = (season: Season, programme: Programme): PublicSeason => ({
  id: season.id,
  programmeId: season.programmeId,
  status: season.status,
  title: season.title,
  description: season.description,
  referenceDate: season.referenceDate,
  calendar: season.calendar,
  questions: season.questions,
  programme: {
    name: programme.settings.name,
    description: programme.settings.description,
    eligibility: programme.settings.eligibility,
    participantRoles: programme.settings.participantRoles,
    tracks: programme.settings.tracks,
    internshipLevels: programme.settings.internshipLevels,
    documentRequirements: programme.settings.documentRequirements,
  },
});

export const toOpenSeasonSummary = (season: Season): OpenSeasonSummary => ({
  id: season.id,
  programmeId: season.programmeId,
  title: season.title,
  description: season.description,
  referenceDate: season.referenceDate,
  calendar: season.calendar,
});

/** Draft and opening seasons do not exist for the public. */
export const isPublic = (season: Season): boolean => season.status === 'open' || season.status === 'closed';
