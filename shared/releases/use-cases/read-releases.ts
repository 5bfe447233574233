import type { PartnerOrganisation } from '../../partners/partner-organisation-schema.ts';
import { readableFields } from '../domain/readable-fields.ts';
import { releasedData } from '../domain/released-data.ts';
import { isExpired } from '../domain/release-validity.ts';
import type { Disclosure } from '../disclosure-schema.ts';
import type { Release, ReleasedApplication } from '../release-schema.ts';
import type { ReleaseDependencies } from './release-dependencies.ts';
import type { ReleaseReader } from './release-reader.ts';

/**
 * Whether the release is one this organisation may read at all: its own, while it is not retired,
 * and for a release to a region, while it is still that region's youth-policy body (a registry edit
 * moving it elsewhere stops its reads).
 */
const addressedTo = (release: Release, organisation: PartnerOrganisation): boolean =>
  release.organisationId === organisation.id &&
  organisation.retired !== true &&
  (release.purpose !== 'region' || (organisation.kind === 'youth-policy-body' && organisation.region === release.region));

/**
 * THE way released data leaves cadre (a page, one release, an export alike): of the releases given,
 * those addressed to the reader's organisation and not expired are read live (profile, consent,
 * application, scores), each filtered to the fields the release and the consent in force both name;
 * a release whose consent was withdrawn, or whose person has no profile any more, yields nothing.
 * Every application about to leave gets its disclosure entry first, in this same call: if the log
 * cannot be written, this throws and nothing is returned.
 */
export const readReleases = async (
  deps: Pick<ReleaseDependencies, 'subjects' | 'disclosures' | 'newId' | 'clock'>,
  reader: ReleaseReader,
  releases: readonly Release[],
  correlationId: string,
): Promise<ReleasedApplication[]> => {
  const { organisation } = reader;
  const now = deps.clock();
  const candidates = releases.filter((release) => addressedTo(release, organisation) && !isExpired(release.validUntil, now));
  if (candidates.length === 0) return [];
  const subjects = await deps.subjects.of(
    candidates.map((release) => ({
      applicantId: release.applicantId,
      applicationId: release.applicationId,
      rubrics: release.fields.includes('interviewScores') ? release.interviewRubrics : [],
    })),
  );
  const read = candidates.flatMap((release) => {
    const subject = subjects.get(release.applicationId);
    const fields = readableFields(release, subject?.consent);
    if (subject?.profile === undefined || fields.length === 0) return [];
    const data = releasedData(
      { profile: subject.profile, application: subject.application, scores: subject.scores, interviewRubrics: release.interviewRubrics },
      fields,
    );
    const item: ReleasedApplication = {
      releaseId: release.id,
      applicationId: release.applicationId,
      programmeId: release.programmeId,
      seasonId: release.seasonId,
      purpose: release.purpose,
      releasedAt: release.releasedAt,
      validUntil: release.validUntil,
      fields,
      data,
    };
    return [{ release, item }];
  });
  const at = now.toISOString();
  const entries: Disclosure[] = read.map(({ release, item }) => ({
    id: deps.newId(),
    at,
    applicationId: release.applicationId,
    applicantId: release.applicantId,
    programmeId: release.programmeId,
    seasonId: release.seasonId,
    releaseId: release.id,
    purpose: release.purpose,
    organisationId: organisation.id,
    organisationName: organisation.name,
    reader: reader.reader,
    channel: reader.channel,
    fields: item.fields,
    correlationId,
  }));
  if (entries.length > 0) await deps.disclosures.append(entries);
  return read.map(({ item }) => item);
};
