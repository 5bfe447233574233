/**
 * Which experts are assigned to which applications (table: pk = APPLICATION#<id>, sk = EXPERT#<sub>).
 * Deliberately narrow: the documents capability only needs the yes/no for reading; the reviews
 * issue grows it (rubrics, conflicts of interest, workload).
 */
export interface ExpertAssignments {
  isAssigned(expertId: string, applicationId: string): Promise<boolean>;
  assign(expertId: string, applicationId: string, assignedBy: string, at: string): Promise<void>;
  unassign(expertId: string, applicationId: string): Promise<void>;
}
