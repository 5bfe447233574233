import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { ApplicantFacts } from '../../../shared/catalogue/domain/config/applicant-facts.ts';
import { assignTrack } from '../../../shared/catalogue/domain/config/evaluate-track-rules.ts';
import { programmeSettingsSchema } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';
import { PROGRAMME_TEMPLATES } from '../../../shared/catalogue/domain/templates/programme-templates.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';

const nobody: ApplicantFacts = {
  publicServiceExperience: false,
  publicAdministrationEducation: false,
  youthOrganisationExperience: false,
  ownProjects: false,
  pastInternships: false,
  youthGovernmentMember: false,
  age: 22,
};

describe('programme templates', () => {
  for (const template of PROGRAMME_TEMPLATES) {
    it(`${template.id} is a valid programme`, () => {
      const result = programmeSettingsSchema.safeParse(template.settings);
      assert.equal(result.success, true, JSON.stringify(result.error?.issues, null, 2));
    });
  }

  it('ships the three seed programmes', () => {
    assert.deepEqual(
      PROGRAMME_TEMPLATES.map((template) => template.id),
      ['prokadry', 'kadry-budushchego', 'obedinenie-nastavnikov'],
    );
  });
});

describe('ПроКадры track rules', () => {
  const assign = (facts: Partial<ApplicantFacts>) => assignTrack(prokadryTemplate.settings.trackRules, { ...nobody, ...facts });

  it('assigns beginner with no public-service experience and non-public-administration studies', () => {
    assert.deepEqual(assign({}), { track: 'beginner', rule: 'beginner-no-experience' });
  });

  it('assigns young for public-administration studies', () => {
    assert.deepEqual(assign({ publicAdministrationEducation: true }), { track: 'young', rule: 'young-studies-or-activity' });
  });

  for (const fact of ['youthOrganisationExperience', 'ownProjects', 'pastInternships', 'youthGovernmentMember'] as const) {
    it(`assigns young for ${fact}`, () => {
      assert.deepEqual(assign({ [fact]: true }), { track: 'young', rule: 'young-studies-or-activity' });
    });
  }

  it('assigns PRO to those in public service with a relevant degree, whatever else they have', () => {
    assert.deepEqual(assign({ publicServiceExperience: true, publicAdministrationEducation: true, ownProjects: true }), {
      track: 'pro',
      rule: 'pro-serving-with-degree',
    });
  });

  it('assigns young to those in public service without a relevant degree', () => {
    assert.deepEqual(assign({ publicServiceExperience: true }), { track: 'young', rule: 'young-serving-without-degree' });
  });

  it('sends beginners to regional internships only, young and PRO to both levels', () => {
    const levels = Object.fromEntries(prokadryTemplate.settings.tracks.map((track) => [track.id, track.internshipLevels]));
    assert.deepEqual(levels, { beginner: ['regional'], young: ['regional', 'federal'], pro: ['regional', 'federal'] });
  });
});

describe('template contents follow the seed documents', () => {
  it('Кадры будущего: pupils 14–17, tutors 18–21, mentors 20 + 5 in reserve, guardian consent under 18, at least 10 partners', () => {
    const roles = Object.fromEntries(kadryBudushchegoTemplate.settings.participantRoles.map((role) => [role.id, role]));
    assert.deepEqual(roles['pupil']?.ageRange, { min: 14, max: 17 });
    assert.deepEqual(roles['tutor']?.ageRange, { min: 18, max: 21 });
    assert.deepEqual(roles['mentor']?.capacity, { main: 20, reserve: 5 });
    assert.equal(kadryBudushchegoTemplate.settings.eligibility.guardianConsentBelowAge, 18);
    const targets = Object.fromEntries(kadryBudushchegoTemplate.settings.kpiTargets.map((kpi) => [kpi.id, kpi.target]));
    assert.deepEqual(targets, {
      trained: 250,
      'pupils-selected': 200,
      'tutors-selected': 20,
      mentors: 20,
      'projects-supported': 50,
      partners: 10,
    });
  });

  it('Объединение наставников: the mentoring stages in order, and the KPIs of the note', () => {
    assert.deepEqual(
      obedinenieNastavnikovTemplate.settings.pipeline.stages.map((stage) => stage.id),
      [
        'application',
        'application-review',
        'expert-evaluation',
        'mentor-agreement',
        'invitation',
        'mentoring-session',
        'summing-up',
        'completed',
        'not-selected',
        'withdrawn',
      ],
    );
    const completion = obedinenieNastavnikovTemplate.settings.pipeline.transitions.find((transition) => transition.to === 'completed');
    assert.deepEqual(completion?.effects, ['issueCertificate', 'requestRecommendationLetter', 'notifyApplicant']);
    const targets = Object.fromEntries(obedinenieNastavnikovTemplate.settings.kpiTargets.map((kpi) => [kpi.id, kpi.target]));
    assert.deepEqual(targets, { mentors: 500, applications: 3000, mentees: 1000, internships: 300 });
  });

  it('ПроКадры: ages 18–35, citizens of Russia, a video of at most 5 minutes, finalists’ data released to their region', () => {
    const { eligibility, documentRequirements, pipeline } = prokadryTemplate.settings;
    assert.deepEqual(eligibility.ageRange, { min: 18, max: 35 });
    assert.deepEqual(eligibility.citizenship, ['RU']);
    assert.equal(documentRequirements.find((document) => document.kind === 'videoPresentation')?.maxDurationSeconds, 300);
    assert.ok(pipeline.transitions.find((transition) => transition.to === 'federal-internship')?.effects?.includes('releaseDataToRegion'));
  });
});
