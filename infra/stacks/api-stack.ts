import { Duration, NestedStack, RemovalPolicy, type NestedStackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  CorsHttpMethod,
  DomainName,
  HttpApi,
  HttpMethod,
  type HttpRoute,
  type IHttpRouteAuthorizer,
  HttpStage,
  LogGroupLogDestination,
  SecurityPolicy,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer, HttpLambdaAuthorizer, HttpLambdaResponseType } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Metric, Unit } from 'aws-cdk-lib/aws-cloudwatch';
import { FilterPattern, LogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { routeAuthorizer, routeScopes, USER_POOLS, type RouteAuthorizer } from '../../shared/platform/auth/user-pools.ts';
import { ENV } from '../../shared/platform/config/env.ts';
import { routeKey, type Capability, type RouteDefinition } from '../../shared/platform/http/route.ts';
import { routeThrottles } from '../config/route-throttles.ts';
import { ApplicantUserPool } from '../constructs/applicant-user-pool.ts';
import { CapabilityFunction } from '../constructs/capability-function.ts';
import { WorkforceUserPool } from '../constructs/workforce-user-pool.ts';
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
 * (no source IP, user agent, path parameters or claims). `apiId` lets the 401 metric name its API.
 */
export const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  apiId: '$context.apiId',
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

/** Where the API counts its 401s: a metric filter on the access logs (API Gateway publishes only 4xx as a whole). */
export const UNAUTHORIZED_METRIC = { namespace: 'cadre/api', metricName: 'Unauthorized' } as const;

/** Request headers browsers may send: exactly those the routes read (route table `request.headers`) and the token. */
export const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', 'idempotency-key', 'x-correlation-id'] as const;

/**
 * The HTTP API, built from the route table, the two user pools whose tokens it accepts and the
 * functions that live with them: the applicants' pool's post-confirmation trigger and the token
 * authorizer of the routes both pools call (as the workflow task Lambdas live with their machines).
 *
 * Which pool's tokens a route takes follows from its roles (shared/platform/auth/user-pools.ts): an
 * HTTP API JWT authorizer accepts one issuer, so there is one per pool, and each route has the one of
 * the pool its roles belong to. A route whose roles span both pools (GET /me; an application, its
 * documents and education, read by the applicant and by staff or experts) cannot have two
 * authorizers, so it has the token authorizer Lambda, which verifies the token against the pool that
 * issued it just as the JWT authorizers do and passes on only that pool's roles. Either way a token of
 * the applicants' pool never acts as a workforce role: a workforce-only route refuses its issuer, and
 * the token authorizer drops any group its pool does not grant.
 */
export class ApiStack extends NestedStack {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly applicants: ApplicantUserPool;
  readonly workforce: WorkforceUserPool;
  /** Post-confirmation trigger: puts a self-signed-up user in the applicant group. */
  readonly accountConfirmation: CapabilityFunction;
  /** Authorizer of the routes both user pools call. */
  readonly tokenAuthorizer: CapabilityFunction;
  /** Requests answered 401 (from the access logs), by API. */
  readonly unauthorizedRequests: Metric;

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
    // The construct id `Users` predates the workforce pool: renaming it would replace the applicants' pool.
    this.applicants = new ApplicantUserPool(this, 'Users', { deployment, accountConfirmation: this.accountConfirmation });
    this.workforce = new WorkforceUserPool(this, 'Workforce', { deployment });
    const pools = { applicants: this.applicants, workforce: this.workforce };

    this.tokenAuthorizer = new CapabilityFunction(this, 'TokenAuthorizerFunction', {
      capability: 'token-authorizer',
      deployment,
      deadLetterQueue: props.deadLetterQueue,
      // A cold start fetches each pool's keys once; a warm check takes milliseconds.
      timeout: Duration.seconds(5),
    });
    for (const pool of USER_POOLS) {
      this.tokenAuthorizer.addEnvironment(ENV.userPoolIssuer[pool], pools[pool].issuerUrl);
      this.tokenAuthorizer.addEnvironment(ENV.userPoolClientId[pool], pools[pool].client.userPoolClientId);
    }

    const authorizers: Record<Exclude<RouteAuthorizer, 'public'>, IHttpRouteAuthorizer> = {
      applicants: new HttpJwtAuthorizer('ApplicantsJwt', this.applicants.issuerUrl, {
        jwtAudience: [this.applicants.client.userPoolClientId],
      }),
      workforce: new HttpJwtAuthorizer('WorkforceJwt', this.workforce.issuerUrl, {
        jwtAudience: [this.workforce.client.userPoolClientId],
      }),
      'either-pool': new HttpLambdaAuthorizer('EitherPoolToken', this.tokenAuthorizer, {
        responseTypes: [HttpLambdaResponseType.SIMPLE],
        identitySource: ['$request.header.Authorization'],
        // Per token, for every route it serves: one check per client and five minutes, not per request.
        // A verdict that outlives its token is caught by the functions' own expiry check.
        resultsCacheTtl: Duration.minutes(5),
      }),
      // Machine clients' access tokens: the workforce pool's issuer, matched on `client_id` (access
      // tokens carry no `aud`) against the deployment's machine clients; each route requires its scope.
      // With no machine client the audience is the people's web client, whose tokens never carry a
      // partner scope: every call is refused rather than the route left open.
      machine: new HttpJwtAuthorizer('MachineClientsJwt', this.workforce.issuerUrl, {
        jwtAudience:
          this.workforce.machineClients.length > 0
            ? this.workforce.machineClients.map((client) => client.userPoolClientId)
            : [this.workforce.client.userPoolClientId],
      }),
    };

    this.api = new HttpApi(this, 'HttpApi', {
      description: `cadre ${deployment.stage} API`,
      // The default stage is created below with throttling and access logs, which HttpApi cannot set on its own.
      createDefaultStage: false,
      // With a custom domain, that domain is the only way in: no second, unthrottled-by-domain hostname to find and probe.
      disableExecuteApiEndpoint: deployment.domain !== undefined,
      corsPreflight: {
        allowOrigins: deployment.allowedOrigins,
        allowMethods: corsMethods(props.routes),
        allowHeaders: [...CORS_ALLOWED_HEADERS],
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
      throttle: { rateLimit: deployment.throttling.rateLimit, burstLimit: deployment.throttling.burstLimit },
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
                securityPolicy: SecurityPolicy.TLS_1_2,
              }),
            },
          }),
    });
    new MetricFilter(this, 'UnauthorizedRequests', {
      logGroup: accessLogs,
      filterPattern: FilterPattern.stringValue('$.status', '=', '401'),
      metricNamespace: UNAUTHORIZED_METRIC.namespace,
      metricName: UNAUTHORIZED_METRIC.metricName,
      metricValue: '1',
      dimensions: { ApiId: '$.apiId' },
      unit: Unit.COUNT,
    });
    this.unauthorizedRequests = new Metric({
      ...UNAUTHORIZED_METRIC,
      dimensionsMap: { ApiId: this.api.apiId },
      statistic: 'Sum',
    });

    const integrations = new Map(
      [...props.functions].map(([capability, fn]) => [capability, new HttpLambdaIntegration(`${pascalCase(capability)}Integration`, fn)]),
    );
    const httpRoutes = new Map<string, HttpRoute>();
    for (const route of props.routes) {
      const integration = integrations.get(route.capability);
      if (integration === undefined) {
        throw new Error(`No function for capability ${route.capability} (route ${route.operationId})`);
      }
      const authorizer = routeAuthorizer(route.roles);
      const [httpRoute] = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
        ...(authorizer === 'public' ? {} : { authorizer: authorizers[authorizer] }),
        ...(authorizer === 'machine' ? { authorizationScopes: routeScopes(route.roles) } : {}),
      });
      if (httpRoute === undefined) throw new Error(`No API route for ${routeKey(route)}`);
      httpRoutes.set(routeKey(route), httpRoute);
      if (authorizer === 'public') {
        acknowledge(
          httpRoute,
          'AwsSolutions-APIG4',
          `${route.method} ${route.path} is public by the route table (roles: ['anyone']); the handler serves it without a token.`,
        );
      }
    }

    // Tighter limits where abuse is cheap. A route's settings name its key, so the stage must wait for the routes.
    const stage = this.stage.node.defaultChild as CfnStage;
    const throttled = routeThrottles(props.routes, deployment.throttling);
    stage.routeSettings = Object.fromEntries(
      [...throttled].map(([key, limit]) => [key, { ThrottlingRateLimit: limit.rateLimit, ThrottlingBurstLimit: limit.burstLimit }]),
    );
    for (const key of throttled.keys()) {
      const httpRoute = httpRoutes.get(key);
      if (httpRoute === undefined) throw new Error(`Throttled route ${key} is not in the API`);
      stage.node.addDependency(httpRoute);
    }
  }
}

/** The methods the route table uses, and only those (the preflight itself is answered by API Gateway). */
const corsMethods = (routes: readonly RouteDefinition[]): CorsHttpMethod[] =>
  [...new Set(routes.map((route) => route.method))].sort().map((method) => CorsHttpMethod[method]);
