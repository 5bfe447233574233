import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { programmeSettingsSchema, type ProgrammeSettings } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import { PROGRAMME_TEMPLATES } from '../../../shared/catalogue/domain/templates/programme-templates.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';

const issuesOf = (value: unknown): string[] => {
  const result = programmeSettingsSchema.safeParse(value);
  assert.equal(result.success, false, 'expected the settings to be refused');
  return (result.error?.issues ?? []).map(
    (issue) =>
      `${issue.path.join('.')} ${issue.code === 'custom' ? String((issue.params as { code?: string } | undefined)?.code) : issue.code}`,
  );
};

const mentoringSettings = (): ProgrammeSettings => structuredClone(obedinenieNastavnikovTemplate.settings);
type MutableKpis = ProgrammeSettings['kpiTargets'][number][];

describe('KPI measures', () => {
  it('every KPI of every template says how it is measured, and the templates validate', () => {
    for (const template of PROGRAMME_TEMPLATES) {
      for (const kpi of template.settings.kpiTargets) assert.ok(kpi.measure, `${template.id}: ${kpi.id} has a measure`);
      assert.ok(programmeSettingsSchema.safeParse(template.settings).success, template.id);
    }
  });

  it('a stored programme without measures still reads: the measure is optional', () => {
    const settings = mentoringSettings();
    const kpis = settings.kpiTargets.map(({ measure: _measure, ...kpi }) => kpi);
    assert.ok(programmeSettingsSchema.safeParse({ ...settings, kpiTargets: kpis }).success);
  });

  it('refuses a measure naming a stage, track, role or achievement the programme does not declare', () => {
    const settings = mentoringSettings();
    const kpis = settings.kpiTargets as MutableKpis;
    kpis.push(
      {
        id: 'unknown-refs',
        name: { ru: 'Тест', en: 'Test' },
        unit: 'people',
        target: 1,
        period: 'season',
        measure: { kind: 'stage-entered', stages: ['summing-up', 'nowhere'], tracks: ['pro'], roles: ['astronaut'] },
      },
      {
        id: 'unknown-achievement',
        name: { ru: 'Тест', en: 'Test' },
        unit: 'people',
        target: 1,
        period: 'quarter',
        measure: { kind: 'certificates-issued', achievements: ['mentoring-completed', 'medal'] },
      },
    );
    assert.deepEqual(issuesOf(settings).sort(), [
      'kpiTargets.4.measure.roles.0 unknown-participant-role',
      'kpiTargets.4.measure.stages.1 unknown-stage',
      'kpiTargets.4.measure.tracks.0 unknown-track',
      'kpiTargets.5.measure.achievements.1 unknown-certificate-achievement',
    ]);
  });

  it('refuses an unknown measure kind and an empty stage list', () => {
    const settings = mentoringSettings() as unknown as { kpiTargets: Record<string, unknown>[] };
    const [first, second] = settings.kpiTargets;
    assert.ok(first && second);
    first['measure'] = { kind: 'vibes' };
    second['measure'] = { kind: 'stage-entered', stages: [] };
    const issues = issuesOf(settings);
    assert.ok(issues.some((issue) => issue.startsWith('kpiTargets.0.measure')));
    assert.ok(issues.some((issue) => issue.startsWith('kpiTargets.1.measure.stages')));
  });
});
