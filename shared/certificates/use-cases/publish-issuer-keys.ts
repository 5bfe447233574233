import { issuerDid, issuerDidDocument, issuerJwks } from '../domain/issuer-did.ts';
import { PUBLISHED_PATHS } from '../domain/published-files.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';

/**
 * Publishes the issuer's DID document and JWKS with every key it has signed with, when the signing
 * key is one the site does not list yet (the first issue of a deployment, or a rotated key), or
 * when asked to (`force`: a site restored from nothing). Otherwise it writes nothing: a run of the
 * issuer costs one read here.
 */
export const publishIssuerKeys = async (
  deps: Pick<CertificateDependencies, 'signer' | 'issuerKeys' | 'site' | 'clock'>,
  options: { readonly force?: boolean } = {},
): Promise<{ readonly published: boolean }> => {
  const key = await deps.signer.publicKey();
  const { keys, added } = await deps.issuerKeys.remember(key, deps.clock().toISOString());
  if (!added && options.force !== true) return { published: false };
  const did = issuerDid(deps.site.baseUrl);
  const document = JSON.stringify(issuerDidDocument(did, keys));
  await Promise.all([
    ...PUBLISHED_PATHS.didDocuments.map((path) => deps.site.put(path, document, 'application/did+json')),
    deps.site.put(PUBLISHED_PATHS.jwks, JSON.stringify(issuerJwks(did, keys)), 'application/jwk-set+json'),
  ]);
  return { published: true };
};
