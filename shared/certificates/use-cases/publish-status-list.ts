import { bitstringStatusListCredential } from '../domain/status-list-credential.ts';
import { emptyStatusList, encodeStatusList, withStatusBit } from '../domain/status-list.ts';
import { PUBLISHED_PATHS } from '../domain/published-files.ts';
import { signCredentialJwt } from '../domain/sign-credential-jwt.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';

/** More rounds than concurrent revocations of one list could ever need: a bound, not a pace. */
const MAX_ROUNDS = 20;

/**
 * Publishes a status list as its latest revision. Two publishers may race, and S3 keeps whichever
 * file lands last: so each publisher records the revision it put out (never moving backwards), and
 * goes round again while its own put might be the stale one (its record was refused because a
 * later revision is published) or a revocation came in meanwhile. A publisher stops only once the
 * file it put shows the latest revision: every revocation ends up in the published list.
 */
export const publishStatusList = async (
  deps: Pick<CertificateDependencies, 'statusLists' | 'signer' | 'site' | 'clock'>,
  listId: number,
): Promise<{ readonly revision: number }> => {
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const snapshot = await deps.statusLists.snapshot(listId);
    const bits = snapshot.revoked.reduce((list, index) => withStatusBit(list, index), emptyStatusList());
    const credential = bitstringStatusListCredential({
      publicBaseUrl: deps.site.baseUrl,
      listId,
      encodedList: encodeStatusList(bits),
      publishedAt: deps.clock().toISOString(),
    });
    await deps.site.put(PUBLISHED_PATHS.statusList(listId), await signCredentialJwt(credential, deps.signer), 'application/vc+jwt');
    const recorded = await deps.statusLists.markPublished(listId, snapshot.revision);
    const latest = await deps.statusLists.snapshot(listId);
    if (recorded && latest.revision === snapshot.revision) return { revision: snapshot.revision };
  }
  throw new Error(`Status list ${listId} kept changing while it was published`);
};
