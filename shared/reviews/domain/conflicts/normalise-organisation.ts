/**
 * Legal-form words and abbreviations that say what kind of body an organisation is, not which
 * one: «ФГБОУ ВО «Пермский государственный университет»» and «Пермский государственный
 * университет» are the same university to anyone who knows it.
 */
const LEGAL_FORMS = new Set([
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'ип',
  'нко',
  'ано',
  'фгбоу',
  'фгаоу',
  'гбоу',
  'мбоу',
  'маоу',
  'гбу',
  'мбу',
  'гку',
  'фгбу',
  'во',
  'спо',
  'llc',
  'ltd',
  'inc',
  'jsc',
]);

/**
 * The comparable form of an organisation's or university's name: case, ё, quotes, punctuation,
 * spacing and legal forms do not tell two names apart. Deliberately no fuzzier than that: a false
 * conflict costs one reassignment, but staff must be able to see why two names matched.
 */
export const normaliseOrganisation = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !LEGAL_FORMS.has(word))
    .join(' ');
