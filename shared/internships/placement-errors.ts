import { formatMoscowTime } from '../mail/domain/format-moscow-time.ts';
import { AppError, type FieldProblem } from '../platform/errors/app-error.ts';

/** The refusals of matching runs and placements, one factory per rule. */

const field = (name: string, code: string, ru: string, en: string): FieldProblem => ({ field: name, code, message: { ru, en } });

/** A matching run names a stage that takes no internship offers (the programme's `internships.offerStages`). */
export const notAnInternshipStage = (stage: string): AppError =>
  new AppError({
    code: 'not-an-internship-stage',
    status: 422,
    message: {
      ru: `Этап «${stage}» не принимает предложений стажировок в настройках программы.`,
      en: `The stage "${stage}" takes no internship offers in the programme's settings.`,
    },
    fields: [field('body.stage', 'not-an-internship-stage', 'Этап без стажировок', 'A stage without internships')],
  });

/** One matching run per season and stage at a time. */
export const matchingRunning = (seasonId: string, runningRunId: string): AppError =>
  new AppError({
    code: 'internship-matching-running',
    status: 409,
    message: {
      ru: `Распределение на стажировки этого этапа уже идёт (запуск ${runningRunId}); дождитесь его окончания.`,
      en: `Internships of this stage are already being matched (run ${runningRunId}); wait for it to finish.`,
    },
    fields: [field('body.stage', 'internship-matching-running', 'Распределение этапа уже идёт', 'A run of the stage is working')],
    headers: { location: `/seasons/${seasonId}/internship-matching-runs/${runningRunId}` },
  });

/** Only a run that failed, or whose execution stopped without ending it, goes on. */
export const matchingNotResumable = (status: string): AppError =>
  new AppError({
    code: 'internship-matching-not-resumable',
    status: 409,
    message: {
      ru: `Возобновить можно только прерванный запуск; этот в состоянии «${status}».`,
      en: `Only a failed or interrupted run can be resumed; this one is ${status}.`,
    },
    fields: [field('params.runId', 'internship-matching-not-resumable', `Запуск: ${status}`, `The run is ${status}`)],
  });

/** An Idempotency-Key names one start: sent again with another stage, round or mode, it is a mistake, not a retry. */
export const matchingKeyReused = (): AppError =>
  new AppError({
    code: 'idempotency-key-reused',
    status: 409,
    message: {
      ru: 'Этот ключ Idempotency-Key уже использован для другого запуска: для нового запуска нужен новый ключ.',
      en: 'This Idempotency-Key already started another run: a new run needs a new key.',
    },
    fields: [field('headers.idempotency-key', 'idempotency-key-reused', 'Ключ уже использован', 'The key was used for another run')],
  });

/** The answer came after the offer's deadline: the seat has gone back (or will at the next minute). */
export const offerExpired = (respondBy: string): AppError =>
  new AppError({
    code: 'offer-expired',
    status: 409,
    message: {
      ru: `Срок ответа на предложение истёк ${formatMoscowTime(respondBy, 'ru')} (по московскому времени).`,
      en: `The offer's answer deadline passed at ${formatMoscowTime(respondBy, 'en')} (Moscow time).`,
    },
    fields: [field('body.answer', 'offer-expired', 'Срок ответа истёк', 'The deadline has passed')],
  });

/** Every seat of the offer is taken by acceptances already. */
export const offerFull = (): AppError =>
  new AppError({
    code: 'offer-full',
    status: 409,
    message: {
      ru: 'Все места этой стажировки уже заняты принявшими предложение.',
      en: 'Every seat of this internship is taken by people who accepted already.',
    },
    fields: [field('body.answer', 'offer-full', 'Мест не осталось', 'No seat left')],
  });

/** The step does not follow from where the placement is (e.g. completing one that has not started). */
export const placementStepNotAllowed = (step: string, status: string): AppError =>
  new AppError({
    code: 'placement-step-not-allowed',
    status: 409,
    message: {
      ru: `Стажировка в состоянии «${status}»: шаг «${step}» сейчас невозможен.`,
      en: `The placement is ${status}: the step "${step}" is not possible now.`,
    },
    fields: [field('body.step', 'placement-step-not-allowed', `Сейчас: ${status}`, `Now: ${status}`)],
  });

/** The scores do not fit the programme's evaluation rubric for the stage. */
export const evaluationInvalid = (problems: readonly FieldProblem[]): AppError =>
  new AppError({
    code: 'evaluation-invalid',
    status: 422,
    message: {
      ru: 'Оценка не соответствует рубрике программы: исправьте перечисленные поля.',
      en: 'The evaluation does not fit the programme’s rubric: fix the fields listed.',
    },
    fields: problems,
  });
