import { describe, expect, it } from 'vitest';
import { documentDate } from '../../../shared/certificates/documents/document-date.ts';

describe('the date a document is dated', () => {
  it('is written as each language writes a date', () => {
    expect(documentDate('2026-03-05T09:00:00Z', 'ru')).toBe('5 марта 2026 г.');
    expect(documentDate('2026-03-05T09:00:00Z', 'en')).toBe('5 March 2026');
  });

  it('is the date in Moscow, where it is already the next day at 21:00 UTC', () => {
    expect(documentDate('2026-02-28T21:00:00Z', 'ru')).toBe('1 марта 2026 г.');
    expect(documentDate('2026-02-28T20:59:59Z', 'en')).toBe('28 February 2026');
  });
});
