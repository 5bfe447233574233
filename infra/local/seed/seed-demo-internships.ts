import { wiring as internshipsWiring } from '../../../functions/internships/wiring.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import type { InternshipOfferInput } from '../../../shared/internships/internship-offer-schema.ts';
import { changeOfferStatus } from '../../../shared/internships/use-cases/change-offer-status.ts';
import { saveInternshipOffer } from '../../../shared/internships/use-cases/save-internship-offer.ts';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';
import { identityOf } from './seed-demo-experts.ts';

interface DemoOffer {
  readonly id: string;
  /** The stage whose calendar window the internship runs in. */
  readonly stage: string;
  /** `submitted`: left for staff to review in the demo; `approved`: applicants see it. */
  readonly status: 'submitted' | 'approved';
  readonly offer: Omit<InternshipOfferInput, 'startsOn' | 'endsOn' | 'version'>;
}

const DEMO_OFFERS: Readonly<Record<string, readonly DemoOffer[]>> = {
  prokadry: [
    {
      id: 'minek-regional-development',
      stage: 'federal-internship',
      status: 'approved',
      offer: {
        hostOrganisation: 'minek-rf',
        level: 'federal',
        region: '77',
        city: 'Москва',
        title: { ru: 'Стажёр департамента регионального развития', en: 'Intern, regional development department' },
        description: {
          ru: 'Аналитические записки о мерах поддержки регионов, участие в совещаниях департамента, подготовка материалов к коллегии.',
          en: 'Analytical notes on regional support measures, the department’s meetings, materials for the ministry board.',
        },
        tracks: ['young', 'pro'],
        seats: 4,
        weeks: 4,
        format: 'in-person',
      },
    },
    {
      id: 'perm-civil-service-intern',
      stage: 'regional-internship',
      status: 'approved',
      offer: {
        hostOrganisation: 'minobr-perm',
        level: 'regional',
        region: '59',
        city: 'Пермь',
        title: { ru: 'Стажёр управления государственной службы', en: 'Intern, civil service directorate' },
        description: {
          ru: 'Подбор и адаптация кадров, подготовка конкурсов на замещение должностей, работа с кадровым резервом края.',
          en: 'Recruiting and onboarding, preparing competitions for posts, working with the region’s talent pool.',
        },
        seats: 4,
        weeks: 4,
        format: 'in-person',
      },
    },
    {
      id: 'perm-digital-services-intern',
      stage: 'regional-internship',
      status: 'submitted',
      offer: {
        hostOrganisation: 'minobr-perm',
        level: 'regional',
        region: '59',
        city: 'Пермь',
        title: { ru: 'Стажёр по цифровым государственным услугам', en: 'Intern, digital public services' },
        description: {
          ru: 'Анализ обращений граждан и предложения по упрощению региональных услуг.',
          en: 'Analysing citizens’ requests and proposing simpler regional services.',
        },
        seats: 2,
        weeks: 3,
        format: 'hybrid',
      },
    },
  ],
  'kadry-budushchego': [
    {
      id: 'perm-youth-projects-trial',
      stage: 'project-work',
      status: 'approved',
      offer: {
        hostOrganisation: 'molodezh-perm',
        level: 'partner-organisation',
        region: '59',
        city: 'Пермь',
        title: { ru: 'Профессиональная проба: молодёжные проекты края', en: 'Professional trial: the region’s youth projects' },
        description: {
          ru: 'Две недели в команде агентства: подготовка молодёжного форума, работа с заявками на гранты.',
          en: 'Two weeks with the agency’s team: preparing a youth forum, handling grant applications.',
        },
        seats: 10,
        weeks: 2,
        format: 'in-person',
      },
    },
  ],
};

/**
 * The demo seasons' internship offers, through the internships' use cases as staff would publish
 * and review them for their hosts: ПроКадры's ministry and Perm РОИВ offers (one still waiting for
 * review), Кадры будущего's trial at Perm's youth-policy agency. Dates follow the stage's calendar
 * window. Idempotent: an offer an earlier start made is left as it is; a season whose programme
 * takes no offers (one made before it could) is skipped. Answers how many offers it published.
 */
export const seedDemoInternships = async (
  seasons: readonly { readonly season: Season; readonly templateId: string }[],
  staffSub: string,
  now: Date,
): Promise<number> => {
  const deps = internshipsWiring().internships;
  const staff = identityOf(staffSub, ['staff'], undefined);
  let published = 0;
  for (const { season, templateId } of seasons) {
    for (const demo of DEMO_OFFERS[templateId] ?? []) {
      const target = { seasonId: season.id, offerId: demo.id };
      if ((await deps.store.findOffer(season.id, demo.id)) !== undefined) continue;
      const window = season.calendar.find((candidate) => candidate.stage === demo.stage);
      const startsOn = (window?.opensAt ?? now.toISOString()).slice(0, 10);
      const endsOn = (window?.closesAt ?? new Date(now.getTime() + 60 * 24 * 3600 * 1000).toISOString()).slice(0, 10);
      try {
        const { offer } = await saveInternshipOffer(deps, staff, target, { ...demo.offer, startsOn, endsOn, version: 0 });
        const submitted = await changeOfferStatus(deps, staff, target, 'submit', { version: offer.version });
        if (demo.status === 'approved') await changeOfferStatus(deps, staff, target, 'approve', { version: submitted.version });
        published += 1;
      } catch (error) {
        if (isAppError(error) && error.code === 'internships-not-offered') break;
        throw error;
      }
    }
  }
  return published;
};
