import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { programmeSettingsSchema, type ProgrammeSettings } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { obedinenieNastavnikovTemplate } from '../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts';

type Issue = { readonly path: string; readonly code: string };

const issuesOf = (value: unknown): Issue[] => {
  const result = programmeSettingsSchema.safeParse(value);
  assert.equal(result.success, false, 'expected the config to be refused');
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.join('.'),
    code: issue.code === 'custom' ? String((issue.params as { code?: string } | undefined)?.code) : issue.code,
  }));
};

const base = (): ProgrammeSettings => structuredClone(prokadryTemplate.settings);

describe('programme settings validation', () => {
  it('lists every structural fault at once, unknown fields included', () => {
    const settings = base() as unknown as Record<string, unknown>;
    settings['colour'] = 'blue';
    (settings['eligibility'] as Record<string, unknown>)['citizenship'] = ['russia'];
    (settings['contact'] as Record<string, unknown>)['email'] = 'not-an-address';
    assert.deepEqual(
      issuesOf(settings)
        .map((issue) => issue.path)
        .sort(),
      ['', 'contact.email', 'eligibility.citizenship.0'].sort(),
    );
  });

  it('lists every pipeline fault: duplicate id, two initial stages, unknown stage, dead end', () => {
    const settings = base();
    const stages = settings.pipeline.stages as ProgrammeSettings['pipeline']['stages'][number][];
    stages.push({ id: 'screening', kind: 'screening', name: { ru: 'Дубль', en: 'Duplicate' } });
    stages.push({ id: 'orphan', kind: 'event', initial: true, name: { ru: 'Сирота', en: 'Orphan' } });
    (settings.pipeline.transitions as ProgrammeSettings['pipeline']['transitions'][number][]).push({
      from: ['closing'],
      to: 'nowhere',
      by: ['staff'],
    });
    const issues = issuesOf(settings);
    assert.deepEqual(
      issues.map((issue) => `${issue.path} ${issue.code}`).sort(),
      [
        'pipeline.stages.11.id duplicate-id',
        'pipeline.stages initial-stage-count',
        'pipeline.stages.12 dead-end-stage',
        'pipeline.transitions.13.to unknown-stage',
      ].sort(),
    );
  });

  it('finds dead ends and unreachable stages when there is one initial stage', () => {
    const settings = base();
    (settings.pipeline.stages as ProgrammeSettings['pipeline']['stages'][number][]).push({
      id: 'orphan',
      kind: 'event',
      name: { ru: 'Сирота', en: 'Orphan' },
    });
    assert.deepEqual(
      issuesOf(settings)
        .map((issue) => `${issue.path} ${issue.code}`)
        .sort(),
      ['pipeline.stages.11 dead-end-stage', 'pipeline.stages.11 unreachable-stage'],
    );
  });

  it('refuses transitions out of a terminal stage', () => {
    const settings = base();
    (settings.pipeline.transitions as ProgrammeSettings['pipeline']['transitions'][number][]).push({
      from: ['withdrawn'],
      to: 'application',
      by: ['applicant'],
    });
    assert.deepEqual(
      issuesOf(settings).map((issue) => `${issue.path} ${issue.code}`),
      ['pipeline.transitions.13.from.0 transition-from-terminal'],
    );
  });

  it('lists every broken cross-reference: rule track, guard track, document stage, rubric weights, shortlist stage', () => {
    const settings = base() as unknown as {
      trackRules: { track: string }[];
      pipeline: { transitions: { guards?: { kind: string; tracks?: string[] }[] }[] };
      documentRequirements: { stage: string }[];
      reviewRubrics: { criteria: { weight: number }[] }[];
      shortlist: { stage: string };
    };
    settings.trackRules[0]!.track = 'expert';
    settings.pipeline.transitions[5]!.guards = [{ kind: 'tracks', tracks: ['novice'] }];
    settings.documentRequirements[0]!.stage = 'somewhere';
    settings.reviewRubrics[0]!.criteria[0]!.weight = 31;
    settings.shortlist.stage = 'nowhere';
    assert.deepEqual(
      issuesOf(settings)
        .map((issue) => `${issue.path} ${issue.code}`)
        .sort(),
      [
        'documentRequirements.0.stage unknown-stage',
        'pipeline.transitions.5.guards.0.tracks.0 unknown-track',
        'reviewRubrics.0.criteria weights-not-100',
        'shortlist.stage unknown-stage',
        'trackRules.0.track unknown-track',
      ],
    );
  });

  it('refuses a video requirement without a duration and a document with one', () => {
    const settings = structuredClone(obedinenieNastavnikovTemplate.settings) as unknown as {
      documentRequirements: Record<string, unknown>[];
    };
    settings.documentRequirements[0]!['maxDurationSeconds'] = 60;
    settings.documentRequirements[1]!['formats'] = ['mp4'];
    assert.deepEqual(
      issuesOf(settings)
        .map((issue) => `${issue.path} ${issue.code}`)
        .sort(),
      ['documentRequirements.0.maxDurationSeconds duration-not-applicable', 'documentRequirements.1.maxDurationSeconds duration-required'],
    );
  });

  it('refuses an unknown fact in a track rule', () => {
    const settings = base() as unknown as { trackRules: { when: unknown }[] };
    settings.trackRules[0]!.when = { fact: 'favouriteColour', is: true };
    assert.deepEqual(
      issuesOf(settings).map((issue) => issue.path),
      ['trackRules.0.when'],
    );
  });
});
