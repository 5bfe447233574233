import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { applicationItem } from '../../../shared/adapters/dynamodb/dynamodb-application-items.ts';
import type { Application } from '../../../shared/applications/application-schema.ts';
import type { Certificate } from '../../../shared/certificates/certificate-schema.ts';
import type { Placement } from '../../../shared/internships/placement-schema.ts';
import { ENTITY, certificateKeys, placementIndexKeys, placementKey, releaseKeys } from '../../../shared/platform/keys/keys.ts';
import type { Release } from '../../../shared/releases/release-schema.ts';
import type { ItemChange } from '../../../shared/webhooks/domain/changes/item-change.ts';
import { webhookEventsOfChange } from '../../../shared/webhooks/domain/changes/webhook-events-of-change.ts';

/** Items as the repositories store them: the record, its keys and its entity tag. */
const SUBMITTED_AT = '2026-06-01T09:30:00.000Z';
const PERSONAL = 'Иванова Мария Петровна';

const draft = (): Application => ({
  id: randomUUID(),
  seasonId: 'season-2026',
  programmeId: 'prokadry',
  applicantId: randomUUID(),
  stage: 'draft',
  answers: { motivation: PERSONAL },
  language: 'ru',
  createdAt: '2026-05-20T08:00:00.000Z',
  updatedAt: '2026-05-20T08:00:00.000Z',
  version: 1,
});

const modify = (before: Record<string, unknown>, after: Record<string, unknown>): ItemChange => ({ kind: 'MODIFY', before, after });

describe('webhook events of an application’s changes', () => {
  const application = draft();
  const submitted: Application = {
    ...application,
    stage: 'screening',
    submittedAt: SUBMITTED_AT,
    updatedAt: SUBMITTED_AT,
    region: '77',
    track: { track: 'young', rule: 'public-administration', assignedAt: SUBMITTED_AT },
    version: 2,
  };

  it('a submission is application.submitted, with the stage it entered and its track', () => {
    const events = webhookEventsOfChange(modify(applicationItem(application), applicationItem(submitted)));
    assert.equal(events.length, 1);
    const [event] = events;
    assert.deepEqual(
      { ...event, id: undefined },
      {
        type: 'application.submitted',
        id: undefined,
        occurredAt: SUBMITTED_AT,
        programmeId: 'prokadry',
        seasonId: 'season-2026',
        data: { applicationId: application.id, stage: 'screening', track: 'young' },
      },
    );
    assert.match(event!.id, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('any other move is application.stage-changed, from and to', () => {
    const moved: Application = { ...submitted, stage: 'education', updatedAt: '2026-07-01T10:00:00.000Z', version: 5 };
    const [event] = webhookEventsOfChange(modify(applicationItem({ ...submitted, version: 4 }), applicationItem(moved)));
    assert.deepEqual(event && { ...event, id: undefined }, {
      type: 'application.stage-changed',
      id: undefined,
      occurredAt: '2026-07-01T10:00:00.000Z',
      programmeId: 'prokadry',
      seasonId: 'season-2026',
      data: { applicationId: application.id, from: 'screening', to: 'education', track: 'young' },
    });
  });

  it('an application without a track says so with null', () => {
    const untracked: Application = { ...application, stage: 'screening', submittedAt: SUBMITTED_AT, version: 2 };
    const moved: Application = { ...untracked, stage: 'rejected', version: 3 };
    const [event] = webhookEventsOfChange(modify(applicationItem(untracked), applicationItem(moved)));
    assert.equal(event?.type, 'application.stage-changed');
    assert.equal((event!.data as { track: unknown }).track, null);
  });

  it('a write that keeps the stage, a new draft and a removal are no event', () => {
    const overridden: Application = {
      ...submitted,
      track: { track: 'pro', assignedAt: SUBMITTED_AT, override: { by: 'staff-1', reason: 'Стаж на госслужбе', at: SUBMITTED_AT } },
      countedEvents: 3,
      version: 3,
    };
    assert.deepEqual(webhookEventsOfChange(modify(applicationItem(submitted), applicationItem(overridden))), []);
    assert.deepEqual(webhookEventsOfChange({ kind: 'INSERT', after: applicationItem(application) }), []);
    assert.deepEqual(webhookEventsOfChange({ kind: 'REMOVE', before: applicationItem(submitted) }), []);
  });

  it('the same change read twice has one id; another version of the application another', () => {
    const change = modify(applicationItem(application), applicationItem(submitted));
    assert.equal(webhookEventsOfChange(change)[0]?.id, webhookEventsOfChange(structuredClone(change))[0]?.id);
    const later = modify(applicationItem(submitted), applicationItem({ ...submitted, stage: 'education', version: 3 }));
    assert.notEqual(webhookEventsOfChange(later)[0]?.id, webhookEventsOfChange(change)[0]?.id);
  });

  it('carries no personal data: not the applicant, not the answers', () => {
    const text = JSON.stringify(webhookEventsOfChange(modify(applicationItem(application), applicationItem(submitted))));
    assert.ok(!text.includes(PERSONAL));
    assert.ok(!text.includes(application.applicantId));
    assert.ok(!text.includes('"77"'), 'not the region either');
  });

  it('a stored application that does not read as one throws instead of passing unseen', () => {
    const broken = { ...applicationItem(submitted), stage: undefined };
    assert.throws(() => webhookEventsOfChange(modify(applicationItem(application), broken)));
  });
});

const offered = (): Placement => ({
  id: randomUUID(),
  seasonId: 'season-2026',
  programmeId: 'prokadry',
  applicationId: randomUUID(),
  applicantId: randomUUID(),
  stage: 'federal-internship',
  offerId: randomUUID(),
  hostOrganisation: 'minfin',
  runId: randomUUID(),
  round: 1,
  choiceRank: 2,
  status: 'offered',
  offeredAt: '2026-09-01T12:00:00.000Z',
  respondBy: '2026-09-08T12:00:00.000Z',
  history: [{ at: '2026-09-01T12:00:00.000Z', status: 'offered', by: 'system' }],
  version: 1,
});

const placementItem = (placement: Placement): Record<string, unknown> => ({
  ...placementKey(placement.applicationId, placement.id),
  ...placementIndexKeys(placement),
  entity: ENTITY.placement,
  ...placement,
});

describe('webhook events of a placement’s changes', () => {
  const placement = offered();
  const accepted: Placement = {
    ...placement,
    status: 'accepted',
    answeredAt: '2026-09-02T08:00:00.000Z',
    history: [...placement.history, { at: '2026-09-02T08:00:00.000Z', status: 'accepted', by: 'applicant' }],
    version: 2,
  };

  it('an offer a matching run made is placement.changed from no status, named for the host', () => {
    const [event] = webhookEventsOfChange({ kind: 'INSERT', after: placementItem(placement) });
    assert.deepEqual(event && { ...event, id: undefined }, {
      type: 'placement.changed',
      id: undefined,
      occurredAt: '2026-09-01T12:00:00.000Z',
      programmeId: 'prokadry',
      seasonId: 'season-2026',
      organisationId: 'minfin',
      data: {
        placementId: placement.id,
        applicationId: placement.applicationId,
        offerId: placement.offerId,
        stage: 'federal-internship',
        status: 'offered',
        previousStatus: null,
      },
    });
  });

  it('a step is placement.changed from the status before, at the step’s time', () => {
    const [event] = webhookEventsOfChange(modify(placementItem(placement), placementItem(accepted)));
    assert.equal(event?.type, 'placement.changed');
    assert.equal(event?.occurredAt, '2026-09-02T08:00:00.000Z');
    assert.deepEqual(
      [(event!.data as { status: string }).status, (event!.data as { previousStatus: string }).previousStatus],
      ['accepted', 'offered'],
    );
  });

  it('a change that keeps the status (the host’s evaluation) is no event, and carries no reason or report', () => {
    const completed: Placement = {
      ...accepted,
      status: 'completed',
      history: [...accepted.history, { at: '2026-10-01T08:00:00.000Z', status: 'completed', by: 'partner:host-1' }],
      version: 3,
    };
    const evaluated: Placement = {
      ...completed,
      evaluation: {
        scores: {},
        attendanceDays: 20,
        report: PERSONAL,
        evaluatedBy: 'partner:host-1',
        evaluatedAt: '2026-10-02T08:00:00.000Z',
      },
      version: 4,
    };
    assert.deepEqual(webhookEventsOfChange(modify(placementItem(completed), placementItem(evaluated))), []);
    assert.ok(!JSON.stringify(webhookEventsOfChange(modify(placementItem(accepted), placementItem(evaluated)))).includes(PERSONAL));
  });
});

const requested = (): Certificate => ({
  id: randomUUID(),
  applicationId: randomUUID(),
  applicantId: randomUUID(),
  programmeId: 'mentors',
  seasonId: 'season-2026',
  achievement: {
    id: 'mentee-completed',
    name: { ru: 'Наставничество', en: 'Mentoring' },
    description: { ru: 'Пройдено', en: 'Completed' },
  },
  holderName: PERSONAL,
  language: 'ru',
  programmeName: { ru: 'Объединение наставников', en: 'Mentors' },
  seasonTitle: { ru: '2026', en: '2026' },
  layout: 'obedinenie-nastavnikov',
  issuerName: { ru: 'Объединение наставников', en: 'Mentors' },
  numberPrefix: 'ОН',
  status: 'requested',
  requestedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  version: 1,
});

const certificateItem = (certificate: Certificate): Record<string, unknown> => ({
  ...certificateKeys(certificate),
  entity: ENTITY.certificate,
  ...certificate,
});

describe('webhook events of a certificate’s changes', () => {
  const certificate = requested();
  const numbered: Certificate = { ...certificate, number: 'ОН-2026-000001', statusList: { listId: 1, index: 7 }, version: 2 };
  const issued: Certificate = {
    ...numbered,
    status: 'issued',
    issuedAt: '2026-11-01T10:01:00.000Z',
    updatedAt: '2026-11-01T10:01:00.000Z',
    credentialJwt: 'eyJ.signed.jwt',
    version: 3,
  };
  const revoked: Certificate = {
    ...issued,
    status: 'revoked',
    revocation: { reason: 'Ошибка в данных', by: 'staff-1', at: '2026-11-05T15:00:00.000Z' },
    updatedAt: '2026-11-05T15:00:00.000Z',
    version: 4,
  };

  it('its request and the issuer’s preparations are no event', () => {
    assert.deepEqual(webhookEventsOfChange({ kind: 'INSERT', after: certificateItem(certificate) }), []);
    assert.deepEqual(webhookEventsOfChange(modify(certificateItem(certificate), certificateItem(numbered))), []);
  });

  it('becoming issued is certificate.issued, at its issue', () => {
    const [event, ...others] = webhookEventsOfChange(modify(certificateItem(numbered), certificateItem(issued)));
    assert.deepEqual(others, []);
    assert.deepEqual(event && { ...event, id: undefined }, {
      type: 'certificate.issued',
      id: undefined,
      occurredAt: '2026-11-01T10:01:00.000Z',
      programmeId: 'mentors',
      seasonId: 'season-2026',
      data: { certificateId: certificate.id, applicationId: certificate.applicationId, achievementId: 'mentee-completed' },
    });
  });

  it('becoming revoked is certificate.revoked, at the revocation, with a new id', () => {
    const [event] = webhookEventsOfChange(modify(certificateItem(issued), certificateItem(revoked)));
    assert.equal(event?.type, 'certificate.revoked');
    assert.equal(event?.occurredAt, '2026-11-05T15:00:00.000Z');
    assert.notEqual(event?.id, webhookEventsOfChange(modify(certificateItem(numbered), certificateItem(issued)))[0]?.id);
    assert.ok(!JSON.stringify(event).includes(PERSONAL), 'not the holder’s name');
    assert.ok(!JSON.stringify(event).includes('Ошибка'), 'not the reason');
  });

  it('reads no free text: a name stored before text was checked as it is now does not stop its events', () => {
    const unchecked = {
      ...certificateItem(issued),
      holderName: 'Анна\u202eБелова',
      achievement: { ...issued.achievement, name: { ru: '\u0000', en: 'x' } },
    };
    assert.equal(webhookEventsOfChange(modify(certificateItem(numbered), unchecked))[0]?.type, 'certificate.issued');
  });
});

describe('webhook events of a release', () => {
  const release: Release = {
    id: randomUUID(),
    purpose: 'region',
    organisationId: 'youth-77',
    region: '77',
    applicationId: randomUUID(),
    applicantId: randomUUID(),
    programmeId: 'prokadry',
    seasonId: 'season-2026',
    consentId: randomUUID(),
    fields: ['name', 'contacts.email'],
    interviewRubrics: [],
    move: { from: 'federal-interview', to: 'federal-internship', version: 9 },
    releasedAt: '2026-12-01T09:00:00.000Z',
    validUntil: '2027-12-01T09:00:00.000Z',
  };
  const item = { ...releaseKeys(release), entity: ENTITY.release, ...release, expiresAt: 1_827_000_000 };

  it('a new release is release.available, named for the organisation it went to, with ids only', () => {
    const [event] = webhookEventsOfChange({ kind: 'INSERT', after: item });
    assert.deepEqual(event && { ...event, id: undefined }, {
      type: 'release.available',
      id: undefined,
      occurredAt: '2026-12-01T09:00:00.000Z',
      programmeId: 'prokadry',
      seasonId: 'season-2026',
      organisationId: 'youth-77',
      data: { releaseId: release.id, applicationId: release.applicationId },
    });
    assert.equal(event?.id, webhookEventsOfChange({ kind: 'INSERT', after: structuredClone(item) })[0]?.id);
  });

  it('its removal by the table’s TTL is no event', () => {
    assert.deepEqual(webhookEventsOfChange({ kind: 'REMOVE', before: item }), []);
  });
});

describe('webhook events of other items', () => {
  it('a mail, a counter or an item without a tag is no event', () => {
    assert.deepEqual(webhookEventsOfChange({ kind: 'INSERT', after: { pk: 'MAIL#1', sk: 'MAIL', entity: ENTITY.mail } }), []);
    assert.deepEqual(
      webhookEventsOfChange(modify({ pk: 'X', sk: 'Y', entity: ENTITY.stageCount }, { pk: 'X', sk: 'Y', entity: ENTITY.stageCount })),
      [],
    );
    assert.deepEqual(webhookEventsOfChange({ kind: 'INSERT', after: { pk: 'X', sk: 'Y' } }), []);
  });
});
