/**
 * What the documents capability needs to know of an application: whose it is, its programme, and
 * where it stands (requirements open and close with the stage, some apply to one track only). The
 * applications module owns the record; the function's wiring plugs its repository in.
 */
export interface DocumentApplication {
  readonly id: string;
  readonly applicantId: string;
  readonly programmeId: string;
  readonly stage: string;
  readonly track?: { readonly track: string } | undefined;
}

export interface DocumentApplications {
  find(applicationId: string): Promise<DocumentApplication | undefined>;
}
