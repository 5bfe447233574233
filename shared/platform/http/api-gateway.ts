import type {
  APIGatewayEventRequestContextJWTAuthorizer,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { TokenAuthorizerContext } from '../auth/pool-token.ts';

/**
 * What a route's authorizer hands the Lambda: the claims a JWT authorizer verified (routes of one user
 * pool), or the context of the token authorizer (routes both pools call, shared/platform/auth/pool-token.ts).
 */
export interface ApiAuthorizer {
  readonly jwt?: APIGatewayEventRequestContextJWTAuthorizer['jwt'];
  readonly lambda?: TokenAuthorizerContext;
}

/**
 * The API Gateway HTTP API (payload format 2.0) event every capability Lambda receives, in AWS
 * and behind the local gateway alike. Unlike @types/aws-lambda's, the authorizer is optional:
 * API Gateway sends none on routes without one (the public routes).
 */
export type ApiEvent = Omit<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'> & {
  readonly requestContext: Omit<APIGatewayProxyEventV2WithJWTAuthorizer['requestContext'], 'authorizer'> & {
    readonly authorizer?: ApiAuthorizer;
  };
};

export type ApiResult = APIGatewayProxyStructuredResultV2;
export type ApiHandler = (event: ApiEvent, context: Context) => Promise<ApiResult>;

/** Header lookup by lower-case name: API Gateway lower-cases header names in payload 2.0. */
export const headerOf = (event: Pick<ApiEvent, 'headers'>, name: string): string | undefined => event.headers?.[name];
