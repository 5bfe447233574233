import * as z from 'zod';
import { programmeIdSchema, seasonIdSchema, localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { descriptionSchema, nameSchema } from '../config/localised-text.ts';
import { addProblems } from '../validation/add-problems.ts';
import { duplicateIds, problem, type ConfigProblem } from '../validation/config-problem.ts';
import { applicationQuestionSchema } from './application-questions-schema.ts';
import { isoDateTime, isoDate } from '../../../platform/time/iso-date-time.ts';

/**
 * A window of the season calendar: when a stage of the programme's pipeline runs. `closeGate`
 * names the cohort gate the platform runs when the window closes (every application still in the
 * stage moves to `to`, as the pipeline's gate transition for the `system` actor allows).
 */
export const calendarWindowSchema = z.strictObject({
  stage: localIdSchema,
  opensAt: isoDateTime({ offset: true }),
  closesAt: isoDateTime({ offset: true }),
  closeGate: z.strictObject({ to: localIdSchema }).optional(),
});
export type CalendarWindow = z.infer<typeof calendarWindowSchema>;

/**
 * draft: staff prepare it, invisible to the public; opening: staff asked to open it and the
 * openSeason workflow is running; open: public, accepting what its calendar allows; closed: over.
 */
export const SEASON_STATUSES = ['draft', 'opening', 'open', 'closed'] as const;
export type SeasonStatus = (typeof SEASON_STATUSES)[number];

const checkCalendarAndQuestions = (season: {
  calendar: readonly CalendarWindow[];
  questions: readonly z.infer<typeof applicationQuestionSchema>[];
}): ConfigProblem[] => {
  const problems = [
    ...duplicateIds(
      season.calendar.map((w) => w.stage),
      (i) => ['calendar', i, 'stage'],
    ),
    ...duplicateIds(
      season.questions.map((q) => q.id),
      (i) => ['questions', i, 'id'],
    ),
  ];
  season.calendar.forEach((window, i) => {
    if (Date.parse(window.closesAt) <= Date.parse(window.opensAt)) {
      problems.push(
        problem(
          ['calendar', i, 'closesAt'],
          'window-inverted',
          'Окно закрывается не позже, чем открывается',
          'The window closes before it opens',
        ),
      );
    }
    const previous = season.calendar[i - 1];
    if (previous !== undefined && Date.parse(window.opensAt) < Date.parse(previous.opensAt)) {
      problems.push(
        problem(
          ['calendar', i, 'opensAt'],
          'calendar-out-of-order',
          'Окна календаря должны идти по порядку открытия',
          'Calendar windows must be listed in the order they open',
        ),
      );
    }
  });
  season.questions.forEach((question, i) => {
    if (question.kind === 'choice')
      problems.push(
        ...duplicateIds(
          question.options.map((o) => o.id),
          (j) => ['questions', i, 'options', j, 'id'],
        ),
      );
    if (question.kind === 'number' && question.min !== undefined && question.max !== undefined && question.min > question.max) {
      problems.push(problem(['questions', i, 'max'], 'range-inverted', 'Минимум больше максимума', 'The minimum exceeds the maximum'));
    }
  });
  return problems;
};

const seasonDefinitionShape = z.strictObject({
  id: seasonIdSchema,
  title: nameSchema,
  description: descriptionSchema,
  /** Ages are computed on this date (e.g. the end of the application campaign). */
  referenceDate: isoDate(),
  calendar: z.array(calendarWindowSchema).min(1).max(40),
  questions: z.array(applicationQuestionSchema).max(50),
});

/** What staff send to create a season. Checks against the programme's pipeline happen in the use case. */
export const seasonDefinitionSchema = seasonDefinitionShape.superRefine((season, ctx) =>
  addProblems(ctx, checkCalendarAndQuestions(season)),
);
export type SeasonDefinition = z.infer<typeof seasonDefinitionSchema>;

/** A season as stored and returned; its definition was checked when it was created. */
export const seasonSchema = seasonDefinitionShape.extend({
  programmeId: programmeIdSchema,
  status: z.enum(SEASON_STATUSES),
  version: z.int().min(1),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  /** Each opening request is an attempt with its own workflow execution. */
  openingAttempts: z.int().min(0),
  openedAt: isoDateTime().optional(),
});
export type Season = z.infer<typeof seasonSchema>;
