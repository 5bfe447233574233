/** A signing secret as Standard Webhooks writes one: `whsec_` and the base64 of 32 random bytes. */
export const newWebhookSecret = (randomBytes: (size: number) => Uint8Array): string =>
  `whsec_${Buffer.from(randomBytes(32)).toString('base64')}`;

/** How long a rotated secret still signs (beside the new one), so a receiver can switch without losing a delivery. */
export const PREVIOUS_SECRET_VALIDITY_MS = 24 * 60 * 60_000;

export interface EndpointSecret {
  readonly secret: string;
  /** Null for the current secret; a rotated one signs until then. */
  readonly validUntil: string | null;
}

/** The secrets that sign at `at`: the current one first, then a rotated one still within its day. */
export const signingSecrets = (secrets: readonly EndpointSecret[], at: Date): readonly string[] =>
  secrets.filter((entry) => entry.validUntil === null || Date.parse(entry.validUntil) > at.getTime()).map((entry) => entry.secret);

/** A rotation: the new secret current, the old current one valid for a day more; older ones dropped. */
export const rotateSecrets = (secrets: readonly EndpointSecret[], fresh: string, at: Date): readonly EndpointSecret[] => {
  const current = secrets.find((entry) => entry.validUntil === null);
  return [
    { secret: fresh, validUntil: null },
    ...(current === undefined
      ? []
      : [{ secret: current.secret, validUntil: new Date(at.getTime() + PREVIOUS_SECRET_VALIDITY_MS).toISOString() }]),
  ];
};
