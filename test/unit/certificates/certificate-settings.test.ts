import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { programmeSettingsSchema } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import { PROGRAMME_TEMPLATES } from '../../../shared/catalogue/domain/templates/programme-templates.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';

const codesOf = (value: unknown): string[] => {
  const result = programmeSettingsSchema.safeParse(value);
  assert.equal(result.success, false, 'expected the config to be refused');
  return (result.error?.issues ?? [])
    .map((issue) => `${issue.path.join('.')} ${String((issue as { params?: { code?: string } }).params?.code ?? issue.code)}`)
    .sort();
};

const prokadry = () => structuredClone(prokadryTemplate.settings) as unknown as Record<string, unknown> & { certificates?: unknown };

describe('certificate settings', () => {
  it('every template names an achievement for each stage its moves issue certificates into, in its own form', () => {
    for (const template of PROGRAMME_TEMPLATES) {
      const settings = programmeSettingsSchema.parse(template.settings);
      const issuing = settings.pipeline.transitions.filter((move) => move.effects?.includes('issueCertificate')).map((move) => move.to);
      assert.ok(issuing.length > 0, `${template.id} certifies its final stage`);
      assert.deepEqual(
        settings.certificates?.achievements.map((achievement) => achievement.stage),
        [...new Set(issuing)],
        template.id,
      );
      assert.equal(settings.certificates?.layout, template.id);
    }
  });

  it('refuses moves that issue certificates without the section, an achievement for no stage, and a stage attested twice', () => {
    const without = prokadry();
    delete without.certificates;
    assert.deepEqual(codesOf(without), ['certificates no-certificate-settings']);

    const unknown = prokadry() as { certificates: { achievements: { stage: string; id: string }[] } };
    unknown.certificates.achievements[0] = { ...unknown.certificates.achievements[0]!, stage: 'nowhere' };
    assert.deepEqual(codesOf(unknown), [
      'certificates.achievements no-achievement-for-stage',
      'certificates.achievements.0.stage unknown-stage',
    ]);

    const twice = prokadry() as { certificates: { achievements: { stage: string; id: string }[] } };
    twice.certificates.achievements.push({ ...twice.certificates.achievements[0]!, id: 'again' });
    assert.deepEqual(codesOf(twice), ['certificates.achievements.1.stage duplicate-id']);

    const badPrefix = prokadry() as { certificates: { numberPrefix: string } };
    badPrefix.certificates.numberPrefix = 'pk-1';
    assert.deepEqual(codesOf(badPrefix), ['certificates.numberPrefix invalid_format']);
  });
});
