import type { ProgrammeSettingsShape } from '../../catalogue/domain/config/programme-settings-schema.ts';

/**
 * What a programme's config asks of an applicant beyond the season's questions. A programme asks
 * for a project description when it declares a document requirement of that kind (Объединение
 * наставников); the application then carries the description's text and the file is a document.
 */
export const asksForProjectDescription = (settings: ProgrammeSettingsShape): boolean =>
  settings.documentRequirements.some((requirement) => requirement.kind === 'projectDescription');

export const requiresProjectDescription = (settings: ProgrammeSettingsShape): boolean =>
  settings.documentRequirements.some((requirement) => requirement.kind === 'projectDescription' && requirement.required);

export const hasParticipantRoles = (settings: ProgrammeSettingsShape): boolean => settings.participantRoles.length > 0;

/** The internship levels an applicant chooses among when applying (a level only hosts' offers carry is not one). */
export const levelsAskedAtApplication = (settings: ProgrammeSettingsShape): ProgrammeSettingsShape['internshipLevels'] =>
  settings.internshipLevels.filter((level) => level.askedAtApplication !== false);

export const hasInternshipLevels = (settings: ProgrammeSettingsShape): boolean => levelsAskedAtApplication(settings).length > 0;
