import * as z from 'zod';
import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, versionConflict } from '../../platform/errors/common-errors.ts';
import type { Programme } from '../domain/config/programme-schema.ts';
import { programmeSettingsSchema } from '../domain/config/programme-settings-schema.ts';
import { assertManagesProgramme } from '../domain/staff-scope.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

export const updateProgrammeInputSchema = z.strictObject({
  /** The version the caller read; a stale one is refused with the current version. */
  version: z.int().min(1),
  settings: programmeSettingsSchema,
});
export type UpdateProgrammeInput = z.infer<typeof updateProgrammeInputSchema>;

/**
 * Replaces a programme's settings. The early version check saves a write for the common stale
 * case; the repository's conditional write is what actually guarantees no lost update.
 */
export const updateProgramme = async (
  deps: Pick<CatalogueDependencies, 'programmes' | 'clock'>,
  identity: Identity,
  programmeId: string,
  input: UpdateProgrammeInput,
): Promise<Programme> => {
  assertManagesProgramme(identity, programmeId);
  const current = await deps.programmes.find(programmeId);
  if (current === undefined) throw notFound('programme');
  if (current.version !== input.version) throw versionConflict(current.version);
  const next: Programme = { ...current, settings: input.settings, version: input.version + 1, updatedAt: deps.clock().toISOString() };
  await deps.programmes.replace(next);
  return next;
};
