import type { PartnerContact, PartnerOrganisationContent } from '../../../shared/partners/partner-organisation-schema.ts';

/** A demo organisation of the registry: its id (what its people's `custom:organisation` carries) and its record. */
export interface DemoPartnerOrganisation {
  readonly id: string;
  readonly content: PartnerOrganisationContent;
}

const contact = (name: string, email: string): readonly [PartnerContact] => [{ name, email, language: 'ru' }];

const employer = (id: string, region: '28' | '59', ru: string, en: string, person: string): DemoPartnerOrganisation => ({
  id,
  content: {
    kind: 'employer',
    name: { ru: `${ru} (демо)`, en: `${en} (demo)` },
    region,
    contacts: [...contact(person, `${id}@example.org`)],
  },
});

/**
 * The partner organisations of the local demo. The state bodies are the real ones the seeds name
 * (ПроКадры's federal ministries and regions' youth-policy bodies; the Amur and Perm ministries of
 * education that run Кадры будущего); their contacts are invented (example.org). The employers,
 * at least ten per the Кадры будущего roadmap, are invented, in the two regions of its seeds:
 * Amur (28) and Perm Krai (59).
 */
export const DEMO_PARTNER_ORGANISATIONS: readonly DemoPartnerOrganisation[] = [
  {
    id: 'minek-rf',
    content: {
      kind: 'federal-ministry',
      name: {
        ru: 'Министерство экономического развития Российской Федерации',
        en: 'Ministry of Economic Development of the Russian Federation',
      },
      region: null,
      contacts: [...contact('Олег Серов', 'minek-rf@example.org')],
    },
  },
  {
    id: 'mintrud-rf',
    content: {
      kind: 'federal-ministry',
      name: {
        ru: 'Министерство труда и социальной защиты Российской Федерации',
        en: 'Ministry of Labour and Social Protection of the Russian Federation',
      },
      region: null,
      contacts: [...contact('Татьяна Белова', 'mintrud-rf@example.org')],
    },
  },
  {
    id: 'molodezh-moskva',
    content: {
      kind: 'youth-policy-body',
      name: {
        ru: 'Комитет общественных связей и молодёжной политики города Москвы',
        en: 'Moscow Committee for Public Relations and Youth Policy',
      },
      region: '77',
      contacts: [...contact('Елена Новикова', 'partner.moscow@example.org')],
    },
  },
  {
    id: 'molodezh-perm',
    content: {
      kind: 'youth-policy-body',
      name: { ru: 'Агентство по делам молодёжи Пермского края', en: 'Perm Krai Youth Affairs Agency' },
      region: '59',
      contacts: [...contact('Алексей Фёдоров', 'partner.perm@example.org')],
    },
  },
  {
    id: 'minobr-perm',
    content: {
      kind: 'regional-executive-body',
      name: { ru: 'Министерство образования и науки Пермского края', en: 'Ministry of Education and Science of Perm Krai' },
      region: '59',
      contacts: [...contact('Наталья Лыкова', 'minobr-perm@example.org')],
    },
  },
  {
    id: 'minobr-amur',
    content: {
      kind: 'regional-executive-body',
      name: { ru: 'Министерство образования и науки Амурской области', en: 'Ministry of Education and Science of the Amur Region' },
      region: '28',
      contacts: [...contact('Виктор Орлов', 'minobr-amur@example.org')],
    },
  },
  employer('amur-agro', '28', 'Агрохолдинг «Приамурье»', 'Priamurye agricultural holding', 'Светлана Ким'),
  employer('amur-energo', '28', 'Зейская энергосетевая компания', 'Zeya power grid company', 'Андрей Гусев'),
  employer('amur-gold', '28', 'Приамурская горнодобывающая компания', 'Priamurye mining company', 'Роман Ткаченко'),
  employer('amur-shipyard', '28', 'Благовещенская судоверфь', 'Blagoveshchensk shipyard', 'Ольга Семенова'),
  employer('amur-digital', '28', 'ИТ-компания «Амур Цифра»', 'Amur Tsifra IT company', 'Максим Лю'),
  employer('perm-engines', '59', 'Пермский моторостроительный кластер', 'Perm engine-building cluster', 'Игорь Шилов'),
  employer('perm-chemistry', '59', 'Прикамский химический завод', 'Prikamye chemical plant', 'Марина Зуева'),
  employer('perm-soft', '59', 'ООО «Кама Софт»', 'Kama Soft LLC', 'Денис Пономарёв'),
  employer('perm-forest', '59', 'Уральский лесопромышленный комбинат', 'Ural timber mill', 'Галина Мальцева'),
  employer('perm-media', '59', 'Пермская медиагруппа', 'Perm media group', 'Артём Чащин'),
  employer('perm-clinic', '59', 'Пермский краевой медицинский центр', 'Perm Krai medical centre', 'Юлия Третьякова'),
];
