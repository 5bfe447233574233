import type { ApplicationQuestion } from '../../../shared/catalogue/domain/seasons/application-questions-schema.ts';

type Answer = string | number | boolean | string[];

const answerTo = (question: ApplicationQuestion): Answer => {
  switch (question.kind) {
    case 'text':
      return 'Хочу применить знания в реальной работе органов власти и вернуться в свой регион с опытом.'.slice(0, question.maxLength);
    case 'choice': {
      const first = question.options[0]?.id ?? '';
      return question.multiple ? [first] : first;
    }
    case 'boolean':
      return true;
    case 'number':
      return question.min ?? question.max ?? 1;
    case 'date':
      return '2025-09-01';
  }
};

/**
 * An answer to every question the season declares for this participant role (required or not),
 * shaped by its kind: the test fills the form the season publishes, not one it assumes.
 */
export const answersFor = (questions: readonly ApplicationQuestion[], participantRole?: string): Record<string, Answer> =>
  Object.fromEntries(
    questions
      .filter((question) => question.roles === undefined || (participantRole !== undefined && question.roles.includes(participantRole)))
      .map((question) => [question.id, answerTo(question)]),
  );
