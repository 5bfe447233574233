import { certificateDependenciesFromEnv } from '../../shared/adapters/certificates/certificate-dependencies-from-env.ts';

/**
 * The certificates routes' parts: the same as the issuer's, built once per container. The S3
 * client, the signer and the PDF renderers load at the first route that needs them.
 */
export const wiring = certificateDependenciesFromEnv;
