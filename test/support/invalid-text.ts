/**
 * Text every free-text field refuses with `invalid-characters` (shared/platform/text/free-text.ts):
 * integration tests send each to a field of theirs, so the fields are seen to refuse alike.
 */
export const INVALID_TEXTS: readonly { readonly label: string; readonly text: (valid: string) => string }[] = [
  { label: 'a lone high surrogate', text: (valid) => `${valid}\ud83d` },
  { label: 'a lone low surrogate', text: (valid) => `\ude00${valid}` },
  { label: 'NUL', text: (valid) => `${valid}\u0000` },
  { label: 'a right-to-left override', text: (valid) => `\u202e${valid}` },
  { label: 'a first-strong isolate', text: (valid) => `${valid}\u2068x\u2069` },
];
