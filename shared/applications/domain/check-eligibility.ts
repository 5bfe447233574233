import type { FieldProblem } from '../../platform/errors/app-error.ts';
import type { AgeRange } from '../../catalogue/domain/config/age-range.ts';
import type { Transition } from '../../catalogue/domain/config/pipeline-schema.ts';
import type { ProgrammeSettingsShape } from '../../catalogue/domain/config/programme-settings-schema.ts';
import type { ApplicationQuestion } from '../../catalogue/domain/seasons/application-questions-schema.ts';
import type { Application } from '../application-schema.ts';
import type { ApplicantRecord } from '../ports/applicant-records.ts';
import { ageAt } from '../../applicants/domain/age-at.ts';
import { hasInternshipLevels, hasParticipantRoles, requiresProjectDescription } from './programme-asks.ts';
import { validateAnswers } from './validate-answers.ts';

export interface EligibilityInput {
  readonly settings: ProgrammeSettingsShape;
  readonly questions: readonly ApplicationQuestion[];
  /** The season's date on which ages are taken. */
  readonly referenceDate: string;
  readonly initialStage: string;
  readonly application: Pick<
    Application,
    'participantRole' | 'preferredInternshipLevel' | 'internshipJustification' | 'projectDescription' | 'answers'
  >;
  readonly applicant: ApplicantRecord | undefined;
  /** Requirement ids met by a verified document. */
  readonly verifiedRequirements: ReadonlySet<string>;
  /** The track the rules assign at this submission (requirements may apply to some tracks only). */
  readonly track: string | undefined;
  /** The submission transition, whose guards must hold too. */
  readonly transition: Transition;
}

const reason = (field: string, code: string, ru: string, en: string): FieldProblem => ({ field, code, message: { ru, en } });

const ageReasons = (input: EligibilityInput, applicant: ApplicantRecord): FieldProblem[] => {
  const role = input.settings.participantRoles.find((candidate) => candidate.id === input.application.participantRole);
  // A participant role's range replaces the programme's (pupils 14–17 in a programme for all ages).
  const range: AgeRange | undefined = role?.ageRange ?? input.settings.eligibility.ageRange;
  if (range === undefined) return [];
  const age = ageAt(applicant.birthDate, input.referenceDate);
  if (age >= range.min && age <= range.max) return [];
  return [
    reason(
      'profile.birthDate',
      'age-out-of-range',
      `На ${input.referenceDate} вам ${age} (лет); принимаются участники от ${range.min} до ${range.max} лет.`,
      `On ${input.referenceDate} you are ${age}; applicants must be ${range.min} to ${range.max}.`,
    ),
  ];
};

const personReasons = (input: EligibilityInput): FieldProblem[] => {
  const applicant = input.applicant;
  if (applicant === undefined) return [reason('profile', 'profile-missing', 'Заполните профиль участника.', 'Fill in your profile.')];
  const eligibility = input.settings.eligibility;
  const reasons = ageReasons(input, applicant);
  if (!applicant.citizenship.some((code) => eligibility.citizenship.includes(code))) {
    reasons.push(
      reason(
        'profile.citizenship',
        'citizenship-not-eligible',
        `Программа принимает граждан: ${eligibility.citizenship.join(', ')}.`,
        `The programme accepts citizens of: ${eligibility.citizenship.join(', ')}.`,
      ),
    );
  }
  if (!applicant.consent.personalData) {
    reasons.push(
      reason(
        'consent.personalData',
        'consent-missing',
        'Дайте согласие на обработку персональных данных.',
        'Give your consent to personal-data processing.',
      ),
    );
  }
  // The transition's `guardianConsent` guard says the same as the programme's threshold; both hold here.
  const minor = ageAt(applicant.birthDate, input.referenceDate) < eligibility.guardianConsentBelowAge;
  if (minor && !applicant.consent.guardian) {
    reasons.push(
      reason(
        'consent.guardian',
        'guardian-consent-missing',
        `Участникам младше ${eligibility.guardianConsentBelowAge} лет нужно согласие родителя или законного представителя.`,
        `Applicants under ${eligibility.guardianConsentBelowAge} need a parent's or guardian's consent.`,
      ),
    );
  }
  return reasons;
};

const applicationReasons = (input: EligibilityInput): FieldProblem[] => {
  const { settings, application } = input;
  const reasons: FieldProblem[] = [];
  if (hasParticipantRoles(settings) && application.participantRole === undefined) {
    reasons.push(
      reason('application.participantRole', 'participant-role-required', 'Выберите роль участника.', 'Choose a participant role.'),
    );
  }
  if (hasInternshipLevels(settings)) {
    if (application.preferredInternshipLevel === undefined) {
      reasons.push(
        reason(
          'application.preferredInternshipLevel',
          'internship-level-required',
          'Выберите предпочтительный уровень стажировки.',
          'Choose a preferred internship level.',
        ),
      );
    } else {
      const track = settings.tracks.find((candidate) => candidate.id === input.track);
      if (track?.internshipLevels !== undefined && !track.internshipLevels.includes(application.preferredInternshipLevel)) {
        reasons.push(
          reason(
            'application.preferredInternshipLevel',
            'internship-level-not-for-track',
            `Для трека «${track.name.ru}» доступны уровни: ${track.internshipLevels.join(', ')}.`,
            `The track "${track.name.en}" offers the levels: ${track.internshipLevels.join(', ')}.`,
          ),
        );
      }
    }
    if (application.internshipJustification === undefined) {
      reasons.push(
        reason(
          'application.internshipJustification',
          'internship-justification-required',
          'Обоснуйте выбор уровня стажировки.',
          'Justify your choice of internship level.',
        ),
      );
    }
  }
  if (requiresProjectDescription(settings) && application.projectDescription === undefined) {
    reasons.push(reason('application.projectDescription', 'project-description-required', 'Опишите ваш проект.', 'Describe your project.'));
  }
  reasons.push(...validateAnswers(input.questions, application.answers, application.participantRole, 'submission', 'application.answers'));
  return reasons;
};

const documentReasons = (input: EligibilityInput): FieldProblem[] => {
  const applies = (tracks: readonly string[] | undefined) =>
    tracks === undefined || (input.track !== undefined && tracks.includes(input.track));
  const required = input.settings.documentRequirements.filter(
    (requirement) => requirement.required && requirement.stage === input.initialStage && applies(requirement.tracks),
  );
  const guarded = (input.transition.guards ?? []).flatMap((guard) => (guard.kind === 'documents' ? guard.documents : []));
  const needed = new Set([...required.map((requirement) => requirement.id), ...guarded]);
  return [...needed]
    .filter((id) => !input.verifiedRequirements.has(id))
    .map((id) => {
      const name = input.settings.documentRequirements.find((requirement) => requirement.id === id)?.name ?? { ru: id, en: id };
      return reason(
        `documents.${id}`,
        'document-missing',
        `Загрузите документ «${name.ru}» и дождитесь его проверки.`,
        `Upload "${name.en}" and wait until it is verified.`,
      );
    });
};

const guardReasons = (input: EligibilityInput): FieldProblem[] =>
  (input.transition.guards ?? []).flatMap((guard) => {
    if (
      guard.kind === 'participantRoles' &&
      (input.application.participantRole === undefined || !guard.roles.includes(input.application.participantRole))
    ) {
      return [
        reason(
          'application.participantRole',
          'participant-role-not-admitted',
          `Подать заявку могут роли: ${guard.roles.join(', ')}.`,
          `Only these roles may apply: ${guard.roles.join(', ')}.`,
        ),
      ];
    }
    if (guard.kind === 'tracks' && (input.track === undefined || !guard.tracks.includes(input.track))) {
      return [
        reason(
          'track',
          'track-not-admitted',
          `Подать заявку можно на треках: ${guard.tracks.join(', ')}.`,
          `Only these tracks may apply: ${guard.tracks.join(', ')}.`,
        ),
      ];
    }
    return [];
  });

/**
 * Eligibility at submission: the person (age at the reference date, citizenship, consents), the
 * application's completeness (role, internship level and justification, project description,
 * required answers), the verified documents of the initial stage, and the submission
 * transition's guards. Returns EVERY reason, so one refusal tells the applicant all there is to fix.
 */
export const checkEligibility = (input: EligibilityInput): FieldProblem[] => [
  ...personReasons(input),
  ...applicationReasons(input),
  ...documentReasons(input),
  ...guardReasons(input),
];
