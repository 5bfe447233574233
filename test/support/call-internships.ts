import { handler } from '../../functions/internships/handler.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from './api-event.ts';

/** Drives the internships Lambda with the event API Gateway would send, and parses its answer. */
export const callInternships = (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(handler, init);
