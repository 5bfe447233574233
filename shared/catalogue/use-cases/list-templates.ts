import { PROGRAMME_TEMPLATES } from '../domain/templates/programme-templates.ts';
import type { ProgrammeTemplate } from '../domain/templates/programme-template.ts';

export const listTemplates = (): readonly ProgrammeTemplate[] => PROGRAMME_TEMPLATES;
