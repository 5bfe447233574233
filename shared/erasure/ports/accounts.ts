/** The person's sign-in account (the applicants' user pool). */
export interface Accounts {
  /** Deletes the account; `absent` when there is none (already deleted, or an issuer that keeps no users). */
  delete(subject: string): Promise<'deleted' | 'absent'>;
}
