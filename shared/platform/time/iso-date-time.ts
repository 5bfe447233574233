import * as z from 'zod';

/**
 * The most characters an ISO 8601 instant takes here: `2026-05-01T09:00:00.123456789+03:00` is 35,
 * so 40 leaves room without letting a megabyte of fraction digits through.
 */
export const MAX_ISO_DATE_TIME_LENGTH = 40;

/** An ISO 8601 instant (`Z`, or an offset where `offset` allows one), bounded in length like every string the API takes. */
export const isoDateTime = (options?: { readonly offset?: boolean }) =>
  z.iso.datetime(options?.offset === true ? { offset: true } : undefined).max(MAX_ISO_DATE_TIME_LENGTH);

/** An ISO 8601 calendar date, `2026-05-01`: the format fixes its 10 characters, maxLength says so in the OpenAPI document. */
export const isoDate = () => z.iso.date().meta({ maxLength: 10 });
