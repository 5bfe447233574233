import * as z from 'zod';
import { isPublicRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { PROBLEM_CONTENT_TYPE } from '../../platform/http/problem.ts';
import { problemSchema } from '../../platform/http/problem-schema.ts';
import type { OpenApiDocument, OperationObject, ParameterObject, PathItemObject, ResponseObject } from './openapi-document.ts';
import { gatewayMessageSchema, PROBLEM_RESPONSES, problemResponsesOf } from './problem-responses.ts';
import type { RouteExampleSet } from './route-examples.ts';
import { createSchemaComponents, type SchemaComponents } from './schema-components.ts';

const SECURITY_SCHEME = 'cognitoJwt';
const JSON_CONTENT_TYPE = 'application/json';

const DESCRIPTION = [
  'cadre: the talent-reserve programmes platform.',
  'Protected operations need `Authorization: Bearer <Cognito ID token>`; each lists the roles allowed (`x-roles`). Applicants sign in to the applicants’ user pool; experts, mentors, staff and partners to the workforce pool (MFA required). A token counts only for the roles of the pool that issued it. The partner API (`x-roles` naming a `scope:`) is for partners’ own systems: an OAuth 2.0 client-credentials access token of the workforce pool carrying that scope, and nothing else.',
  'Every error is an RFC 9457 `application/problem+json` with a machine `code`, a message in Russian and English and every field at fault.',
  'A path the API does not have answers 404 `route-not-found`; a known path with another method answers 405 `method-not-allowed` with an `Allow` header.',
].join('\n\n');

/** The OpenAPI 3.1 document of `routes`: the route table is its only source, `examples` (by route) what it shows. */
export const generateOpenApi = (
  routes: readonly RouteDefinition[],
  info: { readonly title: string; readonly version: string },
  examples: readonly RouteExampleSet[] = [],
): OpenApiDocument => {
  const examplesOf = new Map(examples.map((example) => [example.route.operationId, example]));
  const components = createSchemaComponents();
  components.component('Problem', problemSchema, 'output');
  components.component('GatewayMessage', gatewayMessageSchema, 'output');
  const paths: Record<string, PathItemObject> = {};
  for (const route of routes) {
    paths[route.path] = {
      ...paths[route.path],
      [route.method.toLowerCase()]: operationOf(route, components, examplesOf.get(route.operationId)),
    };
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: DESCRIPTION },
    // Every deployment serves the one API to the public (applicants sign themselves up), each at its own address.
    servers: [
      {
        url: '/',
        description: 'This deployment (production, staging or the local cloud): the address this document was read from.',
        'x-internal': false,
      },
    ],
    tags: [...new Set(routes.flatMap((route) => route.tags))].sort().map((name) => ({ name })),
    paths,
    components: {
      schemas: components.schemas(),
      responses: PROBLEM_RESPONSES,
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'Cognito ID token of the applicants’ or the workforce user pool (locally: `npm run token -- <role>`); on the partner API’s routes, a machine client’s client-credentials access token of the workforce pool with the route’s scope. Verified as RFC8725 (JSON Web Token Best Current Practices) asks: the algorithm is fixed to RS256 (never `none`), the signature is checked against the issuing pool’s published keys, and the issuer, the audience (that pool’s app client) and the expiry are validated.',
        },
      },
    },
  };
};

const operationOf = (route: RouteDefinition, components: SchemaComponents, examples: RouteExampleSet | undefined): OperationObject => {
  const name = route.operationId.charAt(0).toUpperCase() + route.operationId.slice(1);
  const parameters = [
    ...parametersOf(route.request?.params, 'path', `${name}Params`, components),
    ...parametersOf(route.request?.query, 'query', `${name}Query`, components),
    ...parametersOf(route.request?.headers, 'header', `${name}Headers`, components),
  ];
  const body = route.request?.body;
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: [route.description, `Roles: ${route.roles.join(', ')}.`].filter((part) => part !== undefined).join('\n\n'),
    tags: route.tags,
    'x-roles': route.roles,
    security: isPublicRoute(route) ? [] : [{ [SECURITY_SCHEME]: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(body === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            content: {
              [route.request?.bodyMediaType ?? JSON_CONTENT_TYPE]: {
                schema: components.component(`${name}Request`, body, 'input'),
                ...exampleOf(examples?.request),
              },
            },
          },
        }),
    responses: { ...problemResponsesOf(route), ...declaredResponsesOf(route, name, components, examples) },
  };
};

const parametersOf = (
  schema: z.ZodType | undefined,
  location: ParameterObject['in'],
  owner: string,
  components: SchemaComponents,
): ParameterObject[] => {
  if (schema === undefined) return [];
  const json = components.inline(owner, schema, 'input');
  const properties = z.record(z.string(), z.record(z.string(), z.unknown())).catch({}).parse(json['properties']);
  const required = new Set(z.array(z.string()).catch([]).parse(json['required']));
  return Object.entries(properties).map(([parameter, property]) => ({
    name: parameter,
    in: location,
    required: location === 'path' || required.has(parameter),
    ...(typeof property['description'] === 'string' ? { description: property['description'] } : {}),
    schema: property,
  }));
};

const exampleOf = (example: unknown): { readonly example?: unknown } => (example === undefined ? {} : { example });

const declaredResponsesOf = (
  route: RouteDefinition,
  name: string,
  components: SchemaComponents,
  examples: RouteExampleSet | undefined,
): Record<string, ResponseObject> =>
  Object.fromEntries(
    Object.entries(route.responses).map(([status, spec]): [string, ResponseObject] => {
      const isError = Number(status) >= 400;
      // The media type without parameters (`; charset=utf-8`) is the content map's key.
      const contentType = isError
        ? PROBLEM_CONTENT_TYPE
        : ((spec.contentType ?? JSON_CONTENT_TYPE).split(';')[0]?.trim() ?? JSON_CONTENT_TYPE);
      const schema =
        spec.body === undefined
          ? isError
            ? { $ref: '#/components/schemas/Problem' }
            : undefined
          : components.component(`${name}${status}Response`, spec.body, 'output');
      const example = exampleOf(examples?.responses[status]);
      const alternatives = Object.entries(spec.alternatives ?? {}).map(([type, body]) => {
        const mediaType = type.split(';')[0]?.trim() ?? type;
        const subtype = (mediaType.split('/')[1] ?? mediaType).replace(/\W/g, '');
        const suffix = `${subtype.charAt(0).toUpperCase()}${subtype.slice(1)}`;
        return [mediaType, { schema: components.component(`${name}${status}Response${suffix}`, body, 'output') }];
      });
      return [
        status,
        {
          description: spec.description,
          ...(schema === undefined ? {} : { content: { [contentType]: { schema, ...example }, ...Object.fromEntries(alternatives) } }),
        },
      ];
    }),
  );
