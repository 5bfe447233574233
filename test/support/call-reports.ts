import { handler } from '../../functions/reports/handler.ts';
import { apiEvent, invokeHandler, lambdaContext, type ApiEventInit, type HandlerResponse } from './api-event.ts';

/** Drives the reports Lambda with the event API Gateway would send, and parses its (JSON) answer. */
export const callReports = (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(handler, init);

/** The same, with the body as the text it is (a report as CSV). */
export const callReportsRaw = async (
  init: ApiEventInit,
): Promise<{ readonly status: number; readonly text: string; readonly headers: Readonly<Record<string, unknown>> }> => {
  const result = await handler(apiEvent(init), lambdaContext());
  return { status: result.statusCode ?? 0, text: typeof result.body === 'string' ? result.body : '', headers: result.headers ?? {} };
};
