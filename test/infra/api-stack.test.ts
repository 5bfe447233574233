import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Match } from 'aws-cdk-lib/assertions';
import { ROLES } from '../../shared/platform/auth/roles.ts';
import { isPublicRoute, routeKey } from '../../shared/platform/http/route.ts';
import { ROUTES } from '../../shared/route-table.ts';
import { DEPLOYMENTS } from '../../infra/deployments.ts';
import { crossStackSource, onlyResource, resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

const dev = synthDeployment('dev-eu-central-1');
const prod = synthDeployment('prod-eu-north-1');
const api = dev.templates.api;

describe('api stack: the user pool', () => {
  it('lets applicants sign up with their email as username, with a strong password policy and optional MFA', () => {
    api.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
    });
  });

  it('enforces threat protection and is retained and deletion-protected', () => {
    api.hasResource('AWS::Cognito::UserPool', {
      Properties: Match.objectLike({
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
        DeletionProtection: 'ACTIVE',
      }),
      DeletionPolicy: 'Retain',
    });
  });

  it('has one group per role', () => {
    const groups = Object.values(resourcesOfType(api, 'AWS::Cognito::UserPoolGroup')).map((group) => group.Properties?.GroupName);
    assert.deepEqual(groups.sort(), [...ROLES].sort());
  });

  it('has the custom attributes that scope partners and staff, which the app client cannot write', () => {
    const schema = onlyResource(api, 'AWS::Cognito::UserPool').Properties?.Schema as { Name: string; Mutable: boolean }[];
    for (const name of ['region', 'organisation', 'programmes']) {
      assert.ok(
        schema.some((attribute) => attribute.Name === name),
        `custom:${name}`,
      );
    }
    const client = onlyResource(api, 'AWS::Cognito::UserPoolClient').Properties ?? {};
    assert.deepEqual(client.WriteAttributes, ['email']);
    assert.equal(client.GenerateSecret, false);
  });
});

describe('api stack: applicants enrolled on sign-up', () => {
  const fn = dev.parts.api.accountConfirmation;
  const functionId = dev.parts.api.getLogicalId(fn.node.defaultChild as CfnFunction);
  const [poolId] = Object.keys(resourcesOfType(api, 'AWS::Cognito::UserPool'));
  const poolArn = { 'Fn::GetAtt': [poolId, 'Arn'] };

  it('runs the account-confirmation function after every confirmation, and Cognito may invoke it from this pool only', () => {
    const pool = onlyResource(api, 'AWS::Cognito::UserPool').Properties ?? {};
    assert.deepEqual(pool.LambdaConfig, { PostConfirmation: { 'Fn::GetAtt': [functionId, 'Arn'] } });
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

describe('api stack: routes from the route table', () => {
  const routes = Object.values(resourcesOfType(api, 'AWS::ApiGatewayV2::Route'));
  const integrations = resourcesOfType(api, 'AWS::ApiGatewayV2::Integration');
  const [authorizerId, authorizer] = Object.entries(resourcesOfType(api, 'AWS::ApiGatewayV2::Authorizer'))[0] ?? [];

  it('has a JWT authorizer with the user pool as issuer and the app client as audience', () => {
    assert.equal(authorizer?.Properties?.AuthorizerType, 'JWT');
    const config = authorizer?.Properties?.JwtConfiguration as { Audience: unknown[]; Issuer: unknown };
    const [clientId] = Object.keys(resourcesOfType(api, 'AWS::Cognito::UserPoolClient'));
    const [poolId] = Object.keys(resourcesOfType(api, 'AWS::Cognito::UserPool'));
    assert.deepEqual(config.Audience, [{ Ref: clientId }]);
    assert.deepEqual(config.Issuer, {
      'Fn::Join': ['', ['https://cognito-idp.eu-central-1.amazonaws.com/', { Ref: poolId }]],
    });
  });

  it('has exactly one API route per route-table entry', () => {
    assert.equal(routes.length, ROUTES.length);
    assert.deepEqual(routes.map((route) => route.Properties?.RouteKey).sort(), ROUTES.map(routeKey).sort());
  });

  for (const route of ROUTES) {
    const key = routeKey(route);
    it(`${key} goes to the ${route.capability} Lambda ${isPublicRoute(route) ? 'without' : 'behind the JWT'} authorizer`, () => {
      const deployed = routes.find((candidate) => candidate.Properties?.RouteKey === key)?.Properties ?? {};
      if (isPublicRoute(route)) {
        assert.equal(deployed.AuthorizationType, 'NONE');
        assert.equal(deployed.AuthorizerId, undefined);
      } else {
        assert.equal(deployed.AuthorizationType, 'JWT');
        assert.deepEqual(deployed.AuthorizerId, { Ref: authorizerId });
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

describe('api stack: the default stage', () => {
  const stage = onlyResource(api, 'AWS::ApiGatewayV2::Stage').Properties ?? {};

  it('throttles at the rate and burst of the deployment', () => {
    const { throttling } = DEPLOYMENTS['dev-eu-central-1']!;
    assert.equal(stage.StageName, '$default');
    assert.deepEqual(stage.DefaultRouteSettings, {
      ThrottlingRateLimit: throttling.rateLimit,
      ThrottlingBurstLimit: throttling.burstLimit,
    });
  });

  it('writes JSON access logs with no source IP or other personal data', () => {
    const settings = stage.AccessLogSettings as { DestinationArn: unknown; Format: string };
    const fields = JSON.parse(settings.Format) as Record<string, string>;
    assert.equal(fields.requestId, '$context.requestId');
    const variables = Object.values(fields).join(' ');
    for (const personal of ['sourceIp', 'userAgent', 'identity', 'claims', '$context.path', 'requestOverride']) {
      assert.ok(!variables.includes(personal), `access log must not contain ${personal}`);
    }
    assert.match(JSON.stringify(settings.DestinationArn), /AccessLogs/);
    api.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 14 });
  });

  it('maps the custom domain only where the deployment has one', () => {
    assert.equal(Object.keys(resourcesOfType(api, 'AWS::ApiGatewayV2::DomainName')).length, 0);
    prod.templates.api.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: DEPLOYMENTS['prod-eu-north-1']!.domain?.apiDomainName,
    });
    prod.templates.api.resourceCountIs('AWS::ApiGatewayV2::ApiMapping', 1);
  });
});
