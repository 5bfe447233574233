import { createHash, randomBytes } from 'node:crypto';
import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { Release } from '../release-schema.ts';
import { RELEASE_EXPORT_FILE_DAYS, RELEASE_EXPORT_LINK_HOURS, releaseExportFileKey } from '../domain/release-export-objects.ts';
import { releaseExportFile } from '../domain/release-export-file.ts';
import { releaseExportMail } from '../mail/release-export-mail.ts';
import { noReleasesToExport, tooManyReleasesToExport } from '../release-errors.ts';
import type { ReleaseExport, ReleaseExportInput, ReleaseExportView } from '../release-export-schema.ts';
import { readReleases } from './read-releases.ts';
import type { ReleaseDependencies } from './release-dependencies.ts';
import { partnerReader, type ReleaseReader } from './release-reader.ts';

/**
 * The most applications one export holds. A region's finalists of a season are tens to a few
 * hundred; this bounds the request's reads (about five point reads per application) well inside
 * the API's 30 seconds. Larger sets are read page by page through the partner API.
 */
export const MAX_EXPORTED_RELEASES = 2000;
const PAGE = 100;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The secret of a mailed link is never stored, only its digest. */
export const linkSecretDigest = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/**
 * Staff of the season's programme export for any organisation; a partner's person only for their
 * own. Anyone else gets the 404 of a missing organisation.
 */
const exporterOf = async (
  deps: Pick<ReleaseDependencies, 'staffAccess' | 'organisations' | 'partnerResolver'>,
  identity: Identity,
  organisationId: string,
  seasonId: string,
): Promise<ReleaseReader> => {
  if (!identity.roles.includes('staff')) return partnerReader(deps, identity, organisationId, 'export');
  await deps.staffAccess.staffedSeason(identity, seasonId);
  const organisation = await deps.organisations.find(organisationId);
  if (organisation === undefined) throw notFound('partner organisation');
  return { organisation, reader: { kind: 'person', id: identity.subject, role: 'staff' }, channel: 'export' };
};

const allReleasesOf = async (deps: Pick<ReleaseDependencies, 'releases'>, organisationId: string, seasonId: string): Promise<Release[]> => {
  const releases: Release[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.releases.listForOrganisation(organisationId, { seasonId }, { limit: PAGE, cursor });
    releases.push(...page.items);
    if (releases.length > MAX_EXPORTED_RELEASES) throw tooManyReleasesToExport(MAX_EXPORTED_RELEASES);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return releases;
};

/**
 * A push export: every release of the season to the organisation that can be read now, as one file
 * (JSON, or CSV for spreadsheets) under the bucket's release-exports prefix, and a mail to each of the
 * organisation's contacts with a link that opens it for 72 hours. Each application in it is logged as
 * disclosed (channel `export`) before the file is written. The link goes to the contacts alone; the
 * caller learns what was sent where, never the link. `apiBaseUrl` is the API's own address, where the
 * link's route is served.
 */
export const exportReleases = async (
  deps: ReleaseDependencies,
  identity: Identity,
  organisationId: string,
  input: ReleaseExportInput,
  context: { readonly correlationId: string; readonly apiBaseUrl: string },
): Promise<ReleaseExportView> => {
  const exporter = await exporterOf(deps, identity, organisationId, input.seasonId);
  const { organisation } = exporter;
  const releases = await allReleasesOf(deps, organisationId, input.seasonId);
  const items = await readReleases(deps, exporter, releases, context.correlationId);
  if (items.length === 0) throw noReleasesToExport();

  const now = deps.clock();
  const id = deps.newId();
  const file = releaseExportFile(input.format, { organisationId, seasonId: input.seasonId, exportedAt: now.toISOString() }, items);
  const fileKey = releaseExportFileKey(organisationId, id, file.extension);
  await deps.exportFiles.put({ key: fileKey, body: file.body, contentType: file.contentType });

  const secret = randomBytes(32).toString('base64url');
  const linkValidUntil = new Date(now.getTime() + RELEASE_EXPORT_LINK_HOURS * HOUR_MS).toISOString();
  const record: ReleaseExport = {
    id,
    organisationId,
    seasonId: input.seasonId,
    format: input.format,
    requestedBy: exporter.reader,
    requestedAt: now.toISOString(),
    applications: items.length,
    fileKey,
    linkSecretDigest: linkSecretDigest(secret),
    linkValidUntil,
    mailedTo: organisation.contacts.length,
    downloads: 0,
  };
  await deps.exports.create(record, new Date(now.getTime() + RELEASE_EXPORT_FILE_DAYS * DAY_MS));
  const link = `${context.apiBaseUrl}/release-exports/${id}/file?key=${secret}`;
  for (const [index, contact] of organisation.contacts.entries()) {
    await deps.mailQueue.enqueue(
      {
        id: `release-export#${id}#${index}`,
        seasonId: input.seasonId,
        mail: releaseExportMail({
          to: contact.email,
          language: contact.language,
          organisationName: organisation.name,
          seasonId: input.seasonId,
          applications: items.length,
          link,
          linkValidUntil,
        }),
      },
      now,
    );
  }
  return {
    id,
    organisationId,
    seasonId: input.seasonId,
    format: input.format,
    requestedAt: record.requestedAt,
    applications: items.length,
    linkValidUntil,
    mailedTo: record.mailedTo,
  };
};
