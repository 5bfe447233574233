import type { FieldProblem } from '../../platform/errors/app-error.ts';
import type { ProgrammeSettingsShape } from '../../catalogue/domain/config/programme-settings-schema.ts';
import type { ApplicationQuestion } from '../../catalogue/domain/seasons/application-questions-schema.ts';
import type { ApplicationDraft } from '../application-draft-schema.ts';
import { asksForProjectDescription, hasInternshipLevels, hasParticipantRoles, levelsAskedAtApplication } from './programme-asks.ts';
import { validateAnswers } from './validate-answers.ts';

const fault = (field: string, code: string, ru: string, en: string): FieldProblem => ({ field, code, message: { ru, en } });

/**
 * A draft's content against its programme and season: only what they declare may be given, and
 * what is given must fit. Completeness is not required of a draft (that is eligibility at
 * submission). Returns every fault, fields named as in the request body.
 */
export const validateDraft = (
  settings: ProgrammeSettingsShape,
  questions: readonly ApplicationQuestion[],
  draft: Omit<ApplicationDraft, 'version'>,
): FieldProblem[] => {
  const faults: FieldProblem[] = [];
  if (draft.participantRole !== undefined) {
    if (!hasParticipantRoles(settings)) {
      faults.push(
        fault(
          'body.participantRole',
          'participant-roles-not-offered',
          'В программе нет ролей участников',
          'The programme has no participant roles',
        ),
      );
    } else if (!settings.participantRoles.some((role) => role.id === draft.participantRole)) {
      faults.push(
        fault(
          'body.participantRole',
          'unknown-participant-role',
          `Нет роли «${draft.participantRole}»`,
          `There is no participant role "${draft.participantRole}"`,
        ),
      );
    }
  }
  if (!hasInternshipLevels(settings)) {
    for (const name of ['preferredInternshipLevel', 'internshipJustification'] as const) {
      if (draft[name] !== undefined)
        faults.push(
          fault(
            `body.${name}`,
            'internship-levels-not-offered',
            'Программа не предлагает уровней стажировки',
            'The programme offers no internship levels',
          ),
        );
    }
  } else if (
    draft.preferredInternshipLevel !== undefined &&
    !levelsAskedAtApplication(settings).some((level) => level.id === draft.preferredInternshipLevel)
  ) {
    faults.push(
      fault(
        'body.preferredInternshipLevel',
        'unknown-internship-level',
        `Нет уровня стажировки «${draft.preferredInternshipLevel}»`,
        `There is no internship level "${draft.preferredInternshipLevel}"`,
      ),
    );
  }
  if (draft.projectDescription !== undefined && !asksForProjectDescription(settings)) {
    faults.push(
      fault(
        'body.projectDescription',
        'project-description-not-asked',
        'Программа не запрашивает описание проекта',
        'The programme does not ask for a project description',
      ),
    );
  }
  faults.push(...validateAnswers(questions, draft.answers, draft.participantRole, 'draft', 'body.answers'));
  return faults;
};
