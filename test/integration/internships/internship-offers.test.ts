import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { staffClaims } from '../../support/claims.ts';
import {
  candidates,
  changeStatus,
  getOffer,
  hostOrganisation,
  idsOf,
  internshipSeason,
  listOffers,
  offerBody,
  ranking,
  saveOffer,
  saveRanking,
} from './internship-world.ts';

const offerId = () => `offer-${randomUUID().slice(0, 8)}`;

describe('internship offers', () => {
  it('a host publishes a draft for its own organisation, submits it, staff approve it; every step at the version read', async () => {
    const season = await internshipSeason();
    const host = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const target = { seasonId: season.seasonId, offerId: offerId() };

    const created = await saveOffer(target, offerBody(host.id), host.person);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body['status'], 'draft');
    assert.equal(created.body['hostKind'], 'regional-executive-body');
    assert.deepEqual(created.body['hostName'], { ru: `Организация ${host.id}`, en: `Organisation ${host.id}` });

    const stale = await changeStatus(target, 'submission', { version: 7 }, host.person);
    assert.equal(stale.status, 409);
    assert.equal(stale.body['code'], 'version-conflict');
    // A host cannot approve (the route is staff's), nor can staff approve a draft.
    assert.equal((await changeStatus(target, 'approval', { version: 1 }, host.person)).status, 403);
    const early = await changeStatus(target, 'approval', { version: 1 }, season.staff);
    assert.equal(early.body['code'], 'offer-status-conflict');

    const submitted = await changeStatus(target, 'submission', { version: 1 }, host.person);
    assert.equal(submitted.body['status'], 'submitted');
    const approved = await changeStatus(target, 'approval', { version: 2 }, season.staff);
    assert.equal(approved.status, 200);
    assert.equal(approved.body['status'], 'approved');
    assert.equal(approved.body['statusBy'], season.staff['sub']);
    // Asking again changes nothing: a retried approval answers the offer as it is.
    const again = await changeStatus(target, 'approval', { version: 2 }, season.staff);
    assert.equal(again.status, 200);
    assert.equal(again.body['version'], 3);

    const read = await getOffer(target, host.person);
    assert.equal(read.status, 200);
    assert.equal(read.body['status'], 'approved');
  });

  it('another organisation’s people get 404 for the offer everywhere, and do not see it listed', async () => {
    const season = await internshipSeason();
    const host = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const stranger = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const target = { seasonId: season.seasonId, offerId: offerId() };
    assert.equal((await saveOffer(target, offerBody(host.id), host.person)).status, 201);

    assert.equal((await getOffer(target, stranger.person)).status, 404);
    // Its id is taken, by an offer the stranger may not see: creating under it is a 404 too, and changes nothing.
    assert.equal((await saveOffer(target, offerBody(stranger.id), stranger.person)).status, 404);
    assert.equal((await saveOffer(target, offerBody(stranger.id, { version: 1 }), stranger.person)).status, 404);
    for (const change of ['submission', 'withdrawal'] as const) {
      assert.equal((await changeStatus(target, change, { version: 1 }, stranger.person)).status, 404, change);
    }
    assert.equal((await candidates(target, stranger.person)).status, 404);
    assert.equal((await ranking(target, stranger.person)).status, 404);
    assert.equal((await saveRanking(target, { ranking: [], acceptsUnranked: true, version: 0 }, stranger.person)).status, 404);
    assert.deepEqual(idsOf(await listOffers(season.seasonId, stranger.person)), []);
    assert.deepEqual(idsOf(await listOffers(season.seasonId, stranger.person, { host: host.id })), []);
    assert.deepEqual(idsOf(await listOffers(season.seasonId, host.person)), [target.offerId]);
    // Staff of another programme: the season itself is not theirs.
    assert.equal((await getOffer(target, staffClaims('another-programme'))).status, 404);
    assert.equal((await getOffer(target, season.staff)).status, 200);
    assert.equal((await getOffer(target, host.person)).body['version'], 1);
  });

  it('a host publishes only for itself and only once registered; staff for any registered host', async () => {
    const season = await internshipSeason();
    const host = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const other = await hostOrganisation('employer', '59', season.programmeId);

    const forOther = await saveOffer({ seasonId: season.seasonId, offerId: offerId() }, offerBody(other.id), host.person);
    assert.equal(forOther.status, 422);
    assert.equal(forOther.body['code'], 'host-not-yours');

    const unregistered = await saveOffer({ seasonId: season.seasonId, offerId: offerId() }, offerBody('nobody-knows-us'), {
      ...host.person,
      'custom:organisation': 'nobody-knows-us',
    });
    // The registry does not bear the claim out: the partner acts for no organisation at all.
    assert.equal(unregistered.status, 404);
    assert.equal(unregistered.body['code'], 'organisation-not-registered');

    const unregisteredHost = await saveOffer({ seasonId: season.seasonId, offerId: offerId() }, offerBody('nobody-knows-us'), season.staff);
    assert.equal(unregisteredHost.status, 422);
    assert.equal(unregisteredHost.body['code'], 'host-not-registered');

    const byStaff = await saveOffer({ seasonId: season.seasonId, offerId: offerId() }, offerBody(other.id), season.staff);
    assert.equal(byStaff.status, 201);
    assert.equal(byStaff.body['hostOrganisation'], other.id);
  });

  it('holds the programme’s rules: a level it takes, weeks within the level, the host’s region, a federal host for a federal offer', async () => {
    const season = await internshipSeason();
    const roiv = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const ministry = await hostOrganisation('federal-ministry', null, season.programmeId);
    const refused = async (body: Record<string, unknown>, claims = roiv.person) =>
      (await saveOffer({ seasonId: season.seasonId, offerId: offerId() }, body, claims)).body;

    assert.equal((await refused(offerBody(roiv.id, { level: 'galactic' })))['code'], 'level-not-offered');
    assert.equal((await refused(offerBody(roiv.id, { weeks: 13, endsOn: '2027-01-31' })))['code'], 'duration-out-of-bounds');
    assert.equal((await refused(offerBody(roiv.id, { region: '66' })))['code'], 'region-not-hosts');
    assert.equal((await refused(offerBody(roiv.id, { level: 'federal', weeks: 3 })))['code'], 'host-not-federal');
    assert.equal(
      (await refused(offerBody(ministry.id, { level: 'federal', weeks: 5 }), ministry.person))['code'],
      'duration-out-of-bounds',
    );
    const bad = await refused(offerBody(roiv.id, { endsOn: '2026-10-10' }));
    assert.equal(bad['code'], 'validation-failed');
    assert.deepEqual(
      (bad['errors'] as { field: string; code: string }[]).map((error) => `${error.field} ${error.code}`),
      ['body.weeks longer-than-dates'],
    );
    const federal = await saveOffer(
      { seasonId: season.seasonId, offerId: offerId() },
      offerBody(ministry.id, { level: 'federal', weeks: 3, region: '77', city: 'Москва', tracks: ['young', 'pro'] }),
      ministry.person,
    );
    assert.equal(federal.status, 201, JSON.stringify(federal.body));
  });

  it('an approved offer goes back to review when what applicants chose changes, not for its texts or more seats', async () => {
    const season = await internshipSeason();
    const host = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const target = { seasonId: season.seasonId, offerId: offerId() };
    await saveOffer(target, offerBody(host.id), host.person);
    await changeStatus(target, 'submission', { version: 1 }, host.person);
    await changeStatus(target, 'approval', { version: 2 }, season.staff);

    const retitled = await saveOffer(target, offerBody(host.id, { seats: 5, title: { ru: 'Новое', en: 'New' }, version: 3 }), host.person);
    assert.equal(retitled.body['status'], 'approved');
    const moved = await saveOffer(target, offerBody(host.id, { seats: 5, startsOn: '2026-10-12', version: 4 }), host.person);
    assert.equal(moved.body['status'], 'submitted');
    assert.equal((await changeStatus(target, 'approval', { version: 5 }, season.staff)).body['status'], 'approved');
  });

  it('staff return an offer with a reason, the host submits it again; a withdrawn offer stays withdrawn', async () => {
    const season = await internshipSeason();
    const host = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const target = { seasonId: season.seasonId, offerId: offerId() };
    await saveOffer(target, offerBody(host.id), host.person);
    await changeStatus(target, 'submission', { version: 1 }, host.person);

    const returned = await changeStatus(target, 'return', { version: 2, reason: 'Уточните, чем будет заниматься стажёр.' }, season.staff);
    assert.equal(returned.body['status'], 'returned');
    assert.equal(returned.body['statusReason'], 'Уточните, чем будет заниматься стажёр.');
    const edited = await saveOffer(target, offerBody(host.id, { version: 3 }), host.person);
    assert.equal(edited.body['status'], 'returned');
    const resubmitted = await changeStatus(target, 'submission', { version: 4 }, host.person);
    assert.equal(resubmitted.body['status'], 'submitted');
    assert.equal(resubmitted.body['statusReason'], undefined);

    const withdrawn = await changeStatus(target, 'withdrawal', { version: 5, reason: 'Набор закрыт' }, host.person);
    assert.equal(withdrawn.body['status'], 'withdrawn');
    const edit = await saveOffer(target, offerBody(host.id, { version: 6 }), host.person);
    assert.equal(edit.status, 409);
    assert.equal(edit.body['code'], 'offer-status-conflict');
    assert.equal((await changeStatus(target, 'submission', { version: 6 }, host.person)).body['code'], 'offer-status-conflict');
  });

  it('staff list a season’s offers by status, level, region and host', async () => {
    const season = await internshipSeason();
    const perm = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const kazan = await hostOrganisation('regional-executive-body', '16', season.programmeId);
    const ministry = await hostOrganisation('federal-ministry', null, season.programmeId);
    const [a, b, c] = [offerId(), offerId(), offerId()];
    await saveOffer({ seasonId: season.seasonId, offerId: a }, offerBody(perm.id), perm.person);
    await saveOffer({ seasonId: season.seasonId, offerId: b }, offerBody(kazan.id, { region: '16', city: 'Казань' }), kazan.person);
    await saveOffer(
      { seasonId: season.seasonId, offerId: c },
      offerBody(ministry.id, { level: 'federal', weeks: 3, region: '77' }),
      ministry.person,
    );
    await changeStatus({ seasonId: season.seasonId, offerId: c }, 'submission', { version: 1 }, ministry.person);

    const list = (query: Record<string, string>) => listOffers(season.seasonId, season.staff, query).then(idsOf);
    assert.deepEqual(await list({}), [a, b, c].sort());
    assert.deepEqual(await list({ status: 'draft' }), [a, b].sort());
    assert.deepEqual(await list({ status: 'draft', level: 'regional', region: '16' }), [b]);
    assert.deepEqual(await list({ region: '59' }), [a]);
    assert.deepEqual(await list({ level: 'federal' }), [c]);
    assert.deepEqual(await list({ host: ministry.id }), [c]);
    assert.deepEqual(await list({ host: perm.id, status: 'submitted' }), []);

    const firstPage = await listOffers(season.seasonId, season.staff, { limit: '2' });
    assert.equal(idsOf(firstPage).length, 2);
    const rest = await listOffers(season.seasonId, season.staff, { limit: '2', cursor: String(firstPage.body['nextCursor']) });
    assert.deepEqual([...idsOf(firstPage), ...idsOf(rest)].sort(), [a, b, c].sort());
    // A cursor of another list is refused, not sent to DynamoDB.
    const foreign = await listOffers(season.seasonId, season.staff, { status: 'approved', cursor: String(firstPage.body['nextCursor']) });
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body['code'], 'invalid-cursor');
  });

  it('a season whose programme takes no offers answers 409, a draft season is not shown to hosts', async () => {
    const { obedinenieNastavnikovTemplate } = await import('../../../shared/catalogue/domain/templates/obedinenie-nastavnikov.ts');
    const mentoring = await internshipSeason(obedinenieNastavnikovTemplate);
    const host = await hostOrganisation('employer', '59', mentoring.programmeId);
    const refused = await saveOffer({ seasonId: mentoring.seasonId, offerId: offerId() }, offerBody(host.id), host.person);
    assert.equal(refused.status, 409);
    assert.equal(refused.body['code'], 'internships-not-offered');

    const draft = await internshipSeason(undefined, { status: 'draft' });
    assert.equal((await listOffers(draft.seasonId, host.person)).status, 404);
    assert.equal((await listOffers(draft.seasonId, draft.staff)).status, 200);
  });
});
