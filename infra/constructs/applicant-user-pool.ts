import { Duration } from 'aws-cdk-lib';
import { Mfa, UserPool, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { Deployment } from '../deployments.ts';
import { addRoleGroups, clientAttributes, issuerUrlOf, sharedUserPoolProps } from './user-pool-parts.ts';
import type { CapabilityFunction } from './capability-function.ts';
import { acknowledge } from '../nag/acknowledge.ts';

export interface ApplicantUserPoolProps {
  readonly deployment: Deployment;
  /** Post-confirmation trigger (functions/account-confirmation): adds self-signed-up users to the applicant group. */
  readonly accountConfirmation: CapabilityFunction;
}

/**
 * The applicants' pool: the public signs itself up here with an email, and the post-confirmation
 * trigger puts each confirmed user in the `applicant` group (without it every applicant route would
 * answer 403). That group is the only one this pool has: staff, experts, mentors and partners are
 * in the workforce pool (workforce-user-pool.ts), and the API never takes a workforce role from this
 * pool's tokens. The custom attributes that scope partners and staff stay in this pool's schema
 * because Cognito cannot remove an attribute from an existing pool; no client can write them.
 */
export class ApplicantUserPool extends Construct {
  readonly pool = 'applicants' as const;
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** Token issuer for the API's JWT authorizer. */
  readonly issuerUrl: string;

  constructor(scope: Construct, id: string, { deployment, accountConfirmation }: ApplicantUserPoolProps) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: true,
      ...sharedUserPoolProps(this, deployment),
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
      lambdaTriggers: { postConfirmation: accountConfirmation },
    });
    // The trigger may add users to groups of this pool only, and do nothing else in Cognito. The grant is
    // a Policy of its own, not a statement in the function's default policy: the function waits for its
    // default policy and the pool waits for the function (its trigger), so a default-policy statement
    // naming the pool would be the cycle pool -> function -> policy -> pool. A separate Policy attached to
    // the role is created after both and names this pool's exact ARN, no wildcard. (The function reads
    // the pool id from the trigger event, not from an environment variable, for the same reason.)
    new Policy(this, 'AccountConfirmationPolicy', {
      roles: [accountConfirmation.executionRole],
      statements: [new PolicyStatement({ actions: ['cognito-idp:AdminAddUserToGroup'], resources: [this.userPool.userPoolArn] })],
    });
    acknowledge(
      this.userPool,
      'AwsSolutions-COG2',
      'This is the public pool only: applicants (citizens, some of them minors) sign themselves up with an email, so MFA is optional here; TOTP is offered to everyone, threat protection is enforced, and its tokens carry the applicant role alone. Staff, experts, mentors and partners sign in to the workforce pool, where MFA is required.',
    );

    addRoleGroups(this, this.userPool, this.pool);

    this.client = this.userPool.addClient('WebClient', {
      authFlows: { userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      ...clientAttributes(),
    });

    this.issuerUrl = issuerUrlOf(this, this.userPool);
  }
}
