import { AppError } from '../platform/errors/app-error.ts';

/** The internships rules' own refusals, one factory per rule (shared ones live in platform/errors). */

type Text = { readonly ru: string; readonly en: string };

const refusal = (code: string, status: number, field: string, message: Text, short: Text): AppError =>
  new AppError({ code, status, message, fields: [{ field, code, message: short }] });

export const internshipsNotOffered = (): AppError =>
  refusal(
    'internships-not-offered',
    409,
    'params.seasonId',
    { ru: 'Программа этого сезона не принимает предложений стажировок.', en: 'This season’s programme takes no internship offers.' },
    { ru: 'Стажировок нет', en: 'No internships' },
  );

export const hostNotRegistered = (organisation: string): AppError =>
  refusal(
    'host-not-registered',
    422,
    'body.hostOrganisation',
    {
      ru: `Организации «${organisation}» нет в реестре партнёров: сотрудники программы вносят её туда.`,
      en: `"${organisation}" is not in the partner registry: the programme's staff register it.`,
    },
    { ru: 'Нет в реестре', en: 'Not registered' },
  );

/** A partner publishes offers for their own organisation only. */
export const hostNotYours = (): AppError =>
  refusal(
    'host-not-yours',
    422,
    'body.hostOrganisation',
    {
      ru: 'Публиковать предложения можно только от своей организации.',
      en: 'You publish offers for your own organisation only.',
    },
    { ru: 'Не ваша организация', en: 'Not your organisation' },
  );

export const levelNotOffered = (level: string): AppError =>
  refusal(
    'level-not-offered',
    422,
    'body.level',
    {
      ru: `Уровня стажировки «${level}» нет среди тех, на которые программа принимает предложения.`,
      en: `"${level}" is not an internship level the programme takes offers of.`,
    },
    { ru: 'Нет такого уровня', en: 'No such level' },
  );

export const unknownTrack = (index: number, track: string): AppError =>
  refusal(
    'unknown-track',
    422,
    `body.tracks.${index}`,
    { ru: `У программы нет трека «${track}».`, en: `The programme has no track "${track}".` },
    { ru: 'Нет такого трека', en: 'No such track' },
  );

export const regionRequired = (): AppError =>
  refusal(
    'region-required',
    422,
    'body.region',
    {
      ru: 'Региональная стажировка проходит в регионе: укажите его код.',
      en: 'A regional internship happens in a region: give its code.',
    },
    { ru: 'Укажите регион', en: 'Give the region' },
  );

export const regionNotHosts = (hostRegion: string): AppError =>
  refusal(
    'region-not-hosts',
    422,
    'body.region',
    {
      ru: `Организация работает в регионе ${hostRegion}: стажировка проходит там же.`,
      en: `The organisation is in region ${hostRegion}: the internship happens there.`,
    },
    { ru: `Регион организации: ${hostRegion}`, en: `The host's region: ${hostRegion}` },
  );

export const hostNotFederal = (): AppError =>
  refusal(
    'host-not-federal',
    422,
    'body.hostOrganisation',
    {
      ru: 'Федеральные стажировки проводят федеральные органы и организации, работающие по всей стране.',
      en: 'Federal internships are hosted by federal bodies and organisations working country-wide.',
    },
    { ru: 'Организация не федеральная', en: 'Not a federal host' },
  );

export const durationOutOfBounds = (minWeeks: number, maxWeeks: number): AppError =>
  refusal(
    'duration-out-of-bounds',
    422,
    'body.weeks',
    {
      ru: `Длительность стажировки этого уровня — от ${minWeeks} до ${maxWeeks} нед.`,
      en: `Internships of this level last ${minWeeks} to ${maxWeeks} weeks.`,
    },
    { ru: `От ${minWeeks} до ${maxWeeks} нед.`, en: `${minWeeks} to ${maxWeeks} weeks` },
  );

/** An offer's status does not allow the change asked for (approving a draft, editing a withdrawn offer). */
export const offerStatusConflict = (status: string, field = 'body.version'): AppError =>
  refusal(
    'offer-status-conflict',
    409,
    field,
    {
      ru: `Предложение сейчас в статусе «${status}»: это действие для него невозможно.`,
      en: `The offer is ${status}: this cannot be done to it now.`,
    },
    { ru: `Статус: ${status}`, en: `Status: ${status}` },
  );

export const notAtInternshipStage = (): AppError =>
  refusal(
    'not-at-internship-stage',
    409,
    'params.applicationId',
    {
      ru: 'Заявка сейчас не на этапе, где выбирают стажировки.',
      en: 'The application is not at a stage where internships are chosen.',
    },
    { ru: 'Не этап стажировок', en: 'Not an internship stage' },
  );

export const preferencesClosed = (closesAt: string): AppError =>
  refusal(
    'preferences-closed',
    409,
    'body.choices',
    {
      ru: `Выбор стажировок на этом этапе закрыт ${closesAt}.`,
      en: `Choosing internships at this stage closed at ${closesAt}.`,
    },
    { ru: 'Выбор закрыт', en: 'Closed' },
  );

export const tooManyPreferences = (max: number): AppError =>
  refusal(
    'too-many-preferences',
    422,
    'body.choices',
    { ru: `Можно выбрать не более ${max} предложений.`, en: `At most ${max} offers may be ranked.` },
    { ru: `Не более ${max}`, en: `At most ${max}` },
  );

/** The offer is not one this application may rank now: not approved, another level, region or track, or unknown. */
export const offerNotOffered = (index: number): AppError =>
  refusal(
    'offer-not-offered',
    422,
    `body.choices.${index}`,
    {
      ru: 'Это предложение не входит в список стажировок, доступных вашей заявке.',
      en: 'This offer is not among the internships open to your application.',
    },
    { ru: 'Недоступно', en: 'Not open to you' },
  );

/** A host ranks the candidates who ranked its offer: a stable matching never places anyone elsewhere than they chose. */
export const notACandidate = (index: number): AppError =>
  refusal(
    'not-a-candidate',
    422,
    `body.ranking.${index}`,
    {
      ru: 'Эта заявка не выбирала это предложение: ранжировать можно только кандидатов из пула.',
      en: 'This application did not rank the offer: only candidates of its pool can be ranked.',
    },
    { ru: 'Не кандидат', en: 'Not a candidate' },
  );

/** The application left the stage while its preferences were being saved: nothing changed. */
export const stageChanged = (): AppError =>
  refusal(
    'stage-changed',
    409,
    'params.applicationId',
    {
      ru: 'Этап заявки только что изменился: перечитайте заявку.',
      en: 'The application’s stage has just changed: read it again.',
    },
    { ru: 'Этап изменился', en: 'Stage changed' },
  );

/**
 * An edit would leave the offer fewer seats than its placements hold (offered, accepted and later:
 * `held` counts them all, `accepted` those the applicant accepted): the host first waits for
 * offers to be declined or to expire, or asks staff.
 */
export const seatsBelowTaken = (seats: number, held: number, accepted: number): AppError =>
  refusal(
    'seats-below-taken',
    409,
    'body.seats',
    {
      ru: `Мест не может быть меньше, чем уже занято предложенными стажировками: занято ${held} (из них принято ${accepted}), указано ${seats}.`,
      en: `An offer cannot have fewer seats than its placements hold: ${held} held (${accepted} of them accepted), ${seats} asked.`,
    },
    { ru: `Занято мест: ${held}`, en: `Seats held: ${held}` },
  );
