/**
 * A 53-bit hash of `text` under `seed` (two 32-bit multiply-xorshift lanes over the UTF-16 code
 * units, joined): the same on every run and every machine, spread well enough that a seed reorders
 * the ids it breaks ties between. Not cryptographic; nothing depends on it being hard to predict.
 */
export const seededHash = (seed: string, text: string): number => {
  let left = 0xdeadbeef;
  let right = 0x41c6ce57;
  const mix = (code: number): void => {
    left = Math.imul(left ^ code, 2_654_435_761);
    right = Math.imul(right ^ code, 1_597_334_677);
  };
  for (let at = 0; at < seed.length; at += 1) mix(seed.charCodeAt(at));
  // A separator no id ends with, so that ('ab', 'c') and ('a', 'bc') hash apart.
  mix(0x1_0000);
  for (let at = 0; at < text.length; at += 1) mix(text.charCodeAt(at));
  left = Math.imul(left ^ (left >>> 16), 2_246_822_507) ^ Math.imul(right ^ (right >>> 13), 3_266_489_909);
  right = Math.imul(right ^ (right >>> 16), 2_246_822_507) ^ Math.imul(left ^ (left >>> 13), 3_266_489_909);
  return 4_294_967_296 * (2_097_151 & right) + (left >>> 0);
};
