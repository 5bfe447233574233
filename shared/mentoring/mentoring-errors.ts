import { AppError } from '../platform/errors/app-error.ts';
import type { MentorTier } from './mentor-pool-schema.ts';
import type { PairStatus } from './mentoring-pair-schema.ts';

/** The mentoring rules' own refusals, one factory per rule (shared ones live in platform/errors). */

type Text = { readonly ru: string; readonly en: string };

const refusal = (code: string, status: number, field: string, message: Text, short: Text): AppError =>
  new AppError({ code, status, message, fields: [{ field, code, message: short }] });

export const noMentoring = (): AppError =>
  refusal(
    'no-mentoring',
    409,
    'params.seasonId',
    { ru: 'В программе этого сезона нет наставничества.', en: 'The programme of this season has no mentoring.' },
    { ru: 'Нет наставничества', en: 'No mentoring' },
  );

export const noPairing = (): AppError =>
  refusal(
    'no-mentoring-pairs',
    409,
    'params.seasonId',
    {
      ru: 'Программа не составляет пары наставник — наставляемый: её наставники работают с командами.',
      en: 'The programme pairs no mentees with mentors: its mentors work with teams.',
    },
    { ru: 'Пар нет', en: 'No pairs' },
  );

export const mentorProfileMissing = (): AppError =>
  refusal(
    'mentor-profile-missing',
    409,
    'params.mentorId',
    {
      ru: 'У наставника нет профиля: он заполняет его сам (PUT /me/mentor-profile).',
      en: 'The mentor has no profile yet: they fill it in themselves (PUT /me/mentor-profile).',
    },
    { ru: 'Нет профиля', en: 'No profile' },
  );

export const capacityAboveMentorLimit = (limit: number): AppError =>
  refusal(
    'capacity-above-mentor-limit',
    422,
    'body.capacity',
    {
      ru: `Наставник берёт не больше ${limit} наставляемых за сезон (его профиль).`,
      en: `The mentor takes at most ${limit} mentees a season (their profile).`,
    },
    { ru: `Не больше ${limit}`, en: `At most ${limit}` },
  );

export const capacityBelowLoad = (load: number): AppError =>
  refusal(
    'capacity-below-load',
    409,
    'body.capacity',
    {
      ru: `У наставника уже ${load} пар в сезоне: мест не может быть меньше.`,
      en: `The mentor already has ${load} pairs this season: the capacity cannot be lower.`,
    },
    { ru: `Не меньше ${load}`, en: `At least ${load}` },
  );

const TIER = { main: { ru: 'основном составе', en: 'main tier' }, reserve: { ru: 'резерве', en: 'reserve' } } as const;

export const poolTierFull = (tier: MentorTier, size: number): AppError =>
  refusal(
    'pool-tier-full',
    409,
    'body.tier',
    {
      ru: `В ${TIER[tier].ru} пула наставников сезона все ${size} мест заняты (настройки программы): освободите место или выберите другой уровень.`,
      en: `All ${size} places of the season's mentor pool ${TIER[tier].en} are taken (the programme's settings): free one or choose the other tier.`,
    },
    { ru: 'Мест нет', en: 'No places left' },
  );

export const mentorHasPairs = (pairs: number): AppError =>
  refusal(
    'mentor-has-pairs',
    409,
    'params.mentorId',
    {
      ru: `У наставника ${pairs} пар в сезоне: убрать его из пула нельзя.`,
      en: `The mentor has ${pairs} pairs this season: they cannot leave the pool.`,
    },
    { ru: 'Есть пары', en: 'Has pairs' },
  );

export const mentorNotInPool = (): AppError =>
  refusal(
    'mentor-not-in-pool',
    409,
    'body.mentorId',
    { ru: 'Наставника нет в пуле сезона.', en: 'The mentor is not in the season’s pool.' },
    { ru: 'Не в пуле', en: 'Not in the pool' },
  );

export const mentorFull = (): AppError =>
  refusal(
    'mentor-full',
    409,
    'body.mentorId',
    { ru: 'У наставника не осталось мест в этом сезоне.', en: 'The mentor has no places left this season.' },
    { ru: 'Мест нет', en: 'No places left' },
  );

export const mentorDeclinedMentee = (): AppError =>
  refusal(
    'mentor-declined-mentee',
    409,
    'body.mentorId',
    { ru: 'Этот наставник уже отказался от этого проекта.', en: 'This mentor has already declined this project.' },
    { ru: 'Наставник отказался', en: 'The mentor declined' },
  );

export const menteeAlreadyPaired = (): AppError =>
  refusal(
    'mentee-already-paired',
    409,
    'body.applicationId',
    { ru: 'У наставляемого уже есть пара в этом сезоне.', en: 'The mentee already has a pair this season.' },
    { ru: 'Уже в паре', en: 'Already paired' },
  );

export const notAwaitingMentor = (stage: string, field = 'body.applicationId'): AppError =>
  refusal(
    'not-awaiting-mentor',
    409,
    field,
    {
      ru: `Заявка не на этапе согласования с наставником («${stage}»).`,
      en: `The application is not at the mentor agreement stage ("${stage}").`,
    },
    { ru: 'Не ждёт наставника', en: 'Not awaiting a mentor' },
  );

const STATUS: Readonly<Record<PairStatus, Text>> = {
  proposed: { ru: 'ждёт ответа наставника', en: 'awaits the mentor’s answer' },
  agreed: { ru: 'ждёт ответа наставляемого', en: 'awaits the mentee’s answer' },
  active: { ru: 'работает', en: 'is active' },
  completed: { ru: 'завершена', en: 'is completed' },
  'declined-by-mentor': { ru: 'отклонена наставником', en: 'was declined by the mentor' },
  'declined-by-mentee': { ru: 'отклонена наставляемым', en: 'was declined by the mentee' },
  'ended-by-staff': { ru: 'завершена сотрудником программы', en: 'was ended by the programme’s staff' },
};

/** The pair is not where the action needs it to be (agreeing twice to different things, logging a session before acceptance). */
export const pairNotReady = (status: PairStatus, field: string): AppError =>
  refusal(
    'pair-state',
    409,
    field,
    { ru: `Пара ${STATUS[status].ru}: это действие сейчас невозможно.`, en: `The pair ${STATUS[status].en}: this cannot be done now.` },
    { ru: `Пара ${STATUS[status].ru}`, en: `The pair ${STATUS[status].en}` },
  );

export const notInvited = (): AppError =>
  refusal(
    'not-invited',
    409,
    'params.applicationId',
    {
      ru: 'Приглашения пока нет: наставник ещё не согласился взять проект.',
      en: 'There is no invitation yet: no mentor has agreed to take the project.',
    },
    { ru: 'Нет приглашения', en: 'Not invited' },
  );

export const menteeMovedOn = (stage: string): AppError =>
  refusal(
    'mentee-stage-changed',
    409,
    'params.pairId',
    {
      ru: `Заявка наставляемого сейчас на этапе «${stage}»: это действие ей уже не подходит.`,
      en: `The mentee's application is at the stage "${stage}" now: this no longer applies to it.`,
    },
    { ru: 'Заявка на другом этапе', en: 'The application moved' },
  );

export const noSessionLogged = (): AppError =>
  refusal(
    'no-session-logged',
    409,
    'params.pairId',
    {
      ru: 'Завершить наставничество можно после хотя бы одной записанной встречи.',
      en: 'Mentoring can be completed once at least one session is logged.',
    },
    { ru: 'Нет встреч', en: 'No sessions' },
  );

export const sessionDateOutOfRange = (earliest: string, latest: string): AppError =>
  refusal(
    'session-date-out-of-range',
    422,
    'body.date',
    {
      ru: `Дата встречи — с ${earliest} (согласие наставника) по ${latest}.`,
      en: `A session's date is from ${earliest} (the mentor's agreement) to ${latest}.`,
    },
    { ru: `С ${earliest} по ${latest}`, en: `From ${earliest} to ${latest}` },
  );

export const tooManySessions = (max: number): AppError =>
  refusal(
    'too-many-sessions',
    409,
    'body.date',
    { ru: `У пары уже ${max} записанных встреч — это предел.`, en: `The pair has logged ${max} sessions, the most it can.` },
    { ru: `Не больше ${max}`, en: `At most ${max}` },
  );

export const letterNotRequested = (): AppError =>
  refusal(
    'letter-not-requested',
    409,
    'params.pairId',
    {
      ru: 'Рекомендательное письмо ещё не запрошено: его запрашивают на подведении итогов.',
      en: 'No recommendation letter has been requested yet: the summing up requests it.',
    },
    { ru: 'Письмо не запрошено', en: 'Not requested' },
  );

export const letterFinal = (): AppError =>
  refusal(
    'letter-final',
    409,
    'body.text',
    {
      ru: 'Письмо уже подписано окончательно и больше не меняется.',
      en: 'The letter has been signed off and no longer changes.',
    },
    { ru: 'Письмо окончательное', en: 'The letter is final' },
  );

/** Many wrote to the same mentor's place in one moment and this write could not get through: nothing changed. */
export const mentorBusy = (): AppError =>
  new AppError({
    code: 'mentor-busy',
    status: 409,
    message: {
      ru: 'С местами этого наставника сейчас работают другие запросы: повторите через секунду.',
      en: 'Other requests are working with this mentor’s places right now: try again in a second.',
    },
    fields: [{ field: 'params.mentorId', code: 'mentor-busy', message: { ru: 'Повторите', en: 'Try again' } }],
    headers: { 'Retry-After': '1' },
  });

export const noWayBackToAgreement = (stage: string, agreement: string): AppError =>
  refusal(
    'no-way-back-to-agreement',
    409,
    'body.cause',
    {
      ru: `Конвейер программы не позволяет вернуть заявку с этапа «${stage}» на этап «${agreement}», чтобы подобрать другого наставника: пара не завершена.`,
      en: `The programme's pipeline has no staff move from "${stage}" back to "${agreement}" to find another mentor: the pair is not ended.`,
    },
    { ru: 'Нет пути назад', en: 'No way back' },
  );

export const pairEndedOtherwise = (cause: string): AppError =>
  refusal(
    'pair-ended',
    409,
    'body.cause',
    {
      ru: `Пара уже завершена сотрудником программы по другой причине («${cause}»).`,
      en: `The pair was already ended by the programme's staff for another cause ("${cause}").`,
    },
    { ru: 'Пара уже завершена', en: 'Already ended' },
  );
