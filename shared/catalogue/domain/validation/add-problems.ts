import type { z } from 'zod';
import type { ConfigProblem } from './config-problem.ts';

/**
 * Hands cross-section problems to zod as custom issues in the shape shared/platform/http/field-problems.ts
 * reads (`params.message` with ru/en), plus the rule's own machine code in `params.code`.
 */
export const addProblems = (ctx: z.RefinementCtx, problems: readonly ConfigProblem[]): void => {
  for (const found of problems) {
    ctx.addIssue({
      code: 'custom',
      path: [...found.path],
      message: found.en,
      params: { code: found.code, message: { ru: found.ru, en: found.en } },
    });
  }
};
