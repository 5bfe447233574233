import type { Application } from '../../applications/application-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { Certificate } from '../certificate-schema.ts';
import type { CertificateDependencies } from './certificate-dependencies.ts';

/** `not-configured`: the programme names no achievement for the stage; `no-holder`: the holder erased their profile. */
export type CertificateRequestResult = 'requested' | 'already-requested' | 'not-configured' | 'no-holder';

/**
 * The `issueCertificate` effect of a move: records the certificate of the achievement the
 * programme names for the stage reached, once per application and achievement, with the holder's
 * name as their profile says it now. Signing and rendering are the issuer's (issue-requested-
 * certificates.ts), off the move's path: a gate into a certifying stage records thousands of these
 * cheaply and the issuer works through them.
 */
export const requestCertificate = async (
  deps: Pick<CertificateDependencies, 'certificates' | 'holders' | 'clock' | 'newId'>,
  request: {
    readonly application: Application;
    readonly programme: Programme;
    readonly season: Season;
    readonly move: { readonly to: string };
  },
): Promise<CertificateRequestResult> => {
  const { application, programme, season } = request;
  const settings = programme.settings.certificates;
  const achievement = settings?.achievements.find((candidate) => candidate.stage === request.move.to);
  if (settings === undefined || achievement === undefined) return 'not-configured';
  const holder = await deps.holders.find(application.applicantId);
  if (holder === undefined) return 'no-holder';
  const track = programme.settings.tracks.find((candidate) => candidate.id === application.track?.track);
  const at = deps.clock().toISOString();
  const certificate: Certificate = {
    id: deps.newId(),
    applicationId: application.id,
    applicantId: application.applicantId,
    programmeId: programme.id,
    seasonId: season.id,
    achievement: { id: achievement.id, name: achievement.name, description: achievement.description },
    holderName: holder.fullName,
    language: application.language,
    programmeName: programme.settings.name,
    seasonTitle: season.title,
    ...(track === undefined ? {} : { track: { id: track.id, name: track.name } }),
    layout: settings.layout,
    issuerName: settings.issuer,
    numberPrefix: settings.numberPrefix,
    status: 'requested',
    requestedAt: at,
    updatedAt: at,
    version: 1,
  };
  const outcome = await deps.certificates.request(certificate);
  return outcome.created ? 'requested' : 'already-requested';
};
