/**
 * What stands in for a person's subject in the records kept after their erasure (a certificate's
 * register entry, a disclosure, a mentoring pair): a valid subject id no account ever has, so the
 * records still parse and nothing points back at the person.
 */
export const ERASED_SUBJECT = 'erased';
