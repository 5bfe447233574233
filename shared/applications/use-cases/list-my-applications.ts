import type { Identity } from '../../platform/auth/identity.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { toApplicationView, type ApplicationView } from '../application-view.ts';
import type { ApplicationDependencies } from './application-dependencies.ts';

/**
 * The caller's own applications (one per season, so a page is a handful), each with its stage,
 * track, history and documents: one Query of gsi1 for the list, the caller's consent state, and per
 * application one Query of its partition (history and documents live there, not in the index);
 * programmes come from the catalogue cache. The per-application reads run in parallel.
 */
export const listMyApplications = async (
  deps: Pick<ApplicationDependencies, 'applications' | 'programmes' | 'applicants'>,
  identity: Identity,
  page: PageRequest,
): Promise<Page<ApplicationView>> => {
  const { items, nextCursor } = await deps.applications.listForApplicant(identity.subject, page);
  const programmeIds = [...new Set(items.map((application) => application.programmeId))];
  const [programmes, stoppedIds] = await Promise.all([
    Promise.all(programmeIds.map(async (id) => [id, await deps.programmes.find(id)] as const)).then(
      (entries) => new Map<string, Programme | undefined>(entries),
    ),
    items.length === 0 ? new Set<string>() : deps.applicants.processingStopped([identity.subject]),
  ]);
  const stopped = stoppedIds.size > 0;
  const views = await Promise.all(
    items.map(async (application) => {
      const programme = programmes.get(application.programmeId);
      if (programme === undefined) throw new Error('An application refers to a programme that does not exist');
      const dossier = await deps.applications.findDossier(application.id, { history: true });
      return toApplicationView(application, programme.settings, {
        processingStopped: stopped,
        withholdContent: false,
        history: dossier?.history ?? [],
        documents: dossier?.documents ?? [],
      });
    }),
  );
  return { items: views, ...(nextCursor === undefined ? {} : { nextCursor }) };
};
