import { formatMoscowTime } from '../mail/domain/format-moscow-time.ts';
import { AppError } from '../platform/errors/app-error.ts';

/** The reviews rules' own refusals, one factory per rule (shared ones live in platform/errors). */

/** The expert must describe themselves before staff can add them to a pool. */
export const expertProfileMissing = (): AppError =>
  new AppError({
    code: 'expert-profile-missing',
    status: 409,
    message: {
      ru: 'У эксперта ещё нет профиля: он заполняет его сам (PUT /me/expert-profile).',
      en: 'The expert has no profile yet: they fill it in themselves (PUT /me/expert-profile).',
    },
    fields: [
      { field: 'params.expertId', code: 'expert-profile-missing', message: { ru: 'Нет профиля эксперта', en: 'No expert profile' } },
    ],
  });

/** Staff asked for more than the expert agreed to take in a season. */
export const capacityAboveExpertLimit = (limit: number): AppError =>
  new AppError({
    code: 'capacity-above-expert-limit',
    status: 422,
    message: {
      ru: `Эксперт берёт не больше ${limit} оценок за сезон.`,
      en: `The expert takes at most ${limit} reviews a season.`,
    },
    fields: [
      {
        field: 'body.capacity',
        code: 'capacity-above-expert-limit',
        message: { ru: `Не больше ${limit}`, en: `At most ${limit}` },
      },
    ],
  });

/** A capacity below what the expert already holds would leave them over it. */
export const capacityBelowLoad = (load: number): AppError =>
  new AppError({
    code: 'capacity-below-load',
    status: 409,
    message: {
      ru: `У эксперта уже ${load} назначений: ёмкость не может быть меньше.`,
      en: `The expert already holds ${load} assignments: the capacity cannot be lower.`,
    },
    fields: [{ field: 'body.capacity', code: 'capacity-below-load', message: { ru: `Не меньше ${load}`, en: `At least ${load}` } }],
  });

/** An expert who still holds unfinished reviews stays in the pool until staff reassign them. */
export const expertHasOpenReviews = (open: number): AppError =>
  new AppError({
    code: 'expert-has-open-reviews',
    status: 409,
    message: {
      ru: `У эксперта ${open} незавершённых оценок: сначала снимите назначения.`,
      en: `The expert has ${open} unfinished reviews: withdraw those assignments first.`,
    },
    fields: [
      { field: 'params.expertId', code: 'expert-has-open-reviews', message: { ru: 'Есть незавершённые оценки', en: 'Unfinished reviews' } },
    ],
  });

const paramField = (field: string, code: string, ru: string, en: string) => ({ field, code, message: { ru, en } });

/** Reviews on a rubric are made while the application is at the rubric's stage. */
export const notAtRubricStage = (stage: string, rubricStage: string): AppError =>
  new AppError({
    code: 'not-at-rubric-stage',
    status: 409,
    message: {
      ru: `Заявка на этапе «${stage}», а рубрика оценивает этап «${rubricStage}».`,
      en: `The application is at the stage "${stage}"; the rubric scores the stage "${rubricStage}".`,
    },
    fields: [paramField('params.rubricId', 'not-at-rubric-stage', 'Рубрика другого этапа', 'A rubric of another stage')],
  });

export const expertNotInPool = (): AppError =>
  new AppError({
    code: 'expert-not-in-pool',
    status: 409,
    message: {
      ru: 'Эксперт не входит в пул экспертов сезона: сначала добавьте его (PUT /seasons/{seasonId}/experts/{expertId}).',
      en: 'The expert is not in the season’s pool: place them there first (PUT /seasons/{seasonId}/experts/{expertId}).',
    },
    fields: [paramField('params.expertId', 'expert-not-in-pool', 'Не в пуле сезона', 'Not in the season’s pool')],
  });

export const expertUnavailable = (): AppError =>
  new AppError({
    code: 'expert-unavailable',
    status: 409,
    message: { ru: 'Эксперт сейчас не берёт новых оценок.', en: 'The expert takes no new reviews at the moment.' },
    fields: [paramField('params.expertId', 'expert-unavailable', 'Не берёт новых оценок', 'Takes no new reviews')],
  });

/** The expert lacks the rubric's competences or the application's language; each missing one is a field. */
export const expertNotQualified = (missing: { readonly competence: boolean; readonly language: string | undefined }): AppError =>
  new AppError({
    code: 'expert-not-qualified',
    status: 409,
    message: {
      ru: 'Эксперт не подходит для этой рубрики: не хватает компетенции или языка заявки.',
      en: 'The expert does not fit this rubric: a competence or the application’s language is missing.',
    },
    fields: [
      ...(missing.competence
        ? [paramField('params.expertId', 'missing-competence', 'Нет нужной компетенции', 'No competence the rubric asks for')]
        : []),
      ...(missing.language === undefined
        ? []
        : [
            paramField(
              'params.expertId',
              'missing-language',
              `Не владеет языком «${missing.language}»`,
              `Does not review in "${missing.language}"`,
            ),
          ]),
    ],
  });

export const reviewersFull = (max: number): AppError =>
  new AppError({
    code: 'reviewers-full',
    status: 409,
    message: { ru: `У заявки уже ${max} экспертов по этой рубрике.`, en: `The application already has ${max} experts on this rubric.` },
    fields: [paramField('params.rubricId', 'reviewers-full', `Не больше ${max}`, `At most ${max}`)],
  });

/** Conflicts of interest found, each a field with its kind and source; staff may assign anyway with a reason. */
export const conflictOfInterest = (
  conflicts: readonly { readonly kind: string; readonly source: string; readonly detail?: string }[],
): AppError =>
  new AppError({
    code: 'conflict-of-interest',
    status: 409,
    message: {
      ru: 'У эксперта конфликт интересов с этой заявкой. Назначить всё же можно, указав причину (override.reason).',
      en: 'The expert has a conflict of interest with this application. Staff may still assign, giving a reason (override.reason).',
    },
    fields: conflicts.map((conflict) =>
      paramField(
        'params.expertId',
        `conflict-${conflict.kind}`,
        `Конфликт (${conflict.source}): ${conflict.kind}${conflict.detail === undefined ? '' : ` — ${conflict.detail}`}`,
        `Conflict (${conflict.source}): ${conflict.kind}${conflict.detail === undefined ? '' : ` — ${conflict.detail}`}`,
      ),
    ),
  });

export const alreadyAssigned = (): AppError =>
  new AppError({
    code: 'already-assigned',
    status: 409,
    message: {
      ru: 'Эксперт уже назначен на эту заявку по этой рубрике.',
      en: 'The expert is already assigned to this application on this rubric.',
    },
    fields: [paramField('params.expertId', 'already-assigned', 'Уже назначен', 'Already assigned')],
  });

export const expertAtCapacity = (): AppError =>
  new AppError({
    code: 'expert-at-capacity',
    status: 409,
    message: { ru: 'У эксперта не осталось свободной ёмкости в этом сезоне.', en: 'The expert has no capacity left this season.' },
    fields: [paramField('params.expertId', 'expert-at-capacity', 'Ёмкость исчерпана', 'No capacity left')],
  });

export const reviewSubmitted = (): AppError =>
  new AppError({
    code: 'review-submitted',
    status: 409,
    message: {
      ru: 'Оценка уже отправлена: назначение нельзя снять, а черновик — изменить. До срока оценку можно отправить заново.',
      en: 'The review is submitted: the assignment stays and the draft is closed. Before the deadline it may be submitted again.',
    },
  });

/** After the stage's review deadline (the close of its calendar window) reviews are locked. */
export const reviewLocked = (deadline: string): AppError =>
  new AppError({
    code: 'review-locked',
    status: 409,
    message: {
      ru: `Срок оценки этапа истёк ${formatMoscowTime(deadline, 'ru')} (по московскому времени): оценки закрыты для изменений.`,
      en: `The stage’s review deadline passed on ${formatMoscowTime(deadline, 'en')} (Moscow time): reviews are locked.`,
    },
  });

/** Scores that break the rubric (unknown or missing criterion, off the scale, not a step), each a field. */
export const invalidScores = (fields: readonly { field: string; code: string; message: { ru: string; en: string } }[]): AppError =>
  new AppError({
    code: 'invalid-scores',
    status: 422,
    message: {
      ru: 'Оценки не соответствуют рубрике: исправьте перечисленные поля.',
      en: 'The scores break the rubric: fix the fields listed.',
    },
    fields: fields.map((problem) => ({ ...problem, field: `body.${problem.field}` })),
  });

/** One run at a time walks a stage for a rubric: the one running is named, to watch instead. */
export const reviewAssignmentRunning = (seasonId: string, runningRunId: string): AppError =>
  new AppError({
    code: 'review-assignment-running',
    status: 409,
    message: {
      ru: `Назначение экспертов по этой рубрике уже идёт (запуск ${runningRunId}); дождитесь его окончания.`,
      en: `Reviews are already being assigned on this rubric (run ${runningRunId}); wait for it to finish.`,
    },
    fields: [paramField('body.rubricId', 'review-assignment-running', 'Запуск по рубрике уже идёт', 'A run of the rubric is working')],
    headers: { location: `/seasons/${seasonId}/review-assignment-runs/${runningRunId}` },
  });

/** Only a run that failed, or whose execution stopped without ending it, goes on. */
export const reviewAssignmentNotResumable = (status: string): AppError =>
  new AppError({
    code: 'review-assignment-not-resumable',
    status: 409,
    message: {
      ru: `Возобновить можно только прерванный запуск; этот в состоянии «${status}».`,
      en: `Only a failed or interrupted run can be resumed; this one is ${status}.`,
    },
    fields: [paramField('params.runId', 'review-assignment-not-resumable', `Запуск: ${status}`, `The run is ${status}`)],
  });

/** An Idempotency-Key names one start: sent again with another rubric, it is a mistake, not a retry. */
export const idempotencyKeyReused = (): AppError =>
  new AppError({
    code: 'idempotency-key-reused',
    status: 409,
    message: {
      ru: 'Этот ключ Idempotency-Key уже использован для запуска по другой рубрике: для нового запуска нужен новый ключ.',
      en: 'This Idempotency-Key already started a run on another rubric: a new run needs a new key.',
    },
    fields: [paramField('headers.idempotency-key', 'idempotency-key-reused', 'Ключ уже использован', 'The key was used for another run')],
  });

/** An export filter naming a stage the programme's pipeline does not have. */
export const unknownExportStage = (stage: string): AppError =>
  new AppError({
    code: 'unknown-stage',
    status: 422,
    message: {
      ru: `В программе нет этапа «${stage}».`,
      en: `The programme has no stage "${stage}".`,
    },
    fields: [paramField('body.stage', 'unknown-stage', 'Нет такого этапа', 'No such stage')],
  });

/** An export filter naming a rubric the programme does not have (or a programme with no rubrics at all). */
export const unknownExportRubric = (rubricId: string | undefined): AppError =>
  new AppError({
    code: 'unknown-rubric',
    status: 422,
    message:
      rubricId === undefined
        ? { ru: 'В программе нет рубрик оценки: выгружать нечего.', en: 'The programme has no review rubrics: there is nothing to export.' }
        : { ru: `В программе нет рубрики «${rubricId}».`, en: `The programme has no rubric "${rubricId}".` },
    fields: [paramField('body.rubricId', 'unknown-rubric', 'Нет такой рубрики', 'No such rubric')],
  });

/** The export's file is assembled only once every page is read; until then there is nothing to download. */
export const scoreExportNotReady = (status: string): AppError =>
  new AppError({
    code: 'score-export-not-ready',
    status: 409,
    message:
      status === 'failed'
        ? { ru: 'Выгрузка завершилась ошибкой: запустите новую.', en: 'The export failed: start a new one.' }
        : {
            ru: 'Выгрузка ещё готовится: запросите её состояние позже.',
            en: 'The export is still being prepared: check its status later.',
          },
    fields: [paramField('params.exportId', 'score-export-not-ready', `Состояние: ${status}`, `Status: ${status}`)],
  });
