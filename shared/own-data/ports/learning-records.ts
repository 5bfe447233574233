import type { EducationProgress } from '../../education/domain/education-progress.ts';
import type { EducationView } from '../../education/education-view-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';

/**
 * An application's learning, as the education module keeps it: the applicant's view of their track's
 * courses, and the progress recorded; undefined where nothing was ever recorded.
 */
export interface LearningRecords {
  progress(
    identity: Identity,
    applicationId: string,
  ): Promise<{ readonly view: EducationView; readonly recorded: EducationProgress } | undefined>;
}
