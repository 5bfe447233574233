import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { AppError } from '../../platform/errors/app-error.ts';
import type { InterviewEventInput } from '../interview-event-schema.ts';
import { notAnInterviewStage, notAVideoRequirement, rubricNotOfStage } from '../interview-errors.ts';

/**
 * An event must serve an interview stage of its programme, be scored with one of that stage's
 * rubrics, and (recorded) name the programme's video self-presentation requirement. The first
 * fault found, or undefined.
 */
export const eventFaultAgainstProgramme = (programme: Programme, input: InterviewEventInput): AppError | undefined => {
  const { pipeline, reviewRubrics, documentRequirements } = programme.settings;
  const stage = pipeline.stages.find((candidate) => candidate.id === input.stage);
  if (stage?.kind !== 'interview') return notAnInterviewStage(input.stage);
  if (!reviewRubrics.some((rubric) => rubric.id === input.rubricId && rubric.stage === input.stage)) {
    return rubricNotOfStage(input.rubricId, input.stage);
  }
  if (input.videoRequirement !== undefined) {
    const requirement = documentRequirements.find((candidate) => candidate.id === input.videoRequirement);
    if (requirement?.kind !== 'videoPresentation') return notAVideoRequirement(input.videoRequirement);
  }
  return undefined;
};
