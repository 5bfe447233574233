import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClient,
  UserPoolEmail,
  UserPoolGroup,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLES } from '../../shared/auth/roles.ts';
import type { Deployment } from '../deployments.ts';
import { acknowledge } from '../nag/acknowledge.ts';

/**
 * Who may call the API. Applicants sign themselves up with their email; the other roles are Cognito
 * groups that staff assign. The custom attributes scope partners and staff (custom:region,
 * custom:organisation, custom:programmes) and are therefore not writable by the app client: a user
 * cannot widen their own scope.
 */
export class CadreUserPool extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** Token issuer for the API's JWT authorizer. */
  readonly issuerUrl: string;

  constructor(scope: Construct, id: string, deployment: Deployment) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
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
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 5,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus tier: compromised-credential and risky sign-in detection, enforced (citizens' accounts).
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      email: UserPoolEmail.withSES({
        fromEmail: deployment.senderAddress,
        sesRegion: Stack.of(this).region,
      }),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.userPool,
      'AwsSolutions-COG2',
      'MFA is optional so that the public (applicants, some of them minors) can sign up with an email alone; TOTP is offered to everyone and threat protection is enforced.',
    );

    ROLES.forEach((role, precedence) => {
      new UserPoolGroup(this, `Group-${role}`, {
        userPool: this.userPool,
        // Group names are scoped to this pool and must equal the role names the handlers check.
        groupName: role,
        precedence,
        description: `cadre ${role}`,
      });
    });

    this.client = this.userPool.addClient('WebClient', {
      authFlows: { userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true })
        .withCustomAttributes('region', 'organisation', 'programmes'),
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true }),
    });

    this.issuerUrl = `https://cognito-idp.${Stack.of(this).region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
