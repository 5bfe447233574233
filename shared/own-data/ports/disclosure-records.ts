import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { MyDisclosure } from '../../releases/disclosure-schema.ts';

/** Who received which of the person's fields, newest first, as the releases module shows it to them. */
export interface DisclosureRecords {
  ofApplicant(subject: string, page: PageRequest): Promise<Page<MyDisclosure>>;
}
