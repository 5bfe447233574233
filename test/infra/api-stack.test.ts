import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { Validations } from 'aws-cdk-lib';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { poolRoles, routeAuthorizer, routeScopes, USER_POOLS, type UserPoolName } from '../../shared/platform/auth/user-pools.ts';
import { ENV } from '../../shared/platform/config/env.ts';
import { isPublicRoute, routeKey } from '../../shared/platform/http/route.ts';
import { ROUTES } from '../../shared/route-table.ts';
import { THROTTLED_OPERATIONS } from '../../infra/config/route-throttles.ts';
import { DEPLOYMENTS } from '../../infra/deployments.ts';
import { ACCESS_LOG_FIELDS, CORS_ALLOWED_HEADERS, UNAUTHORIZED_METRIC } from '../../infra/stacks/api-stack.ts';
import {
  crossStackSource,
  onlyResource,
  resourcesOfType,
  synthDeployment,
  type SynthesizedDeployment,
} from './support/synth-deployment.ts';

const dev = synthDeployment('dev-eu-central-1');
const prod = synthDeployment('prod-eu-north-1');
const api = dev.templates.api;
const deployments: [string, SynthesizedDeployment][] = [
  ['dev-eu-central-1', dev],
  ['prod-eu-north-1', prod],
];

type Resource = { readonly Properties?: Record<string, unknown>; readonly DependsOn?: string[] };

const logicalId = (synthesized: SynthesizedDeployment, construct: { node: { defaultChild?: unknown } }): string =>
  synthesized.parts.api.getLogicalId(construct.node.defaultChild as never);
const poolId = (synthesized: SynthesizedDeployment, pool: UserPoolName): string =>
  logicalId(synthesized, synthesized.parts.api[pool].userPool);
const clientId = (synthesized: SynthesizedDeployment, pool: UserPoolName): string =>
  logicalId(synthesized, synthesized.parts.api[pool].client);
const poolOf = (synthesized: SynthesizedDeployment, pool: UserPoolName): Resource =>
  resourcesOfType(synthesized.templates.api, 'AWS::Cognito::UserPool')[poolId(synthesized, pool)] ?? {};
const groupsOf = (template: Template, pool: string): unknown[] =>
  Object.values(resourcesOfType(template, 'AWS::Cognito::UserPoolGroup'))
    .filter((group) => JSON.stringify(group.Properties?.UserPoolId) === JSON.stringify({ Ref: pool }))
    .map((group) => group.Properties?.GroupName)
    .sort();
const clientOf = (synthesized: SynthesizedDeployment, pool: UserPoolName): Record<string, unknown> =>
  resourcesOfType(synthesized.templates.api, 'AWS::Cognito::UserPoolClient')[clientId(synthesized, pool)]?.Properties ?? {};

describe("api stack: the applicants' pool", () => {
  it('lets applicants sign up with their email as username, with a strong password policy and optional MFA', () => {
    assert.equal(Object.keys(resourcesOfType(api, 'AWS::Cognito::UserPool')).length, 2, 'two pools');
    const pool = poolOf(dev, 'applicants').Properties ?? {};
    assert.deepEqual(pool.AdminCreateUserConfig, { AllowAdminCreateUserOnly: false });
    assert.deepEqual(pool.UsernameAttributes, ['email']);
    assert.deepEqual(pool.AutoVerifiedAttributes, ['email']);
    assert.equal(pool.MfaConfiguration, 'OPTIONAL');
    assert.deepEqual(pool.EnabledMfas, ['SOFTWARE_TOKEN_MFA']);
    assert.deepEqual((pool.Policies as { PasswordPolicy: Record<string, unknown> }).PasswordPolicy, {
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      PasswordHistorySize: 5,
      TemporaryPasswordValidityDays: 3,
    });
  });

  it('keeps its construct path, so the existing pool (retained, deletion-protected) is updated, never replaced', () => {
    assert.equal(dev.parts.api.applicants.userPool.node.path, 'cadre-dev-eu-central-1/Api/Users/UserPool');
    api.hasResource('AWS::Cognito::UserPool', {
      Properties: Match.objectLike({
        MfaConfiguration: 'OPTIONAL',
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
      }),
      DeletionPolicy: 'Retain',
    });
  });

  it('has the applicant group only: no workforce role can be granted in it', () => {
    assert.deepEqual(groupsOf(api, poolId(dev, 'applicants')), ['applicant']);
  });

  it('lets the app client write nothing but the email', () => {
    const schema = poolOf(dev, 'applicants').Properties?.Schema as { Name: string }[];
    for (const name of ['region', 'organisation', 'programmes']) {
      assert.ok(
        schema.some((attribute) => attribute.Name === name),
        `custom:${name} stays in the schema (Cognito cannot remove an attribute)`,
      );
    }
    const client = clientOf(dev, 'applicants');
    assert.deepEqual(client.WriteAttributes, ['email']);
    assert.equal(client.GenerateSecret, false);
  });
});

describe('api stack: the workforce pool', () => {
  for (const [name, synthesized] of deployments) {
    const deployment = DEPLOYMENTS[name]!;

    it(`${name}: admin-created accounts only, MFA required (TOTP; no SMS or email codes), a stronger password policy`, () => {
      const pool = poolOf(synthesized, 'workforce').Properties ?? {};
      assert.deepEqual((pool.AdminCreateUserConfig as { AllowAdminCreateUserOnly: boolean }).AllowAdminCreateUserOnly, true);
      assert.equal(pool.MfaConfiguration, 'ON');
      assert.deepEqual(pool.EnabledMfas, ['SOFTWARE_TOKEN_MFA']);
      assert.deepEqual(pool.UsernameAttributes, ['email']);
      const { PasswordPolicy } = pool.Policies as { PasswordPolicy: Record<string, unknown> };
      assert.deepEqual(PasswordPolicy, {
        MinimumLength: 14,
        RequireLowercase: true,
        RequireUppercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
        PasswordHistorySize: 24,
        TemporaryPasswordValidityDays: 3,
      });
      assert.equal(pool.LambdaConfig, undefined, 'no sign-up, so no enrolment trigger');
    });

    it(`${name}: passkeys with user verification at the deployment's domain, counting as MFA`, () => {
      const pool = poolOf(synthesized, 'workforce').Properties ?? {};
      assert.ok(deployment.passkeyRelyingPartyId !== undefined);
      assert.equal(pool.WebAuthnRelyingPartyID, deployment.passkeyRelyingPartyId);
      assert.equal(pool.WebAuthnUserVerification, 'required');
      assert.equal(pool.WebAuthnFactorConfiguration, 'MULTI_FACTOR_WITH_USER_VERIFICATION');
      assert.deepEqual((pool.Policies as { SignInPolicy: unknown }).SignInPolicy, { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] });
      const client = clientOf(synthesized, 'workforce');
      assert.deepEqual((client.ExplicitAuthFlows as string[]).sort(), [
        'ALLOW_REFRESH_TOKEN_AUTH',
        'ALLOW_USER_AUTH',
        'ALLOW_USER_SRP_AUTH',
      ]);
    });

    it(`${name}: threat protection enforced on the Plus tier; retained and deletion-protected`, () => {
      const pool = poolOf(synthesized, 'workforce') as Resource & { DeletionPolicy?: string };
      assert.equal(pool.Properties?.UserPoolTier, 'PLUS');
      assert.deepEqual(pool.Properties?.UserPoolAddOns, { AdvancedSecurityMode: 'ENFORCED' });
      assert.equal(pool.Properties?.DeletionProtection, 'ACTIVE');
      assert.equal(pool.DeletionPolicy, 'Retain');
    });

    it(`${name}: one group per workforce role, and an app client that cannot write the attributes that scope people`, () => {
      assert.deepEqual(groupsOf(synthesized.templates.api, poolId(synthesized, 'workforce')), [...poolRoles('workforce')].sort());
      const client = clientOf(synthesized, 'workforce');
      assert.deepEqual(client.WriteAttributes, ['email']);
      assert.equal(client.GenerateSecret, false);
      assert.equal(client.RefreshTokenValidity, 720, 'a working day, in minutes');
    });
  }

  it('leaves passkeys off where a deployment names no passkey domain', async () => {
    const { WorkforceUserPool } = await import('../../infra/constructs/workforce-user-pool.ts');
    const { App, Stack } = await import('aws-cdk-lib');
    const { Template } = await import('aws-cdk-lib/assertions');
    const { passkeyRelyingPartyId: _none, ...withoutPasskeys } = DEPLOYMENTS['dev-eu-central-1']!;
    const stack = new Stack(new App(), 'probe', { env: { account: '111111111111', region: 'eu-central-1' } });
    new WorkforceUserPool(stack, 'Workforce', { deployment: withoutPasskeys });
    const pool = onlyResource(Template.fromStack(stack), 'AWS::Cognito::UserPool').Properties ?? {};
    assert.equal(pool.MfaConfiguration, 'ON');
    assert.equal(pool.WebAuthnRelyingPartyID, undefined);
    assert.equal(pool.WebAuthnFactorConfiguration, undefined);
    assert.equal((pool.Policies as { SignInPolicy?: unknown }).SignInPolicy, undefined);
  });

  it("acknowledges cdk-nag's MFA finding on the applicants' pool only, with the reason", () => {
    const acknowledged = dev.app.node
      .findAll()
      .filter((construct) =>
        construct.node.metadata.some(
          (entry) =>
            entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY &&
            Object.keys(entry.data as object).some((id) => id.endsWith('AwsSolutions-COG2')),
        ),
      )
      .map((construct) => construct.node.path);
    assert.deepEqual(acknowledged, ['cadre-dev-eu-central-1/Api/Users/UserPool']);
  });
});

describe('api stack: applicants enrolled on sign-up', () => {
  const fn = dev.parts.api.accountConfirmation;
  const functionId = dev.parts.api.getLogicalId(fn.node.defaultChild as CfnFunction);
  const poolArn = { 'Fn::GetAtt': [poolId(dev, 'applicants'), 'Arn'] };

  it("runs the account-confirmation function after every confirmation, and Cognito may invoke it from the applicants' pool only", () => {
    assert.deepEqual(poolOf(dev, 'applicants').Properties?.LambdaConfig, { PostConfirmation: { 'Fn::GetAtt': [functionId, 'Arn'] } });
    api.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      Principal: 'cognito-idp.amazonaws.com',
      SourceArn: poolArn,
    });
  });

  it('lets the function add users to groups of this pool and do nothing else in Cognito', () => {
    const roleId = dev.parts.api.getLogicalId(fn.executionRole.node.defaultChild as never);
    const statements = Object.values(resourcesOfType(api, 'AWS::IAM::Policy'))
      .filter((policy) => JSON.stringify(policy.Properties?.Roles) === JSON.stringify([{ Ref: roleId }]))
      .flatMap(
        (policy) => (policy.Properties!.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement,
      );
    const cognito = statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith('cognito-idp:')));
    assert.deepEqual(cognito, [{ Action: 'cognito-idp:AdminAddUserToGroup', Effect: 'Allow', Resource: poolArn }]);
    const actions = statements.flatMap((statement) => [statement.Action].flat());
    assert.ok(!actions.some((action) => action.includes('*')), 'no wildcard actions');
    assert.ok(!actions.some((action) => action.startsWith('dynamodb:') || action.startsWith('ses:')), 'no data or mail access');
  });

  it('runs the functions/account-confirmation handler within the 5 seconds Cognito waits for a trigger', () => {
    assert.equal(fn.capability, 'account-confirmation');
    const resource = resourcesOfType(api, 'AWS::Lambda::Function')[functionId]?.Properties ?? {};
    assert.equal(resource.Timeout, 5);
    assert.equal(resource.Runtime, 'nodejs24.x');
  });
});

describe('api stack: authorizers, one per pool and the token authorizer for routes both pools call', () => {
  const routes = Object.values(resourcesOfType(api, 'AWS::ApiGatewayV2::Route'));
  const integrations = resourcesOfType(api, 'AWS::ApiGatewayV2::Integration');
  const authorizers = resourcesOfType(api, 'AWS::ApiGatewayV2::Authorizer');
  const authorizerId = (name: string): string => {
    const found = Object.entries(authorizers).find(([, authorizer]) => authorizer.Properties?.Name === name);
    assert.ok(found, `authorizer ${name}`);
    return found[0];
  };
  const tokenAuthorizerId = dev.parts.api.getLogicalId(dev.parts.api.tokenAuthorizer.node.defaultChild as CfnFunction);

  it("has a JWT authorizer per pool, each with that pool's issuer and app client only", () => {
    assert.equal(Object.keys(authorizers).length, 4, 'one per pool, the token authorizer and the machine clients’');
    for (const [name, pool] of [
      ['ApplicantsJwt', 'applicants'],
      ['WorkforceJwt', 'workforce'],
    ] as const) {
      const authorizer = authorizers[authorizerId(name)]?.Properties ?? {};
      assert.equal(authorizer.AuthorizerType, 'JWT');
      assert.deepEqual(authorizer.JwtConfiguration, {
        Audience: [{ Ref: clientId(dev, pool) }],
        Issuer: { 'Fn::Join': ['', ['https://cognito-idp.eu-central-1.amazonaws.com/', { Ref: poolId(dev, pool) }]] },
      });
    }
  });

  it('has the token authorizer Lambda as a REQUEST authorizer on the Authorization header, simple responses, verdicts cached 5 minutes', () => {
    const authorizer = authorizers[authorizerId('EitherPoolToken')]?.Properties ?? {};
    assert.equal(authorizer.AuthorizerType, 'REQUEST');
    assert.equal(authorizer.AuthorizerPayloadFormatVersion, '2.0');
    assert.equal(authorizer.EnableSimpleResponses, true);
    assert.deepEqual(authorizer.IdentitySource, ['$request.header.Authorization']);
    assert.equal(authorizer.AuthorizerResultTtlInSeconds, 300);
    assert.match(JSON.stringify(authorizer.AuthorizerUri), new RegExp(tokenAuthorizerId));
    api.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [tokenAuthorizerId, 'Arn'] },
      Principal: 'apigateway.amazonaws.com',
      SourceArn: Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([`/authorizers/`, { Ref: authorizerId('EitherPoolToken') }])] }),
    });
  });

  it("gives the token authorizer each pool's issuer and app client, and no other right", () => {
    const fn = resourcesOfType(api, 'AWS::Lambda::Function')[tokenAuthorizerId]?.Properties ?? {};
    const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
    for (const pool of USER_POOLS) {
      assert.deepEqual(variables[ENV.userPoolIssuer[pool]], {
        'Fn::Join': ['', ['https://cognito-idp.eu-central-1.amazonaws.com/', { Ref: poolId(dev, pool) }]],
      });
      assert.deepEqual(variables[ENV.userPoolClientId[pool]], { Ref: clientId(dev, pool) });
    }
    assert.equal(fn.Timeout, 5);
  });

  it('has exactly one API route per route-table entry', () => {
    assert.equal(routes.length, ROUTES.length);
    assert.deepEqual(routes.map((route) => route.Properties?.RouteKey).sort(), ROUTES.map(routeKey).sort());
  });

  it('has the machine clients’ JWT authorizer: the workforce issuer, the deployment’s machine clients as audience', () => {
    const authorizer = authorizers[authorizerId('MachineClientsJwt')]?.Properties ?? {};
    assert.equal(authorizer.AuthorizerType, 'JWT');
    const machineClients = dev.parts.api.workforce.machineClients.map((client) => ({ Ref: logicalId(dev, client) }));
    assert.equal(machineClients.length, DEPLOYMENTS['dev-eu-central-1']?.partnerApi?.machineClients.length);
    assert.deepEqual(authorizer.JwtConfiguration, {
      Audience: machineClients,
      Issuer: { 'Fn::Join': ['', ['https://cognito-idp.eu-central-1.amazonaws.com/', { Ref: poolId(dev, 'workforce') }]] },
    });
  });

  it('has routes both pools call, and workforce-only routes never take the applicants’ issuer', () => {
    assert.ok(ROUTES.some((route) => routeAuthorizer(route.roles) === 'either-pool'));
    for (const route of ROUTES.filter(
      (candidate) => !isPublicRoute(candidate) && !candidate.roles.includes('applicant') && routeAuthorizer(candidate.roles) !== 'machine',
    )) {
      const deployed = routes.find((candidate) => candidate.Properties?.RouteKey === routeKey(route))?.Properties ?? {};
      assert.deepEqual(deployed.AuthorizerId, { Ref: authorizerId('WorkforceJwt') }, routeKey(route));
    }
  });

  for (const route of ROUTES) {
    const key = routeKey(route);
    const kind = routeAuthorizer(route.roles);
    it(`${key} goes to the ${route.capability} Lambda behind ${kind === 'public' ? 'no' : `the ${kind}`} authorizer`, () => {
      const deployed = routes.find((candidate) => candidate.Properties?.RouteKey === key)?.Properties ?? {};
      if (kind === 'public') {
        assert.equal(deployed.AuthorizationType, 'NONE');
        assert.equal(deployed.AuthorizerId, undefined);
      } else if (kind === 'either-pool') {
        assert.equal(deployed.AuthorizationType, 'CUSTOM');
        assert.deepEqual(deployed.AuthorizerId, { Ref: authorizerId('EitherPoolToken') });
      } else if (kind === 'machine') {
        assert.equal(deployed.AuthorizationType, 'JWT');
        assert.deepEqual(deployed.AuthorizerId, { Ref: authorizerId('MachineClientsJwt') });
        assert.deepEqual(deployed.AuthorizationScopes, routeScopes(route.roles), 'the route requires its scope');
      } else {
        assert.equal(deployed.AuthorizationType, 'JWT');
        assert.deepEqual(deployed.AuthorizerId, { Ref: authorizerId(kind === 'applicants' ? 'ApplicantsJwt' : 'WorkforceJwt') });
      }
      const target = deployed.Target as { 'Fn::Join': [string, [string, { Ref: string }]] };
      const integration = integrations[target['Fn::Join'][1][1].Ref];
      assert.equal(integration?.Properties?.IntegrationType, 'AWS_PROXY');
      assert.equal(integration?.Properties?.PayloadFormatVersion, '2.0');
      const fn = dev.parts.functions.functions.get(route.capability);
      assert.ok(fn !== undefined);
      const source = crossStackSource(dev, dev.parts.api, integration.Properties?.IntegrationUri);
      assert.equal(source.stack, dev.parts.functions);
      assert.deepEqual(source.value, { 'Fn::GetAtt': [dev.parts.functions.getLogicalId(fn.node.defaultChild as CfnFunction), 'Arn'] });
    });
  }
});

describe('api stack: the partner API’s machine clients', () => {
  for (const [name, synthesized] of deployments) {
    const partnerApi = DEPLOYMENTS[name]?.partnerApi;
    it(`${name}: a resource server with the machine scopes, a token endpoint domain and client-credentials clients with secrets`, () => {
      const template = synthesized.templates.api;
      const workforce = { Ref: poolId(synthesized, 'workforce') };
      const servers = Object.values(resourcesOfType(template, 'AWS::Cognito::UserPoolResourceServer'));
      const clients = Object.values(resourcesOfType(template, 'AWS::Cognito::UserPoolClient')).filter(
        (client) => client.Properties?.GenerateSecret === true,
      );
      if (partnerApi === undefined) {
        assert.deepEqual([servers.length, clients.length], [0, 0]);
        return;
      }
      assert.deepEqual(
        servers.map((server) => [server.Properties?.Identifier, server.Properties?.UserPoolId, server.Properties?.Scopes]),
        [['cadre-partners', workforce, [{ ScopeName: 'releases.read', ScopeDescription: 'cadre-partners/releases.read' }]]],
      );
      template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: partnerApi.domainPrefix, UserPoolId: workforce });
      assert.equal(clients.length, partnerApi.machineClients.length);
      for (const client of clients) {
        assert.deepEqual(client.Properties?.UserPoolId, workforce, 'the workforce pool’s');
        assert.deepEqual(client.Properties?.AllowedOAuthFlows, ['client_credentials']);
        assert.equal(client.Properties?.AllowedOAuthFlowsUserPoolClient, true);
        assert.ok(JSON.stringify(client.Properties?.AllowedOAuthScopes).includes('/releases.read'), 'the partner scope only');
        assert.equal(client.Properties?.AccessTokenValidity, 60);
        assert.deepEqual(client.Properties?.ExplicitAuthFlows, undefined, 'no sign-in flow of people');
      }
    });
  }
});

describe('api stack: CORS', () => {
  for (const [name, synthesized] of deployments) {
    it(`${name}: allows the deployment's origins, the methods the route table uses and the headers the routes read, each listed`, () => {
      const cors = onlyResource(synthesized.templates.api, 'AWS::ApiGatewayV2::Api').Properties?.CorsConfiguration as Record<
        string,
        unknown
      >;
      assert.deepEqual(cors.AllowOrigins, DEPLOYMENTS[name]!.allowedOrigins);
      assert.deepEqual(cors.AllowMethods, [...new Set(ROUTES.map((route) => route.method))].sort());
      assert.deepEqual(cors.AllowHeaders, [...CORS_ALLOWED_HEADERS]);
      for (const list of [cors.AllowOrigins, cors.AllowMethods, cors.AllowHeaders, cors.ExposeHeaders] as string[][]) {
        assert.ok(!list.includes('*'), `no wildcard in ${list.join(', ')}`);
      }
      const headersRead = ROUTES.flatMap((route) =>
        route.request?.headers === undefined ? [] : Object.keys((route.request.headers as { shape?: object }).shape ?? {}),
      );
      for (const header of headersRead) assert.ok((cors.AllowHeaders as string[]).includes(header), `${header} is allowed`);
    });
  }
});

describe('api stack: the default stage', () => {
  for (const [name, synthesized] of deployments) {
    const { throttling } = DEPLOYMENTS[name]!;
    const stage = onlyResource(synthesized.templates.api, 'AWS::ApiGatewayV2::Stage') as Resource;

    it(`${name}: throttles every route at the deployment's default rate and burst`, () => {
      assert.equal(stage.Properties?.StageName, '$default');
      assert.deepEqual(stage.Properties?.DefaultRouteSettings, {
        ThrottlingRateLimit: throttling.rateLimit,
        ThrottlingBurstLimit: throttling.burstLimit,
      });
    });

    it(`${name}: caps upload forms, submissions and every token-free route lower, after those routes exist`, () => {
      const settings = stage.Properties?.RouteSettings as Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }>;
      const expected = new Map<string, { rateLimit: number; burstLimit: number }>([
        ...ROUTES.filter((route) => THROTTLED_OPERATIONS.uploadForms.includes(route.operationId)).map(
          (route) => [routeKey(route), throttling.routes.uploadForms] as const,
        ),
        ...ROUTES.filter((route) => THROTTLED_OPERATIONS.submissions.includes(route.operationId)).map(
          (route) => [routeKey(route), throttling.routes.submissions] as const,
        ),
        ...ROUTES.filter(isPublicRoute).map((route) => [routeKey(route), throttling.routes.publicRoutes] as const),
      ]);
      assert.ok(expected.has('POST /applications/{applicationId}/documents'));
      assert.ok(expected.has('POST /applications/{applicationId}/submit'));
      assert.ok(expected.has('GET /seasons'));
      assert.deepEqual(
        Object.fromEntries(Object.entries(settings).sort()),
        Object.fromEntries(
          [...expected]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([key, limit]) => [key, { ThrottlingRateLimit: limit.rateLimit, ThrottlingBurstLimit: limit.burstLimit }]),
        ),
      );
      for (const limit of expected.values()) {
        assert.ok(limit.rateLimit <= throttling.rateLimit && limit.burstLimit <= throttling.burstLimit, 'below the default');
      }
      const routeIds = Object.entries(resourcesOfType(synthesized.templates.api, 'AWS::ApiGatewayV2::Route'))
        .filter(([, route]) => expected.has(route.Properties?.RouteKey as string))
        .map(([id]) => id);
      assert.equal(routeIds.length, expected.size);
      for (const id of routeIds) assert.ok(stage.DependsOn?.includes(id), `the stage waits for ${id}`);
    });

    it(`${name}: writes JSON access logs with no source IP or other personal data`, () => {
      const settings = stage.Properties?.AccessLogSettings as { DestinationArn: unknown; Format: string };
      const fields = JSON.parse(settings.Format) as Record<string, string>;
      assert.deepEqual(fields, ACCESS_LOG_FIELDS);
      const variables = Object.values(fields).join(' ');
      for (const personal of ['sourceIp', 'userAgent', 'identity', 'claims', '$context.path', 'requestOverride']) {
        assert.ok(!variables.includes(personal), `access log must not contain ${personal}`);
      }
      assert.match(JSON.stringify(settings.DestinationArn), /AccessLogs/);
      synthesized.templates.api.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: DEPLOYMENTS[name]!.logRetentionDays });
    });

    it(`${name}: counts 401s from the access logs, per API`, () => {
      const filter = onlyResource(synthesized.templates.api, 'AWS::Logs::MetricFilter').Properties ?? {};
      assert.equal(filter.FilterPattern, '{ $.status = "401" }');
      assert.match(JSON.stringify(filter.LogGroupName), /AccessLogs/);
      assert.deepEqual(filter.MetricTransformations, [
        {
          MetricNamespace: UNAUTHORIZED_METRIC.namespace,
          MetricName: UNAUTHORIZED_METRIC.metricName,
          MetricValue: '1',
          Unit: 'Count',
          Dimensions: [{ Key: 'ApiId', Value: '$.apiId' }],
        },
      ]);
    });
  }

  it('maps the custom domain (TLS 1.2) and turns the default execute-api endpoint off only where the deployment has one', () => {
    assert.equal(DEPLOYMENTS['dev-eu-central-1']!.domain, undefined);
    assert.equal(Object.keys(resourcesOfType(api, 'AWS::ApiGatewayV2::DomainName')).length, 0);
    assert.equal(onlyResource(api, 'AWS::ApiGatewayV2::Api').Properties?.DisableExecuteApiEndpoint, false);

    const domain = DEPLOYMENTS['prod-eu-north-1']!.domain;
    assert.ok(domain !== undefined);
    prod.templates.api.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: domain.apiDomainName,
      DomainNameConfigurations: [Match.objectLike({ CertificateArn: domain.certificateArn, SecurityPolicy: 'TLS_1_2' })],
    });
    prod.templates.api.resourceCountIs('AWS::ApiGatewayV2::ApiMapping', 1);
    assert.equal(onlyResource(prod.templates.api, 'AWS::ApiGatewayV2::Api').Properties?.DisableExecuteApiEndpoint, true);
  });
});
