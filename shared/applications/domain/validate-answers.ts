import type { FieldProblem } from '../../platform/errors/app-error.ts';
import type { ApplicationQuestion } from '../../catalogue/domain/seasons/application-questions-schema.ts';
import type { Application } from '../application-schema.ts';

/**
 * Answers against the season's own questions. At draft time every answer given must fit its
 * question (kind, limits, options, role) and unknown questions are refused; at submission the
 * required questions of the applicant's role must also be answered. Every fault is listed.
 */
export type AnswersMode = 'draft' | 'submission';

type AnswerValue = Application['answers'][string];

const fault = (field: string, code: string, ru: string, en: string): FieldProblem => ({ field, code, message: { ru, en } });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real day: `2023-02-29` rolls over to March, and `2026-99-99` is no date at all (toISOString would throw). */
const isCalendarDate = (value: string): boolean => {
  if (!ISO_DATE.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
};

const appliesToRole = (question: ApplicationQuestion, participantRole: string | undefined): boolean =>
  question.roles === undefined || (participantRole !== undefined && question.roles.includes(participantRole));

const isBlank = (value: AnswerValue | undefined): boolean =>
  value === undefined || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

const valueFaults = (question: ApplicationQuestion, value: AnswerValue, field: string): FieldProblem[] => {
  switch (question.kind) {
    case 'text':
      if (typeof value !== 'string') return [fault(field, 'expected-text', 'Ожидается текст', 'Expected text')];
      return value.length > question.maxLength
        ? [fault(field, 'too-long', `Не более ${question.maxLength} символов`, `At most ${question.maxLength} characters`)]
        : [];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [fault(field, 'expected-boolean', 'Ожидается да или нет', 'Expected true or false')];
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return [fault(field, 'expected-number', 'Ожидается число', 'Expected a number')];
      const faults: FieldProblem[] = [];
      if (question.min !== undefined && value < question.min)
        faults.push(fault(field, 'too-small', `Не меньше ${question.min}`, `At least ${question.min}`));
      if (question.max !== undefined && value > question.max)
        faults.push(fault(field, 'too-big', `Не больше ${question.max}`, `At most ${question.max}`));
      return faults;
    }
    case 'date':
      return typeof value === 'string' && isCalendarDate(value)
        ? []
        : [fault(field, 'expected-date', 'Ожидается дата ГГГГ-ММ-ДД', 'Expected a date YYYY-MM-DD')];
    case 'choice': {
      const options = new Set(question.options.map((option) => option.id));
      const given: unknown = question.multiple ? value : [value];
      const chosen = Array.isArray(given) && given.every((id) => typeof id === 'string') ? (given as string[]) : undefined;
      if (chosen === undefined) {
        return question.multiple
          ? [fault(field, 'expected-options', 'Ожидается список вариантов', 'Expected a list of options')]
          : [fault(field, 'expected-option', 'Ожидается один вариант', 'Expected one option')];
      }
      const unknown = chosen.filter((id) => !options.has(id));
      const faults = unknown.map((id) => fault(field, 'unknown-option', `Нет варианта «${id}»`, `There is no option "${id}"`));
      if (new Set(chosen).size !== chosen.length)
        faults.push(fault(field, 'duplicate-option', 'Вариант выбран дважды', 'An option is chosen twice'));
      return faults;
    }
  }
};

export const validateAnswers = (
  questions: readonly ApplicationQuestion[],
  answers: Readonly<Record<string, AnswerValue>>,
  participantRole: string | undefined,
  mode: AnswersMode,
  fieldPrefix: string,
): FieldProblem[] => {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const faults: FieldProblem[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const field = `${fieldPrefix}.${id}`;
    const question = byId.get(id);
    if (question === undefined) {
      faults.push(fault(field, 'unknown-question', `В сезоне нет вопроса «${id}»`, `The season has no question "${id}"`));
    } else if (!appliesToRole(question, participantRole)) {
      faults.push(
        fault(
          field,
          'question-not-for-role',
          'Этот вопрос задаётся другим ролям участников',
          'This question is asked of other participant roles',
        ),
      );
    } else {
      faults.push(...valueFaults(question, value, field));
    }
  }
  if (mode === 'submission') {
    for (const question of questions) {
      if (question.required && appliesToRole(question, participantRole) && isBlank(answers[question.id])) {
        faults.push(
          fault(
            `${fieldPrefix}.${question.id}`,
            'answer-required',
            `Ответьте на вопрос «${question.label.ru}»`,
            `Answer the question "${question.label.en}"`,
          ),
        );
      }
    }
  }
  return faults;
};
