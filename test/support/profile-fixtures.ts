import type { SaveProfileInput } from '../../shared/applicants/domain/profile/profile-schema.ts';

/** An invented applicant (no real person): an economics student from Perm with no activity yet. */
export const baseProfile = (): SaveProfileInput => ({
  name: { last: 'Тестова', first: 'Анна', patronymic: 'Игоревна' },
  birthDate: '2003-05-14',
  citizenship: ['RU'],
  region: '59',
  education: [
    {
      institution: 'Пермский государственный университет',
      field: 'Экономика',
      level: 'bachelor',
      graduationYear: 2025,
      publicAdministration: false,
    },
  ],
  workExperience: [],
  activity: { organisations: [], ownProjects: [], internships: [], youthGovernment: [] },
  contacts: { email: 'anna.testova@example.org', phone: '+79120000000' },
  preferredLanguage: 'ru',
});

export const withProfile = (changes: Partial<SaveProfileInput>): SaveProfileInput => ({ ...baseProfile(), ...changes });
