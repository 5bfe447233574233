import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { applicantFacts } from '../../../shared/applicants/domain/applicant-facts.ts';
import type { SaveProfileInput } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import { assignTrack } from '../../../shared/catalogue/domain/config/evaluate-track-rules.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { baseProfile, withProfile } from '../../support/profile-fixtures.ts';

const REFERENCE_DATE = '2026-08-31';
const trackOf = (profile: SaveProfileInput) =>
  assignTrack(prokadryTemplate.settings.trackRules, applicantFacts(profile, { referenceDate: REFERENCE_DATE }));

const NO_ACTIVITY = { organisations: [], ownProjects: [], internships: [], youthGovernment: [] };
const ranepaMaster = {
  institution: 'РАНХиГС',
  field: 'Государственное и муниципальное управление',
  level: 'master',
  graduationYear: 2024,
  publicAdministration: true,
} as const;
const municipalService = {
  organisation: 'Администрация Кировского района г. Перми',
  role: 'Ведущий специалист',
  publicService: true,
  from: '2023-02-01',
} as const;
const privateJob = { organisation: 'ООО «Уральские приборы»', role: 'Менеджер', publicService: false, from: '2024-03-01' } as const;

describe('applicant facts', () => {
  it('derives every fact from the profile and the application’s choices', () => {
    const facts = applicantFacts(
      withProfile({
        birthDate: '2001-09-01',
        education: [ranepaMaster],
        workExperience: [municipalService],
        activity: {
          organisations: [{ name: 'Движение первых', kind: 'youth', from: '2022-01-01' }],
          ownProjects: [{ title: 'Городской хакатон', year: 2024 }],
          internships: [{ organisation: 'Минэкономразвития России', publicBody: true, from: '2023-07-01', to: '2023-07-28' }],
          youthGovernment: [{ body: 'Молодёжное правительство Пермского края', level: 'regional', from: '2022-03-01', to: '2024-03-01' }],
        },
      }),
      { referenceDate: REFERENCE_DATE, preferredInternshipLevel: 'federal' },
    );
    assert.deepEqual(facts, {
      age: 24,
      publicServiceExperience: true,
      publicAdministrationEducation: true,
      youthOrganisationExperience: true,
      ownProjects: true,
      pastInternships: true,
      youthGovernmentMember: true,
      preferredInternshipLevel: 'federal',
    });
    assert.deepEqual(applicantFacts(baseProfile(), { referenceDate: REFERENCE_DATE, participantRole: 'pupil' }), {
      age: 23,
      publicServiceExperience: false,
      publicAdministrationEducation: false,
      youthOrganisationExperience: false,
      ownProjects: false,
      pastInternships: false,
      youthGovernmentMember: false,
      participantRole: 'pupil',
    });
  });

  it('takes age at the reference date, a birthday on that date included', () => {
    assert.equal(applicantFacts(withProfile({ birthDate: '1991-08-31' }), { referenceDate: REFERENCE_DATE }).age, 35);
    assert.equal(applicantFacts(withProfile({ birthDate: '1991-09-01' }), { referenceDate: REFERENCE_DATE }).age, 34);
  });

  it('counts only internships in public bodies, and past service as well as current', () => {
    const privateInternship = withProfile({
      activity: { ...NO_ACTIVITY, internships: [{ organisation: 'Сбер', publicBody: false, from: '2023-07-01', to: '2023-08-01' }] },
    });
    assert.equal(applicantFacts(privateInternship, { referenceDate: REFERENCE_DATE }).pastInternships, false);
    const pastService = withProfile({ workExperience: [{ ...municipalService, to: '2024-01-31' }] });
    assert.equal(applicantFacts(pastService, { referenceDate: REFERENCE_DATE }).publicServiceExperience, true);
  });
});

describe('ПроКадры segmentation from realistic profiles (seed 003: beginner / young / PRO)', () => {
  it('beginner: an economics student with a private-sector job and no public activity', () => {
    assert.deepEqual(trackOf(withProfile({ workExperience: [privateJob] })), { track: 'beginner', rule: 'beginner-no-experience' });
  });

  it('beginner: an internship at a bank is not an internship in a public body', () => {
    const profile = withProfile({
      activity: { ...NO_ACTIVITY, internships: [{ organisation: 'Сбер', publicBody: false, from: '2023-07-01', to: '2023-08-01' }] },
    });
    assert.equal(trackOf(profile)?.track, 'beginner');
  });

  it('young: a public-administration student at RANEPA', () => {
    const profile = withProfile({ education: [{ ...ranepaMaster, level: 'bachelor', graduationYear: 2027 }] });
    assert.deepEqual(trackOf(profile), { track: 'young', rule: 'young-studies-or-activity' });
  });

  it('young: each kind of youth and public activity on its own, with non-profile studies', () => {
    const activities = [
      {
        ...NO_ACTIVITY,
        organisations: [{ name: 'Российские Студенческие Отряды', kind: 'youth' as const, from: '2021-09-01', to: '2023-06-30' }],
      },
      { ...NO_ACTIVITY, organisations: [{ name: 'Фонд «Дети-бабочки»', kind: 'public' as const, role: 'Волонтёр', from: '2024-01-01' }] },
      {
        ...NO_ACTIVITY,
        ownProjects: [{ title: 'Эко-марафон «Чистая Кама»', description: 'Городская акция по уборке берегов', year: 2024 }],
      },
      {
        ...NO_ACTIVITY,
        internships: [{ organisation: 'Министерство финансов Пермского края', publicBody: true, from: '2024-07-01', to: '2024-08-15' }],
      },
      {
        ...NO_ACTIVITY,
        youthGovernment: [{ body: 'Молодёжное правительство Пермского края', level: 'regional' as const, from: '2024-02-01' }],
      },
    ];
    for (const activity of activities)
      assert.deepEqual(trackOf(withProfile({ activity })), { track: 'young', rule: 'young-studies-or-activity' }, JSON.stringify(activity));
  });

  it('young: in municipal service without a public-administration degree', () => {
    assert.deepEqual(trackOf(withProfile({ workExperience: [municipalService] })), {
      track: 'young',
      rule: 'young-serving-without-degree',
    });
  });

  it('PRO: a municipal official with a public-administration master’s degree', () => {
    const profile = withProfile({
      birthDate: '1994-03-12',
      education: [
        { institution: 'ПГНИУ', field: 'Юриспруденция', level: 'bachelor', graduationYear: 2016, publicAdministration: false },
        ranepaMaster,
      ],
      workExperience: [privateJob, municipalService],
    });
    assert.deepEqual(trackOf(profile), { track: 'pro', rule: 'pro-serving-with-degree' });
  });

  it('PRO: past state service counts with the degree, even after moving to the private sector', () => {
    const profile = withProfile({ education: [ranepaMaster], workExperience: [{ ...municipalService, to: '2024-02-29' }, privateJob] });
    assert.equal(trackOf(profile)?.track, 'pro');
  });
});
