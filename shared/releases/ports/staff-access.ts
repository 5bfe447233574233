import type { Application } from '../../applications/application-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { Identity } from '../../platform/auth/identity.ts';

/**
 * Staff see releases and disclosures of the programmes they run. The catalogue owns staff scope and
 * seasons, the applications module who may read an application; the function's wiring plugs their
 * checks in. Both refuse with the 404 of a missing season or application, so an id proves nothing.
 */
export interface StaffAccess {
  staffedSeason(identity: Identity, seasonId: string): Promise<{ readonly season: Season; readonly programme: Programme }>;
  staffedApplication(identity: Identity, applicationId: string): Promise<Application>;
}
