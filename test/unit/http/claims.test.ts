import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { identityFromClaims } from '../../../shared/platform/auth/claims.ts';

describe('identity from claims', () => {
  it('reads a Cognito ID token’s claims', () => {
    assert.deepEqual(
      identityFromClaims({
        sub: 'u-1',
        email: 'a@example.org',
        'cognito:groups': ['partner', 'applicant'],
        'custom:region': '59',
        'custom:organisation': 'Org',
        'custom:programmes': 'p-1, p-2',
      }),
      {
        subject: 'u-1',
        email: 'a@example.org',
        roles: ['partner', 'applicant'],
        region: '59',
        organisation: 'Org',
        programmes: ['p-1', 'p-2'],
      },
    );
  });

  it('reads API Gateway’s flattened groups and ignores groups that are not roles', () => {
    assert.deepEqual(identityFromClaims({ sub: 'u-1', 'cognito:groups': '[admins staff]' })?.roles, ['staff']);
    assert.deepEqual(identityFromClaims({ sub: 'u-1', 'cognito:groups': '[]' })?.roles, []);
    assert.deepEqual(identityFromClaims({ sub: 'u-1', 'cognito:groups': 'expert' })?.roles, ['expert']);
    assert.deepEqual(identityFromClaims({ sub: 'u-1', 'custom:programmes': '*' })?.programmes, ['*']);
  });

  it('is anonymous without a subject', () => {
    assert.equal(identityFromClaims(undefined), undefined);
    assert.equal(identityFromClaims({}), undefined);
    assert.equal(identityFromClaims({ sub: '', 'cognito:groups': ['staff'] }), undefined);
  });
});
