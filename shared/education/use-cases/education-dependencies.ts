import type { ApplicationRepository } from '../../applications/ports/application-repository.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { SeasonRepository } from '../../catalogue/ports/season-repository.ts';
import type { CourseCatalogueRepository } from '../ports/course-catalogue-repository.ts';
import type { EducationProgressStore } from '../ports/education-progress-store.ts';
import type { Participants } from '../ports/participants.ts';

export interface EducationDependencies {
  readonly applications: Pick<ApplicationRepository, 'find'>;
  readonly participants: Participants;
  readonly seasons: SeasonRepository;
  readonly programmes: { find(programmeId: string): Promise<Programme | undefined> };
  readonly catalogues: CourseCatalogueRepository;
  readonly progress: EducationProgressStore;
  readonly clock: () => Date;
}
