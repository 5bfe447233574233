// A partner's system reading the finalists' data released to its organisation, newest first, with
// an OAuth 2.0 client-credentials token of the workforce pool (scope cadre-partners/releases.read).
import { createCadreClient, orThrow } from '@cadre/api-client';

const tokenUrl = process.env['CADRE_TOKEN_URL'] ?? 'http://localhost:3000/local/pools/workforce/oauth2/token';
const clientId = process.env['CADRE_CLIENT_ID'] ?? 'molodezh-perm-portal';
const clientSecret = process.env['CADRE_CLIENT_SECRET'] ?? 'local-demo-secret-molodezh-perm';

// A token lasts an hour: keep it, and ask for a new one a minute before it expires.
let token: { value: string; expiresAt: number } | undefined;
const accessToken = async (): Promise<string> => {
  if (token !== undefined && token.expiresAt > Date.now() + 60_000) return token.value;
  const answer = await fetch(tokenUrl, {
    method: 'POST',
    headers: {
      authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'cadre-partners/releases.read' }),
  });
  if (!answer.ok) throw new Error(`token endpoint answered ${answer.status}`);
  const { access_token, expires_in } = (await answer.json()) as { access_token: string; expires_in: number };
  token = { value: access_token, expiresAt: Date.now() + expires_in * 1000 };
  return access_token;
};

const client = createCadreClient({ baseUrl: process.env['CADRE_API_URL'] ?? 'http://localhost:3000', getToken: accessToken });

// orThrow turns a refusal into a CadreApiError carrying the problem (code, message, correlationId).
const page = await orThrow(client.GET('/partner-api/releases', { params: { query: { limit: 10 } } }));
for (const release of page.items) {
  const name = release.data.name === undefined ? '(name not shared)' : `${release.data.name.last} ${release.data.name.first}`;
  console.log(`${release.releasedAt}  ${release.seasonId}  ${name}  fields: ${release.fields.join(', ')}`);
}
