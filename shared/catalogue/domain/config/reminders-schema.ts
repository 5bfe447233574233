import * as z from 'zod';
import { duplicateIds, type ConfigProblem } from '../validation/config-problem.ts';
import { addProblems } from '../validation/add-problems.ts';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';

/**
 * Reminders before a window of the season calendar closes: every application
 * still in one of `stages` when its window is `hoursBeforeClose` from closing gets a mail, and no
 * person gets more than `maxPerPersonPerSeason` of them in one season, however many windows remind.
 */
export const remindersSchema = z
  .strictObject({
    stages: z.array(localIdSchema).min(1).max(20),
    /** e.g. [168, 24]: a week and a day before the window closes. */
    hoursBeforeClose: z
      .array(
        z
          .int()
          .min(1)
          .max(24 * 90),
      )
      .min(1)
      .max(5),
    maxPerPersonPerSeason: z.int().min(1).max(20),
  })
  .superRefine((reminders, ctx) => {
    const problems: ConfigProblem[] = [
      ...duplicateIds(reminders.stages, (i) => ['stages', i]),
      ...duplicateIds(reminders.hoursBeforeClose.map(String), (i) => ['hoursBeforeClose', i]),
    ];
    addProblems(ctx, problems);
  });
export type Reminders = z.infer<typeof remindersSchema>;
