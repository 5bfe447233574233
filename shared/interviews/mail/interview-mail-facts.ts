import type { LocalisedText } from '../../platform/errors/app-error.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';

/** What the booking's mails say: to whom, in which language, about which event of which programme. */
export interface InterviewMailFacts {
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly applicationId: string;
  readonly event: InterviewEvent;
}
