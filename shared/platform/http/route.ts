import type { z } from 'zod';
import { ANYONE, type Access } from '../auth/roles.ts';
import type { Identity } from '../auth/identity.ts';

/**
 * One entry of the route table. Everything about an HTTP route is said here once:
 * CDK builds API Gateway routes from it, the local gateway routes with it, the OpenAPI
 * document is generated from it and the authorization test walks it.
 */
export const CAPABILITIES = [
  'docs',
  'programmes',
  'applications',
  'documents',
  'education',
  'reviews',
  'partners',
  'internships',
  'mentoring',
  'certificates',
  'reports',
  'counters',
  'erasure',
  'own-data',
  'webhooks',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type BodyMediaType = 'application/json' | 'text/csv';

export interface ResponseSpec {
  readonly description: string;
  /** JSON body schema; omitted for empty bodies. */
  readonly body?: z.ZodType;
  /** Defaults to application/json. */
  readonly contentType?: string;
  /**
   * Other media types the same answer may come in, with their body schemas, keyed by the full
   * content type (`text/csv; charset=utf-8`): the implementation picks one by naming it in its
   * `content-type` header (a report the caller asked for as CSV).
   */
  readonly alternatives?: Readonly<Record<string, z.ZodType>>;
}

export interface RouteDefinition<
  Params extends z.ZodType = z.ZodType,
  Query extends z.ZodType = z.ZodType,
  Body extends z.ZodType = z.ZodType,
> {
  /** Unique, camelCase; also the key of the handler implementation in its capability. */
  readonly operationId: string;
  readonly method: HttpMethod;
  /** API Gateway style: `/programmes/{programmeId}`. */
  readonly path: string;
  readonly capability: Capability;
  /** `['anyone']` for a public route; otherwise the roles allowed. Never empty. */
  readonly roles: readonly [Access, ...Access[]];
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly request?: {
    readonly params?: Params;
    readonly query?: Query;
    readonly body?: Body;
    /**
     * The media type the body arrives in; JSON when absent. `text/csv` hands the body schema the
     * decoded UTF-8 text as a string (bulk uploads a spreadsheet exports as is).
     */
    readonly bodyMediaType?: BodyMediaType;
    /** Request headers the route reads (e.g. Idempotency-Key), validated like the rest. */
    readonly headers?: z.ZodType;
  };
  /** The success status first; error statuses are added to the OpenAPI document by the generator. */
  readonly responses: Readonly<Record<number, ResponseSpec>>;
}

/**
 * Who calls a route, as its implementation sees it. A public route (`'anyone'` among its roles)
 * may be called without a token: `Identity | undefined`. Every other route runs only with a
 * verified identity holding one of its roles, because the authorization middleware refuses the
 * call before dispatch otherwise (middleware/authorization.ts, and route-handler.ts checks it
 * once more): `Identity`. A route whose roles are not literal types counts as public.
 */
export type IdentityOf<R extends Pick<RouteDefinition, 'roles'>> = typeof ANYONE extends R['roles'][number]
  ? Identity | undefined
  : Identity;

/** What a handler implementation receives after middleware has parsed, validated and authorized. */
export interface RouteInput<R extends RouteDefinition> {
  readonly params: R['request'] extends { params: infer P extends z.ZodType } ? z.infer<P> : Record<string, never>;
  readonly query: R['request'] extends { query: infer Q extends z.ZodType } ? z.infer<Q> : Record<string, never>;
  readonly body: R['request'] extends { body: infer B extends z.ZodType } ? z.infer<B> : undefined;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The caller: always there on a protected route, undefined on a public one called without a token. */
  readonly identity: IdentityOf<R>;
  readonly correlationId: string;
}

export interface RouteResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** The body is base64 of bytes (a compressed asset): API Gateway decodes it before sending it on. */
  readonly isBase64Encoded?: boolean;
}

export type RouteImplementation<R extends RouteDefinition> = (input: RouteInput<R>) => Promise<RouteResult>;

/** Keeps literal types of a route while checking it against RouteDefinition. */
export const defineRoute = <const R extends RouteDefinition>(route: R): R => route;

/** `GET /programmes/{programmeId}` — the API Gateway HTTP API route key. */
export const routeKey = (route: Pick<RouteDefinition, 'method' | 'path'>): string => `${route.method} ${route.path}`;

/** A route anyone may call without a token; every other route needs a verified JWT and one of its roles. */
export const isPublicRoute = (route: Pick<RouteDefinition, 'roles'>): boolean => route.roles.includes(ANYONE);
