import type { DocumentStore, StoredObject } from '../../ports/document-store.ts';
import type { MalwareScanner, ScanVerdict } from '../../ports/malware-scanner.ts';

/**
 * STAND-IN, NOT A MALWARE SCANNER. The local cloud has no GuardDuty, so this implements the
 * MalwareScanner port for development and tests only: a file containing the EICAR anti-virus test
 * string is "infected", every other file is "clean". It exists so that the infected path (reject,
 * delete) runs locally exactly as in AWS. It must never be configured in a deployment: CDK sets
 * MALWARE_SCANNER=guardduty, and an S3-compatible store outside AWS needs a real scanner adapter.
 */
// Split so that this source file does not itself trip anti-virus software on developers' machines.
const EICAR = new TextEncoder().encode(['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join(''));
const CHUNK_BYTES = 1024 * 1024;

const indexOf = (haystack: Uint8Array, needle: Uint8Array): number =>
  Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(needle);

export class EicarStandInScanner implements MalwareScanner {
  readonly #store: Pick<DocumentStore, 'open'>;

  constructor(store: Pick<DocumentStore, 'open'>) {
    this.#store = store;
  }

  /** Reads the object in chunks (overlapping by the string's length, so a match across a boundary is found). */
  async verdict(object: StoredObject): Promise<ScanVerdict> {
    const source = this.#store.open(object);
    for (let offset = 0; offset < source.size; offset += CHUNK_BYTES) {
      const chunk = await source.read(offset, CHUNK_BYTES + EICAR.length - 1);
      if (indexOf(chunk, EICAR) >= 0) return 'infected';
    }
    return 'clean';
  }
}
