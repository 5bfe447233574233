import { AppError } from '../platform/errors/app-error.ts';

/** The interviews rules' own refusals, one factory per rule (shared ones live in platform/errors). */

const refusal = (
  code: string,
  status: number,
  field: string,
  message: { readonly ru: string; readonly en: string },
  short: { readonly ru: string; readonly en: string },
): AppError => new AppError({ code, status, message, fields: [{ field, code, message: short }] });

export const notAnInterviewStage = (stage: string): AppError =>
  refusal(
    'not-an-interview-stage',
    422,
    'body.stage',
    { ru: `Этап «${stage}» программы не является собеседованием.`, en: `The programme's stage "${stage}" is not an interview.` },
    { ru: 'Не этап собеседования', en: 'Not an interview stage' },
  );

export const rubricNotOfStage = (rubricId: string, stage: string): AppError =>
  refusal(
    'rubric-not-of-stage',
    422,
    'body.rubricId',
    { ru: `У этапа «${stage}» нет рубрики «${rubricId}».`, en: `The stage "${stage}" has no rubric "${rubricId}".` },
    { ru: 'Нет такой рубрики у этапа', en: 'No such rubric for the stage' },
  );

export const notAVideoRequirement = (requirement: string): AppError =>
  refusal(
    'not-a-video-requirement',
    422,
    'body.videoRequirement',
    {
      ru: `Требование «${requirement}» не является видео-самопрезентацией этой программы.`,
      en: `"${requirement}" is not a video self-presentation requirement of this programme.`,
    },
    { ru: 'Не видео-самопрезентация', en: 'Not a video self-presentation' },
  );

export const panelMemberNotInPool = (index: number, member: string): AppError =>
  refusal(
    'panel-member-not-in-pool',
    422,
    `body.panel.${index}`,
    {
      ru: `${member} не в пуле экспертов сезона: добавьте его в пул или поручите мероприятие организации-партнёру.`,
      en: `${member} is not in the season's expert pool: add them, or give the event to a partner organisation.`,
    },
    { ru: 'Не в пуле экспертов', en: 'Not in the expert pool' },
  );

/** An event's owner must be an organisation of the partner registry that is not retired. */
export const ownerNotRegistered = (organisation: string): AppError =>
  refusal(
    'owner-not-registered',
    422,
    'body.ownerOrganisation',
    {
      ru: `Организации «${organisation}» нет в реестре партнёров (или она выведена из него): собеседование может проводить только действующий партнёр.`,
      en: `"${organisation}" is not in the partner registry (or is retired): only a current partner runs interviews.`,
    },
    { ru: 'Нет в реестре', en: 'Not registered' },
  );

/** Partners' interviews are the federal ministries' (ФОИВ): they pick the finalists of their internships. */
export const ownerNotInterviewer = (organisation: string, kind: string): AppError =>
  refusal(
    'owner-not-federal-ministry',
    422,
    'body.ownerOrganisation',
    {
      ru: `«${organisation}» в реестре — не федеральный орган (${kind}): собеседования проводят федеральные министерства и ведомства.`,
      en: `"${organisation}" is registered as ${kind}, not a federal ministry: the federal ministries hold the interviews.`,
    },
    { ru: 'Не федеральное министерство', en: 'Not a federal ministry' },
  );

/** Moving an event's time, place or stage under people who booked it would strand them. */
export const eventHasBookings = (booked: number, field: string): AppError =>
  refusal(
    'event-has-bookings',
    409,
    field,
    {
      ru: `На мероприятие записано ${booked}: время, место и этап менять нельзя, отменить тоже. Создайте новое мероприятие.`,
      en: `${booked} are booked on the event: its time, place and stage cannot change, nor can it be cancelled. Create another event.`,
    },
    { ru: 'Есть записи', en: 'Has bookings' },
  );

export const capacityBelowBooked = (booked: number): AppError =>
  refusal(
    'capacity-below-booked',
    409,
    'body.capacity',
    { ru: `Уже записано ${booked}: мест не может быть меньше.`, en: `${booked} are already booked: the capacity cannot be lower.` },
    { ru: `Не меньше ${booked}`, en: `At least ${booked}` },
  );

export const eventFull = (): AppError =>
  refusal(
    'event-full',
    409,
    'body.eventId',
    { ru: 'Свободных мест на это мероприятие нет: выберите другое.', en: 'The event has no seats left: choose another.' },
    { ru: 'Мест нет', en: 'No seats left' },
  );

export const bookingClosed = (closedAt: string, field: string): AppError =>
  refusal(
    'booking-closed',
    409,
    field,
    { ru: `Запись на это мероприятие закрыта ${closedAt}.`, en: `Booking for this event closed at ${closedAt}.` },
    { ru: 'Запись закрыта', en: 'Booking closed' },
  );

/** The event is not one this application may book: another stage, another district, cancelled, or another season. */
export const eventNotOffered = (): AppError =>
  refusal(
    'event-not-offered',
    422,
    'body.eventId',
    {
      ru: 'Это мероприятие не предлагается вашей заявке: выберите из списка вариантов собеседования.',
      en: 'This event is not offered to your application: choose from its interview options.',
    },
    { ru: 'Не предлагается', en: 'Not offered' },
  );

export const notAtInterviewStage = (): AppError =>
  refusal(
    'not-at-interview-stage',
    409,
    'params.applicationId',
    {
      ru: 'Заявка сейчас не на этапе собеседования.',
      en: 'The application is not at an interview stage now.',
    },
    { ru: 'Не этап собеседования', en: 'Not at an interview stage' },
  );

export const videoNotVerified = (requirement: string): AppError =>
  refusal(
    'video-not-verified',
    409,
    'body.eventId',
    {
      ru: `Для онлайн-собеседования нужна проверенная видео-самопрезентация («${requirement}»): загрузите её и дождитесь проверки.`,
      en: `An online interview needs your verified video self-presentation ("${requirement}"): upload it and wait for the check.`,
    },
    { ru: 'Нет проверенного видео', en: 'No verified video' },
  );

export const eventNotStarted = (startsAt: string): AppError =>
  refusal(
    'event-not-started',
    409,
    'body.outcome',
    { ru: `Явку отмечают после начала мероприятия (${startsAt}).`, en: `Attendance is recorded once the event starts (${startsAt}).` },
    { ru: 'Мероприятие не началось', en: 'Not started' },
  );

/** Scorecards are open once someone attended: calling it a no-show afterwards would orphan them. */
export const attendanceAlreadyRecorded = (): AppError =>
  refusal(
    'attendance-recorded',
    409,
    'body.outcome',
    {
      ru: 'Явка уже отмечена и комиссия оценивает: неявкой её не заменить.',
      en: 'Attendance is already recorded and the panel is scoring: it cannot become a no-show.',
    },
    { ru: 'Явка уже отмечена', en: 'Attendance recorded' },
  );

export const bookingNotLive = (): AppError =>
  refusal(
    'booking-not-live',
    409,
    'params.applicationId',
    { ru: 'Запись отменена.', en: 'The booking was cancelled.' },
    { ru: 'Запись отменена', en: 'Cancelled' },
  );

export const bookingSettled = (): AppError =>
  refusal(
    'booking-settled',
    409,
    'params.applicationId',
    {
      ru: 'Собеседование уже состоялось (или отмечена неявка): запись не переносится и не отменяется.',
      en: 'The interview already took place (or a no-show was recorded): the booking cannot move or be cancelled.',
    },
    { ru: 'Собеседование прошло', en: 'Already held' },
  );

/** Many booked the same event in the same moment and this write could not get through: nothing changed. */
export const eventBusy = (): AppError =>
  new AppError({
    code: 'event-busy',
    status: 409,
    message: {
      ru: 'На это мероприятие сейчас записывается много людей: повторите через секунду.',
      en: 'Many people are booking this event right now: try again in a second.',
    },
    fields: [{ field: 'body.eventId', code: 'event-busy', message: { ru: 'Повторите', en: 'Try again' } }],
    headers: { 'Retry-After': '1' },
  });
