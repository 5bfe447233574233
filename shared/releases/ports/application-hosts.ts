/**
 * The partner organisations hosting an application's internship: an accepted placement names them.
 * The internships module's placements own that fact; the function's wiring plugs their store in
 * (adapters/dynamodb/dynamodb-data-releases.ts).
 */
export interface ApplicationHosts {
  /** Empty when no placement is accepted. */
  hostsOf(applicationId: string): Promise<readonly string[]>;
}
