import type { CourseCatalogue } from '../course-catalogue-schema.ts';

export type CatalogueSaveOutcome = { readonly saved: true } | { readonly saved: false; readonly currentVersion: number };

export interface CourseCatalogueRepository {
  find(seasonId: string): Promise<CourseCatalogue | undefined>;
  /** Stores `catalogue` if the stored version is `catalogue.version - 1` (none stored for version 1). */
  save(catalogue: CourseCatalogue): Promise<CatalogueSaveOutcome>;
}
