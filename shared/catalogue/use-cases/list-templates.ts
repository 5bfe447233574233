import { PROGRAMME_TEMPLATES } from '../templates/programme-templates.ts';
import type { ProgrammeTemplate } from '../templates/programme-template.ts';

export const listTemplates = (): readonly ProgrammeTemplate[] => PROGRAMME_TEMPLATES;
