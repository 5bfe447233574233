import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { programmeSettingsSchema, type ProgrammeSettings } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';

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

type Mutable = Omit<ProgrammeSettings, 'teams'> & { teams?: Record<string, unknown> };
const kadry = (): Mutable => structuredClone(kadryBudushchegoTemplate.settings) as Mutable;

describe('teams settings', () => {
  it('accepts the Кадры будущего template: teams of pupils and tutors with a mentor, formed at the regional school', () => {
    const settings = programmeSettingsSchema.parse(kadryBudushchegoTemplate.settings);
    assert.deepEqual(settings.teams, {
      formationStage: 'regional-school',
      memberRoles: ['pupil', 'tutor'],
      minMembers: 3,
      maxMembers: 12,
      mentor: { role: 'mentor', required: true },
    });
    const guarded = settings.pipeline.transitions.filter((transition) => (transition.guards ?? []).some((guard) => guard.kind === 'team'));
    assert.deepEqual(
      guarded.map((transition) => `${transition.from.join('|')}->${transition.to}`),
      ['regional-school->education-tracks', 'regional-school->project-work', 'education-tracks->project-work'],
    );
  });

  it('refuses a formation stage that is not in the pipeline, unknown roles and a mentor role that is also a member role', () => {
    const settings = kadry();
    settings.teams = {
      formationStage: 'summer-camp',
      memberRoles: ['pupil', 'parent'],
      minMembers: 3,
      maxMembers: 12,
      mentor: { role: 'coach', required: true },
    };
    assert.deepEqual(issuesOf(settings), [
      'teams.formationStage unknown-stage',
      'teams.memberRoles.1 unknown-participant-role',
      'teams.mentor.role unknown-participant-role',
    ]);
    settings.teams = {
      formationStage: 'regional-school',
      memberRoles: ['pupil', 'mentor'],
      minMembers: 3,
      maxMembers: 12,
      mentor: { role: 'mentor', required: true },
    };
    assert.deepEqual(issuesOf(settings), ['teams.mentor.role mentor-role-is-member-role']);
  });

  it('refuses forming teams in the initial stage of drafts or in an outcome stage', () => {
    for (const stage of ['application', 'talent-pool', 'withdrawn']) {
      const settings = kadry();
      settings.teams = { ...settings.teams, formationStage: stage };
      assert.deepEqual(issuesOf(settings), ['teams.formationStage team-formation-stage-unusable'], stage);
    }
  });

  it('refuses a minimum above the maximum and a maximum above what one transaction can save', () => {
    const settings = kadry();
    settings.teams = { ...settings.teams, minMembers: 8, maxMembers: 5 };
    assert.deepEqual(issuesOf(settings), ['teams.minMembers min-above-max']);
    settings.teams = { ...settings.teams, minMembers: 3, maxMembers: 33 };
    assert.deepEqual(issuesOf(settings), ['teams.maxMembers too_big']);
  });

  it('refuses a team guard in a programme without teams', () => {
    const settings = structuredClone(prokadryTemplate.settings) as Mutable;
    const transitions = settings.pipeline.transitions as ProgrammeSettings['pipeline']['transitions'][number][];
    const index = transitions.findIndex((transition) => transition.by.includes('staff'));
    transitions[index] = { ...transitions[index]!, guards: [...(transitions[index]!.guards ?? []), { kind: 'team' }] };
    const guardIndex = transitions[index]!.guards!.length - 1;
    assert.deepEqual(issuesOf(settings), [`pipeline.transitions.${index}.guards.${guardIndex} no-teams-settings`]);
  });
});
