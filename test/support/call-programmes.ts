import { invokeHandler, type ApiEventInit, type HandlerResponse } from './api-event.ts';
import { handler } from '../../functions/programmes/handler.ts';

/** Claims of a staff member who runs every programme, as the JWT authorizer passes them. */
export const staffClaims = { sub: 'staff-1', 'cognito:groups': '[staff]', 'custom:programmes': '*' } as const;

export type Response = HandlerResponse;

/** Drives the programmes Lambda with the event API Gateway would send, and parses its answer. */
export const call = (init: ApiEventInit): Promise<Response> => invokeHandler(handler, init);

export const uniqueId = (prefix: string): string => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

export const seasonBody = (id: string) => ({
  id,
  title: { ru: 'Сезон', en: 'Season' },
  description: { ru: 'Публичное описание', en: 'Public description' },
  referenceDate: '2026-08-31',
  calendar: [
    { stage: 'application', opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-08-31T23:59:59Z' },
    { stage: 'education', opensAt: '2026-08-01T00:00:00Z', closesAt: '2026-09-30T23:59:59Z' },
  ],
  questions: [{ id: 'motivation', kind: 'text', required: true, maxLength: 1000, label: { ru: 'Мотивация', en: 'Motivation' } }],
});
