import type { PlacementView } from '../../internships/placement-view.ts';

/** Every internship placement offered to an application (a few: one per round), as its applicant reads them. */
export interface PlacementRecords {
  ofApplication(applicationId: string): Promise<readonly PlacementView[]>;
}
