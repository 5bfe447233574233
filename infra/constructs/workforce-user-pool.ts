import { Duration } from 'aws-cdk-lib';
import {
  type CfnUserPool,
  Mfa,
  OAuthScope,
  PasskeyUserVerification,
  ResourceServerScope,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import type { Deployment } from '../deployments.ts';
import { MACHINE_SCOPES } from '../../shared/platform/auth/roles.ts';
import { pascalCase } from '../stacks/pascal-case.ts';
import { addRoleGroups, clientAttributes, issuerUrlOf, sharedUserPoolProps } from './user-pool-parts.ts';

export interface WorkforceUserPoolProps {
  readonly deployment: Deployment;
}

/**
 * The workforce pool: staff, experts, mentors and partners (people and machine clients), whose
 * tokens reach personal data of applicants. Nobody signs themselves up: ops create each account
 * (AdminCreateUser; Cognito mails a temporary password), add it to its group and set the custom
 * attributes that scope it (custom:region, custom:organisation, custom:programmes), which no client
 * can write, so nobody widens their own scope. MFA is required at every sign-in: TOTP, or a passkey
 * with user verification where the deployment names a passkey domain. Threat protection is enforced.
 */
export class WorkforceUserPool extends Construct {
  readonly pool = 'workforce' as const;
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** Token issuer for the API's JWT authorizer. */
  readonly issuerUrl: string;
  /** The partner API's machine clients (client credentials, secret generated): the machine routes' audience. */
  readonly machineClients: readonly UserPoolClient[];

  constructor(scope: Construct, id: string, { deployment }: WorkforceUserPoolProps) {
    super(scope, id);
    const passkeys = deployment.passkeyRelyingPartyId;

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      userInvitation: {
        emailSubject: 'cadre: ваша учётная запись / your account',
        emailBody:
          'Для вас создана учётная запись cadre. Имя пользователя: {username}, временный пароль: {####}. При первом входе задайте свой пароль и подключите приложение-аутентификатор.<br><br>' +
          'A cadre account has been created for you. Username: {username}, temporary password: {####}. At your first sign-in, set your own password and add an authenticator app.',
      },
      ...sharedUserPoolProps(this, deployment),
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        // Cognito's maximum.
        passwordHistorySize: 24,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.REQUIRED,
      // No SMS (SIM swap) and no email codes (the mailbox is what a password reset goes through).
      mfaSecondFactor: { otp: true, sms: false, email: false },
      ...(passkeys === undefined
        ? {}
        : {
            signInPolicy: { allowedFirstAuthFactors: { password: true, passkey: true } },
            passkeyRelyingPartyId: passkeys,
            passkeyUserVerification: PasskeyUserVerification.REQUIRED,
          }),
    });
    if (passkeys !== undefined) {
      // A passkey sign-in with user verification (biometrics or PIN on the device) is two factors in
      // one, so it satisfies the required MFA; without this Cognito would still ask for TOTP after it.
      // CDK has no property for it yet.
      (this.userPool.node.defaultChild as CfnUserPool).webAuthnFactorConfiguration = 'MULTI_FACTOR_WITH_USER_VERIFICATION';
    }

    addRoleGroups(this, this.userPool, this.pool);

    this.client = this.userPool.addClient('WebClient', {
      // SRP for password sign-in; choice-based sign-in (USER_AUTH) for passkeys.
      authFlows: { userSrp: true, user: passkeys !== undefined },
      generateSecret: false,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      // A working day: after it, sign in again, with MFA.
      refreshTokenValidity: Duration.hours(12),
      ...clientAttributes(),
    });

    this.issuerUrl = issuerUrlOf(this, this.userPool);
    this.machineClients = this.addPartnerApi(deployment);
  }

  /**
   * Partners' machine clients (deployments.ts `partnerApi`): a resource server whose scopes are the
   * machine routes' (roles.ts MACHINE_SCOPES, `<identifier>/<scope>`), the Cognito domain that serves
   * the token endpoint, and per client an app client with a generated secret that may use the
   * client-credentials grant for those scopes only. An access token lives an hour; there is no user,
   * no refresh token and no other flow.
   */
  private addPartnerApi(deployment: Deployment): UserPoolClient[] {
    const partnerApi = deployment.partnerApi;
    if (partnerApi === undefined) return [];
    const servers = new Map<string, ResourceServerScope[]>();
    for (const scope of MACHINE_SCOPES) {
      const [identifier = '', scopeName = ''] = scope.split('/');
      servers.set(identifier, [...(servers.get(identifier) ?? []), new ResourceServerScope({ scopeName, scopeDescription: scope })]);
    }
    const oauthScopes = [...servers].flatMap(([identifier, scopes]) => {
      const server = this.userPool.addResourceServer(`ResourceServer-${identifier}`, { identifier, scopes });
      return scopes.map((scope) => OAuthScope.resourceServer(server, scope));
    });
    this.userPool.addDomain('PartnerApiDomain', { cognitoDomain: { domainPrefix: partnerApi.domainPrefix } });
    return partnerApi.machineClients.map((name) =>
      this.userPool.addClient(`MachineClient${pascalCase(name)}`, {
        userPoolClientName: `cadre-machine-${name}`,
        generateSecret: true,
        authFlows: {},
        oAuth: { flows: { clientCredentials: true }, scopes: oauthScopes },
        enableTokenRevocation: true,
        preventUserExistenceErrors: true,
        accessTokenValidity: Duration.hours(1),
      }),
    );
  }
}
