import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkedInAddToProfileUrl } from '../../../shared/certificates/domain/linkedin-link.ts';

const facts = {
  name: 'Финалист — Кадры будущего',
  organizationName: 'Платформа ПроКадры',
  issuedAt: '2026-07-01T09:30:15Z',
  certUrl: 'https://files.cadre.example/verification/verify/index.html?id=6f1c2a4e-8b3d-4c7a-9e15-2d7f0b9a3c61',
  certId: 'КБ-2026-000123',
};

describe('the LinkedIn “add to profile” link', () => {
  it('opens LinkedIn’s certification form with every field filled, Cyrillic intact after URL parsing', () => {
    const url = new URL(linkedInAddToProfileUrl(facts));
    expect(`${url.origin}${url.pathname}`).toBe('https://www.linkedin.com/profile/add');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: 'CERTIFICATION_NAME',
      name: facts.name,
      organizationName: facts.organizationName,
      issueYear: '2026',
      issueMonth: '7',
      certUrl: facts.certUrl,
      certId: facts.certId,
    });
  });

  it('percent-encodes every value, so no character of a name or URL breaks the query', () => {
    const link = linkedInAddToProfileUrl({ ...facts, name: 'A&B = «C» + D?#' });
    expect(link).not.toMatch(/[^\x21-\x7e]/);
    expect(new URL(link).searchParams.get('name')).toBe('A&B = «C» + D?#');
  });

  it('dates the certification in Moscow time, as the certificate prints it', () => {
    const newYear = new URL(linkedInAddToProfileUrl({ ...facts, issuedAt: '2026-12-31T21:30:00Z' })).searchParams;
    expect([newYear.get('issueYear'), newYear.get('issueMonth')]).toEqual(['2027', '1']);
  });

  it('always gives a month from 1 to 12', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (at) => {
        const month = Number(new URL(linkedInAddToProfileUrl({ ...facts, issuedAt: at.toISOString() })).searchParams.get('issueMonth'));
        expect(Number.isInteger(month) && month >= 1 && month <= 12).toBe(true);
      }),
    );
  });
});
