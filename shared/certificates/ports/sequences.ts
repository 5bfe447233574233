/** Counters that answer each caller a number no other caller gets (certificate numbers, status list slots). */
export interface Sequences {
  /** The next number of the sequence, from 1; a number taken and then not used is a gap, never a repeat. */
  next(name: string): Promise<number>;
}
