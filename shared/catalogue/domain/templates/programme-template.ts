import type { ProgrammeSettings } from '../config/programme-settings-schema.ts';
import type { TemplateId } from './template-ids.ts';

/**
 * A programme shipped as data: the settings a new programme starts from. `source` names the
 * public document the template follows, so staff can check the template against it.
 */
export interface ProgrammeTemplate {
  readonly id: TemplateId;
  readonly source: string;
  readonly settings: ProgrammeSettings;
}

/** Staff replace it when they create a programme; reserved `.example` domain, so nothing is ever delivered. */
export const TEMPLATE_CONTACT = { email: 'programme-office@cadre.example', language: 'ru' } as const;
