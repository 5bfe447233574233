/**
 * The partner organisations hosting an application's internship: a confirmed placement names them.
 * Placements own that fact; until they are built no function's wiring plugs this port in, and the
 * `releaseDataToPartner` effect stays recorded as pending (see progression's data-release port).
 */
export interface ApplicationHosts {
  /** Empty when no placement is confirmed. */
  hostsOf(applicationId: string): Promise<readonly string[]>;
}
