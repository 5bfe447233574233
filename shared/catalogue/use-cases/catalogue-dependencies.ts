import type { WorkflowStarter } from '../../platform/workflow/workflow-starter.ts';
import type { MailQueue } from '../../mail/ports/mail-queue.ts';
import type { ProgrammeRepository } from '../ports/programme-repository.ts';
import type { SeasonRepository } from '../ports/season-repository.ts';
import type { WorkflowFailureRepository } from '../ports/workflow-failure-repository.ts';

/** Everything the catalogue's use cases reach outside pure code for; each use case picks what it needs. */
export interface CatalogueDependencies {
  readonly programmes: ProgrammeRepository;
  readonly seasons: SeasonRepository;
  readonly workflows: WorkflowStarter;
  readonly mailQueue: MailQueue;
  readonly failures: WorkflowFailureRepository;
  readonly clock: () => Date;
}
