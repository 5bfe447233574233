import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { MentoringSession } from '../mentoring-session-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { ownMentoring } from './own-mentoring.ts';

/** The sessions the mentor logged with the caller, by date, on their own application; 404 while it has no pair. */
export const listApplicationSessions = async (
  deps: Pick<MentoringDependencies, 'subjects' | 'pairs'>,
  identity: Identity,
  applicationId: string,
): Promise<readonly MentoringSession[]> => {
  const { pair } = await ownMentoring(deps, identity, applicationId);
  const found = pair === undefined ? undefined : await deps.pairs.withSessions(pair.id);
  if (found === undefined) throw notFound('mentoring pair');
  return found.sessions;
};
