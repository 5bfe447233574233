/**
 * The static files of the verification site, as paths under its public base URL (and keys under
 * the bucket prefix that URL serves). The verifier page reads nothing else: these files are all a
 * certificate needs to be checked with the API stopped.
 */
export const PUBLISHED_PATHS = {
  /** Both places a did:web resolver may look, so the DID resolves whether or not the base has a path. */
  didDocuments: ['did.json', '.well-known/did.json'],
  jwks: 'jwks.json',
  statusList: (listId: number): string => `status/${listId}.jwt`,
  credential: (certificateId: string): string => `credentials/${certificateId}.jwt`,
  revocation: (certificateId: string): string => `credentials/${certificateId}.revocation.json`,
  verifier: 'verify/index.html',
} as const;

export const statusListCredentialUrl = (publicBaseUrl: string, listId: number): string =>
  `${publicBaseUrl}/${PUBLISHED_PATHS.statusList(listId)}`;

/** The URL printed on the certificate, in its QR code and in mails. */
export const verificationUrl = (publicBaseUrl: string, certificateId: string): string =>
  `${publicBaseUrl}/${PUBLISHED_PATHS.verifier}?id=${encodeURIComponent(certificateId)}`;
