import * as z from 'zod';
import type { Identity } from '../../platform/auth/identity.ts';
import { programmeIdSchema } from '../../platform/identifiers/identifiers.ts';
import type { Programme } from '../domain/config/programme-schema.ts';
import {
  crossSectionProblems,
  programmeSettingsSchema,
  programmeSettingsShape,
  type ProgrammeSettingsShape,
} from '../domain/config/programme-settings-schema.ts';
import { programmeScopeRequired } from '../programme-errors.ts';
import { managesAllProgrammes } from '../domain/staff-scope.ts';
import { findTemplate } from '../domain/templates/programme-templates.ts';
import { TEMPLATE_IDS, type TemplateId } from '../domain/templates/template-ids.ts';
import { addProblems } from '../domain/validation/add-problems.ts';
import { parseOrReject } from '../domain/validation/parse-or-reject.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

/** Each section named in `overrides` replaces the template's section whole. */
const mergedSettings = (input: {
  readonly templateId: TemplateId;
  readonly overrides?: Partial<ProgrammeSettingsShape> | undefined;
}): ProgrammeSettingsShape => {
  const template = findTemplate(input.templateId);
  if (template === undefined) throw new Error(`Template ${input.templateId} is declared but not shipped`);
  return { ...template.settings, ...input.overrides };
};

/**
 * A new programme starts as a copy of a template (no deep merge of sections: a half-replaced
 * pipeline is never what anyone meant). The request schema already judges the merged result
 * across sections, so one 400 lists a bad override together with what it breaks elsewhere.
 */
export const createProgrammeInputSchema = z
  .strictObject({
    id: programmeIdSchema,
    templateId: z.enum(TEMPLATE_IDS),
    overrides: programmeSettingsShape.partial().optional(),
  })
  .superRefine((input, ctx) =>
    addProblems(
      ctx,
      crossSectionProblems(mergedSettings(input)).map((found) => ({ ...found, path: ['overrides', ...found.path] })),
    ),
  );
export type CreateProgrammeInput = z.infer<typeof createProgrammeInputSchema>;

export const createProgramme = async (
  deps: Pick<CatalogueDependencies, 'programmes' | 'clock'>,
  identity: Identity,
  input: CreateProgrammeInput,
): Promise<Programme> => {
  if (!managesAllProgrammes(identity)) throw programmeScopeRequired();
  const settings = parseOrReject(programmeSettingsSchema, mergedSettings(input), 'overrides');
  const now = deps.clock().toISOString();
  const programme: Programme = { id: input.id, templateId: input.templateId, version: 1, createdAt: now, updatedAt: now, settings };
  await deps.programmes.create(programme);
  return programme;
};
