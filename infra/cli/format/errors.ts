import type { ApiError, NetworkError, ProblemBody } from '../api-client.ts';
import type { Language } from '../language.ts';

/** The longest non-problem body quoted back: a proxy's HTML error page says little past its first lines. */
const MAX_QUOTED = 300;

const localised = (message: ProblemBody['message'], language: Language): string | undefined =>
  message?.[language] ?? message?.en ?? message?.ru;

/**
 * An API refusal as the user reads it: the status and machine code, the message in their language,
 * every field at fault, where the API points to (a run already working), and the correlation id to
 * quote to ops.
 */
export const formatApiError = (error: ApiError, language: Language): string => {
  const { problem } = error;
  const ru = language === 'ru';
  const head = `${ru ? 'Ошибка' : 'Error'} ${error.status}${problem?.code === undefined ? '' : ` (${problem.code})`}`;
  const message =
    problem === undefined
      ? error.text.trim().slice(0, MAX_QUOTED) || (ru ? 'пустой ответ' : 'empty answer')
      : (localised(problem.message, language) ?? problem.detail ?? problem.title ?? '');
  const lines = [`${head}: ${message}`, `  ${error.method} ${error.url}`];
  for (const field of problem?.errors ?? []) {
    const text = localised(field.message, language);
    lines.push(`  - ${field.field ?? '?'}${field.code === undefined ? '' : ` (${field.code})`}${text === undefined ? '' : `: ${text}`}`);
  }
  if (error.location !== undefined) lines.push(`  ${ru ? 'см.' : 'see'} ${error.location}`);
  if (error.status === 401)
    lines.push(
      ru
        ? '  Передайте токен: --token (или CADRE_TOKEN); в локальном облаке --as staff.'
        : '  Give a token: --token (or CADRE_TOKEN); on the local cloud, --as staff.',
    );
  if (problem?.correlationId !== undefined) lines.push(`  correlationId ${problem.correlationId}`);
  return `${lines.join('\n')}\n`;
};

/** A request that got no answer: which URL, and what the connection said. */
export const formatNetworkError = (error: NetworkError, language: Language): string =>
  language === 'ru'
    ? `Не удалось обратиться к ${error.url} (${error.method}): ${error.reason}\n  Проверьте --url (или CADRE_API_URL) и что API запущен.\n`
    : `Could not reach ${error.url} (${error.method}): ${error.reason}\n  Check --url (or CADRE_API_URL) and that the API is running.\n`;
