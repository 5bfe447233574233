import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { Disclosure, MyDisclosure } from '../disclosure-schema.ts';
import type { ReleaseDependencies } from './release-dependencies.ts';

/**
 * The applicant's own disclosures, newest first, by their token's subject alone: which organisation
 * read which of their fields, when and how; not who at the organisation (that is staff's to see).
 */
export const listMyDisclosures = async (
  deps: Pick<ReleaseDependencies, 'disclosures'>,
  applicantId: string,
  page: PageRequest,
): Promise<Page<MyDisclosure>> => {
  const found = await deps.disclosures.forApplicant(applicantId, page);
  return {
    items: found.items.map((entry) => ({
      id: entry.id,
      at: entry.at,
      applicationId: entry.applicationId,
      programmeId: entry.programmeId,
      seasonId: entry.seasonId,
      purpose: entry.purpose,
      organisationId: entry.organisationId,
      organisationName: entry.organisationName,
      channel: entry.channel,
      fields: entry.fields,
    })),
    nextCursor: found.nextCursor,
  };
};

/** Every disclosure of one application, for staff of its programme (404 for anyone else). */
export const listApplicationDisclosures = async (
  deps: Pick<ReleaseDependencies, 'disclosures' | 'staffAccess'>,
  identity: Identity,
  applicationId: string,
  page: PageRequest,
): Promise<Page<Disclosure>> => {
  await deps.staffAccess.staffedApplication(identity, applicationId);
  return deps.disclosures.forApplication(applicationId, page);
};

/** Every disclosure of a season, newest first, for staff of its programme (404 for anyone else). */
export const listSeasonDisclosures = async (
  deps: Pick<ReleaseDependencies, 'disclosures' | 'staffAccess'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<Disclosure>> => {
  await deps.staffAccess.staffedSeason(identity, seasonId);
  return deps.disclosures.forSeason(seasonId, page);
};
