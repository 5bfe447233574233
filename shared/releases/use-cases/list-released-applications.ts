import { notFound } from '../../platform/errors/common-errors.ts';
import type { Page } from '../../platform/paging/page.ts';
import type { ReleasedApplication } from '../release-schema.ts';
import { readReleases } from './read-releases.ts';
import type { ReleaseDependencies } from './release-dependencies.ts';
import type { ReleaseReader } from './release-reader.ts';

export interface ReleaseListQuery {
  readonly seasonId?: string | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/**
 * A page of the reader's organisation's releases, newest first, as data (each application logged as
 * disclosed before the page is answered). Expired releases and those the applicant no longer
 * consents to are left out, so a page may hold fewer than `limit`: follow `nextCursor`.
 */
export const listReleasedApplications = async (
  deps: Pick<ReleaseDependencies, 'releases' | 'subjects' | 'disclosures' | 'newId' | 'clock'>,
  reader: ReleaseReader,
  query: ReleaseListQuery,
  correlationId: string,
): Promise<Page<ReleasedApplication>> => {
  const page = await deps.releases.listForOrganisation(reader.organisation.id, { seasonId: query.seasonId }, query);
  return { items: await readReleases(deps, reader, page.items, correlationId), nextCursor: page.nextCursor };
};

/** One release, as data; 404 for a release of another organisation, an expired one, or one whose consent is withdrawn. */
export const readReleasedApplication = async (
  deps: Pick<ReleaseDependencies, 'releases' | 'subjects' | 'disclosures' | 'newId' | 'clock'>,
  reader: ReleaseReader,
  releaseId: string,
  correlationId: string,
): Promise<ReleasedApplication> => {
  const release = await deps.releases.find(releaseId);
  const [item] = release === undefined ? [] : await readReleases(deps, reader, [release], correlationId);
  if (item === undefined) throw notFound('release');
  return item;
};
