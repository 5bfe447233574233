import type { ConsentState } from '../../../shared/applicants/domain/consents/consent-state.ts';
import type { DataSharingField } from '../../../shared/applicants/domain/consents/data-sharing.ts';
import type { Profile } from '../../../shared/applicants/domain/profile/profile-schema.ts';
import type { Application } from '../../../shared/applications/application-schema.ts';
import type { Programme } from '../../../shared/catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import type { PartnerOrganisation } from '../../../shared/partners/partner-organisation-schema.ts';
import type { Page, PageRequest } from '../../../shared/platform/paging/page.ts';
import type { Disclosure } from '../../../shared/releases/disclosure-schema.ts';
import type { DisclosureLog } from '../../../shared/releases/ports/disclosure-log.ts';
import type { ReleaseStore } from '../../../shared/releases/ports/release-store.ts';
import type { ReleaseSubject, ReleaseSubjects } from '../../../shared/releases/ports/release-subjects.ts';
import type { Release, ReleaseDecision } from '../../../shared/releases/release-schema.ts';
import { plantedProfile } from '../../support/planted-profile.ts';

/** In-memory stand-ins of the releases module's own ports, for its unit tests. */

const page = <T>(items: readonly T[], request: PageRequest): Page<T> => {
  const start = request.cursor === undefined ? 0 : Number(request.cursor);
  const next = start + request.limit;
  return { items: items.slice(start, next), nextCursor: next < items.length ? String(next) : undefined };
};

export class FakeReleaseStore implements ReleaseStore {
  readonly releases = new Map<string, Release>();
  readonly decisions = new Map<string, ReleaseDecision>();

  async create(release: Release) {
    if (this.releases.has(release.id)) return 'exists' as const;
    this.releases.set(release.id, release);
    return 'created' as const;
  }
  async find(releaseId: string) {
    return this.releases.get(releaseId);
  }
  async listForOrganisation(organisationId: string, filter: { readonly seasonId?: string | undefined }, request: PageRequest) {
    const mine = [...this.releases.values()]
      .filter(
        (release) => release.organisationId === organisationId && (filter.seasonId === undefined || release.seasonId === filter.seasonId),
      )
      .sort((a, b) => b.releasedAt.localeCompare(a.releasedAt));
    return page(mine, request);
  }
  async listForApplication(applicationId: string) {
    return [...this.releases.values()].filter((release) => release.applicationId === applicationId);
  }
  async decide(decision: ReleaseDecision) {
    const key = `${decision.applicationId}#${decision.move.version}#${decision.purpose}`;
    const stored = this.decisions.get(key);
    if (stored !== undefined) return stored;
    this.decisions.set(key, decision);
    return decision;
  }
  async decisionOf(applicationId: string, version: number, purpose: ReleaseDecision['purpose']) {
    return this.decisions.get(`${applicationId}#${version}#${purpose}`);
  }
  async decisionsFor(applicationId: string) {
    return [...this.decisions.values()].filter((decision) => decision.applicationId === applicationId);
  }
}

export class FakeReleaseSubjects implements ReleaseSubjects {
  readonly subjects = new Map<string, ReleaseSubject>();
  async of(requests: readonly { readonly applicationId: string }[]) {
    return new Map(
      requests.flatMap((request) => {
        const subject = this.subjects.get(request.applicationId);
        return subject === undefined ? [] : [[request.applicationId, subject] as const];
      }),
    );
  }
}

export class FakeDisclosureLog implements DisclosureLog {
  readonly entries: Disclosure[] = [];
  failing = false;
  async append(entries: readonly Disclosure[]) {
    if (this.failing) throw new Error('the log is down');
    this.entries.push(...entries);
  }
  async forApplicant(applicantId: string, request: PageRequest) {
    return page(this.entries.filter((entry) => entry.applicantId === applicantId).reverse(), request);
  }
  async forApplication(applicationId: string, request: PageRequest) {
    return page(this.entries.filter((entry) => entry.applicationId === applicationId).reverse(), request);
  }
  async forSeason(seasonId: string, request: PageRequest) {
    return page(this.entries.filter((entry) => entry.seasonId === seasonId).reverse(), request);
  }
}

export const organisation = (id: string, changes: Partial<PartnerOrganisation> = {}): PartnerOrganisation => ({
  id,
  kind: 'youth-policy-body',
  name: { ru: `Орган ${id}`, en: `Body ${id}` },
  region: '59',
  contacts: [{ name: 'Контакт', email: `${id}@example.org`, language: 'ru' }],
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...changes,
});

export const fakeOrganisations = (organisations: readonly PartnerOrganisation[]) => ({
  find: async (id: string) => organisations.find((candidate) => candidate.id === id),
  youthPolicyBodiesOf: async (region: string) =>
    organisations.filter(
      (candidate) => candidate.kind === 'youth-policy-body' && candidate.region === region && candidate.retired !== true,
    ),
});

export const programme = (): Programme =>
  ({
    id: 'prokadry-2027',
    templateId: 'prokadry',
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    settings: prokadryTemplate.settings,
  }) as Programme;

export const season = (): Season => ({ id: 'prokadry-2027-spring', referenceDate: '2027-08-31' }) as Season;

export const application = (id: string, changes: Partial<Application> = {}): Application => ({
  id,
  seasonId: 'prokadry-2027-spring',
  programmeId: 'prokadry-2027',
  applicantId: `applicant-${id.slice(0, 8)}`,
  stage: 'federal-internship',
  answers: {},
  track: { track: 'young', assignedAt: '2027-05-02T08:00:00.000Z' },
  region: '59',
  language: 'ru',
  createdAt: '2027-05-01T08:00:00.000Z',
  updatedAt: '2027-10-01T08:00:00.000Z',
  submittedAt: '2027-05-02T08:00:00.000Z',
  version: 9,
  ...changes,
});

export const consentWith = (fields: readonly DataSharingField[] | undefined, changes: Partial<ConsentState> = {}): ConsentState => ({
  personalData: 'given',
  textVersion: 'pd-2026-01',
  guardianConsentGiven: false,
  updatedAt: '2027-05-01T08:00:00.000Z',
  version: 2,
  ...(fields === undefined
    ? {}
    : {
        dataSharingRegion: {
          consentId: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b',
          textVersion: 'dsr-2026-01',
          fields: [...fields],
          at: '2027-05-01T08:05:00.000Z',
        },
      }),
  ...changes,
});

export const subjectOf = (app: Application, consent: ConsentState | undefined, birthDate = '1999-12-31'): ReleaseSubject => {
  const profile: Profile = {
    ...plantedProfile(birthDate),
    applicantId: app.applicantId,
    version: 1,
    createdAt: '2027-05-01T08:00:00.000Z',
    updatedAt: '2027-05-01T08:00:00.000Z',
  };
  return {
    profile,
    consent,
    application: { id: app.id, stage: app.stage, track: app.track },
    scores: new Map([['ministry-interview', 8]]),
  };
};
