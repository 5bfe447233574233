import type { Problem } from './report-shapes.ts';

/** An answer of the API: its JSON body, or what went wrong (`status` 0: no answer at all). */
export type Answer<T> = { readonly ok: true; readonly body: T } | { readonly ok: false; readonly problem: Problem };

const problemOf = async (response: Response): Promise<Problem> => {
  const body: unknown = await response.json().catch(() => undefined);
  if (typeof body !== 'object' || body === null) return { status: response.status };
  const { code, message } = body as { readonly code?: unknown; readonly message?: { readonly ru?: unknown; readonly en?: unknown } };
  return {
    status: response.status,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message?.ru === 'string' && typeof message.en === 'string' ? { message: { ru: message.ru, en: message.en } } : {}),
  };
};

/**
 * GETs `path` of this API (relative to the page, so a deployment's stage prefix is kept) with the
 * staff member's token. The page is served by the same API, so requests never leave its origin.
 */
export const getJson = async <T>(path: string, token: string): Promise<Answer<T>> => {
  const response = await fetch(new URL(path, document.baseURI), {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    cache: 'no-store',
  }).catch(() => undefined);
  if (response === undefined) return { ok: false, problem: { status: 0 } };
  if (!response.ok) return { ok: false, problem: await problemOf(response) };
  return { ok: true, body: (await response.json()) as T };
};
