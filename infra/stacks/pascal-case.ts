/** `openSeason` -> `OpenSeason`: construct ids derived from capability and workflow names. */
export const pascalCase = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
