import type { FederalDistrictId } from './federal-districts.ts';

/**
 * The subjects of the Russian Federation by code, with their federal district, kept in code so that
 * every deployment, test and client picker agrees on them without a lookup. Their names live apart
 * (regions.ts): every function validates a code, only the regions list and the pickers need names.
 *
 * Coding: the two-digit subject codes of the Federal Tax Service (the first two digits of an INN
 * and of tax office codes, also used by КЛАДР/ГАР). They differ from vehicle-plate codes, which
 * give one subject several codes (77, 97, 99, 177 … for Moscow); a tax code is one per subject.
 * Codes 80, 81, 82, 84, 85 and 88 belonged to autonomous okrugs merged into other subjects in
 * 2005–2008 and are not used. Staff lists and partner scopes filter applications by this code
 * (the `custom:region` claim carries it too).
 */
const SUBJECT_DISTRICTS = [
  ['01', 'southern'],
  ['02', 'volga'],
  ['03', 'far-eastern'],
  ['04', 'siberian'],
  ['05', 'north-caucasian'],
  ['06', 'north-caucasian'],
  ['07', 'north-caucasian'],
  ['08', 'southern'],
  ['09', 'north-caucasian'],
  ['10', 'north-western'],
  ['11', 'north-western'],
  ['12', 'volga'],
  ['13', 'volga'],
  ['14', 'far-eastern'],
  ['15', 'north-caucasian'],
  ['16', 'volga'],
  ['17', 'siberian'],
  ['18', 'volga'],
  ['19', 'siberian'],
  ['20', 'north-caucasian'],
  ['21', 'volga'],
  ['22', 'siberian'],
  ['23', 'southern'],
  ['24', 'siberian'],
  ['25', 'far-eastern'],
  ['26', 'north-caucasian'],
  ['27', 'far-eastern'],
  ['28', 'far-eastern'],
  ['29', 'north-western'],
  ['30', 'southern'],
  ['31', 'central'],
  ['32', 'central'],
  ['33', 'central'],
  ['34', 'southern'],
  ['35', 'north-western'],
  ['36', 'central'],
  ['37', 'central'],
  ['38', 'siberian'],
  ['39', 'north-western'],
  ['40', 'central'],
  ['41', 'far-eastern'],
  ['42', 'siberian'],
  ['43', 'volga'],
  ['44', 'central'],
  ['45', 'ural'],
  ['46', 'central'],
  ['47', 'north-western'],
  ['48', 'central'],
  ['49', 'far-eastern'],
  ['50', 'central'],
  ['51', 'north-western'],
  ['52', 'volga'],
  ['53', 'north-western'],
  ['54', 'siberian'],
  ['55', 'siberian'],
  ['56', 'volga'],
  ['57', 'central'],
  ['58', 'volga'],
  ['59', 'volga'],
  ['60', 'north-western'],
  ['61', 'southern'],
  ['62', 'central'],
  ['63', 'volga'],
  ['64', 'volga'],
  ['65', 'far-eastern'],
  ['66', 'ural'],
  ['67', 'central'],
  ['68', 'central'],
  ['69', 'central'],
  ['70', 'siberian'],
  ['71', 'central'],
  ['72', 'ural'],
  ['73', 'volga'],
  ['74', 'ural'],
  ['75', 'far-eastern'],
  ['76', 'central'],
  ['77', 'central'],
  ['78', 'north-western'],
  ['79', 'far-eastern'],
  ['83', 'north-western'],
  ['86', 'ural'],
  ['87', 'far-eastern'],
  ['89', 'ural'],
  ['90', 'southern'],
  ['91', 'southern'],
  ['92', 'southern'],
  ['93', 'southern'],
  ['94', 'southern'],
  ['95', 'southern'],
] as const satisfies readonly (readonly [string, FederalDistrictId])[];

export type RegionCode = (typeof SUBJECT_DISTRICTS)[number][0];

/** Subject codes in code order, with their federal district. */
export const REGION_CODES: readonly { readonly code: RegionCode; readonly federalDistrict: FederalDistrictId }[] = SUBJECT_DISTRICTS.map(
  ([code, federalDistrict]) => ({ code, federalDistrict }),
);

const DISTRICT_BY_CODE: ReadonlyMap<string, FederalDistrictId> = new Map(SUBJECT_DISTRICTS);

export const isRegionCode = (value: string): value is RegionCode => DISTRICT_BY_CODE.has(value);

/** The federal district of a subject, or undefined for a code that names none. */
export const federalDistrictOf = (code: string): FederalDistrictId | undefined => DISTRICT_BY_CODE.get(code);
