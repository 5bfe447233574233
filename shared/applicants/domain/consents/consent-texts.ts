import type { LocalisedText } from '../../../platform/errors/app-error.ts';

/**
 * The consent texts applicants and guardians agree to, as versioned data. A text is never edited:
 * a change is a new version appended here, and a consent record keeps the version it was given
 * for, which is what 152-FZ art. 9 asks an operator to be able to show. The last text of a kind is
 * the current one; only the current text may be consented to.
 */
export const CONSENT_TEXT_KINDS = ['personal-data', 'guardian'] as const;
export type ConsentTextKind = (typeof CONSENT_TEXT_KINDS)[number];

export interface ConsentText {
  readonly kind: ConsentTextKind;
  /** `<kind prefix>-<year>-<number>`, e.g. `pd-2026-01`. */
  readonly version: string;
  readonly publishedOn: string;
  readonly title: LocalisedText;
  readonly body: LocalisedText;
}

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
];

/** The text that may be consented to now: the last published of its kind. */
export const currentConsentText = (kind: ConsentTextKind): ConsentText => {
  const text = CONSENT_TEXTS.findLast((candidate) => candidate.kind === kind);
  if (text === undefined) throw new Error(`No consent text of kind ${kind}`);
  return text;
};
