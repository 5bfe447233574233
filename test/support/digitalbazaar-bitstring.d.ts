/** The part of @digitalbazaar/bitstring 3.x (which ships no types) the tests read status lists with. */
declare module '@digitalbazaar/bitstring' {
  export class Bitstring {
    constructor(options: { length?: number; buffer?: Uint8Array; leftToRightIndexing?: boolean });
    readonly length: number;
    get(position: number): boolean;
    set(position: number, on: boolean): void;
    encodeBits(): Promise<string>;
    static decodeBits(options: { encoded: string }): Promise<Uint8Array>;
  }
}
