import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import { applicantRoutes } from '../../shared/applicants/routes.ts';
import { applicationRoutes } from '../../shared/applications/routes.ts';
import { mailRoutes } from '../../shared/mail/routes.ts';
import { progressionRoutes } from '../../shared/progression/routes.ts';
import { teamRoutes } from '../../shared/teams/routes.ts';
import { consentImplementations } from './consents/index.ts';
import { createApplication } from './create-application.ts';
import { dissolveTeam } from './dissolve-team.ts';
import { getApplication } from './get-application.ts';
import { getGateRun } from './get-gate-run.ts';
import { getTeam } from './get-team.ts';
import { listCalendarJobs } from './list-calendar-jobs.ts';
import { listMyApplications } from './list-my-applications.ts';
import { listPendingEffects } from './list-pending-effects.ts';
import { listTeams } from './list-teams.ts';
import { listSeasonApplications } from './list-season-applications.ts';
import { listTransitionFailures } from './list-transition-failures.ts';
import { listUndeliverableMail } from './list-undeliverable-mail.ts';
import { overrideApplicationTrack } from './override-application-track.ts';
import { profileImplementations } from './profile/index.ts';
import { putTeam } from './put-team.ts';
import { requestApplicationTransition } from './request-application-transition.ts';
import { resumeGateRun } from './resume-gate-run.ts';
import { retryTransitionFailure } from './retry-transition-failure.ts';
import { retryUndeliverableMail } from './retry-undeliverable-mail.ts';
import { startGate } from './start-gate.ts';
import { submitApplication } from './submit-application.ts';
import { updateApplication } from './update-application.ts';
import { withdrawApplication } from './withdraw-application.ts';
import { wiring } from './wiring.ts';

// Cold start: the container's clients and repositories, built once before the first request.
wiring();

/** The applications Lambda: applications (this folder) and, composed in, profile and consent routes. */
export const handler = createCapabilityHandler(
  'applications',
  [...applicantRoutes, ...applicationRoutes, ...progressionRoutes, ...teamRoutes, ...mailRoutes],
  {
    ...profileImplementations,
    ...consentImplementations,
    createApplication,
    getApplication,
    updateApplication,
    submitApplication,
    withdrawApplication,
    overrideApplicationTrack,
    listMyApplications,
    listSeasonApplications,
    requestApplicationTransition,
    listTransitionFailures,
    retryTransitionFailure,
    listPendingEffects,
    startGate,
    getGateRun,
    resumeGateRun,
    listCalendarJobs,
    listUndeliverableMail,
    retryUndeliverableMail,
    putTeam,
    listTeams,
    getTeam,
    dissolveTeam,
  },
);
