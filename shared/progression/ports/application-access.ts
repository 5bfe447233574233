import type { Application } from '../../applications/application-schema.ts';
import type { ApplicationContext, Reader } from '../../applications/domain/application-access.ts';
import type { Identity } from '../../platform/auth/identity.ts';

/**
 * An application with its programme and season, for a caller its access rules admit (`allowed`:
 * its applicant, staff of its programme). The applications module owns applications and who may
 * act on them; the function's wiring plugs its check in. Anything else (a missing application,
 * another applicant's, a programme outside the staff member's scope) is refused with the 404 of
 * a missing application, so an id proves nothing to someone the rules do not admit.
 */
export interface ApplicationAccess {
  /** By id: one GetItem of the application; programme and season through the catalogue cache. */
  load(identity: Identity, applicationId: string, allowed: readonly Reader[]): Promise<ApplicationContext & { readonly reader: Reader }>;
  /** For an application the use case has already read (`undefined`: the read found none); no request of its own but the catalogue's. */
  contextOf(
    identity: Identity,
    application: Application | undefined,
    allowed: readonly Reader[],
  ): Promise<ApplicationContext & { readonly reader: Reader }>;
}
