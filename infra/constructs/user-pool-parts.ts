import { RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  StandardThreatProtectionMode,
  StringAttribute,
  type UserPool,
  type UserPoolProps,
  UserPoolEmail,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { poolRoles, type UserPoolName } from '../../shared/platform/auth/user-pools.ts';
import type { Deployment } from '../deployments.ts';

/**
 * What both user pools (applicant-user-pool.ts, workforce-user-pool.ts) share: how people sign in,
 * the custom attributes the API reads as claims (shared/platform/auth/claims.ts), threat
 * protection, mail through the deployment's SES identity, and a pool that is never deleted. Each
 * pool adds how accounts are made, its password policy and its MFA.
 */
export const sharedUserPoolProps = (scope: Construct, deployment: Deployment) =>
  ({
    signInAliases: { email: true },
    signInCaseSensitive: false,
    autoVerify: { email: true },
    keepOriginal: { email: true },
    standardAttributes: { email: { required: true, mutable: true } },
    customAttributes: {
      region: new StringAttribute({ mutable: true, maxLen: 16 }),
      organisation: new StringAttribute({ mutable: true, maxLen: 256 }),
      programmes: new StringAttribute({ mutable: true, maxLen: 2048 }),
    },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    // Plus tier: compromised-credential and risky sign-in detection, enforced.
    featurePlan: FeaturePlan.PLUS,
    standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
    email: UserPoolEmail.withSES({ fromEmail: deployment.senderAddress, sesRegion: Stack.of(scope).region }),
    deletionProtection: true,
    removalPolicy: RemovalPolicy.RETAIN,
  }) satisfies UserPoolProps;

/** A client reads the email and the scoping attributes, and may write only the email. */
export const clientAttributes = () => ({
  readAttributes: new ClientAttributes()
    .withStandardAttributes({ email: true, emailVerified: true })
    .withCustomAttributes('region', 'organisation', 'programmes'),
  writeAttributes: new ClientAttributes().withStandardAttributes({ email: true }),
});

/** One group per role the pool may grant; group names are scoped to the pool and must equal the role names the handlers check. */
export const addRoleGroups = (scope: Construct, userPool: UserPool, pool: UserPoolName): void => {
  poolRoles(pool).forEach((role, precedence) => {
    new UserPoolGroup(scope, `Group-${role}`, { userPool, groupName: role, precedence, description: `cadre ${role}` });
  });
};

/** The token issuer of a pool, as the API's JWT authorizer names it. */
export const issuerUrlOf = (scope: Construct, userPool: UserPool): string =>
  `https://cognito-idp.${Stack.of(scope).region}.amazonaws.com/${userPool.userPoolId}`;
