import type { LocalisedText } from '../../../platform/errors/app-error.ts';
import type { FederalDistrictId } from './federal-districts.ts';

/**
 * The subjects of the Russian Federation, kept in code so that every deployment, test and client
 * picker agrees on them without a lookup.
 *
 * Coding: the two-digit subject codes of the Federal Tax Service (the first two digits of an INN
 * and of tax office codes, also used by КЛАДР/ГАР). They differ from vehicle-plate codes, which
 * give one subject several codes (77, 97, 99, 177 … for Moscow); a tax code is one per subject.
 * Codes 80, 81, 82, 84, 85 and 88 belonged to autonomous okrugs merged into other subjects in
 * 2005–2008 and are not used. Staff lists and partner scopes filter applications by this code
 * (the `custom:region` claim carries it too).
 */
const SUBJECTS = [
  ['01', 'southern', 'Республика Адыгея', 'Republic of Adygea'],
  ['02', 'volga', 'Республика Башкортостан', 'Republic of Bashkortostan'],
  ['03', 'far-eastern', 'Республика Бурятия', 'Republic of Buryatia'],
  ['04', 'siberian', 'Республика Алтай', 'Altai Republic'],
  ['05', 'north-caucasian', 'Республика Дагестан', 'Republic of Dagestan'],
  ['06', 'north-caucasian', 'Республика Ингушетия', 'Republic of Ingushetia'],
  ['07', 'north-caucasian', 'Кабардино-Балкарская Республика', 'Kabardino-Balkarian Republic'],
  ['08', 'southern', 'Республика Калмыкия', 'Republic of Kalmykia'],
  ['09', 'north-caucasian', 'Карачаево-Черкесская Республика', 'Karachay-Cherkess Republic'],
  ['10', 'north-western', 'Республика Карелия', 'Republic of Karelia'],
  ['11', 'north-western', 'Республика Коми', 'Komi Republic'],
  ['12', 'volga', 'Республика Марий Эл', 'Mari El Republic'],
  ['13', 'volga', 'Республика Мордовия', 'Republic of Mordovia'],
  ['14', 'far-eastern', 'Республика Саха (Якутия)', 'Sakha (Yakutia) Republic'],
  ['15', 'north-caucasian', 'Республика Северная Осетия — Алания', 'Republic of North Ossetia–Alania'],
  ['16', 'volga', 'Республика Татарстан', 'Republic of Tatarstan'],
  ['17', 'siberian', 'Республика Тыва', 'Tuva Republic'],
  ['18', 'volga', 'Удмуртская Республика', 'Udmurt Republic'],
  ['19', 'siberian', 'Республика Хакасия', 'Republic of Khakassia'],
  ['20', 'north-caucasian', 'Чеченская Республика', 'Chechen Republic'],
  ['21', 'volga', 'Чувашская Республика — Чувашия', 'Chuvash Republic'],
  ['22', 'siberian', 'Алтайский край', 'Altai Krai'],
  ['23', 'southern', 'Краснодарский край', 'Krasnodar Krai'],
  ['24', 'siberian', 'Красноярский край', 'Krasnoyarsk Krai'],
  ['25', 'far-eastern', 'Приморский край', 'Primorsky Krai'],
  ['26', 'north-caucasian', 'Ставропольский край', 'Stavropol Krai'],
  ['27', 'far-eastern', 'Хабаровский край', 'Khabarovsk Krai'],
  ['28', 'far-eastern', 'Амурская область', 'Amur Oblast'],
  ['29', 'north-western', 'Архангельская область', 'Arkhangelsk Oblast'],
  ['30', 'southern', 'Астраханская область', 'Astrakhan Oblast'],
  ['31', 'central', 'Белгородская область', 'Belgorod Oblast'],
  ['32', 'central', 'Брянская область', 'Bryansk Oblast'],
  ['33', 'central', 'Владимирская область', 'Vladimir Oblast'],
  ['34', 'southern', 'Волгоградская область', 'Volgograd Oblast'],
  ['35', 'north-western', 'Вологодская область', 'Vologda Oblast'],
  ['36', 'central', 'Воронежская область', 'Voronezh Oblast'],
  ['37', 'central', 'Ивановская область', 'Ivanovo Oblast'],
  ['38', 'siberian', 'Иркутская область', 'Irkutsk Oblast'],
  ['39', 'north-western', 'Калининградская область', 'Kaliningrad Oblast'],
  ['40', 'central', 'Калужская область', 'Kaluga Oblast'],
  ['41', 'far-eastern', 'Камчатский край', 'Kamchatka Krai'],
  ['42', 'siberian', 'Кемеровская область — Кузбасс', 'Kemerovo Oblast – Kuzbass'],
  ['43', 'volga', 'Кировская область', 'Kirov Oblast'],
  ['44', 'central', 'Костромская область', 'Kostroma Oblast'],
  ['45', 'ural', 'Курганская область', 'Kurgan Oblast'],
  ['46', 'central', 'Курская область', 'Kursk Oblast'],
  ['47', 'north-western', 'Ленинградская область', 'Leningrad Oblast'],
  ['48', 'central', 'Липецкая область', 'Lipetsk Oblast'],
  ['49', 'far-eastern', 'Магаданская область', 'Magadan Oblast'],
  ['50', 'central', 'Московская область', 'Moscow Oblast'],
  ['51', 'north-western', 'Мурманская область', 'Murmansk Oblast'],
  ['52', 'volga', 'Нижегородская область', 'Nizhny Novgorod Oblast'],
  ['53', 'north-western', 'Новгородская область', 'Novgorod Oblast'],
  ['54', 'siberian', 'Новосибирская область', 'Novosibirsk Oblast'],
  ['55', 'siberian', 'Омская область', 'Omsk Oblast'],
  ['56', 'volga', 'Оренбургская область', 'Orenburg Oblast'],
  ['57', 'central', 'Орловская область', 'Oryol Oblast'],
  ['58', 'volga', 'Пензенская область', 'Penza Oblast'],
  ['59', 'volga', 'Пермский край', 'Perm Krai'],
  ['60', 'north-western', 'Псковская область', 'Pskov Oblast'],
  ['61', 'southern', 'Ростовская область', 'Rostov Oblast'],
  ['62', 'central', 'Рязанская область', 'Ryazan Oblast'],
  ['63', 'volga', 'Самарская область', 'Samara Oblast'],
  ['64', 'volga', 'Саратовская область', 'Saratov Oblast'],
  ['65', 'far-eastern', 'Сахалинская область', 'Sakhalin Oblast'],
  ['66', 'ural', 'Свердловская область', 'Sverdlovsk Oblast'],
  ['67', 'central', 'Смоленская область', 'Smolensk Oblast'],
  ['68', 'central', 'Тамбовская область', 'Tambov Oblast'],
  ['69', 'central', 'Тверская область', 'Tver Oblast'],
  ['70', 'siberian', 'Томская область', 'Tomsk Oblast'],
  ['71', 'central', 'Тульская область', 'Tula Oblast'],
  ['72', 'ural', 'Тюменская область', 'Tyumen Oblast'],
  ['73', 'volga', 'Ульяновская область', 'Ulyanovsk Oblast'],
  ['74', 'ural', 'Челябинская область', 'Chelyabinsk Oblast'],
  ['75', 'far-eastern', 'Забайкальский край', 'Zabaykalsky Krai'],
  ['76', 'central', 'Ярославская область', 'Yaroslavl Oblast'],
  ['77', 'central', 'Москва', 'Moscow'],
  ['78', 'north-western', 'Санкт-Петербург', 'Saint Petersburg'],
  ['79', 'far-eastern', 'Еврейская автономная область', 'Jewish Autonomous Oblast'],
  ['83', 'north-western', 'Ненецкий автономный округ', 'Nenets Autonomous Okrug'],
  ['86', 'ural', 'Ханты-Мансийский автономный округ — Югра', 'Khanty-Mansi Autonomous Okrug – Yugra'],
  ['87', 'far-eastern', 'Чукотский автономный округ', 'Chukotka Autonomous Okrug'],
  ['89', 'ural', 'Ямало-Ненецкий автономный округ', 'Yamalo-Nenets Autonomous Okrug'],
  ['90', 'southern', 'Запорожская область', 'Zaporozhye Oblast'],
  ['91', 'southern', 'Республика Крым', 'Republic of Crimea'],
  ['92', 'southern', 'Севастополь', 'Sevastopol'],
  ['93', 'southern', 'Донецкая Народная Республика', 'Donetsk People’s Republic'],
  ['94', 'southern', 'Луганская Народная Республика', 'Luhansk People’s Republic'],
  ['95', 'southern', 'Херсонская область', 'Kherson Oblast'],
] as const satisfies readonly (readonly [string, FederalDistrictId, string, string])[];

export type RegionCode = (typeof SUBJECTS)[number][0];

export interface Region {
  readonly code: RegionCode;
  readonly federalDistrict: FederalDistrictId;
  readonly name: LocalisedText;
}

/** In code order. */
export const REGIONS: readonly Region[] = SUBJECTS.map(([code, federalDistrict, ru, en]) => ({ code, federalDistrict, name: { ru, en } }));

const BY_CODE: ReadonlyMap<string, Region> = new Map(REGIONS.map((region) => [region.code, region]));

export const isRegionCode = (value: string): value is RegionCode => BY_CODE.has(value);

export const findRegion = (code: string): Region | undefined => BY_CODE.get(code);
