import { handler } from '../../functions/reviews/handler.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from './api-event.ts';

/** Drives the reviews Lambda with the event API Gateway would send, and parses its answer. */
export const callReviews = (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(handler, init);
