/**
 * The API's own address, for a link mailed to be opened later: from the request's `Host` and
 * `X-Forwarded-Proto`. API Gateway routes a request only when its Host is the API's own domain (its
 * custom domain, or the execute-api one) and sets X-Forwarded-Proto itself, so neither is the
 * caller's to choose; the local gateway sets both the same way.
 */
export const apiBaseUrl = (headers: Readonly<Record<string, string | undefined>>): string => {
  const host = headers['host'] ?? 'localhost';
  const protocol = headers['x-forwarded-proto'] === 'http' ? 'http' : 'https';
  return `${protocol}://${host}`;
};
