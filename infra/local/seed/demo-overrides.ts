import type { ProgrammeSettingsShape } from '../../../shared/catalogue/domain/config/programme-settings-schema.ts';
import type { ProgrammeTemplate } from '../../../shared/catalogue/domain/templates/programme-template.ts';

/**
 * Where a demo programme departs from its template, and why. The ПроКадры template asks for the
 * video self-presentation only for the online interview; the demo asks for it with the
 * application, so that one demo application meets every document check there is (PDF signature,
 * video container and its 5-minute limit) without first walking the pipeline to the interview.
 */
export const demoOverrides = (template: ProgrammeTemplate): Partial<ProgrammeSettingsShape> | undefined => {
  if (template.id !== 'prokadry') return undefined;
  return {
    documentRequirements: template.settings.documentRequirements.map((requirement) =>
      requirement.id === 'video-presentation' ? { ...requirement, stage: 'application', required: true } : requirement,
    ),
  };
};
