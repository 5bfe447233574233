import { Duration, NestedStack, RemovalPolicy, type NestedStackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, DomainName, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { isPublicRoute, type Capability, type RouteDefinition } from '../../shared/platform/http/route.ts';
import { CadreUserPool } from '../constructs/cadre-user-pool.ts';
import { CapabilityFunction } from '../constructs/capability-function.ts';
import type { Deployment } from '../deployments.ts';
import { acknowledge } from '../nag/acknowledge.ts';
import { pascalCase } from './pascal-case.ts';

export interface ApiStackProps extends NestedStackProps {
  readonly deployment: Deployment;
  readonly routes: readonly RouteDefinition[];
  readonly functions: ReadonlyMap<Capability, CapabilityFunction>;
  readonly deadLetterQueue: IQueue;
}

/**
 * Access-log fields: enough to trace a request and its outcome, and nothing about the person
 * (no source IP, user agent, path parameters or claims).
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTimeEpoch',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
} as const;

/**
 * The HTTP API, built from the route table, and the user pool whose tokens it accepts, with the
 * pool's trigger Lambda (it lives with the pool, as the workflow task Lambdas live with their machines).
 */
export class ApiStack extends NestedStack {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly users: CadreUserPool;
  /** Post-confirmation trigger: puts a self-signed-up user in the applicant group. */
  readonly accountConfirmation: CapabilityFunction;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { deployment } = props;

    this.accountConfirmation = new CapabilityFunction(this, 'AccountConfirmationFunction', {
      capability: 'account-confirmation',
      deployment,
      deadLetterQueue: props.deadLetterQueue,
      // Cognito waits at most 5 seconds for a trigger.
      timeout: Duration.seconds(5),
    });
    this.users = new CadreUserPool(this, 'Users', { deployment, accountConfirmation: this.accountConfirmation });
    const authorizer = new HttpJwtAuthorizer('CognitoJwt', this.users.issuerUrl, {
      jwtAudience: [this.users.client.userPoolClientId],
    });

    this.api = new HttpApi(this, 'HttpApi', {
      description: `cadre ${deployment.stage} API`,
      // The default stage is created below with throttling and access logs, which HttpApi cannot set on its own.
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: deployment.allowedOrigins,
        allowMethods: [CorsHttpMethod.ANY],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'x-correlation-id'],
        exposeHeaders: ['x-correlation-id', 'location', 'etag'],
        maxAge: Duration.hours(1),
      },
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: deployment.logRetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: deployment.throttling,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
      ...(deployment.domain === undefined
        ? {}
        : {
            domainMapping: {
              domainName: new DomainName(this, 'Domain', {
                domainName: deployment.domain.apiDomainName,
                certificate: Certificate.fromCertificateArn(this, 'Certificate', deployment.domain.certificateArn),
              }),
            },
          }),
    });

    const integrations = new Map(
      [...props.functions].map(([capability, fn]) => [capability, new HttpLambdaIntegration(`${pascalCase(capability)}Integration`, fn)]),
    );
    for (const route of props.routes) {
      const integration = integrations.get(route.capability);
      if (integration === undefined) {
        throw new Error(`No function for capability ${route.capability} (route ${route.operationId})`);
      }
      const isPublic = isPublicRoute(route);
      const [httpRoute] = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
        ...(isPublic ? {} : { authorizer }),
      });
      if (isPublic && httpRoute !== undefined) {
        acknowledge(
          httpRoute,
          'AwsSolutions-APIG4',
          `${route.method} ${route.path} is public by the route table (roles: ['anyone']); the handler serves it without a token.`,
        );
      }
    }
  }
}
