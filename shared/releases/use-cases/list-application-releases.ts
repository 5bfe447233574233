import type { Identity } from '../../platform/auth/identity.ts';
import { releaseStatusOf } from '../domain/readable-fields.ts';
import type { ReleaseStatus } from '../release-schema.ts';
import type { ReleaseDependencies } from './release-dependencies.ts';

/**
 * What was released of one application and what was not, for staff of its programme: every release
 * effect's decision (released to whom, or why not: no consent, no youth-policy body for the region…)
 * and every release with its standing now. Metadata only: staff read the person in the application.
 */
export const listApplicationReleases = async (
  deps: Pick<ReleaseDependencies, 'releases' | 'subjects' | 'staffAccess' | 'clock'>,
  identity: Identity,
  applicationId: string,
) => {
  const application = await deps.staffAccess.staffedApplication(identity, applicationId);
  const [decisions, releases, subjects] = await Promise.all([
    deps.releases.decisionsFor(applicationId),
    deps.releases.listForApplication(applicationId),
    deps.subjects.of([{ applicantId: application.applicantId, applicationId, rubrics: [] }]),
  ]);
  const consent = subjects.get(applicationId)?.consent;
  const now = deps.clock();
  return {
    decisions: [...decisions],
    releases: releases.map((release): ReleaseStatus => {
      const { applicantId: _person, interviewRubrics: _rubrics, ...shown } = release;
      return { ...shown, status: releaseStatusOf(release, consent, now) };
    }),
  };
};
