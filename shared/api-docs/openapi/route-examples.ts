import type * as z from 'zod';
import type { RouteDefinition } from '../../platform/http/route.ts';

type RequestBodyOf<R extends RouteDefinition> = R['request'] extends { readonly body: infer B extends z.ZodType } ? z.input<B> : never;

type SuccessStatusOf<R extends RouteDefinition> = {
  [S in keyof R['responses']]: S extends 200 | 201 | 202 ? (R['responses'][S] extends { readonly body: z.ZodType } ? S : never) : never;
}[keyof R['responses']];

type ResponseBodyOf<R extends RouteDefinition, S extends keyof R['responses']> = R['responses'][S] extends {
  readonly body: infer B extends z.ZodType;
}
  ? z.output<B>
  : never;

/** An operation's examples: its request body (where it takes one) and the body of each success response. */
export interface RouteExamples<R extends RouteDefinition = RouteDefinition> {
  readonly route: R;
  readonly request?: RequestBodyOf<R>;
  readonly responses: { readonly [S in SuccessStatusOf<R>]: ResponseBodyOf<R, S> };
}

/** Examples of any route, as the generator reads them. */
export interface RouteExampleSet {
  readonly route: RouteDefinition;
  readonly request?: unknown;
  readonly responses: Readonly<Record<string, unknown>>;
}

/**
 * The examples the OpenAPI document shows for `route`, typed by its schemas (a test also checks
 * each against the document's JSON Schema). They live beside the generator, not in the modules'
 * route files, so no Lambda but the docs one carries them.
 */
export const routeExamples = <const R extends RouteDefinition>(route: R, examples: Omit<RouteExamples<R>, 'route'>): RouteExampleSet => ({
  route,
  request: examples.request,
  responses: examples.responses as Readonly<Record<string, unknown>>,
});
