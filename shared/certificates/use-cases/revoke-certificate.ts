import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, versionConflict } from '../../platform/errors/common-errors.ts';
import type { Certificate } from '../certificate-schema.ts';
import { certificateNotIssued, certificateRevokedOtherwise } from '../certificate-errors.ts';
import { PUBLISHED_PATHS } from '../domain/published-files.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';
import { publishStatusList } from './publish-status-list.ts';

/**
 * Staff of the certificate's programme revoke it, with a reason staff keep (the public learns only
 * the date). The record is revoked first, then its bit is added to the status list (a set that only
 * grows, so revocations at once lose no bit), the date published beside the credential, and the
 * list republished. Revoking again for the same reason repeats the publishing steps, so a revocation
 * interrupted part-way is finished by asking again; the issuer's runs republish a list left behind.
 */
export const revokeCertificate = async (
  deps: Pick<CertificateDependencies, 'certificates' | 'staffedSeasons' | 'statusLists' | 'signer' | 'site' | 'clock'>,
  identity: Identity,
  certificateId: string,
  input: { readonly reason: string; readonly version: number },
): Promise<Certificate> => {
  const found = await deps.certificates.find(certificateId);
  if (found === undefined) throw notFound('certificate');
  await deps.staffedSeasons.staffedSeason(identity, found.seasonId).catch(() => {
    throw notFound('certificate');
  });
  let revoked = found;
  if (found.status === 'revoked') {
    if (found.revocation?.reason !== input.reason) throw certificateRevokedOtherwise();
  } else {
    if (found.status === 'requested' || found.statusList === undefined) throw certificateNotIssued();
    if (input.version !== found.version) throw versionConflict(found.version);
    const at = deps.clock().toISOString();
    revoked = {
      ...found,
      status: 'revoked',
      revocation: { reason: input.reason, by: identity.subject, at },
      updatedAt: at,
      version: found.version + 1,
    };
    if ((await deps.certificates.update(revoked, found.version)) === 'version-conflict') throw versionConflict(found.version + 1);
  }
  const slot = revoked.statusList;
  const at = revoked.revocation?.at;
  if (slot === undefined || at === undefined) throw new Error(`Revoked certificate ${revoked.id} has no status slot or date`);
  await deps.statusLists.revoke(slot.listId, slot.index);
  await deps.site.put(PUBLISHED_PATHS.revocation(revoked.id), JSON.stringify({ revokedAt: at }), 'application/json');
  await publishStatusList(deps, slot.listId);
  return revoked;
};
