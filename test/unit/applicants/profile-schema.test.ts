import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { saveProfileInputSchema } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import { validatePart } from '../../../shared/platform/http/field-problems.ts';
import { baseProfile, withProfile } from '../../support/profile-fixtures.ts';

/** Validates as the HTTP layer does, so the fields are what a client is told. */
const problemsOf = (body: unknown) => {
  const result = validatePart('body', saveProfileInputSchema, body);
  return result.ok ? [] : result.problems;
};
const fieldsOf = (body: unknown): string[] =>
  problemsOf(body)
    .map((problem) => problem.field)
    .sort();
const codeAt = (body: unknown, field: string): string | undefined => problemsOf(body).find((problem) => problem.field === field)?.code;

const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const busyProfile = () =>
  withProfile({
    education: [
      {
        institution: 'РАНХиГС',
        field: 'Государственное и муниципальное управление',
        level: 'master',
        graduationYear: 2027,
        publicAdministration: true,
      },
    ],
    workExperience: [
      { organisation: 'Администрация города Перми', role: 'Главный специалист', publicService: true, from: '2022-09-01' },
      { organisation: 'ООО «Пример»', role: 'Стажёр-аналитик', publicService: false, from: '2021-06-01', to: '2022-08-31' },
    ],
    activity: {
      organisations: [{ name: 'Российские Студенческие Отряды', kind: 'youth', role: 'Комиссар', from: '2020-09-01', to: '2022-06-30' }],
      ownProjects: [{ title: 'Школа молодого избирателя', year: 2023 }],
      internships: [
        { organisation: 'Министерство молодёжной политики Пермского края', publicBody: true, from: '2022-07-01', to: '2022-07-31' },
      ],
      youthGovernment: [{ body: 'Молодёжное правительство Пермского края', level: 'regional', from: '2023-01-15' }],
    },
  });

describe('the profile schema', () => {
  it('accepts a complete, realistic profile, with and without a version', () => {
    assert.deepEqual(problemsOf(baseProfile()), []);
    assert.deepEqual(problemsOf(busyProfile()), []);
    assert.deepEqual(problemsOf({ ...busyProfile(), version: 3 }), []);
    const { patronymic: _, ...withoutPatronymic } = baseProfile().name;
    assert.deepEqual(
      problemsOf(withProfile({ name: withoutPatronymic, contacts: { email: 'a@example.org' } })),
      [],
      'patronymic and phone are optional',
    );
  });

  it('lists every missing field and every unknown one', () => {
    assert.deepEqual(fieldsOf({ nickname: 'x' }), [
      'body.activity',
      'body.birthDate',
      'body.citizenship',
      'body.contacts',
      'body.education',
      'body.name',
      'body.nickname',
      'body.preferredLanguage',
      'body.region',
      'body.workExperience',
    ]);
    assert.equal(codeAt({ ...baseProfile(), nickname: 'x' }, 'body.nickname'), 'unrecognized-key');
    assert.deepEqual(fieldsOf(withProfile({ contacts: { email: 'a@example.org', telegram: '@a' } as never })), ['body.contacts.telegram']);
  });

  it('lists every field at fault in one answer, each with a code and a message in both languages', () => {
    const broken = {
      ...busyProfile(),
      name: { last: '', first: 'Анна' },
      birthDate: inDays(1),
      citizenship: ['RU', 'ru', 'RU'],
      region: '80',
      education: [{ institution: 'РАНХиГС', field: 'ГМУ', level: 'doctor', graduationYear: 1800, publicAdministration: 'yes' }],
      workExperience: [
        { organisation: '', role: 'Специалист', publicService: true, from: '2022-09-01', to: '2021-01-01' },
        { organisation: 'Мэрия', role: 'Советник', publicService: true, from: inDays(10) },
      ],
      activity: {
        organisations: [{ name: 'Волонтёры', kind: 'sports', from: '2020-01-01', to: inDays(30) }],
        ownProjects: [{ title: 'Проект' }],
        internships: [{ organisation: 'Минтруд', publicBody: true, from: '2022-07-01', to: '2022-06-01' }],
        youthGovernment: [{ body: 'МП', level: 'galactic', from: '2023-01-01' }],
      },
      contacts: { email: 'not-an-email', phone: '8 912 000-00-00' },
      preferredLanguage: 'de',
      version: -1,
    };
    const problems = problemsOf(broken);
    assert.deepEqual(problems.map((problem) => problem.field).sort(), [
      'body.activity.internships.0.to',
      'body.activity.organisations.0.kind',
      'body.activity.organisations.0.to',
      'body.activity.ownProjects.0.year',
      'body.activity.youthGovernment.0.level',
      'body.birthDate',
      'body.citizenship',
      'body.citizenship.1',
      'body.contacts.email',
      'body.contacts.phone',
      'body.education.0.graduationYear',
      'body.education.0.level',
      'body.education.0.publicAdministration',
      'body.name.last',
      'body.preferredLanguage',
      'body.region',
      'body.version',
      'body.workExperience.0.organisation',
      'body.workExperience.0.to',
      'body.workExperience.1.from',
    ]);
    for (const problem of problems) {
      assert.ok(problem.code.length > 0, `${problem.field}: a code`);
      assert.ok(problem.message.ru.length > 0, `${problem.field}: a message in Russian`);
      assert.ok(problem.message.en.length > 0, `${problem.field}: a message in English`);
    }
    const codes = Object.fromEntries(problems.map((problem) => [problem.field, problem.code]));
    assert.equal(codes['body.birthDate'], 'birth-date-not-past');
    assert.equal(codes['body.region'], 'unknown-region');
    assert.equal(codes['body.workExperience.0.to'], 'period-inverted', 'checked although a sibling field of the same entry failed');
    assert.equal(codes['body.workExperience.1.from'], 'date-in-future');
    assert.equal(codes['body.activity.organisations.0.to'], 'date-in-future');
    assert.equal(codes['body.activity.internships.0.to'], 'period-inverted');
    assert.equal(codes['body.contacts.phone'], 'phone-not-e164');
  });

  it('refuses duplicate citizenships, impossible dates and a birth date of today', () => {
    assert.equal(codeAt(withProfile({ citizenship: ['RU', 'RU'] }), 'body.citizenship'), 'duplicate-citizenship');
    assert.equal(codeAt(withProfile({ birthDate: '2003-02-30' }), 'body.birthDate'), 'invalid-format');
    assert.equal(codeAt(withProfile({ birthDate: inDays(0) }), 'body.birthDate'), 'birth-date-not-past');
    assert.equal(codeAt(withProfile({ birthDate: '1899-12-31' }), 'body.birthDate'), 'birth-date-too-early');
    assert.deepEqual(
      fieldsOf(
        withProfile({
          workExperience: [{ organisation: 'Мэрия', role: 'Советник', publicService: true, from: '2022-01-01', to: '2022-01-01' }],
        }),
      ),
      [],
    );
  });
});
