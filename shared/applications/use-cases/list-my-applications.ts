import type { Identity } from '../../auth/identity.ts';
import type { Programme } from '../../programmes/config/programme-schema.ts';
import type { Page, PageRequest } from '../../programmes/ports/page.ts';
import { toApplicationView, type ApplicationView } from '../application-view.ts';
import type { ApplicationDependencies } from './application-dependencies.ts';

/**
 * The caller's own applications (one per season, so a page is a handful), each with its stage,
 * track, history and documents: one Query for the list, then per application its history and its
 * documents, and its programme once per programme.
 */
export const listMyApplications = async (
  deps: Pick<ApplicationDependencies, 'applications' | 'programmes' | 'documents' | 'applicants'>,
  identity: Identity,
  page: PageRequest,
): Promise<Page<ApplicationView>> => {
  const { items, nextCursor } = await deps.applications.listForApplicant(identity.subject, page);
  const programmeIds = [...new Set(items.map((application) => application.programmeId))];
  const programmes = new Map<string, Programme | undefined>(await Promise.all(programmeIds.map(async (id) => [id, await deps.programmes.find(id)] as const)));
  const stopped = (await deps.applicants.processingStopped([identity.subject])).size > 0;
  const views = await Promise.all(
    items.map(async (application) => {
      const programme = programmes.get(application.programmeId);
      if (programme === undefined) throw new Error('An application refers to a programme that does not exist');
      const [history, documents] = await Promise.all([deps.applications.history(application.id), deps.documents.listForApplication(application.id)]);
      return toApplicationView(application, programme.settings, { processingStopped: stopped, withholdContent: false, history, documents });
    }),
  );
  return { items: views, ...(nextCursor === undefined ? {} : { nextCursor }) };
};
