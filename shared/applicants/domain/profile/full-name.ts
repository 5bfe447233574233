import type { PersonName } from './person-name-schema.ts';

/** "Фамилия Имя Отчество", as a person writes their own name and as rosters, letters and certificates print it. */
export const fullName = (name: PersonName): string =>
  [name.last, name.first, name.patronymic].filter((part) => part !== undefined).join(' ');
