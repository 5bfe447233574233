import { formatMoscowTime } from '../../mail/domain/format-moscow-time.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';

const TEXTS = {
  ru: {
    when: (at: string) => `Когда: ${at} (по московскому времени).`,
    where: (place: string) => `Где: ${place}.`,
    link: (url: string) => `Ссылка на видеозвонок: ${url}`,
    recorded: (until: string) =>
      `Ваша видео-самопрезентация будет рассмотрена как онлайн-собеседование; комиссия оценит её до ${until} (по московскому времени).`,
  },
  en: {
    when: (at: string) => `When: ${at} (Moscow time).`,
    where: (place: string) => `Where: ${place}.`,
    link: (url: string) => `Video call: ${url}`,
    recorded: (until: string) => `Your video self-presentation is your online interview; the panel reviews it by ${until} (Moscow time).`,
  },
} as const;

/** When and where (or how) an interview happens, in the reader's language: the lines every interview mail shares. */
export const interviewPlaceLines = (event: InterviewEvent, language: 'ru' | 'en'): string[] => {
  const texts = TEXTS[language];
  if (event.format === 'recorded') return [texts.recorded(formatMoscowTime(event.endsAt, language))];
  return [
    texts.when(formatMoscowTime(event.startsAt, language)),
    ...(event.format === 'offline' ? [texts.where([event.city, event.venue].filter((part) => part !== undefined).join(', '))] : []),
    ...(event.videoCallUrl === undefined ? [] : [texts.link(event.videoCallUrl)]),
  ];
};
