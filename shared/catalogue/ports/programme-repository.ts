import type { Programme, ProgrammeSummary } from '../domain/config/programme-schema.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';

export interface ProgrammeRepository {
  /** Fails with programme-exists if the id is taken. */
  create(programme: Programme): Promise<void>;
  find(programmeId: string): Promise<Programme | undefined>;
  /** Stores `programme` if the stored version is `programme.version - 1`; otherwise version-conflict (or not-found). */
  replace(programme: Programme): Promise<void>;
  list(page: PageRequest): Promise<Page<ProgrammeSummary>>;
}
