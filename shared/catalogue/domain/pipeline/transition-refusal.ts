import type { LocalisedText } from '../../../platform/errors/app-error.ts';

/** Why the domain refused a transition: a stable code for programs, a ru/en reason for people. */
export interface TransitionRefusal {
  readonly allowed: false;
  readonly code: string;
  readonly message: LocalisedText;
}

export const refuseTransition = (code: string, ru: string, en: string): TransitionRefusal => ({
  allowed: false,
  code,
  message: { ru, en },
});
