import type { DataSharingField } from '../../../shared/applicants/domain/consents/data-sharing.ts';
import type { SaveProfileInput } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import type { GuardianConsentInput } from '../../../shared/applicants/domain/consents/consent-record-schema.ts';
import type { ProgrammeTemplate } from '../../../shared/catalogue/domain/templates/programme-template.ts';
import {
  DEMO_REGIONS,
  EMPLOYERS,
  FEMALE_NAMES,
  FIELDS_OF_STUDY,
  MALE_NAMES,
  MOTIVATIONS,
  OWN_PROJECTS,
  PATRONYMIC_STEMS,
  PROJECT_IDEAS,
  SURNAMES,
  YOUTH_ORGANISATIONS,
  type DemoRegion,
} from './demo-names.ts';

/** A staff decision the demo makes on an application, in order. */
export interface DemoDecision {
  readonly to: string;
  readonly reason: string;
  /**
   * The move follows an interview: booked, held and scored, and the programme moves on the score
   * (ПроКадры: the experts' round from the interview stage, the ministry's from the federal interview).
   */
  readonly interview?: true;
}

/** A file of infra/local/seed/files/ uploaded for a document requirement. */
export interface DemoUpload {
  readonly requirementId: string;
  readonly file: 'resume.pdf' | 'self-presentation.mp4' | 'project-description.pdf' | 'summary-sheet.pdf';
  readonly contentType: 'application/pdf' | 'video/mp4';
}

/**
 * One invented applicant of a demo season and what happens to them, in the order a real one goes:
 * consent, profile, draft, documents, submission, staff decisions, learning progress, withdrawal.
 */
export interface DemoApplicant {
  readonly sub: string;
  readonly profile: SaveProfileInput;
  readonly guardian?: GuardianConsentInput['guardian'];
  /** The consent to share these fields with the youth-policy body of their region, given with the consent to processing. */
  readonly sharesWithRegion?: readonly DataSharingField[];
  /** The draft's content; undefined leaves the draft as created (empty). */
  readonly draft?: {
    readonly participantRole?: string;
    readonly preferredInternshipLevel?: string;
    readonly internshipJustification?: string;
    readonly projectDescription?: string;
    readonly answers: Readonly<Record<string, string | string[]>>;
  };
  readonly uploads: readonly DemoUpload[];
  readonly submit: boolean;
  readonly decisions: readonly DemoDecision[];
  /** ПроКадры's education block: every course (shortlisted by the demo gate) or only part of it. */
  readonly progress?: 'complete' | 'partial';
  /** Decisions after the demo gate, for those it moved. */
  readonly afterGate: readonly DemoDecision[];
  readonly withdraw: boolean;
}

/** Deterministic: the same people, in the same stages, on every machine and every start. */
const random = (seed: number) => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, pick, between };
};
type Random = ReturnType<typeof random>;

const seedOf = (text: string): number => [...text].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);

const LATIN: Readonly<Record<string, string>> = Object.fromEntries([
  ...'абвгдеёзийклмнопрстуфыэ'.split('').map((char, index) => [char, 'abvgdeeziyklmnoprstufye'[index] ?? '']),
  ['ж', 'zh'],
  ['х', 'kh'],
  ['ц', 'ts'],
  ['ч', 'ch'],
  ['ш', 'sh'],
  ['щ', 'shch'],
  ['ъ', ''],
  ['ь', ''],
  ['ю', 'yu'],
  ['я', 'ya'],
]);
const latin = (text: string): string => [...text.toLowerCase()].map((char) => LATIN[char] ?? char).join('');

/** A stable sub per season and person, so every start finds the same people (RFC 4122 version 4 layout). */
export const demoSub = (seasonIndex: number, index: number): string =>
  `de300000-0000-4000-8000-${seasonIndex.toString(16)}${index.toString().padStart(11, '0')}`;

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

const birthDate = (rng: Random, referenceDate: string, age: number): string => {
  const reference = new Date(`${referenceDate}T00:00:00Z`);
  const born = new Date(Date.UTC(reference.getUTCFullYear() - age - 1, reference.getUTCMonth(), reference.getUTCDate() + 1));
  born.setUTCDate(born.getUTCDate() + rng.between(0, 360));
  return isoDate(born);
};

/** A period that ended or runs now, never in the future (the profile refuses future dates). */
const period = (rng: Random, yearsAgo: number, ongoing: boolean) => {
  const year = new Date().getUTCFullYear() - yearsAgo;
  const from = `${year}-${String(rng.between(1, 9)).padStart(2, '0')}-01`;
  return ongoing ? { from } : { from, to: `${year + 1}-${String(rng.between(1, 5)).padStart(2, '0')}-28` };
};

interface Person {
  readonly name: { readonly last: string; readonly first: string; readonly patronymic: string };
  readonly region: DemoRegion;
  readonly email: string;
  readonly phone: string;
}

const person = (rng: Random, index: number): Person => {
  const female = rng.next() < 0.55;
  const [male, feminine] = rng.pick(SURNAMES);
  const first = female ? rng.pick(FEMALE_NAMES) : rng.pick(MALE_NAMES);
  const [patronymicMale, patronymicFemale] = rng.pick(PATRONYMIC_STEMS);
  const last = female ? feminine : male;
  return {
    name: { last, first, patronymic: female ? patronymicFemale : patronymicMale },
    region: rng.pick(DEMO_REGIONS),
    email: `${latin(first)}.${latin(last)}.${index}@example.org`,
    phone: `+79${String(rng.between(100_000_000, 999_999_999))}`,
  };
};

/** ПроКадры's tracks follow from the profile (the template's track rules); the demo makes people of each kind. */
type Background = 'beginner' | 'studies-public-administration' | 'activist' | 'civil-servant' | 'serving-without-degree';

const emptyActivity = { organisations: [], ownProjects: [], internships: [], youthGovernment: [] };

const adultProfile = (rng: Random, who: Person, referenceDate: string, age: number, background: Background): SaveProfileInput => {
  const studies =
    background === 'studies-public-administration' || background === 'civil-servant'
      ? FIELDS_OF_STUDY[0]
      : rng.pick(FIELDS_OF_STUDY.slice(1));
  const graduated = age >= 23;
  const graduationYear =
    new Date(`${referenceDate}T00:00:00Z`).getUTCFullYear() + (graduated ? -rng.between(0, Math.min(10, age - 22)) : rng.between(0, 3));
  const serving = background === 'civil-servant' || background === 'serving-without-degree';
  return {
    name: who.name,
    birthDate: birthDate(rng, referenceDate, age),
    citizenship: ['RU'],
    region: who.region.code,
    education: [
      {
        institution: who.region.university,
        field: studies.field,
        level: graduated ? rng.pick(['bachelor', 'specialist', 'master'] as const) : 'bachelor',
        graduationYear,
        publicAdministration: studies.publicAdministration,
      },
    ],
    workExperience: serving
      ? [
          {
            organisation: who.region.administration,
            role: 'Главный специалист отдела молодёжной политики',
            publicService: true,
            ...period(rng, 2, true),
          },
        ]
      : graduated
        ? [{ organisation: rng.pick(EMPLOYERS), role: 'Специалист', publicService: false, ...period(rng, 1, true) }]
        : [],
    activity:
      background === 'activist'
        ? {
            organisations: [{ name: rng.pick(YOUTH_ORGANISATIONS), kind: 'youth', role: 'Волонтёр', ...period(rng, 2, true) }],
            ownProjects: rng.next() < 0.5 ? [{ title: rng.pick(OWN_PROJECTS), year: new Date().getUTCFullYear() - 1 }] : [],
            internships: [],
            youthGovernment: rng.next() < 0.4 ? [{ body: who.region.youthGovernment, level: 'regional', ...period(rng, 1, false) }] : [],
          }
        : emptyActivity,
    contacts: { email: who.email, phone: who.phone },
    preferredLanguage: rng.next() < 0.9 ? 'ru' : 'en',
  };
};

const pupilProfile = (rng: Random, who: Person, referenceDate: string, age: number): SaveProfileInput => ({
  name: who.name,
  birthDate: birthDate(rng, referenceDate, age),
  citizenship: ['RU'],
  region: who.region.code,
  education: [
    rng.next() < 0.7
      ? {
          institution: `Средняя общеобразовательная школа № ${rng.between(2, 140)}`,
          field: 'Общее образование',
          level: 'general',
          graduationYear: new Date(`${referenceDate}T00:00:00Z`).getUTCFullYear() + (18 - age),
          publicAdministration: false,
        }
      : {
          institution: who.region.college,
          field: 'Информационные системы и программирование',
          level: 'secondary-vocational',
          graduationYear: new Date(`${referenceDate}T00:00:00Z`).getUTCFullYear() + (19 - age),
          publicAdministration: false,
        },
  ],
  workExperience: [],
  activity: emptyActivity,
  contacts: { email: who.email, phone: who.phone },
  preferredLanguage: 'ru',
});

/** Which of `count` people (in a shuffled order) end where: `shares` are counts, the rest take `rest`. */
const assignOutcomes = <K extends string, R extends string>(
  rng: Random,
  count: number,
  shares: Readonly<Record<K, number>>,
  rest: R,
): (K | R)[] => {
  type T = K | R;
  const outcomes: T[] = [];
  for (const [outcome, n] of Object.entries(shares) as [K, number][]) for (let i = 0; i < n; i += 1) outcomes.push(outcome);
  while (outcomes.length < count) outcomes.push(rest);
  for (let i = outcomes.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng.next() * (i + 1));
    [outcomes[i], outcomes[j]] = [outcomes[j] as T, outcomes[i] as T];
  }
  return outcomes.slice(0, count);
};

const answers = (rng: Random) => ({ motivation: rng.pick(MOTIVATIONS), 'heard-from': rng.pick(['social-media', 'university', 'friends']) });

const base = { uploads: [], submit: false, decisions: [], afterGate: [], withdraw: false } as const;

const PROKADRY_OUTCOMES = {
  'empty-draft': 3,
  draft: 3,
  withdrawn: 3,
  screening: 10,
  'not-selected': 5,
  'education-partial': 12,
  'regional-internship': 5,
  'federal-interview': 5,
  'not-selected-after-interview': 2,
  'federal-internship': 4,
} as const;

/**
 * ПроКадры's demo finalists, in the order the season lists them: where they applied from and what
 * they agreed to share with their region's youth-policy body. Perm Krai's body and its machine
 * client read the two who consented there, each only the fields they chose; the third from Perm did
 * not consent, so nothing of theirs is released (staff see why); Moscow's body reads its one.
 */
const FINALISTS: readonly { readonly region: string; readonly sharesWithRegion?: readonly DataSharingField[] }[] = [
  { region: '59', sharesWithRegion: ['name', 'contacts.email', 'education', 'track', 'stage', 'interviewScores'] },
  { region: '59', sharesWithRegion: ['name', 'region', 'track', 'interviewScores'] },
  { region: '59' },
  { region: '77', sharesWithRegion: ['name', 'contacts.email', 'track', 'stage'] },
];

const regionOf = (code: string): DemoRegion => {
  const region = DEMO_REGIONS.find((candidate) => candidate.code === code);
  if (region === undefined) throw new Error(`The demo has no region ${code}`);
  return region;
};

/**
 * Where ПроКадры's demo beginners intern: a regional offer is for applicants of its own region, and
 * Perm Krai's ministry of education is the demo registry's regional body that hosts ПроКадры's.
 */
const REGIONAL_INTERNS_REGION = '59';

const prokadry = (seasonIndex: number, referenceDate: string, count: number): DemoApplicant[] => {
  const rng = random(seedOf('prokadry'));
  const outcomes = assignOutcomes(rng, count, PROKADRY_OUTCOMES, 'interview');
  let finalists = 0;
  return outcomes.map((outcome, index) => {
    const finalist = outcome === 'federal-internship' ? FINALISTS[finalists++] : undefined;
    const drawn = person(rng, index);
    // Chosen after the draw, so that everyone else in the demo stays who they were.
    const region = finalist?.region ?? (outcome === 'regional-internship' ? REGIONAL_INTERNS_REGION : undefined);
    const who = region === undefined ? drawn : { ...drawn, region: regionOf(region) };
    // Beginners intern in their region; only the young and PRO tracks interview with ministries.
    const background: Background =
      outcome === 'regional-internship'
        ? 'beginner'
        : outcome === 'federal-interview' || finalist !== undefined
          ? rng.pick(['studies-public-administration', 'activist', 'civil-servant'] as const)
          : rng.pick([
              'beginner',
              'beginner',
              'studies-public-administration',
              'activist',
              'civil-servant',
              'serving-without-degree',
            ] as const);
    const drawnLevel = background === 'beginner' ? 'regional' : rng.pick(['regional', 'federal']);
    const level = finalist === undefined ? drawnLevel : 'federal';
    const applicant = {
      ...base,
      sub: demoSub(seasonIndex, index),
      ...(finalist?.sharesWithRegion === undefined ? {} : { sharesWithRegion: finalist.sharesWithRegion }),
      profile: adultProfile(rng, who, referenceDate, rng.between(18, 35), background),
      draft: {
        preferredInternshipLevel: level,
        internshipJustification:
          level === 'federal'
            ? 'Хочу увидеть, как федеральное министерство готовит решения для регионов, и привезти этот опыт домой.'
            : 'Хочу поработать в органах власти своего региона и понять, как устроена молодёжная политика на месте.',
        answers: answers(rng),
      },
    };
    if (outcome === 'empty-draft') return { ...applicant, draft: undefined };
    if (outcome === 'draft') return applicant;
    const submitted = {
      ...applicant,
      uploads: [
        { requirementId: 'resume', file: 'resume.pdf', contentType: 'application/pdf' },
        { requirementId: 'video-presentation', file: 'self-presentation.mp4', contentType: 'video/mp4' },
      ] as const,
      submit: true,
    };
    if (outcome === 'withdrawn') return { ...submitted, withdraw: true };
    if (outcome === 'screening') return submitted;
    if (outcome === 'not-selected')
      return { ...submitted, decisions: [{ to: 'not-selected', reason: 'Не указан опыт, подтверждающий мотивацию' }] };
    const educated = { ...submitted, decisions: [{ to: 'education', reason: 'Заявка прошла проверку' }] };
    if (outcome === 'education-partial') return { ...educated, progress: 'partial' as const };
    const shortlisted = { ...educated, progress: 'complete' as const };
    if (outcome === 'regional-internship')
      return {
        ...shortlisted,
        afterGate: [{ to: 'regional-internship', reason: 'Собеседование пройдено: стажировка в РОИВ', interview: true }],
      };
    if (outcome === 'federal-interview')
      return {
        ...shortlisted,
        afterGate: [{ to: 'federal-interview', reason: 'Рекомендован к собеседованию в ФОИВ', interview: true }],
      };
    if (outcome === 'not-selected-after-interview')
      return { ...shortlisted, afterGate: [{ to: 'not-selected', reason: 'По итогам собеседования' }] };
    // The ministry (Минэкономразвития) interviews them over a video call and its score makes them finalists.
    if (outcome === 'federal-internship')
      return {
        ...shortlisted,
        uploads: [
          ...shortlisted.uploads,
          { requirementId: 'summary-sheet', file: 'summary-sheet.pdf', contentType: 'application/pdf' } as const,
        ],
        afterGate: [
          { to: 'federal-interview', reason: 'Рекомендован к собеседованию в ФОИВ', interview: true },
          { to: 'federal-internship', reason: 'Собеседование в министерстве пройдено: финалист', interview: true },
        ],
      };
    return shortlisted;
  });
};

const KADRY_OUTCOMES = { 'empty-draft': 4, draft: 6, withdrawn: 5, 'not-selected': 12, 'regional-school': 38 } as const;

const kadryBudushchego = (seasonIndex: number, referenceDate: string, count: number): DemoApplicant[] => {
  const rng = random(seedOf('kadry-budushchego'));
  const outcomes = assignOutcomes(rng, count, KADRY_OUTCOMES, 'selection');
  return outcomes.map((outcome, index) => {
    const who = person(rng, index);
    const role = index % 10 < 7 ? 'pupil' : index % 10 < 9 ? 'tutor' : 'mentor';
    const age = role === 'pupil' ? rng.between(14, 17) : role === 'tutor' ? rng.between(18, 21) : rng.between(25, 55);
    const profile =
      role === 'pupil'
        ? pupilProfile(rng, who, referenceDate, age)
        : adultProfile(rng, who, referenceDate, age, rng.pick(['beginner', 'activist'] as const));
    const applicant = {
      ...base,
      sub: demoSub(seasonIndex, index),
      profile,
      // A parent consents for a pupil (below the programme's guardian age, 18).
      ...(role === 'pupil'
        ? {
            guardian: {
              fullName: `${who.name.last.endsWith('а') ? who.name.last : `${who.name.last}а`} ${rng.pick(FEMALE_NAMES)} ${rng.pick(PATRONYMIC_STEMS)[1]}`,
              email: `parent.${who.email}`,
              relationship: 'parent' as const,
            },
          }
        : {}),
      draft: { participantRole: role, answers: answers(rng) },
    };
    if (outcome === 'empty-draft') return { ...applicant, draft: undefined };
    if (outcome === 'draft') return applicant;
    const submitted = { ...applicant, submit: true };
    if (outcome === 'withdrawn') return { ...submitted, withdraw: true };
    if (outcome === 'not-selected') return { ...submitted, decisions: [{ to: 'not-selected', reason: 'Решение отборочной комиссии' }] };
    if (outcome === 'regional-school')
      return {
        ...submitted,
        decisions: [{ to: 'regional-school', reason: 'Решение отборочной комиссии: приглашён в региональную школу' }],
      };
    return submitted;
  });
};

const NASTAVNIKI_OUTCOMES = {
  'empty-draft': 2,
  draft: 2,
  withdrawn: 2,
  'not-selected': 4,
  'expert-evaluation': 8,
  'mentor-agreement': 6,
  invitation: 4,
} as const;

const obedinenieNastavnikov = (seasonIndex: number, referenceDate: string, count: number): DemoApplicant[] => {
  const rng = random(seedOf('obedinenie-nastavnikov'));
  const outcomes = assignOutcomes(rng, count, NASTAVNIKI_OUTCOMES, 'application-review');
  return outcomes.map((outcome, index) => {
    const who = person(rng, index);
    // Picked after the profile, so the demo's people stay who they were before projects named their spheres.
    const profile = adultProfile(rng, who, referenceDate, rng.between(19, 45), rng.pick(['beginner', 'activist'] as const));
    const idea = rng.pick(PROJECT_IDEAS);
    const applicant = {
      ...base,
      sub: demoSub(seasonIndex, index),
      profile,
      draft: { projectDescription: idea.text, answers: { ...answers(rng), 'project-sphere': [...idea.spheres] } },
    };
    if (outcome === 'empty-draft') return { ...applicant, draft: undefined };
    if (outcome === 'draft') return applicant;
    const submitted = {
      ...applicant,
      uploads: [
        { requirementId: 'resume', file: 'resume.pdf', contentType: 'application/pdf' },
        { requirementId: 'project-description', file: 'project-description.pdf', contentType: 'application/pdf' },
      ] as const,
      submit: true,
    };
    if (outcome === 'withdrawn') return { ...submitted, withdraw: true };
    if (outcome === 'application-review') return submitted;
    if (outcome === 'not-selected') return { ...submitted, decisions: [{ to: 'not-selected', reason: 'Проект вне тематики программы' }] };
    const path: DemoDecision[] = [{ to: 'expert-evaluation', reason: 'Заявка полная, проект передан экспертам' }];
    if (outcome !== 'expert-evaluation') path.push({ to: 'mentor-agreement', reason: 'Экспертная оценка пройдена' });
    if (outcome === 'invitation') path.push({ to: 'invitation', reason: 'Наставник согласился взять проект' });
    return { ...submitted, decisions: path };
  });
};

/** How many demo applicants each template's season gets: a few hundred in all. */
export const DEMO_SEASON_SIZES: Readonly<Record<string, number>> = {
  prokadry: 60,
  'kadry-budushchego': 100,
  'obedinenie-nastavnikov': 40,
};

/** The demo applicants of the season of `template` (the `seasonIndex`-th demo season). */
export const demoPopulation = (template: ProgrammeTemplate, seasonIndex: number, referenceDate: string): DemoApplicant[] => {
  const count = DEMO_SEASON_SIZES[template.id] ?? 0;
  if (template.id === 'prokadry') return prokadry(seasonIndex, referenceDate, count);
  if (template.id === 'kadry-budushchego') return kadryBudushchego(seasonIndex, referenceDate, count);
  if (template.id === 'obedinenie-nastavnikov') return obedinenieNastavnikov(seasonIndex, referenceDate, count);
  return [];
};
