import { malformedJson, malformedText, payloadTooLarge, unsupportedMediaType } from '../../errors/common-errors.ts';
import { headerOf } from '../api-gateway.ts';
import { routeOf, stateOf, type HttpMiddleware } from '../request-state.ts';

export const DEFAULT_BODY_LIMIT_BYTES = 100 * 1024;

const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;
const CSV_MEDIA_TYPE = /^text\/csv\s*(;|$)/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses the body of routes that declare one: size first (cheap, and it bounds the work), then
 * the media type, then the content. JSON unless the route declares `bodyMediaType: 'text/csv'`,
 * whose body schema then receives the decoded UTF-8 text (a BOM kept: the CSV reader drops it).
 * Routes without a body schema ignore any body sent.
 * API Gateway base64-encodes bodies whose media type it does not consider text.
 */
export const jsonBody = ({ limitBytes = DEFAULT_BODY_LIMIT_BYTES }: { readonly limitBytes?: number } = {}): HttpMiddleware => ({
  before: (request) => {
    const state = stateOf(request.context);
    const { event } = request;
    const route = routeOf(state);
    if (route.request?.body === undefined || event.body === undefined || event.body === '') return;
    const bytes = Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
    if (bytes.byteLength > limitBytes) throw payloadTooLarge(limitBytes);
    const contentType = headerOf(event, 'content-type') ?? '';
    if (route.request.bodyMediaType === 'text/csv') {
      if (!CSV_MEDIA_TYPE.test(contentType)) throw unsupportedMediaType('text/csv');
      state.body = decodeText(bytes);
      return;
    }
    if (!JSON_MEDIA_TYPE.test(contentType)) throw unsupportedMediaType();
    state.body = parseJson(bytes);
  },
});

const decodeText = (bytes: Buffer): string => {
  try {
    // ignoreBOM keeps a leading BOM in the text, so what the reader sees is what was sent.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw malformedText();
  }
};

const parseJson = (bytes: Buffer): unknown => {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    throw malformedJson();
  }
};
