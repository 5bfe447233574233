import type { HttpMethod, RouteDefinition } from '../../../shared/platform/http/route.ts';

export type RouteMatch =
  | { readonly kind: 'matched'; readonly route: RouteDefinition; readonly pathParameters: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly HttpMethod[] }
  | { readonly kind: 'not-found' };

interface CompiledRoute {
  readonly route: RouteDefinition;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  /** Literal segments outrank `{param}`, which outranks `{proxy+}`, as in API Gateway. */
  readonly rank: readonly number[];
}

/**
 * Matches a request path against the route templates (`/programmes/{programmeId}`,
 * greedy `{proxy+}`), preferring the most specific template as API Gateway does.
 * Path parameters are URL-decoded, as API Gateway hands them to the Lambda.
 */
export const createRouteMatcher = (routes: readonly RouteDefinition[]): ((method: string, path: string) => RouteMatch) => {
  const compiled = routes.map(compile).sort((a, b) => compareRank(a.rank, b.rank));
  return (method, path) => {
    const candidates = compiled.flatMap((entry) => {
      const match = entry.pattern.exec(path);
      return match === null ? [] : [{ entry, values: match.slice(1) }];
    });
    const first = candidates[0];
    if (first === undefined) return { kind: 'not-found' };
    // Only templates as specific as the best match compete, so /seasons/open does not answer 405 for /seasons/{id}.
    const best = candidates.filter(({ entry }) => compareRank(entry.rank, first.entry.rank) === 0);
    const hit = best.find(({ entry }) => entry.route.method === method);
    if (hit === undefined) return { kind: 'method-not-allowed', allowed: [...new Set(best.map(({ entry }) => entry.route.method))] };
    const pathParameters = Object.fromEntries(hit.entry.names.map((name, index) => [name, decode(hit.values[index] ?? '')]));
    return { kind: 'matched', route: hit.entry.route, pathParameters };
  };
};

const compile = (route: RouteDefinition): CompiledRoute => {
  const names: string[] = [];
  const rank: number[] = [];
  const source = route.path
    .split('/')
    .slice(1)
    .map((segment) => {
      const parameter = /^\{(\w+)(\+?)\}$/.exec(segment);
      if (parameter === null) {
        rank.push(0);
        return escapeRegExp(segment);
      }
      names.push(parameter[1] ?? '');
      const greedy = parameter[2] === '+';
      rank.push(greedy ? 2 : 1);
      return greedy ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^/${source}$`), names, rank };
};

const compareRank = (a: readonly number[], b: readonly number[]): number => {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
};

const decode = (value: string): string => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
