const KEY = 'cadre-dashboard-token';

/**
 * The staff member's bearer token: pasted into the page, or handed over in the address's fragment
 * (`#token=…`, which `npm start` prints) — never the query string, which servers and proxies log.
 * It is kept in sessionStorage (this tab only) and the fragment is cleared from the address at once,
 * so it is neither bookmarked nor shared with the link.
 */
export const takeTokenFromAddress = (): void => {
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const token = fragment.get('token');
  if (token === null) return;
  if (token.trim() !== '') saveToken(token);
  const address = new URL(window.location.href);
  address.hash = '';
  window.history.replaceState(null, '', address);
};

export const savedToken = (): string | undefined => {
  const token = window.sessionStorage.getItem(KEY);
  return token === null || token === '' ? undefined : token;
};

export const saveToken = (token: string): void => window.sessionStorage.setItem(KEY, token.trim().replace(/^Bearer\s+/i, ''));

export const forgetToken = (): void => window.sessionStorage.removeItem(KEY);
