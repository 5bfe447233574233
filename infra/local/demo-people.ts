import type { Role } from '../../shared/platform/auth/roles.ts';
import { LEARNING_PLATFORM_ORGANISATION } from '../../shared/education/domain/learning-platform.ts';
import type { MintRequest } from './auth/local-issuer.ts';

/** `npm run token -- partner --sub <this>`: a token for the demo learning platform. */
export const LEARNING_PLATFORM_DEMO_SUB = '0a1e0000-0000-4000-8000-000000000051';

/**
 * The people of the local demo: invented, with stable subs so seeded data and tokens from
 * `npm run token` point at the same person across restarts. Emails use example.org (RFC 2606).
 */
export interface DemoPerson {
  readonly sub: string;
  readonly role: Role;
  readonly email: string;
  readonly name: string;
  /** Subject-of-the-federation code (partners): '77' Moscow, '59' Perm Krai, '28' the Amur region. */
  readonly region?: string;
  /** A partner's organisation: an id of the demo registry (seed/demo-partner-organisations.ts), or the learning platform's. */
  readonly organisation?: string;
  /** Programme ids a staff member runs; '*' for all. */
  readonly programmes?: readonly string[];
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { sub: '0a1e0000-0000-4000-8000-000000000001', role: 'staff', email: 'staff.anna@example.org', name: 'Анна Смирнова', programmes: ['*'] },
  { sub: '0a1e0000-0000-4000-8000-000000000002', role: 'staff', email: 'staff.igor@example.org', name: 'Игорь Волков', programmes: ['*'] },
  { sub: '0a1e0000-0000-4000-8000-000000000011', role: 'expert', email: 'expert.olga@example.org', name: 'Ольга Кузнецова' },
  { sub: '0a1e0000-0000-4000-8000-000000000012', role: 'expert', email: 'expert.pavel@example.org', name: 'Павел Морозов' },
  { sub: '0a1e0000-0000-4000-8000-000000000021', role: 'mentor', email: 'mentor.sergey@example.org', name: 'Сергей Лебедев' },
  { sub: '0a1e0000-0000-4000-8000-000000000022', role: 'mentor', email: 'mentor.natalia@example.org', name: 'Наталья Орлова' },
  { sub: '0a1e0000-0000-4000-8000-000000000023', role: 'mentor', email: 'mentor.timur@example.org', name: 'Тимур Галиев' },
  { sub: '0a1e0000-0000-4000-8000-000000000031', role: 'applicant', email: 'applicant.maria@example.org', name: 'Мария Соколова' },
  { sub: '0a1e0000-0000-4000-8000-000000000032', role: 'applicant', email: 'applicant.dmitry@example.org', name: 'Дмитрий Попов' },
  {
    sub: '0a1e0000-0000-4000-8000-000000000041',
    role: 'partner',
    email: 'partner.moscow@example.org',
    name: 'Елена Новикова',
    region: '77',
    organisation: 'molodezh-moskva',
  },
  {
    sub: '0a1e0000-0000-4000-8000-000000000042',
    role: 'partner',
    email: 'partner.perm@example.org',
    name: 'Алексей Фёдоров',
    region: '59',
    organisation: 'molodezh-perm',
  },
  {
    // A federal ministry's person: no region of their own.
    sub: '0a1e0000-0000-4000-8000-000000000043',
    role: 'partner',
    email: 'partner.minek@example.org',
    name: 'Олег Серов',
    organisation: 'minek-rf',
  },
  {
    sub: '0a1e0000-0000-4000-8000-000000000044',
    role: 'partner',
    email: 'partner.amur-agro@example.org',
    name: 'Светлана Ким',
    region: '28',
    organisation: 'amur-agro',
  },
  {
    // Not a person: the learning platform's machine client, reporting course progress of the ПроКадры demo season.
    sub: LEARNING_PLATFORM_DEMO_SUB,
    role: 'partner',
    email: 'learning-platform@example.org',
    name: 'Учебная платформа (машинный клиент, демо)',
    organisation: LEARNING_PLATFORM_ORGANISATION,
    programmes: ['prokadry-demo'],
  },
];

/** The demo person with that sub, or the first one with that role. */
export const findDemoPerson = (role: Role, sub?: string): DemoPerson | undefined =>
  DEMO_PEOPLE.find((person) => person.role === role && (sub === undefined || person.sub === sub));

/** What to mint for a demo person: the claims Cognito would carry for them (the name stays out, as in cadre's tokens). */
export const mintRequestFor = (person: DemoPerson): MintRequest => ({
  role: person.role,
  sub: person.sub,
  email: person.email,
  ...(person.region === undefined ? {} : { region: person.region }),
  ...(person.organisation === undefined ? {} : { organisation: person.organisation }),
  ...(person.programmes === undefined ? {} : { programmes: person.programmes }),
});
