import { describe, expect, it } from 'vitest';
import { eventOwnerFault } from '../../../shared/interviews/domain/event-owner.ts';
import type { PartnerOrganisation } from '../../../shared/partners/partner-organisation-schema.ts';

const registered = (changes: Partial<PartnerOrganisation> = {}): PartnerOrganisation => ({
  id: 'minek-rf',
  kind: 'federal-ministry',
  name: { ru: 'Минэкономразвития России', en: 'Ministry of Economic Development' },
  region: null,
  contacts: [{ name: 'Олег Серов', email: 'minek-rf@example.org', language: 'ru' }],
  version: 1,
  createdAt: '2026-05-01T00:00:00.000Z',
  updatedAt: '2026-05-01T00:00:00.000Z',
  ...changes,
});

const faultOf = (organisation: PartnerOrganisation | undefined) => {
  const fault = eventOwnerFault('minek-rf', organisation);
  return fault === undefined ? undefined : { code: fault.code, status: fault.status, fields: fault.fields.map((one) => one.field) };
};

describe('who may own an interview event', () => {
  it('is a federal ministry of the partner registry that is not retired', () => {
    expect(faultOf(registered())).toBeUndefined();
    expect(faultOf(registered({ retired: false }))).toBeUndefined();
  });

  it('refuses an organisation the registry lacks, or has retired, naming the field', () => {
    const refusal = { code: 'owner-not-registered', status: 422, fields: ['body.ownerOrganisation'] };
    expect(faultOf(undefined)).toEqual(refusal);
    expect(faultOf(registered({ retired: true }))).toEqual(refusal);
  });

  it('refuses the other kinds: regional bodies, youth-policy bodies and employers hold no interviews of their own', () => {
    for (const kind of ['regional-executive-body', 'youth-policy-body', 'employer'] as const)
      expect(faultOf(registered({ kind, region: '59' }))).toEqual({
        code: 'owner-not-federal-ministry',
        status: 422,
        fields: ['body.ownerOrganisation'],
      });
  });
});
