import * as z from 'zod';
import { programmeIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { programmeSettingsShape } from './programme-settings-schema.ts';
import { TEMPLATE_IDS } from '../templates/template-ids.ts';
import { isoDateTime } from '../../../platform/time/iso-date-time.ts';

/**
 * A programme as stored and returned. The editable part is `settings`, so a client edits by
 * sending back what it read under `settings` together with the `version` it read (optimistic
 * locking: `version` starts at 1 and grows by one per accepted update).
 */
export const programmeSchema = z.strictObject({
  id: programmeIdSchema,
  templateId: z.enum(TEMPLATE_IDS),
  version: z.int().min(1),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  settings: programmeSettingsShape,
});
export type Programme = z.infer<typeof programmeSchema>;

export const programmeSummarySchema = z.strictObject({
  id: programmeIdSchema,
  templateId: z.enum(TEMPLATE_IDS),
  name: programmeSettingsShape.shape.name,
  version: z.int().min(1),
  updatedAt: isoDateTime(),
});
export type ProgrammeSummary = z.infer<typeof programmeSummarySchema>;

export const toProgrammeSummary = (programme: Programme): ProgrammeSummary => ({
  id: programme.id,
  templateId: programme.templateId,
  name: programme.settings.name,
  version: programme.version,
  updatedAt: programme.updatedAt,
});
