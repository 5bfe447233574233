import { ageAt } from '../../applicants/domain/age-at.ts';
import { DATA_SHARING_STATE_FIELDS, type DataSharingPurpose } from '../../applicants/domain/consents/data-sharing.ts';
import type { Application } from '../../applications/application-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { PartnerOrganisation } from '../../partners/partner-organisation-schema.ts';
import { interviewRubricsOf } from '../domain/interview-rubrics.ts';
import { releaseIdOf } from '../domain/release-id.ts';
import { validUntilOf } from '../domain/release-validity.ts';
import type { Release, ReleaseDecision, ReleaseOutcome } from '../release-schema.ts';
import type { HostReleaseDependencies, ReleaseEffectDependencies } from './release-dependencies.ts';

/** One move's release effect: whose application, in which programme and season, after which move. */
export interface ReleaseRequest {
  readonly application: Application;
  readonly programme: Programme;
  readonly season: Season;
  readonly move: { readonly from: string; readonly to: string; readonly version: number };
}

type Recipients =
  | { readonly organisations: readonly PartnerOrganisation[]; readonly region: string | null }
  | { readonly none: ReleaseOutcome };

/**
 * Makes the releases of one move's effect, idempotently: the first decision stored for the move and
 * purpose is the answer to every repeat, and each release's id names its application, recipient and
 * purpose, so a repeat after a crash finds what it made. Nothing is released without the applicant's
 * data-sharing consent for the purpose in force (and, for a minor under the programme's guardian
 * age, a guardian's consent on record); the fields are the ones that consent names. What was decided,
 * released or not and why, is kept for staff (GET /applications/{applicationId}/data-releases).
 */
const release = async (
  deps: ReleaseEffectDependencies,
  request: ReleaseRequest,
  purpose: DataSharingPurpose,
  recipients: (region: string | undefined) => Promise<Recipients>,
): Promise<ReleaseDecision> => {
  const { application, programme, season, move } = request;
  const earlier = await deps.releases.decisionOf(application.id, move.version, purpose);
  if (earlier !== undefined) return earlier;
  const now = deps.clock();
  const decided = (outcome: ReleaseOutcome, extra: Partial<Pick<ReleaseDecision, 'region' | 'releases'>> = {}) =>
    deps.releases.decide({ applicationId: application.id, purpose, move, outcome, releases: [], ...extra, at: now.toISOString() });

  const subject = (await deps.subjects.of([{ applicantId: application.applicantId, applicationId: application.id, rubrics: [] }])).get(
    application.id,
  );
  const grant = subject?.consent?.personalData === 'given' ? subject.consent[DATA_SHARING_STATE_FIELDS[purpose]] : undefined;
  if (subject?.profile === undefined || grant === undefined) return decided('consent-missing');
  const guardianBelow = programme.settings.eligibility.guardianConsentBelowAge ?? 0;
  if (ageAt(subject.profile.birthDate, season.referenceDate) < guardianBelow && subject.consent?.guardianConsentGiven !== true)
    return decided('guardian-consent-missing');

  const found = await recipients(application.region);
  if ('none' in found) return decided(found.none, application.region === undefined ? {} : { region: application.region });
  const validUntil = validUntilOf(now, deps.releaseValidityDays);
  const made: Release[] = found.organisations.map((organisation) => ({
    id: releaseIdOf(application.id, organisation.id, purpose),
    purpose,
    organisationId: organisation.id,
    region: found.region,
    applicationId: application.id,
    applicantId: application.applicantId,
    programmeId: application.programmeId,
    seasonId: application.seasonId,
    consentId: grant.consentId,
    fields: grant.fields,
    interviewRubrics: interviewRubricsOf(programme),
    move,
    releasedAt: now.toISOString(),
    validUntil,
  }));
  for (const item of made) await deps.releases.create(item);
  return decided('released', {
    ...(found.region === null ? {} : { region: found.region }),
    releases: made.map((item) => ({ releaseId: item.id, organisationId: item.organisationId })),
  });
};

/**
 * `releaseDataToRegion`: to the youth-policy body (or bodies) registered for the region the
 * application was made from, and to no other region's; nothing, recorded as `no-recipient`, when the
 * region has none registered yet (staff register it, then decide again).
 */
export const releaseDataToRegion = (deps: ReleaseEffectDependencies, request: ReleaseRequest): Promise<ReleaseDecision> =>
  release(deps, request, 'region', async (region) => {
    if (region === undefined) return { none: 'no-region' };
    const bodies = (await deps.organisations.youthPolicyBodiesOf(region)).filter(
      (organisation) => organisation.kind === 'youth-policy-body' && organisation.region === region,
    );
    return bodies.length === 0 ? { none: 'no-recipient' } : { organisations: bodies, region };
  });

/** `releaseDataToPartner`: to the organisations a confirmed placement names as the internship's hosts. */
export const releaseDataToPartner = (deps: HostReleaseDependencies, request: ReleaseRequest): Promise<ReleaseDecision> =>
  release(deps, request, 'host', async () => {
    const hosts = await deps.hosts.hostsOf(request.application.id);
    const organisations = (await Promise.all(hosts.map((id) => deps.organisations.find(id)))).filter(
      (organisation): organisation is PartnerOrganisation => organisation !== undefined,
    );
    return organisations.length === 0 ? { none: 'no-host' } : { organisations, region: null };
  });
