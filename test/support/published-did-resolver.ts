import { type DIDDocument, Resolver } from 'did-resolver';

/**
 * A did:web resolver written from the method's specification, not from cadre's code: the DID's
 * host (`%3A` decoded back to `:`) and path segments name an https URL, `/.well-known/did.json`
 * without a path, `/did.json` after one, and the document is read from the files the issuer
 * published there. The verifier knows nothing else about the issuer.
 */
export const didWebDocumentUrl = (did: string): string => {
  const [method, name, ...parts] = did.split(':');
  if (method !== 'did' || name !== 'web' || parts.length === 0) throw new Error(`Not a did:web: ${did}`);
  const [host, ...path] = parts.map((part) => decodeURIComponent(part));
  return path.length === 0 ? `https://${host}/.well-known/did.json` : `https://${host}/${path.join('/')}/did.json`;
};

export const publishedDidResolver = (publishedFiles: ReadonlyMap<string, unknown>): Resolver =>
  new Resolver({
    web: async (did) => {
      const document = publishedFiles.get(didWebDocumentUrl(did));
      return document === undefined
        ? { didDocument: null, didDocumentMetadata: {}, didResolutionMetadata: { error: 'notFound' } }
        : { didDocument: document as DIDDocument, didDocumentMetadata: {}, didResolutionMetadata: { contentType: 'application/did+json' } };
    },
  });
