import type { SaveProfileInput } from '../../shared/applicants/domain/profile/profile-schema.ts';

/**
 * Invented people (no real person) whose age is fixed relative to the season's reference date,
 * so the journey holds whatever day the demo season was seeded on.
 */
const shiftDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** A birth date that makes the person `age` on `referenceDate`, their last birthday about three months before it. */
export const birthDateForAge = (referenceDate: string, age: number): string => {
  const year = Number(referenceDate.slice(0, 4)) - age;
  return shiftDays(`${year}${referenceDate.slice(4, 10)}`, -100);
};

const GMU = 'Государственное и муниципальное управление';

/**
 * A 24-year-old from Perm: a bachelor in state and municipal administration now in a master's
 * programme, volunteering in a youth organisation, never in public service. ПроКадры's rules put
 * her on the young track (public-administration studies), not PRO (no service) nor beginner.
 */
export const adultProfile = (referenceDate: string, email: string, language: 'ru' | 'en'): SaveProfileInput => {
  const birthDate = birthDateForAge(referenceDate, 24);
  const birthYear = Number(birthDate.slice(0, 4));
  return {
    name: { last: 'Ветрова', first: 'Ольга', patronymic: 'Сергеевна' },
    birthDate,
    citizenship: ['RU'],
    region: '59',
    education: [
      {
        institution: 'Пермский государственный университет',
        field: GMU,
        level: 'bachelor',
        graduationYear: birthYear + 22,
        publicAdministration: true,
      },
      // Still studying: the expected year.
      {
        institution: 'РАНХиГС',
        field: GMU,
        level: 'master',
        graduationYear: Number(referenceDate.slice(0, 4)) + 1,
        publicAdministration: true,
      },
    ],
    workExperience: [{ organisation: 'ООО «Уральские решения»', role: 'Аналитик', publicService: false, from: `${birthYear + 21}-07-01` }],
    activity: {
      organisations: [
        {
          name: 'Российские Студенческие Отряды',
          kind: 'youth',
          role: 'Волонтёр',
          from: `${birthYear + 18}-09-01`,
          to: `${birthYear + 21}-06-30`,
        },
      ],
      ownProjects: [],
      internships: [],
      youthGovernment: [],
    },
    contacts: { email, phone: '+79120000024' },
    preferredLanguage: language,
  };
};

/** A pupil of a Perm school, `age` on the reference date. */
export const minorProfile = (referenceDate: string, email: string, age: number): SaveProfileInput => {
  const birthDate = birthDateForAge(referenceDate, age);
  return {
    name: { last: 'Зорин', first: 'Артём', patronymic: 'Павлович' },
    birthDate,
    citizenship: ['RU'],
    region: '59',
    education: [
      {
        institution: 'МАОУ «Лицей № 1» г. Перми',
        field: 'Общее образование',
        level: 'general',
        graduationYear: Number(birthDate.slice(0, 4)) + 18,
        publicAdministration: false,
      },
    ],
    workExperience: [],
    activity: {
      organisations: [],
      ownProjects: [{ title: 'Школьный медиацентр', year: Number(referenceDate.slice(0, 4)) }],
      internships: [],
      youthGovernment: [],
    },
    contacts: { email },
    preferredLanguage: 'ru',
  };
};
