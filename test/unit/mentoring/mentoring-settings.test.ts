import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { programmeSettingsSchema, type ProgrammeSettings } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import { mentoringSpheres } from '../../../shared/catalogue/domain/config/mentoring-schema.ts';
import { checkSeasonAgainstProgramme } from '../../../shared/catalogue/domain/seasons/season-programme-checks.ts';
import type { SeasonDefinition } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';

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

type Mutable = Omit<ProgrammeSettings, 'mentoring'> & { mentoring?: Record<string, unknown> };
const obedinenie = (): Mutable => structuredClone(obedinenieNastavnikovTemplate.settings) as Mutable;
const kadry = (): Mutable => structuredClone(kadryBudushchegoTemplate.settings) as Mutable;

describe('mentoring settings', () => {
  it('Объединение наставников: a pool of 500 mentors (the KPI) and 100 in reserve, two mentees each, paired through its four stages', () => {
    const settings = programmeSettingsSchema.parse(obedinenieNastavnikovTemplate.settings);
    assert.deepEqual(settings.mentoring, {
      pool: { main: 500, reserve: 100 },
      mentorCapacity: 2,
      sphereQuestion: 'project-sphere',
      rankingRubric: 'project-evaluation',
      stages: { agreement: 'mentor-agreement', invitation: 'invitation', session: 'mentoring-session', summingUp: 'summing-up' },
    });
    // The main tier alone serves the KPI's 1,000 mentees.
    const mentees = settings.kpiTargets.find((kpi) => kpi.id === 'mentees')?.target ?? 0;
    assert.ok((settings.mentoring?.pool.main ?? 0) * (settings.mentoring?.mentorCapacity ?? 0) >= mentees);
    // Mentors declare the spheres the experts evaluate in.
    assert.deepEqual(
      mentoringSpheres(settings).map((sphere) => sphere.id),
      ['social-projects', 'business', 'technology', 'education'],
    );
  });

  it('Кадры будущего: a pool of 20 mentors and 5 in reserve, the mentor role’s capacity, and no pairing stages (mentors lead teams)', () => {
    const settings = programmeSettingsSchema.parse(kadryBudushchegoTemplate.settings);
    assert.deepEqual(settings.mentoring?.pool, { main: 20, reserve: 5 });
    assert.equal(settings.mentoring?.participantRole, 'mentor');
    assert.deepEqual(settings.participantRoles.find((role) => role.id === 'mentor')?.capacity, { main: 20, reserve: 5 });
    assert.equal(settings.mentoring?.stages, undefined);
    assert.deepEqual(settings.teams?.mentor, { role: 'mentor', required: true });
  });

  it('refuses pairing stages the pipeline does not have, of the wrong kind, or named twice (which fails a kind or a move)', () => {
    const settings = obedinenie();
    settings.mentoring = {
      ...settings.mentoring,
      stages: { agreement: 'handshake', invitation: 'invitation', session: 'summing-up', summingUp: 'summing-up' },
    };
    assert.deepEqual(issuesOf(settings), [
      'mentoring.stages.agreement unknown-stage',
      // invitation -> summing-up is no move of the mentee's, nor summing-up -> summing-up one of the mentor's.
      'mentoring.stages.invitation mentoring-move-missing',
      'mentoring.stages.session mentoring-move-missing',
      'mentoring.stages.session mentoring-stage-kind',
    ]);
  });

  it('refuses pairing stages without the moves the pair makes: the mentor agrees, the mentee accepts, the mentor completes', () => {
    const settings = obedinenie();
    settings.pipeline.transitions = settings.pipeline.transitions.map((transition) =>
      transition.from.includes('invitation') && transition.to === 'mentoring-session' ? { ...transition, by: ['staff'] } : transition,
    );
    assert.deepEqual(issuesOf(settings), ['mentoring.stages.invitation mentoring-move-missing']);
  });

  it('refuses an unknown ranking rubric or participant role, and a pool that differs from the role recruiting mentors', () => {
    const settings = obedinenie();
    settings.mentoring = { ...settings.mentoring, rankingRubric: 'pitch', participantRole: 'coach' };
    assert.deepEqual(issuesOf(settings), ['mentoring.participantRole unknown-participant-role', 'mentoring.rankingRubric unknown-rubric']);
    const regional = kadry();
    regional.mentoring = { ...regional.mentoring, pool: { main: 25, reserve: 5 } };
    assert.deepEqual(issuesOf(regional), ['mentoring.pool mentor-pool-differs-from-role']);
  });

  it('refuses a programme whose mentors would have no spheres to declare, and a sphere listed twice', () => {
    const settings = obedinenie();
    settings.expertCompetences = [];
    settings.reviewRubrics = settings.reviewRubrics.map((rubric) => ({ ...rubric, competences: [] }));
    assert.deepEqual(issuesOf(settings), ['mentoring.spheres no-mentoring-spheres']);
    const regional = kadry();
    const spheres = (regional.mentoring?.['spheres'] ?? []) as { id: string }[];
    regional.mentoring = { ...regional.mentoring, spheres: [...spheres, spheres[0]] };
    assert.deepEqual(issuesOf(regional), ['mentoring.spheres.4.id duplicate-id']);
  });

  it('refuses a pool tier above 5,000 and a mentor capacity above 20', () => {
    const settings = obedinenie();
    settings.mentoring = { ...settings.mentoring, pool: { main: 5001, reserve: 0 }, mentorCapacity: 21 };
    assert.deepEqual(issuesOf(settings), ['mentoring.mentorCapacity too_big', 'mentoring.pool.main too_big']);
  });

  it('holds a season’s sphere question to a choice among the mentors’ spheres', () => {
    const programme = programmeSettingsSchema.parse(obedinenieNastavnikovTemplate.settings);
    const season = (question: object): SeasonDefinition =>
      ({
        id: 'season',
        title: { ru: 'Сезон', en: 'Season' },
        description: { ru: 'Сезон', en: 'Season' },
        referenceDate: '2027-06-01',
        calendar: [{ stage: 'application', opensAt: '2027-05-01T00:00:00Z', closesAt: '2027-06-01T00:00:00Z' }],
        questions: [question],
      }) as SeasonDefinition;
    const label = { ru: 'Сфера проекта', en: 'The project’s sphere' };
    const choice = (options: readonly string[]) => ({
      id: 'project-sphere',
      kind: 'choice',
      required: true,
      multiple: true,
      label,
      options: options.map((id) => ({ id, label })),
    });
    assert.deepEqual(checkSeasonAgainstProgramme(season(choice(['technology', 'education'])), programme), []);
    assert.deepEqual(
      checkSeasonAgainstProgramme(season(choice(['technology', 'gardening'])), programme).map(
        (found) => `${found.path.join('.')} ${found.code}`,
      ),
      ['questions.0.options.1.id unknown-mentoring-sphere'],
    );
    assert.deepEqual(
      checkSeasonAgainstProgramme(season({ id: 'project-sphere', kind: 'text', required: true, maxLength: 100, label }), programme).map(
        (found) => found.code,
      ),
      ['sphere-question-not-a-choice'],
    );
  });
});
