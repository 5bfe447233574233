import { handler } from '../../functions/partners/handler.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from './api-event.ts';

/** Drives the partners Lambda with the event API Gateway would send, and parses its answer. */
export const callPartners = (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(handler, init);
