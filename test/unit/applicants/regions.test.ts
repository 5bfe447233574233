import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { FEDERAL_DISTRICT_IDS, FEDERAL_DISTRICTS } from '../../../shared/applicants/domain/profile/federal-districts.ts';
import { isRegionCode } from '../../../shared/applicants/domain/profile/region-codes.ts';
import { REGIONS, findRegion } from '../../../shared/applicants/domain/profile/regions.ts';

describe('the reference list of subjects of the Russian Federation', () => {
  it('has 89 subjects with unique two-digit codes, in code order, named in both languages', () => {
    assert.equal(REGIONS.length, 89);
    const codes = REGIONS.map((region) => region.code);
    assert.equal(new Set(codes).size, 89);
    assert.deepEqual([...codes].sort(), codes);
    for (const region of REGIONS) {
      assert.match(region.code, /^\d{2}$/);
      assert.ok(region.name.ru.length > 0, `${region.code}: a name in Russian`);
      assert.ok(region.name.en.length > 0, `${region.code}: a name in English`);
    }
    assert.equal(new Set(REGIONS.map((region) => region.name.ru)).size, 89);
    assert.equal(new Set(REGIONS.map((region) => region.name.en)).size, 89);
  });

  it('uses the tax-service coding: merged okrugs have no code, Moscow is 77 and Saint Petersburg 78', () => {
    for (const retired of ['80', '81', '82', '84', '85', '88']) assert.equal(isRegionCode(retired), false, retired);
    assert.equal(findRegion('77')?.name.ru, 'Москва');
    assert.equal(findRegion('78')?.name.en, 'Saint Petersburg');
    assert.equal(findRegion('59')?.name.ru, 'Пермский край');
    assert.equal(findRegion('28')?.name.ru, 'Амурская область');
    assert.equal(findRegion('99'), undefined);
  });

  it('puts every subject in one of the eight federal districts, with the districts’ known sizes', () => {
    assert.equal(FEDERAL_DISTRICTS.length, 8);
    assert.deepEqual(
      FEDERAL_DISTRICTS.map((district) => district.id),
      [...FEDERAL_DISTRICT_IDS],
    );
    const sizes = Object.fromEntries(
      FEDERAL_DISTRICT_IDS.map((id) => [id, REGIONS.filter((region) => region.federalDistrict === id).length]),
    );
    assert.deepEqual(sizes, {
      central: 18,
      'north-western': 11,
      southern: 12,
      'north-caucasian': 7,
      volga: 14,
      ural: 6,
      siberian: 10,
      'far-eastern': 11,
    });
    assert.equal(findRegion('77')?.federalDistrict, 'central');
    assert.equal(findRegion('03')?.federalDistrict, 'far-eastern');
    assert.equal(findRegion('86')?.federalDistrict, 'ural');
    assert.equal(findRegion('26')?.federalDistrict, 'north-caucasian');
  });
});
