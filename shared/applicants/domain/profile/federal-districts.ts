import type { LocalisedText } from '../../../platform/errors/app-error.ts';

/**
 * The eight federal districts of the Russian Federation. Programmes organise by them (ПроКадры
 * holds offline interviews in each district), so every region of the reference list names one.
 */
export const FEDERAL_DISTRICT_IDS = [
  'central',
  'north-western',
  'southern',
  'north-caucasian',
  'volga',
  'ural',
  'siberian',
  'far-eastern',
] as const;
export type FederalDistrictId = (typeof FEDERAL_DISTRICT_IDS)[number];

const NAMES: Readonly<Record<FederalDistrictId, LocalisedText>> = {
  central: { ru: 'Центральный федеральный округ', en: 'Central Federal District' },
  'north-western': { ru: 'Северо-Западный федеральный округ', en: 'Northwestern Federal District' },
  southern: { ru: 'Южный федеральный округ', en: 'Southern Federal District' },
  'north-caucasian': { ru: 'Северо-Кавказский федеральный округ', en: 'North Caucasian Federal District' },
  volga: { ru: 'Приволжский федеральный округ', en: 'Volga Federal District' },
  ural: { ru: 'Уральский федеральный округ', en: 'Ural Federal District' },
  siberian: { ru: 'Сибирский федеральный округ', en: 'Siberian Federal District' },
  'far-eastern': { ru: 'Дальневосточный федеральный округ', en: 'Far Eastern Federal District' },
};

export interface FederalDistrict {
  readonly id: FederalDistrictId;
  readonly name: LocalisedText;
}

export const FEDERAL_DISTRICTS: readonly FederalDistrict[] = FEDERAL_DISTRICT_IDS.map((id) => ({ id, name: NAMES[id] }));
