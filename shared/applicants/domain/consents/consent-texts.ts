import type { LocalisedText } from '../../../platform/errors/app-error.ts';
import { DATA_SHARING_FIELDS, DATA_SHARING_FIELD_NAMES, type DataSharingField, type DataSharingPurpose } from './data-sharing.ts';

/**
 * The consent texts applicants and guardians agree to, as versioned data. A text is never edited:
 * a change is a new version appended here, and a consent record keeps the version it was given
 * for, which is what 152-FZ art. 9 asks an operator to be able to show. The last text of a kind is
 * the current one; only the current text may be consented to.
 */
export const CONSENT_TEXT_KINDS = ['personal-data', 'guardian', 'data-sharing-region', 'data-sharing-host'] as const;
export type ConsentTextKind = (typeof CONSENT_TEXT_KINDS)[number];

/** The text a data-sharing consent for one purpose is given to. */
export const dataSharingTextKind = (purpose: DataSharingPurpose): Extract<ConsentTextKind, `data-sharing-${string}`> =>
  `data-sharing-${purpose}`;

export interface ConsentText {
  readonly kind: ConsentTextKind;
  /** `<kind prefix>-<year>-<number>`, e.g. `pd-2026-01`. */
  readonly version: string;
  readonly publishedOn: string;
  readonly title: LocalisedText;
  readonly body: LocalisedText;
  /** A data-sharing text: the fields it covers; a consent to it names some or all of them. */
  readonly fields?: readonly DataSharingField[];
}

/** The catalogue as a data-sharing text lists it, one field a line. */
const fieldList = (language: keyof LocalisedText): string =>
  DATA_SHARING_FIELDS.map((field) => `— ${DATA_SHARING_FIELD_NAMES[field][language]} (${field})`).join('\n');

export const CONSENT_TEXTS: readonly ConsentText[] = [
  {
    kind: 'personal-data',
    version: 'pd-2026-01',
    publishedOn: '2026-01-15',
    title: { ru: 'Согласие на обработку персональных данных', en: 'Consent to the processing of personal data' },
    body: {
      ru: [
        'В соответствии со статьёй 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» я свободно, своей волей и в своём интересе даю согласие оператору программы, в которую подаю заявку, на обработку моих персональных данных: фамилии, имени, отчества, даты рождения, гражданства, субъекта Российской Федерации проживания, сведений об образовании, трудовой и общественной деятельности, контактных данных, а также документов и видеозаписей, которые я загружаю.',
        'Цели обработки: рассмотрение заявки, отбор и сопровождение участников программы, организация обучения, собеседований и стажировок, выдача сертификатов, а также передача сведений о финалистах органам власти и организациям-партнёрам моего субъекта Российской Федерации или организации в объёме, необходимом для этих целей.',
        'Действия с данными: сбор, запись, систематизация, накопление, хранение, уточнение, извлечение, использование, передача (предоставление, доступ), обезличивание, блокирование, удаление и уничтожение, с использованием средств автоматизации и без них.',
        'Согласие действует до окончания программы и срока хранения, установленного оператором, и может быть отозвано мной в любой момент в личном кабинете; после отзыва обработка моих заявок прекращается.',
      ].join('\n\n'),
      en: [
        'Under article 9 of Federal Law No. 152-FZ of 27 July 2006 “On Personal Data”, I freely, of my own will and in my own interest consent to the operator of the programme I apply to processing my personal data: surname, given name, patronymic, date of birth, citizenship, the subject of the Russian Federation I live in, information on my education, work and public activity, contact details, and the documents and video recordings I upload.',
        'Purposes: considering my application, selecting and supporting programme participants, organising education, interviews and internships, issuing certificates, and passing information about finalists to public bodies and partner organisations of my subject of the Russian Federation or organisation to the extent these purposes need.',
        'Operations: collection, recording, systematisation, accumulation, storage, correction, retrieval, use, transfer (provision, access), depersonalisation, blocking, deletion and destruction, with or without automation.',
        'The consent is valid until the programme ends and the retention period set by the operator expires; I may withdraw it at any time in my account, after which my applications are no longer processed.',
      ].join('\n\n'),
    },
  },
  {
    kind: 'guardian',
    version: 'guardian-2026-01',
    publishedOn: '2026-01-15',
    title: {
      ru: 'Согласие законного представителя несовершеннолетнего на обработку персональных данных',
      en: 'Consent of a minor’s legal representative to the processing of personal data',
    },
    body: {
      ru: [
        'Я, законный представитель (родитель, усыновитель, опекун или попечитель) несовершеннолетнего участника, в соответствии со статьёй 9 Федерального закона № 152-ФЗ «О персональных данных» даю согласие оператору программы на обработку его персональных данных в составе, целях и способами, указанными в согласии на обработку персональных данных, которое принимает участник, и на его участие в программе.',
        'Я подтверждаю свои полномочия законного представителя и достоверность указанных мной сведений о себе. Согласие действует до окончания программы и может быть отозвано мной в любой момент путём обращения к оператору.',
      ].join('\n\n'),
      en: [
        'I, the legal representative (parent, adoptive parent, guardian or trustee) of a minor participant, under article 9 of Federal Law No. 152-FZ “On Personal Data”, consent to the programme operator processing the minor’s personal data to the extent, for the purposes and by the means stated in the personal-data consent the participant accepts, and to the minor taking part in the programme.',
        'I confirm that I am the minor’s legal representative and that the information I give about myself is true. The consent is valid until the programme ends; I may withdraw it at any time by contacting the operator.',
      ].join('\n\n'),
    },
  },
  {
    kind: 'data-sharing-region',
    version: 'dsr-2026-01',
    publishedOn: '2026-07-01',
    title: {
      ru: 'Согласие на передачу сведений финалиста органу по молодёжной политике своего региона',
      en: 'Consent to passing a finalist’s data to the youth-policy body of their region',
    },
    body: {
      ru: [
        'В соответствии со статьями 6 и 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» я даю согласие оператору программы на передачу (предоставление доступа) моих персональных данных органу исполнительной власти субъекта Российской Федерации, осуществляющему полномочия в сфере молодёжной политики, того субъекта, из которого подана моя заявка (и только ему), если я стану финалистом программы.',
        'Цель передачи: рассмотрение моей кандидатуры для включения в региональный кадровый резерв, содействие трудоустройству и дальнейшему участию в программах молодёжной политики региона.',
        `Передаются только отмеченные мной сведения из следующего перечня:\n${fieldList('ru')}`,
        'Оператор открывает доступ к сведениям не более чем на 12 месяцев и записывает в журнал каждое обращение получателя к ним (кто, когда, какие сведения); я могу видеть этот журнал в личном кабинете.',
        'Согласие может быть отозвано мной в любой момент в личном кабинете; после отзыва оператор прекращает предоставлять сведения получателю. Отзыв согласия на обработку персональных данных прекращает и это согласие.',
      ].join('\n\n'),
      en: [
        'Under articles 6 and 9 of Federal Law No. 152-FZ of 27 July 2006 “On Personal Data”, I consent to the programme operator passing (giving access to) my personal data to the executive body responsible for youth policy of the subject of the Russian Federation my application was made from (and to no one else), should I become a finalist of the programme.',
        'Purpose: considering me for the region’s talent pool, helping me into employment and into the region’s youth-policy programmes.',
        `Only the items I tick in the following list are passed on:\n${fieldList('en')}`,
        'The operator gives access for at most 12 months and logs every read by the recipient (who, when, which items); I can see that log in my account.',
        'I may withdraw this consent at any time in my account; from then on the operator no longer gives the recipient access. Withdrawing the consent to processing personal data ends this consent too.',
      ].join('\n\n'),
    },
    fields: DATA_SHARING_FIELDS,
  },
  {
    kind: 'data-sharing-host',
    version: 'dsh-2026-01',
    publishedOn: '2026-07-01',
    title: {
      ru: 'Согласие на передачу сведений организации, принимающей на стажировку',
      en: 'Consent to passing my data to the organisation hosting my internship',
    },
    body: {
      ru: [
        'В соответствии со статьями 6 и 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных» я даю согласие оператору программы на передачу (предоставление доступа) моих персональных данных организации-партнёру программы, принимающей меня на стажировку (и только ей).',
        'Цель передачи: организация и проведение стажировки, оценка её результатов.',
        `Передаются только отмеченные мной сведения из следующего перечня:\n${fieldList('ru')}`,
        'Оператор открывает доступ к сведениям не более чем на 12 месяцев и записывает в журнал каждое обращение получателя к ним (кто, когда, какие сведения); я могу видеть этот журнал в личном кабинете.',
        'Согласие может быть отозвано мной в любой момент в личном кабинете; после отзыва оператор прекращает предоставлять сведения получателю. Отзыв согласия на обработку персональных данных прекращает и это согласие.',
      ].join('\n\n'),
      en: [
        'Under articles 6 and 9 of Federal Law No. 152-FZ of 27 July 2006 “On Personal Data”, I consent to the programme operator passing (giving access to) my personal data to the programme’s partner organisation that hosts my internship (and to no one else).',
        'Purpose: organising and running the internship and assessing its results.',
        `Only the items I tick in the following list are passed on:\n${fieldList('en')}`,
        'The operator gives access for at most 12 months and logs every read by the recipient (who, when, which items); I can see that log in my account.',
        'I may withdraw this consent at any time in my account; from then on the operator no longer gives the recipient access. Withdrawing the consent to processing personal data ends this consent too.',
      ].join('\n\n'),
    },
    fields: DATA_SHARING_FIELDS,
  },
];

/** The text that may be consented to now: the last published of its kind. */
export const currentConsentText = (kind: ConsentTextKind): ConsentText => {
  const text = CONSENT_TEXTS.findLast((candidate) => candidate.kind === kind);
  if (text === undefined) throw new Error(`No consent text of kind ${kind}`);
  return text;
};
