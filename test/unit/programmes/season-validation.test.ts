import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { checkSeasonAgainstProgramme } from '../../../shared/catalogue/domain/seasons/season-programme-checks.ts';
import { seasonDefinitionSchema, type SeasonDefinition } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';

const season = (calendar: SeasonDefinition['calendar']): SeasonDefinition => ({
  id: 'prokadry-2026',
  title: { ru: 'Сезон 2026', en: 'Season 2026' },
  description: { ru: 'Описание', en: 'Description' },
  referenceDate: '2026-08-31',
  calendar,
  questions: [],
});

const window = (stage: string, opensAt: string, closesAt: string) => ({ stage, opensAt, closesAt });

describe('season validation', () => {
  it('accepts an ordered calendar of the programme’s stages with an application window', () => {
    const definition = season([
      window('application', '2026-05-01T00:00:00Z', '2026-08-31T23:59:59Z'),
      window('education', '2026-08-01T00:00:00Z', '2026-09-30T00:00:00Z'),
    ]);
    assert.equal(seasonDefinitionSchema.safeParse(definition).success, true);
    assert.deepEqual(checkSeasonAgainstProgramme(definition, prokadryTemplate.settings), []);
  });

  it('lists every calendar fault: inverted window, out of order, repeated stage', () => {
    const result = seasonDefinitionSchema.safeParse(
      season([
        window('application', '2026-05-01T00:00:00Z', '2026-04-01T00:00:00Z'),
        window('education', '2026-04-01T00:00:00Z', '2026-09-30T00:00:00Z'),
        window('education', '2026-10-01T00:00:00Z', '2026-11-30T00:00:00Z'),
      ]),
    );
    assert.deepEqual(result.error?.issues.map((issue) => issue.path.join('.')).sort(), [
      'calendar.0.closesAt',
      'calendar.1.opensAt',
      'calendar.2.stage',
    ]);
  });

  it('refuses stages the pipeline does not have, outcome stages, and a calendar without the application window', () => {
    const problems = checkSeasonAgainstProgramme(
      season([
        window('education', '2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z'),
        window('hackathon', '2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'),
        window('completed', '2026-07-01T00:00:00Z', '2026-08-01T00:00:00Z'),
      ]),
      prokadryTemplate.settings,
    );
    assert.deepEqual(
      problems.map((found) => `${found.path.join('.')} ${found.code}`),
      ['calendar.1.stage unknown-stage', 'calendar.2.stage window-for-outcome-stage', 'calendar no-application-window'],
    );
  });
});
