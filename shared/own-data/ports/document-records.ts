import type { DocumentView } from '../../documents/document-view.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';

/**
 * An application's documents, every upload attempt, a page at a time, as the documents module
 * shows them (never a storage key): an application may hold hundreds of attempts, more than its
 * single read lists.
 */
export interface DocumentRecords {
  ofApplication(applicationId: string, page: PageRequest): Promise<Page<DocumentView>>;
}
