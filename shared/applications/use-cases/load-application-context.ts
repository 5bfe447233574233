import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { Application } from '../application-schema.ts';
import { readerOf, type ApplicationContext, type Reader } from '../domain/application-access.ts';
import type { ApplicationDependencies } from './application-dependencies.ts';

/**
 * The programme and season of an application already read, if `allowed` admits the caller.
 * Anything else (missing, another applicant's, a programme out of the staff member's scope)
 * answers the same 404, so ids cannot be probed. Programme and season come through the catalogue
 * cache in the Lambdas, so this costs no request while the cache is warm.
 */
export const contextOf = async (
  deps: Pick<ApplicationDependencies, 'programmes' | 'seasons'>,
  identity: Identity,
  application: Application | undefined,
  allowed: readonly Reader[],
): Promise<ApplicationContext & { readonly reader: Reader }> => {
  const reader = application === undefined ? undefined : readerOf(identity, application);
  if (application === undefined || reader === undefined || !allowed.includes(reader)) throw notFound('application');
  const [programme, season] = await Promise.all([deps.programmes.find(application.programmeId), deps.seasons.find(application.seasonId)]);
  if (programme === undefined || season === undefined)
    throw new Error('An application refers to a programme or season that does not exist');
  return { application, programme, season, reader };
};

/** The application (one GetItem) with its programme and season, for the caller `allowed` admits. */
export const loadApplicationContext = async (
  deps: Pick<ApplicationDependencies, 'applications' | 'programmes' | 'seasons'>,
  identity: Identity,
  applicationId: string,
  allowed: readonly Reader[],
): Promise<ApplicationContext & { readonly reader: Reader }> =>
  contextOf(deps, identity, await deps.applications.find(applicationId), allowed);

/**
 * The same rule as an object, for the modules above that declare it as a port (progression's
 * ApplicationAccess): `load` by id, `contextOf` for an application the caller's use case has
 * already read. The function's wiring builds it from the repositories it already holds.
 */
export const applicationAccessCheck = (deps: Parameters<typeof loadApplicationContext>[0]) => ({
  load: (identity: Identity, applicationId: string, allowed: readonly Reader[]) =>
    loadApplicationContext(deps, identity, applicationId, allowed),
  contextOf: (identity: Identity, application: Application | undefined, allowed: readonly Reader[]) =>
    contextOf(deps, identity, application, allowed),
});
