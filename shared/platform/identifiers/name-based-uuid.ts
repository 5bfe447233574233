import { createHash } from 'node:crypto';

/**
 * A UUID (version 8, "custom") over SHA-256 of the parts, one per line: the same parts always name
 * the same thing, so a start repeated (a retry after a lost answer, a double click, a tick that
 * crashed) finds what the first one made instead of making another.
 */
export const uuidOf = (...parts: readonly string[]): string => {
  const hex = createHash('sha256').update(parts.join('\n')).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
