/** Whether a programme exists: the catalogue owns programmes; the function's wiring plugs its repository in. */
export interface ProgrammeCatalogue {
  exists(programmeId: string): Promise<boolean>;
}
