import { readFile } from 'node:fs/promises';
import { wiring as applicationsWiring } from '../../../functions/applications/wiring.ts';
import { wiring as documentsWiring } from '../../../functions/documents/wiring.ts';
import { wiring as educationWiring } from '../../../functions/education/wiring.ts';
import { currentConsentText, dataSharingTextKind } from '../../../shared/applicants/domain/consents/consent-texts.ts';
import { giveConsent } from '../../../shared/applicants/use-cases/give-consent.ts';
import { recordGuardianConsent } from '../../../shared/applicants/use-cases/record-guardian-consent.ts';
import { saveProfile } from '../../../shared/applicants/use-cases/save-profile.ts';
import { createApplication } from '../../../shared/applications/use-cases/create-application.ts';
import { updateDraft } from '../../../shared/applications/use-cases/update-draft.ts';
import { applicationWindowState } from '../../../shared/applications/domain/application-window.ts';
import { initialStage } from '../../../shared/catalogue/domain/pipeline/pipeline-stages.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import { confirmDocument } from '../../../shared/documents/use-cases/confirm-document.ts';
import { requestUpload, type UploadTicket } from '../../../shared/documents/use-cases/request-upload.ts';
import { reportProgress } from '../../../shared/education/use-cases/report-progress.ts';
import { saveCourses } from '../../../shared/education/use-cases/save-courses.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../../shared/platform/workflow/settle-in-parallel.ts';
import { completeGateMove } from '../../../shared/progression/use-cases/gates/complete-gate-move.ts';
import { startGate } from '../../../shared/progression/use-cases/gates/start-gate.ts';
import { submitApplication } from '../../../shared/progression/use-cases/submission/submit-application.ts';
import { withdrawApplication } from '../../../shared/progression/use-cases/submission/withdraw-application.ts';
import { waitFor } from '../wait-for.ts';
import { holdDemoMinistryInterviews } from './seed-demo-finalists.ts';
import { holdDemoInterviews } from './seed-demo-interviews.ts';
import type { DemoApplicant, DemoDecision, DemoUpload } from './demo-population.ts';

/** The staff member of the demo who makes the demo's decisions (infra/local/demo-people.ts: Анна Смирнова). */
export interface DemoStaff {
  readonly sub: string;
  readonly email: string;
}

/** A demo season and the people who apply to it. */
export interface DemoCohort {
  readonly season: Season;
  readonly applicants: readonly DemoApplicant[];
  /** ПроКадры: the education block's courses and the shortlist gate that closes it. */
  readonly education?: { readonly gate: { readonly from: string; readonly to: string }; readonly gateRunId: string };
}

export interface CohortSeeded {
  readonly seasonId: string;
  /** Applicants seeded by this start; 0 when an earlier start seeded them all. */
  readonly added: number;
  readonly applicants: number;
  readonly gateRunId?: string;
  /** Why applicants still missing were not seeded: the season no longer takes applications. */
  readonly notSeeded?: string;
}

/** At most this many applicants of a season are seeded at once (three seasons side by side): DynamoDB Local and s3rver share two cores with everything else. */
const PARALLEL = 4;

const FILES = new URL('./files/', import.meta.url);

const applicantIdentity = (applicant: DemoApplicant): Identity => ({
  subject: applicant.sub,
  email: applicant.profile.contacts.email,
  roles: ['applicant'],
  region: undefined,
  organisation: undefined,
  programmes: [],
});

const staffIdentity = (staff: DemoStaff): Identity => ({
  subject: staff.sub,
  email: staff.email,
  roles: ['staff'],
  region: undefined,
  organisation: undefined,
  programmes: ['*'],
});

/** What a browser does with an upload form: a multipart POST of its fields, then the file, straight to storage. */
const postToStorage = async (ticket: UploadTicket, bytes: Uint8Array, upload: DemoUpload): Promise<void> => {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.upload.fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type: upload.contentType }), upload.file);
  const response = await fetch(ticket.upload.url, { method: 'POST', body: form });
  if (!response.ok)
    throw new Error(`The demo's upload of ${upload.file} was refused by storage: ${response.status} ${await response.text()}`);
};

/** The education block of the demo ПроКадры season: two recorded webinars and four live broadcasts for every track. */
const demoCourses = (season: Season, tracks: string[], now: Date) => {
  const education = season.calendar.find((window) => window.stage === 'education');
  const accessUntil = education?.closesAt ?? new Date(now.getTime() + 60 * 24 * 3600 * 1000).toISOString();
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 3600 * 1000).toISOString();
  return {
    webinars: [
      { id: 'state-basics', title: { ru: 'Основы государственного управления', en: 'Public administration basics' }, accessUntil, tracks },
      {
        id: 'project-management',
        title: { ru: 'Управление проектами в госсекторе', en: 'Project management in government' },
        accessUntil,
        tracks,
      },
    ],
    broadcasts: [
      {
        id: 'live-ministry',
        title: { ru: 'Встреча с сотрудниками министерства', en: 'Meeting ministry staff' },
        scheduledAt: daysAgo(12),
        tracks,
      },
      {
        id: 'live-region',
        title: { ru: 'Молодёжная политика в регионах', en: 'Youth policy in the regions' },
        scheduledAt: daysAgo(9),
        tracks,
      },
      { id: 'live-career', title: { ru: 'Карьера на госслужбе', en: 'A career in public service' }, scheduledAt: daysAgo(5), tracks },
      { id: 'live-qa', title: { ru: 'Вопросы и ответы с выпускниками', en: 'Q&A with alumni' }, scheduledAt: daysAgo(2), tracks },
    ],
  };
};

/**
 * Seeds a demo season's applicants through the same use cases and adapters the API's functions use
 * (their own wiring), as the people themselves and the demo's staff member would act: consent, profile,
 * draft, the documents posted to storage with the upload form and confirmed (verified as any upload),
 * submission (eligibility, track, receipt), staff decisions through the pipeline's transition
 * steps (guards and effects included), learning progress as the learning platform reports it,
 * withdrawal, and for ПроКадры one real shortlist gate run through the cohortGate state machine,
 * then its interviews: the experts' round, and the ministry's round whose score makes the finalists
 * (their data released to their region as far as they consented to share it).
 *
 * Idempotent: an applicant who has any consent record was seeded (or begun) by an earlier start and
 * is left alone; the gate runs under a fixed id, once. A start interrupted half way leaves some
 * people part way, never two of anything.
 */
export const seedDemoCohort = async (
  cohort: DemoCohort,
  staff: DemoStaff,
  now: Date,
  announce: (message: string) => void = () => undefined,
): Promise<CohortSeeded> => {
  const { applicants: applicantDeps, applications: applicationDeps } = applicationsWiring();
  const { documents: documentDeps } = documentsWiring();
  const { education: educationDeps } = educationWiring();
  const { season } = cohort;
  const staffMember = staffIdentity(staff);

  const known = await applicantDeps.consents.states(cohort.applicants.map((applicant) => applicant.sub));
  const fresh = cohort.applicants.filter((applicant) => !known.has(applicant.sub));
  // A data folder whose demo season has closed its application window (it opened the day the
  // folder was first used) keeps the applicants it has: nobody may apply to it any more.
  const programme = await applicationDeps.programmes.find(season.programmeId);
  if (programme === undefined) throw new Error(`The demo season ${season.id} has no programme`);
  const window = applicationWindowState(season.calendar, initialStage(programme.settings.pipeline).id, new Date());
  if (fresh.length > 0 && (season.status !== 'open' || !window.open))
    return {
      seasonId: season.id,
      added: 0,
      applicants: cohort.applicants.length - fresh.length,
      notSeeded: window.open ? `it is ${season.status}` : `its application window closed ${window.window?.closesAt ?? 'before'}`,
    };

  if (fresh.length > 0) announce(`Seeding ${fresh.length} demo applicants of ${season.id} (once: later starts find them)...`);
  if (cohort.education !== undefined && fresh.length > 0 && (await educationDeps.catalogues.find(season.id)) === undefined) {
    const tracks = programme.settings.tracks.map((track) => track.id);
    await saveCourses(educationDeps, staffMember, season.id, { ...demoCourses(season, tracks, now), version: 0 });
  }
  const files = new Map<string, Uint8Array>();
  for (const file of new Set(fresh.flatMap((applicant) => applicant.uploads.map((upload) => upload.file))))
    files.set(file, await readFile(new URL(file, FILES)));

  const decide = async (applicationId: string, from: string, decisions: readonly DemoDecision[]): Promise<string> => {
    let stage = from;
    for (const decision of decisions) {
      const outcome = await completeGateMove(applicationDeps, {
        applicationId,
        from: stage,
        to: decision.to,
        actor: 'staff',
        actorId: staff.sub,
        reason: decision.reason,
      });
      if (outcome !== 'moved') throw new Error(`The demo could not move an application from ${stage} to ${decision.to} (${outcome})`);
      stage = decision.to;
    }
    return stage;
  };

  const seedApplicant = async (applicant: DemoApplicant): Promise<{ readonly applicationId: string; readonly stage: string }> => {
    const identity = applicantIdentity(applicant);
    await giveConsent(applicantDeps, applicant.sub, { kind: 'personal-data', textVersion: currentConsentText('personal-data').version });
    if (applicant.sharesWithRegion !== undefined)
      await giveConsent(applicantDeps, applicant.sub, {
        kind: 'data-sharing',
        purpose: 'region',
        textVersion: currentConsentText(dataSharingTextKind('region')).version,
        fields: [...applicant.sharesWithRegion],
      });
    if (applicant.guardian !== undefined)
      await recordGuardianConsent(applicantDeps, applicant.sub, {
        textVersion: currentConsentText('guardian').version,
        guardian: applicant.guardian,
      });
    await saveProfile(applicantDeps, applicant.sub, applicant.profile);
    const draft = await createApplication(applicationDeps, identity, season.id);
    if (applicant.draft !== undefined)
      await updateDraft(applicationDeps, identity, draft.id, { version: draft.version, ...applicant.draft });
    for (const upload of applicant.uploads) {
      const bytes = files.get(upload.file) ?? new Uint8Array();
      const ticket = await requestUpload(documentDeps, identity, draft.id, {
        requirementId: upload.requirementId,
        fileName: upload.file,
        contentType: upload.contentType,
        size: bytes.length,
      });
      await postToStorage(ticket, bytes, upload);
      const confirmed = await confirmDocument(documentDeps, identity, draft.id, ticket.documentId);
      if (confirmed.status !== 'verified') throw new Error(`The demo's ${upload.file} was not verified: ${confirmed.status}`);
    }
    if (!applicant.submit) return { applicationId: draft.id, stage: draft.stage.id };
    const submitted = await submitApplication(applicationDeps, identity, draft.id, `demo-${applicant.sub}`);
    const stage = await decide(draft.id, submitted.stage.id, applicant.decisions);
    if (applicant.progress !== undefined) {
      const complete = applicant.progress === 'complete';
      const watched = (itemId: string) => ({ kind: 'webinar-watched' as const, itemId });
      const attended = (itemId: string) => ({ kind: 'broadcast-attended' as const, itemId });
      const events = complete
        ? [
            watched('state-basics'),
            watched('project-management'),
            attended('live-ministry'),
            attended('live-region'),
            attended('live-career'),
          ]
        : [watched('state-basics'), attended('live-ministry')];
      await reportProgress(
        educationDeps,
        staffMember,
        season.id,
        events.map(({ kind, itemId }) => ({
          eventId: `demo-${draft.id}-${itemId}`,
          applicationId: draft.id,
          kind,
          itemId,
          at: now.toISOString(),
        })),
      );
    }
    if (applicant.withdraw) await withdrawApplication(applicationDeps, identity, draft.id);
    return { applicationId: draft.id, stage };
  };

  const seeded = valuesOrFirstFailure(await settleInParallel(fresh, PARALLEL, seedApplicant));

  const gate = cohort.education;
  if (gate === undefined || fresh.length === 0 || (await applicationDeps.gateRuns.find(season.id, gate.gateRunId)) !== undefined)
    return { seasonId: season.id, added: fresh.length, applicants: cohort.applicants.length };

  // The shortlist gate, as staff start it with POST /seasons/{seasonId}/gates: the cohortGate state
  // machine pages through the stage and moves the shortlisted, skipping the rest with the reason.
  await startGate({ ...applicationDeps, newId: () => gate.gateRunId }, staffMember, season.id, gate.gate);
  const ended = await waitFor(
    async () => {
      const run = await applicationDeps.gateRuns.find(season.id, gate.gateRunId);
      return run !== undefined && run.status !== 'running' ? run : undefined;
    },
    { description: `the demo gate of ${season.id} to end`, timeoutMs: 120_000, intervalMs: 100 },
  );
  if (ended.status !== 'succeeded') throw new Error(`The demo gate of ${season.id} ended ${ended.status}`);
  const moved = seeded.flatMap((result, index) => {
    const applicant = fresh[index];
    return applicant !== undefined && applicant.afterGate.length > 0 && result.stage === gate.gate.from ? [{ applicant, result }] : [];
  });
  const stageOf = async (applicationId: string) => (await applicationDeps.applications.find(applicationId))?.stage;
  // Interviewed on the way: by the experts from the interview stage, then (the finalists) by the ministry.
  const interviewedAt = (step: number) =>
    moved.flatMap(({ applicant, result }) => {
      const decision = applicant.afterGate[step];
      return decision?.interview === true
        ? [{ applicationId: result.applicationId, identity: applicantIdentity(applicant), to: decision.to }]
        : [];
    });
  await holdDemoInterviews(season, staffMember, interviewedAt(0), stageOf);
  await holdDemoMinistryInterviews(season, staffMember, interviewedAt(1), stageOf);
  valuesOrFirstFailure(
    await settleInParallel(
      moved.filter(({ applicant }) => applicant.afterGate[0]?.interview !== true),
      PARALLEL,
      ({ applicant, result }) => decide(result.applicationId, gate.gate.to, applicant.afterGate),
    ),
  );
  return { seasonId: season.id, added: fresh.length, applicants: cohort.applicants.length, gateRunId: gate.gateRunId };
};
