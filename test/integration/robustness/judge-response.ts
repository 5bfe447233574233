import { PROBLEM_CONTENT_TYPE } from '../../../shared/platform/http/problem.ts';
import { problemSchema } from '../../../shared/platform/http/problem-schema.ts';

export interface Verdict {
  readonly status: number;
  /** Why the answer breaks the standard; undefined when it keeps it. */
  readonly fault?: string;
  /** The parsed JSON body of a 2xx answer, when it has one. */
  readonly body?: unknown;
}

/**
 * The standard every answer to bad input must keep: never a 5xx; every 4xx a problem+json with a
 * code and a message in Russian and English; every 400 naming the fields at fault.
 */
export const judgeResponse = async (response: Response): Promise<Verdict> => {
  const status = response.status;
  const text = await response.text();
  if (status < 400) {
    const json =
      (response.headers.get('content-type') ?? '').startsWith('application/json') && text.length > 0
        ? (JSON.parse(text) as unknown)
        : undefined;
    return { status, body: json };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { status, fault: `${status} with a body that is not JSON: ${text.slice(0, 120)}` };
  }
  const code = typeof body === 'object' && body !== null && 'code' in body ? String(body.code) : '?';
  if (status >= 500) return { status, fault: `${status} ${code}` };
  if (response.headers.get('content-type') !== PROBLEM_CONTENT_TYPE)
    return { status, fault: `${status} ${code} as ${response.headers.get('content-type')}` };
  const problem = problemSchema.safeParse(body);
  if (!problem.success)
    return { status, fault: `${status} ${code}: not a problem (${problem.error.issues.map((issue) => issue.path.join('.')).join(', ')})` };
  const { message, errors } = problem.data;
  if (problem.data.code.length === 0 || message.ru.length === 0 || message.en.length === 0)
    return { status, fault: `${status} without a code or a message in both languages` };
  if (status === 400 && errors.length === 0) return { status, fault: `400 ${code} names no field` };
  const unnamed = errors.find(
    (error) => error.field.length === 0 || error.code.length === 0 || error.message.ru.length === 0 || error.message.en.length === 0,
  );
  if (unnamed !== undefined)
    return {
      status,
      fault: `${status} ${code}: a field error without field, code or both messages (${JSON.stringify(unnamed).slice(0, 200)})`,
    };
  return { status };
};
