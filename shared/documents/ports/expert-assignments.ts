/**
 * Whether an expert is assigned to review an application, which lets them read its verified
 * documents. The reviews module owns assignments; the function's wiring plugs its store in.
 */
export interface ExpertAssignments {
  isAssigned(expertId: string, applicationId: string): Promise<boolean>;
}
