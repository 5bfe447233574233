import { kadryBudushchegoTemplate } from './kadry-budushchego.ts';
import { obedinenieNastavnikovTemplate } from './obedinenie-nastavnikov.ts';
import type { ProgrammeTemplate } from './programme-template.ts';
import { prokadryTemplate } from './prokadry.ts';
import type { TemplateId } from './template-ids.ts';

export const PROGRAMME_TEMPLATES: readonly ProgrammeTemplate[] = [
  prokadryTemplate,
  kadryBudushchegoTemplate,
  obedinenieNastavnikovTemplate,
];

export const findTemplate = (id: TemplateId): ProgrammeTemplate | undefined => PROGRAMME_TEMPLATES.find((template) => template.id === id);
