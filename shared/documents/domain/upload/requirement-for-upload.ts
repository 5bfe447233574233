import type { DocumentApplication } from '../../ports/document-applications.ts';
import { isTerminalKind } from '../../../catalogue/domain/config/pipeline-schema.ts';
import {
  DOCUMENT_FORMATS,
  type DocumentFormat,
  type DocumentRequirement,
} from '../../../catalogue/domain/config/document-requirements-schema.ts';
import type { ProgrammeSettingsShape } from '../../../catalogue/domain/config/programme-settings-schema.ts';
import {
  contentTypeNotAllowed,
  declaredSizeTooLarge,
  requirementNotForTrack,
  requirementStagePassed,
  unknownRequirement,
} from '../../document-errors.ts';

export interface UploadDeclaration {
  readonly requirementId: string;
  readonly contentType: string;
  readonly size: number;
}

/**
 * The requirement an upload answers and the format it declares, or the refusal. Answers freeze at
 * submission but documents of later stages (a summary sheet for the ministry interview) still
 * come in, so a requirement is open while the application is at or before its stage in the
 * pipeline's order; past it, or once the application has left the pipeline, it is closed.
 */
export const requirementForUpload = (
  settings: Pick<ProgrammeSettingsShape, 'documentRequirements' | 'pipeline'>,
  application: Pick<DocumentApplication, 'stage' | 'track'>,
  declaration: UploadDeclaration,
): { readonly requirement: DocumentRequirement; readonly format: DocumentFormat } => {
  const requirement = settings.documentRequirements.find((candidate) => candidate.id === declaration.requirementId);
  if (requirement === undefined) throw unknownRequirement();
  // No track yet (a draft) means the rules have not run; the requirement may still apply.
  if (requirement.tracks !== undefined && application.track !== undefined && !requirement.tracks.includes(application.track.track)) {
    throw requirementNotForTrack();
  }

  const stages = settings.pipeline.stages;
  const current = stages.findIndex((stage) => stage.id === application.stage);
  const needed = stages.findIndex((stage) => stage.id === requirement.stage);
  const currentStage = stages[current];
  if (currentStage === undefined || isTerminalKind(currentStage.kind) || needed < current) throw requirementStagePassed();

  const format = requirement.formats.find((candidate) => DOCUMENT_FORMATS[candidate].contentType === declaration.contentType);
  if (format === undefined) throw contentTypeNotAllowed(requirement.formats.map((candidate) => DOCUMENT_FORMATS[candidate].contentType));
  if (declaration.size > requirement.maxBytes) throw declaredSizeTooLarge(requirement.maxBytes);
  return { requirement, format };
};
