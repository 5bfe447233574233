import type { Identity } from '../../platform/auth/identity.ts';

/**
 * The mentee's application moved through the programme's pipeline, which progression owns: the
 * function's wiring plugs its transition machinery in. A move the pipeline does not allow now is
 * refused with its reason (409), and nothing starts.
 */
export interface MenteeMoves {
  /** Starts the move of the application to `to` on behalf of `actor` (the applicationTransition machine applies it). */
  move(request: {
    readonly applicationId: string;
    readonly to: string;
    readonly actor: 'mentor' | 'applicant' | 'staff';
    readonly actorId: string;
  }): Promise<void>;
  /** The applicant's own withdrawal from the programme, as their withdraw route makes it. */
  withdraw(identity: Identity, applicationId: string): Promise<void>;
}
