import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { guardianConsentInputSchema } from '../../../shared/applicants/domain/consents/consent-record-schema.ts';
import { saveProfileInputSchema } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import { validatePart } from '../../../shared/platform/http/field-problems.ts';
import { baseProfile } from '../../support/profile-fixtures.ts';

/**
 * Cross-field rules run even when a sibling field failed (whenValid), but never on a value that is
 * not an object at all: a null or missing guardian or period was a 500 (the rule read a field of
 * null) instead of a 400 naming it.
 */
const fieldsOf = (schema: Parameters<typeof validatePart>[1], body: unknown): string[] => {
  const result = validatePart('body', schema, body);
  return result.ok ? [] : result.problems.map((problem) => `${problem.field} ${problem.code}`);
};

describe('cross-field rules on a value that is not an object', () => {
  for (const guardian of [null, undefined, 'Ирина', [], 7]) {
    it(`refuses a guardian of ${JSON.stringify(guardian) ?? 'nothing'} as a 400, naming it`, () => {
      const code = guardian === undefined ? 'required' : 'invalid-type';
      assert.deepEqual(fieldsOf(guardianConsentInputSchema, { guardian, textVersion: 'guardian-2026-01' }), [`body.guardian ${code}`]);
    });
  }

  it('still judges the guardian’s contact when another field of it failed', () => {
    assert.deepEqual(
      fieldsOf(guardianConsentInputSchema, {
        guardian: { fullName: 'Ир', relationship: 'parent' },
        textVersion: 'guardian-2026-01',
      }).sort(),
      ['body.guardian.email guardian-contact-missing', 'body.guardian.fullName too-small'],
    );
  });

  for (const list of ['workExperience', 'activity.internships', 'activity.organisations', 'activity.youthGovernment'] as const) {
    it(`refuses a null period in ${list}, naming it`, () => {
      const profile = structuredClone(baseProfile()) as Record<string, unknown> & { activity: Record<string, unknown> };
      if (list === 'workExperience') profile.workExperience = [null];
      else profile.activity[list.slice('activity.'.length)] = [null];
      assert.deepEqual(fieldsOf(saveProfileInputSchema, profile), [`body.${list}.0 invalid-type`]);
    });
  }
});
