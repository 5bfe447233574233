import { malformedJson, payloadTooLarge, unsupportedMediaType } from '../../errors/common-errors.ts';
import { headerOf } from '../api-gateway.ts';
import { routeOf, stateOf, type HttpMiddleware } from '../request-state.ts';

export const DEFAULT_BODY_LIMIT_BYTES = 100 * 1024;

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses the JSON body of routes that declare one: size first (cheap, and it bounds the work),
 * then the media type, then the JSON itself. Routes without a body schema ignore any body sent.
 * API Gateway base64-encodes bodies whose media type it does not consider text.
 */
export const jsonBody = ({ limitBytes = DEFAULT_BODY_LIMIT_BYTES }: { readonly limitBytes?: number } = {}): HttpMiddleware => ({
  before: (request) => {
    const state = stateOf(request.context);
    const { event } = request;
    if (routeOf(state).request?.body === undefined || event.body === undefined || event.body === '') return;
    const bytes = Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
    if (bytes.byteLength > limitBytes) throw payloadTooLarge(limitBytes);
    if (!JSON_MEDIA_TYPE.test(headerOf(event, 'content-type') ?? '')) throw unsupportedMediaType();
    state.body = parseJson(bytes);
  },
});

const parseJson = (bytes: Buffer): unknown => {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    throw malformedJson();
  }
};
