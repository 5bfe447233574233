import * as z from 'zod';
import { nameSchema, localisedTextSchema } from '../catalogue/domain/config/localised-text.ts';
import type { ProgrammeSettingsShape } from '../catalogue/domain/config/programme-settings-schema.ts';
import { documentSchema, type DocumentRecord } from '../documents/document-schema.ts';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';
import { applicantTeamViewSchema, type ApplicantTeamView } from './application-team-view.ts';
import {
  applicationEventSchema,
  applicationSchema,
  trackAssignmentSchema,
  type Application,
  type ApplicationEvent,
} from './application-schema.ts';

/**
 * The most history events and documents a view lists, the most recent ones: far above what an
 * application gathers (a few dozen moves, a few upload attempts per requirement), and what keeps
 * one answer well inside Lambda's 6 MB response whatever happens.
 */
export const MAX_HISTORY_EVENTS = 500;
export const MAX_DOCUMENTS_SHOWN = 200;

/** An application's document as its owner and staff see it (never the storage key). */
export const applicationDocumentViewSchema = documentSchema.pick({
  id: true,
  requirementId: true,
  format: true,
  fileName: true,
  status: true,
  rejection: true,
  createdAt: true,
  verifiedAt: true,
});

/**
 * What the applicant and staff read: the stored application with its stage and track named in
 * both languages and the rule that assigned the track explained. `processingStopped` marks an
 * applicant who withdrew consent: staff then see the application's place in the pipeline but not
 * its content (answers, justification, project), which is no longer processed.
 */
export const applicationViewSchema = applicationSchema
  .omit({
    stage: true,
    track: true,
    answers: true,
    submissionKey: true,
    countersGeneration: true,
    stagesEntered: true,
    stageEnteredAt: true,
    countedEvents: true,
  })
  .extend({
    stage: z.strictObject({ id: localIdSchema, name: nameSchema }),
    track: trackAssignmentSchema
      .omit({ track: true })
      .extend({ id: localIdSchema, name: nameSchema, explanation: localisedTextSchema(500, { multiline: true }).optional() })
      .optional(),
    answers: applicationSchema.shape.answers.optional(),
    processingStopped: z.boolean(),
    history: z.array(applicationEventSchema).max(MAX_HISTORY_EVENTS).optional().describe('Oldest first; the most recent 500.'),
    documents: z.array(applicationDocumentViewSchema).max(MAX_DOCUMENTS_SHOWN).optional(),
    /** The project team the application is in (its id, name and the person's place), on the single-application read. */
    team: applicantTeamViewSchema.optional(),
  });
export type ApplicationView = z.infer<typeof applicationViewSchema>;

export interface ViewExtras {
  readonly processingStopped: boolean;
  /** Withhold the content of a processing-stopped application (staff views). */
  readonly withholdContent: boolean;
  readonly history?: readonly ApplicationEvent[] | undefined;
  readonly documents?: readonly DocumentRecord[] | undefined;
  readonly team?: ApplicantTeamView | undefined;
}

const toDocumentView = (document: DocumentRecord): z.infer<typeof applicationDocumentViewSchema> => ({
  id: document.id,
  requirementId: document.requirementId,
  format: document.format,
  fileName: document.fileName,
  status: document.status,
  createdAt: document.createdAt,
  ...(document.rejection === undefined ? {} : { rejection: document.rejection }),
  ...(document.verifiedAt === undefined ? {} : { verifiedAt: document.verifiedAt }),
});

/** Why the rules chose the track, in both languages; an override's reason replaces it. */
const explanationOf = (settings: ProgrammeSettingsShape, track: NonNullable<Application['track']>) => {
  const explanation = settings.trackRules.find((rule) => rule.id === track.rule)?.explanation;
  return explanation === undefined || track.override !== undefined ? {} : { explanation };
};

export const toApplicationView = (application: Application, settings: ProgrammeSettingsShape, extras: ViewExtras): ApplicationView => {
  const {
    stage,
    track,
    answers,
    submissionKey: _key,
    countersGeneration: _generation,
    stagesEntered: _entered,
    stageEnteredAt: _enteredAt,
    countedEvents: _events,
    participantRole,
    preferredInternshipLevel,
    internshipJustification,
    projectDescription,
    ...rest
  } = application;
  const stageName = settings.pipeline.stages.find((candidate) => candidate.id === stage)?.name ?? { ru: stage, en: stage };
  const withhold = extras.processingStopped && extras.withholdContent;
  const trackView =
    track === undefined
      ? undefined
      : {
          id: track.track,
          name: settings.tracks.find((candidate) => candidate.id === track.track)?.name ?? { ru: track.track, en: track.track },
          ...(track.rule === undefined ? {} : { rule: track.rule }),
          ...explanationOf(settings, track),
          assignedAt: track.assignedAt,
          ...(track.override === undefined ? {} : { override: track.override }),
        };
  return {
    ...rest,
    stage: { id: stage, name: stageName },
    ...(participantRole === undefined ? {} : { participantRole }),
    ...(preferredInternshipLevel === undefined ? {} : { preferredInternshipLevel }),
    ...(withhold || internshipJustification === undefined ? {} : { internshipJustification }),
    ...(withhold || projectDescription === undefined ? {} : { projectDescription }),
    ...(withhold ? {} : { answers }),
    ...(trackView === undefined ? {} : { track: trackView }),
    processingStopped: extras.processingStopped,
    ...(extras.history === undefined ? {} : { history: extras.history.slice(-MAX_HISTORY_EVENTS) }),
    ...(extras.documents === undefined ? {} : { documents: extras.documents.slice(-MAX_DOCUMENTS_SHOWN).map(toDocumentView) }),
    ...(extras.team === undefined ? {} : { team: extras.team }),
  };
};
