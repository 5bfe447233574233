import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Match } from 'aws-cdk-lib/assertions';
import { ROLES } from '../../shared/auth/roles.ts';
import { isPublicRoute, routeKey } from '../../shared/http/route.ts';
import { ROUTES } from '../../shared/routes/index.ts';
import { DEPLOYMENTS } from '../../infra/deployments.ts';
import { onlyResource, resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

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
      assert.ok(schema.some((attribute) => attribute.Name === name), `custom:${name}`);
    }
    const client = onlyResource(api, 'AWS::Cognito::UserPoolClient').Properties ?? {};
    assert.deepEqual(client.WriteAttributes, ['email']);
    assert.equal(client.GenerateSecret, false);
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
      const fn = dev.stacks.functions.functions.get(route.capability);
      assert.ok(fn !== undefined);
      const functionLogicalId = dev.stacks.functions.getLogicalId(fn.node.defaultChild as CfnFunction);
      assert.match(JSON.stringify(integration.Properties?.IntegrationUri), new RegExp(functionLogicalId));
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
