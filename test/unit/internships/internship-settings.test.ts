import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { programmeSettingsSchema, type ProgrammeSettings } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { checkEligibility } from '../../../shared/applications/domain/check-eligibility.ts';
import { validateDraft } from '../../../shared/applications/domain/validate-draft.ts';

const issuesOf = (value: unknown): string[] => {
  const result = programmeSettingsSchema.safeParse(value);
  assert.equal(result.success, false, 'expected the config to be refused');
  return (result.error?.issues ?? [])
    .map(
      (issue) =>
        `${issue.path.join('.')} ${issue.code === 'custom' ? String((issue.params as { code?: string } | undefined)?.code) : issue.code}`,
    )
    .sort();
};

type Mutable = Omit<ProgrammeSettings, 'internships'> & { internships?: Record<string, unknown> };
const prokadry = (): Mutable => structuredClone(prokadryTemplate.settings) as Mutable;

describe('internships settings', () => {
  it('ПроКадры: regional offers at the regional internship, federal ones for finalists, regional ones anywhere for PRO finalists; five preferences', () => {
    const settings = programmeSettingsSchema.parse(prokadryTemplate.settings);
    assert.deepEqual(settings.internships, {
      offerStages: [
        { stage: 'regional-internship', level: 'regional' },
        { stage: 'federal-internship', level: 'federal' },
        { stage: 'federal-internship', level: 'regional', tracks: ['pro'] },
      ],
      maxPreferences: 5,
      ownRegionOnly: { exceptTracks: ['pro'] },
      acceptanceDays: 7,
    });
  });

  it('Кадры будущего: pupils and tutors rank partners’ trials during project work, a level nobody chooses when applying', () => {
    const settings = programmeSettingsSchema.parse(kadryBudushchegoTemplate.settings);
    assert.deepEqual(settings.internships?.offerStages, [
      { stage: 'project-work', level: 'partner-organisation', participantRoles: ['pupil', 'tutor'] },
    ]);
    assert.deepEqual(
      settings.internshipLevels.map((level) => [level.id, level.scope, level.askedAtApplication]),
      [['partner-organisation', 'regional', false]],
    );
    // A pupil's application asks for no internship level: the only level is not asked at application.
    assert.deepEqual(
      validateDraft(settings, [], { participantRole: 'pupil', preferredInternshipLevel: 'partner-organisation', answers: {} }).map(
        (fault) => `${fault.field}:${fault.code}`,
      ),
      ['body.preferredInternshipLevel:internship-levels-not-offered'],
    );
    const submission = settings.pipeline.transitions[0];
    assert.ok(submission);
    const reasons = checkEligibility({
      settings,
      questions: [],
      referenceDate: '2026-08-31',
      initialStage: 'application',
      application: { participantRole: 'pupil', answers: {} },
      applicant: undefined,
      verifiedRequirements: new Set(),
      track: undefined,
      transition: submission,
    }).map((reason) => reason.code);
    assert.ok(!reasons.includes('internship-level-required'), reasons.join(', '));
  });

  it('refuses unknown stages, levels, tracks and roles, a stage that is no internship or project, and a level listed twice for a stage', () => {
    const settings = prokadry();
    settings.internships = {
      offerStages: [
        { stage: 'summer-camp', level: 'regional' },
        { stage: 'education', level: 'galactic' },
        { stage: 'federal-internship', level: 'federal', tracks: ['wizard'], participantRoles: ['pupil'] },
        { stage: 'federal-internship', level: 'federal' },
      ],
      maxPreferences: 5,
      ownRegionOnly: { exceptTracks: ['elder'] },
      acceptanceDays: 7,
    };
    assert.deepEqual(issuesOf(settings), [
      'internships.offerStages.0.stage unknown-stage',
      'internships.offerStages.1.level unknown-internship-level',
      'internships.offerStages.1.stage not-an-internship-stage',
      'internships.offerStages.2.participantRoles.0 unknown-participant-role',
      'internships.offerStages.2.tracks.0 unknown-track',
      'internships.offerStages.3 duplicate-offer-stage',
      'internships.ownRegionOnly.exceptTracks.0 unknown-track',
    ]);
  });

  it('bounds the number of preferences and the days to accept', () => {
    const settings = prokadry();
    settings.internships = {
      offerStages: [{ stage: 'regional-internship', level: 'regional' }],
      maxPreferences: 21,
      acceptanceDays: 0,
    };
    assert.deepEqual(issuesOf(settings), ['internships.acceptanceDays too_small', 'internships.maxPreferences too_big']);
  });
});
