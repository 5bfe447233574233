import { ROLES } from '../../shared/platform/auth/roles.ts';
import { LOCAL_RESOURCE_NAMES } from './local-settings.ts';
import type { SeedSummary } from './seed/seed-demo-data.ts';

export interface LocalCloudUrls {
  readonly api: string;
  readonly docs: string;
  readonly openapi: string;
  readonly mailbox: string;
  readonly mailStore: string;
  /** The certificate verification site: what anyone reads to check a certificate, the API up or not. */
  readonly verification: string;
  readonly dynamodb: string;
  readonly s3: string;
  readonly ses: string;
  readonly sfn: string;
}

/** What `npm start` prints once everything is up: where things are and how to get in. */
export const startUpBanner = (urls: LocalCloudUrls, startUpMs: number): string => `
cadre local cloud is up (${(startUpMs / 1000).toFixed(1)} s)

  API              ${urls.api}
  API docs         ${urls.docs}   (OpenAPI document: ${urls.openapi})
  Dashboard        ${urls.api}/dashboard   (staff's figures of a season; signed in: ${urls.api}/dashboard#token=$(npm run -s token -- staff))
  Mailbox          ${urls.mailbox}   (as JSON: ${urls.mailStore})
  Certificates     ${urls.verification}/verify/index.html   (the verifier page; keys and status lists beside it)
  DynamoDB         ${urls.dynamodb}   table ${LOCAL_RESOURCE_NAMES.table}
  S3               ${urls.s3}   bucket ${LOCAL_RESOURCE_NAMES.documentsBucket}
  Step Functions   ${urls.sfn}

Tokens, one per role (${ROLES.join(', ')}):
  npm run -s token -- staff
  curl -s -X POST ${urls.api}/local/token -H 'content-type: application/json' -d '{"role":"staff"}'
Call the API with one:
  curl -H "Authorization: Bearer $(npm run -s token -- staff)" ${urls.api}/programmes

Data is kept in .local/ between runs; npm run start:fresh starts from scratch.
Ctrl-C stops everything.
`;

/** With --ephemeral: one JSON line on stdout that a test (or script) waits for and parses. */
export const readyLine = (urls: LocalCloudUrls, dynamodbPid: number, startUpMs: number): string =>
  JSON.stringify({ event: 'ready', ...urls, dynamodbPid, startUpMs: Math.round(startUpMs) });

/** One line on what the demo data holds and what this start added to it (seeding is idempotent). */
export const demoDataLine = (summary: SeedSummary, ms: number): string => {
  const applicants = summary.applications.reduce((total, cohort) => total + cohort.applicants, 0);
  const added = summary.applications.reduce((total, cohort) => total + cohort.added, 0);
  const seasons = `${summary.seasons.length} demo seasons (${summary.seasons.map((season) => season.id).join(', ')})`;
  const partners = summary.partners.registered === 0 ? '' : `; ${summary.partners.registered} partner organisations registered`;
  if (summary.applications.length === 0) return `Demo data: ${seasons}, without applicants (--no-demo-applicants)${partners}.`;
  const closed = summary.applications.flatMap((cohort) =>
    cohort.notSeeded === undefined ? [] : [`${cohort.seasonId} takes no more (${cohort.notSeeded}; npm run start:fresh starts anew)`],
  );
  const experts = summary.experts.assigned === 0 ? '' : `; the demo experts have ${summary.experts.assigned} reviews to do`;
  const placements = summary.placements === 0 ? '' : `; an internship matching round offered ${summary.placements} placements`;
  const mentors = summary.mentors.proposed === 0 ? '' : `; the demo mentors have ${summary.mentors.proposed} projects proposed to them`;
  return `Demo data: ${seasons} with ${applicants} applicants${added === 0 ? ', seeded by an earlier start' : `, ${added} seeded now in ${(ms / 1000).toFixed(1)} s`}${experts}${placements}${partners}${mentors}${closed.length === 0 ? '' : `; ${closed.join('; ')}`}.`;
};
