import type { LocalisedText } from '../../platform/errors/app-error.ts';

/** What a mentoring mail says: to whom, in which language, about which pair of which programme. */
export interface MentoringMailFacts {
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly pairId: string;
}

/** A mentor hears from cadre in Russian unless they work in English only. */
export const mentorLanguage = (languages: readonly ('ru' | 'en')[]): 'ru' | 'en' => (languages.includes('ru') ? 'ru' : 'en');
