/** `openSeason` -> `OpenSeason`, `account-confirmation` -> `AccountConfirmation`: construct ids from function names. */
export const pascalCase = (name: string): string =>
  name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
