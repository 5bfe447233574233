/** Bytes in each of r and s for P-256 (ES256). */
const COORDINATE_BYTES = 32;

const malformed = (why: string): Error => new Error(`Not a DER ECDSA P-256 signature: ${why}`);

/**
 * KMS answers an ECDSA signature as DER (`SEQUENCE { r INTEGER, s INTEGER }`, RFC 3279); a JWS
 * carries r||s, each a 32-byte big-endian number (RFC 7518 §3.4). The two integers are minimal
 * two's-complement: one may be shorter than 32 bytes (a number with leading zero bytes, about one
 * signature in 128) or 33 with a leading 0x00 (its top bit set, one in two), so each is stripped of
 * leading zeros and left-padded back to 32. Anything else is refused rather than turned into a
 * signature that would silently fail to verify.
 */
export const derToJoseSignature = (der: Uint8Array): Uint8Array => {
  let at = 0;
  const next = (): number => {
    const value = der[at];
    if (value === undefined) throw malformed('it ends early');
    at += 1;
    return value;
  };
  const length = (): number => {
    const first = next();
    if (first < 0x80) return first;
    // A P-256 signature is at most 72 bytes, but a long-form length is still read rather than misread.
    const count = first & 0x7f;
    if (count === 0 || count > 2) throw malformed('a length is not one DER allows here');
    let value = 0;
    for (let i = 0; i < count; i += 1) value = value * 256 + next();
    return value;
  };
  const integer = (): Uint8Array => {
    if (next() !== 0x02) throw malformed('r and s must be INTEGERs');
    const size = length();
    if (size === 0 || at + size > der.length) throw malformed('an INTEGER has a wrong length');
    let value = der.subarray(at, at + size);
    at += size;
    if (((value[0] ?? 0) & 0x80) !== 0) throw malformed('r and s are positive');
    while (value.length > 0 && value[0] === 0) value = value.subarray(1);
    if (value.length === 0) throw malformed('r and s are not zero');
    if (value.length > COORDINATE_BYTES) throw malformed(`r and s fit in ${COORDINATE_BYTES} bytes`);
    return value;
  };

  if (next() !== 0x30) throw malformed('it must be a SEQUENCE');
  if (length() !== der.length - at) throw malformed('the SEQUENCE length is not the rest of the signature');
  const r = integer();
  const s = integer();
  if (at !== der.length) throw malformed('bytes follow s');

  const jose = new Uint8Array(2 * COORDINATE_BYTES);
  jose.set(r, COORDINATE_BYTES - r.length);
  jose.set(s, 2 * COORDINATE_BYTES - s.length);
  return jose;
};
