import type { FunnelReport, KpiRow } from './report-shapes.ts';

export type Language = 'ru' | 'en';

/** The page's fixed text, set on the elements that name a key in `data-text`. */
export interface StaticTexts {
  readonly title: string;
  readonly languages: string;
  readonly tokenLabel: string;
  readonly tokenHint: string;
  readonly signIn: string;
  readonly signOut: string;
  readonly seasonLabel: string;
  readonly funnelHeading: string;
  readonly kpiHeading: string;
  readonly regionsHeading: string;
  readonly timeHeading: string;
}

export interface PageTexts {
  readonly locale: string;
  readonly static: StaticTexts;
  readonly noToken: string;
  readonly loading: string;
  readonly noSeasons: string;
  readonly status: Readonly<Record<Exclude<FunnelReport['status'], 'ready'>, string>>;
  readonly problems: {
    readonly unauthorised: string;
    readonly forbidden: string;
    readonly notFound: string;
    readonly network: string;
    readonly other: (status: number) => string;
  };
  readonly funnel: {
    readonly entered: string;
    readonly now: string;
    readonly stage: string;
    readonly fromPrevious: string;
    readonly fromFirst: string;
  };
  readonly kpi: {
    readonly none: string;
    readonly target: (target: string, unit: string) => string;
    readonly season: string;
    readonly quarter: (quarter: string, year: string) => string;
    readonly actual: (actual: string, target: string, progress: string) => string;
    readonly noActual: string;
    readonly met: string;
    readonly cumulative: string;
    readonly reserve: (reserve: string) => string;
    readonly notMeasured: string;
    readonly reported: string;
    readonly units: Readonly<Record<KpiRow['unit'], string>>;
  };
  readonly regions: {
    readonly districtsChart: string;
    readonly region: string;
    readonly applications: string;
    readonly share: string;
    readonly none: string;
  };
  readonly time: {
    readonly median: string;
    readonly p90: string;
    readonly hours: string;
    readonly none: string;
  };
}

const ru: PageTexts = {
  locale: 'ru-RU',
  static: {
    title: 'Показатели сезона',
    languages: 'Язык страницы',
    tokenLabel: 'Токен доступа сотрудника',
    tokenHint: 'Вставьте токен, выданный при входе. Он хранится только в этой вкладке и пропадает, когда вы её закроете.',
    signIn: 'Войти',
    signOut: 'Выйти',
    seasonLabel: 'Сезон',
    funnelHeading: 'Воронка по этапам',
    kpiHeading: 'Целевые показатели',
    regionsHeading: 'По федеральным округам и регионам',
    timeHeading: 'Время на этапе',
  },
  noToken: 'Вставьте токен доступа, чтобы увидеть показатели.',
  loading: 'Загружаем…',
  noSeasons: 'У ваших программ пока нет сезонов.',
  status: {
    'not-built': 'Счётчики этого сезона ещё не построены: запустите их пересчёт. Пока показатели пусты.',
    rebuilding: 'Идёт пересчёт счётчиков сезона: показатели могут отставать.',
  },
  problems: {
    unauthorised: 'Токен недействителен или срок его действия истёк. Войдите заново и вставьте новый токен.',
    forbidden: 'Эта страница — для сотрудников программ. Ваш токен не даёт доступа к отчётам.',
    notFound: 'Сезон не найден, или он не относится к вашим программам.',
    network: 'Сервер не ответил. Проверьте соединение и обновите страницу.',
    other: (status) => `Сервер не смог подготовить отчёт (код ${status}). Повторите попытку позже.`,
  },
  funnel: {
    entered: 'Вошли в этап',
    now: 'Сейчас на этапе',
    stage: 'Этап',
    fromPrevious: 'Конверсия из предыдущего',
    fromFirst: 'Конверсия от начала',
  },
  kpi: {
    none: 'У программы нет целевых показателей.',
    target: (target, unit) => `Цель: ${target} ${unit}`,
    season: 'Сезон',
    quarter: (quarter, year) => `${quarter} кв. ${year}`,
    actual: (actual, target, progress) => `${actual} из ${target} (${progress})`,
    noActual: 'Нет данных',
    met: 'Достигнуто',
    cumulative: 'нарастающим итогом',
    reserve: (reserve) => `В резерве: ${reserve}`,
    notMeasured: 'Показатель не измеряется автоматически.',
    reported: 'Вносится сотрудниками',
    units: {
      people: 'чел.',
      organisations: 'организаций',
      applications: 'заявок',
      projects: 'проектов',
      internships: 'стажировок',
      events: 'мероприятий',
      percent: '%',
    },
  },
  regions: {
    districtsChart: 'Заявки по федеральным округам',
    region: 'Регион',
    applications: 'Заявок',
    share: 'Доля',
    none: 'Заявок с указанным регионом пока нет.',
  },
  time: {
    median: 'Медиана',
    p90: '90-й перцентиль',
    hours: 'часов',
    none: 'Переходов между этапами пока не было.',
  },
};

const en: PageTexts = {
  locale: 'en-GB',
  static: {
    title: 'Season dashboard',
    languages: 'Page language',
    tokenLabel: 'Staff access token',
    tokenHint: 'Paste the token you received when signing in. It is kept in this tab only and is gone when you close it.',
    signIn: 'Sign in',
    signOut: 'Sign out',
    seasonLabel: 'Season',
    funnelHeading: 'Funnel by stage',
    kpiHeading: 'KPI targets',
    regionsHeading: 'By federal district and region',
    timeHeading: 'Time in stage',
  },
  noToken: 'Paste an access token to see the figures.',
  loading: 'Loading…',
  noSeasons: 'Your programmes have no seasons yet.',
  status: {
    'not-built': 'This season’s counters have not been built yet: start a rebuild. Until then the figures are empty.',
    rebuilding: 'The season’s counters are being rebuilt: the figures may lag.',
  },
  problems: {
    unauthorised: 'The token is invalid or has expired. Sign in again and paste a new token.',
    forbidden: 'This page is for programme staff. Your token gives no access to the reports.',
    notFound: 'The season was not found, or it does not belong to your programmes.',
    network: 'The server did not answer. Check the connection and reload the page.',
    other: (status) => `The server could not prepare the report (status ${status}). Please try again later.`,
  },
  funnel: {
    entered: 'Entered the stage',
    now: 'In the stage now',
    stage: 'Stage',
    fromPrevious: 'Conversion from the previous stage',
    fromFirst: 'Conversion from the start',
  },
  kpi: {
    none: 'The programme has no KPI targets.',
    // English writes a percentage without a space (Russian with one).
    target: (target, unit) => (unit === '%' ? `Target: ${target}%` : `Target: ${target} ${unit}`),
    season: 'Season',
    quarter: (quarter, year) => `Q${quarter} ${year}`,
    actual: (actual, target, progress) => `${actual} of ${target} (${progress})`,
    noActual: 'No data',
    met: 'Met',
    cumulative: 'cumulative',
    reserve: (reserve) => `In reserve: ${reserve}`,
    notMeasured: 'This KPI is not measured automatically.',
    reported: 'Entered by staff',
    units: {
      people: 'people',
      organisations: 'organisations',
      applications: 'applications',
      projects: 'projects',
      internships: 'internships',
      events: 'events',
      percent: '%',
    },
  },
  regions: {
    districtsChart: 'Applications by federal district',
    region: 'Region',
    applications: 'Applications',
    share: 'Share',
    none: 'No applications with a region yet.',
  },
  time: {
    median: 'Median',
    p90: '90th percentile',
    hours: 'hours',
    none: 'No moves between stages yet.',
  },
};

export const TEXTS: Readonly<Record<Language, PageTexts>> = { ru, en };

export const formatNumber = (value: number, texts: PageTexts, fractionDigits = 0): string =>
  new Intl.NumberFormat(texts.locale, { maximumFractionDigits: fractionDigits }).format(value);

export const formatPercent = (share: number, texts: PageTexts): string =>
  new Intl.NumberFormat(texts.locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
