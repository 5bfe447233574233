import type { Application } from '../../applications/application-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';

/**
 * `not-configured`: the programme names no achievement for the stage reached; `no-holder`: the
 * holder erased their profile. Both stay owed, as pending effects staff see.
 */
export type CertificateRequestOutcome = 'requested' | 'already-requested' | 'not-configured' | 'no-holder';

/**
 * The `issueCertificate` effect: the certificate of the stage's achievement is requested once per
 * application and achievement, and issued off the move's path. The certificates module owns it; the
 * function's wiring plugs its use case in.
 */
export interface CertificateRequests {
  request(context: {
    readonly application: Application;
    readonly programme: Programme;
    readonly season: Season;
    readonly move: { readonly from: string; readonly to: string; readonly version: number };
  }): Promise<CertificateRequestOutcome>;
}
