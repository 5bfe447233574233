import type { DataSharingField } from '../../shared/applicants/domain/consents/data-sharing.ts';
import type { SaveProfileInput } from '../../shared/applicants/domain/profile/profile-schema.ts';

/**
 * A profile with EVERY field filled, each with values found nowhere else (no id, date or name cadre
 * writes itself contains them): planted, so a test can search anything that leaves cadre, raw, for
 * a field that was not released. `region` is two digits and cannot be planted that way: the tests
 * check it structurally.
 */
export const plantedProfile = (birthDate = '1999-12-31'): SaveProfileInput => ({
  name: { last: 'Плантова', first: 'Маркерия', patronymic: 'Полевна' },
  birthDate,
  citizenship: ['RU', 'KZ'],
  region: '59',
  education: [
    {
      institution: 'Институт-маркер образования',
      field: 'Государственное и муниципальное управление',
      level: 'master',
      graduationYear: 2026,
      publicAdministration: true,
    },
  ],
  workExperience: [{ organisation: 'Организация-маркер работы', role: 'Главный специалист', publicService: true, from: '2021-09-01' }],
  activity: {
    organisations: [{ name: 'Объединение-маркер', kind: 'youth', from: '2019-01-01' }],
    ownProjects: [{ title: 'Проект-маркер активности', year: 2022 }],
    internships: [{ organisation: 'Стажировка-маркер', publicBody: true, from: '2023-06-01', to: '2023-07-01' }],
    youthGovernment: [{ body: 'Правительство-маркер', level: 'regional', from: '2020-01-01' }],
  },
  contacts: { email: 'plant.email@example.org', phone: '+79991234567' },
  preferredLanguage: 'ru',
});

/** The planted values of each field that can be searched for as text (see plantedProfile). */
export const PLANTED_MARKERS: Readonly<Partial<Record<DataSharingField, readonly string[]>>> = {
  name: ['Плантова', 'Маркерия', 'Полевна'],
  birthDate: ['1999-12-31'],
  citizenship: ['KZ'],
  'contacts.email': ['plant.email@example.org'],
  'contacts.phone': ['+79991234567'],
  education: ['Институт-маркер образования'],
  workExperience: ['Организация-маркер работы'],
  activity: ['Объединение-маркер', 'Проект-маркер активности', 'Стажировка-маркер', 'Правительство-маркер'],
};

/** What never leaves through a release whatever the consent: the profile's bookkeeping, planted too. */
export const NEVER_RELEASED = ['preferredLanguage'] as const;
