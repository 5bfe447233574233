import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { APPLICATION_SHARDS } from '../../../shared/platform/keys/keys.ts';
import { DAY_MS } from '../../../test/support/seed-open-season.ts';
import {
  applicationAt,
  approvedOffer,
  candidates,
  changeStatus,
  hostOrganisation,
  idsOf,
  internshipSeason,
  internshipStore,
  interviewScored,
  offerBody,
  options,
  preferences,
  ranking,
  saveOffer,
  savePreferences,
  saveRanking,
} from './internship-world.ts';

const offerId = () => `offer-${randomUUID().slice(0, 8)}`;

describe('an applicant’s internship preferences', () => {
  it('lists only approved offers of the application’s stage, level and region; PRO finalists see regional offers anywhere', async () => {
    const season = await internshipSeason();
    const perm = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const kazan = await hostOrganisation('regional-executive-body', '16', season.programmeId);
    const ministry = await hostOrganisation('federal-ministry', null, season.programmeId);
    const [permOffer, permDraft, kazanOffer, ministryOffer, youngOnly] = [offerId(), offerId(), offerId(), offerId(), offerId()];
    await approvedOffer(season, permOffer, perm);
    await saveOffer({ seasonId: season.seasonId, offerId: permDraft }, offerBody(perm.id), perm.person);
    await approvedOffer(season, kazanOffer, kazan, { region: '16', city: 'Казань' });
    await approvedOffer(season, ministryOffer, ministry, { level: 'federal', weeks: 3, region: '77', city: 'Москва' });
    await approvedOffer(season, youngOnly, perm, { tracks: ['young'] });

    const beginner = await applicationAt(season, { stage: 'regional-internship', track: 'beginner', preferredInternshipLevel: 'regional' });
    const seen = await options(beginner.claims, beginner.applicationId);
    assert.equal(seen.status, 200, JSON.stringify(seen.body));
    // Approval is needed first: the draft is not there; nor are another region's offers or a track's own.
    assert.deepEqual(idsOf(seen), [permOffer]);

    const pro = await applicationAt(season, { stage: 'federal-internship', track: 'pro', preferredInternshipLevel: 'regional' });
    assert.deepEqual(idsOf(await options(pro.claims, pro.applicationId)), [kazanOffer, permOffer].sort());
    const proFederal = await applicationAt(season, { stage: 'federal-internship', track: 'pro', preferredInternshipLevel: 'federal' });
    assert.deepEqual(idsOf(await options(proFederal.claims, proFederal.applicationId)), [ministryOffer]);

    const interviewing = await applicationAt(season, { stage: 'interview', track: 'young' });
    const notYet = await options(interviewing.claims, interviewing.applicationId);
    assert.equal(notYet.status, 409);
    assert.equal(notYet.body['code'], 'not-at-internship-stage');
  });

  it('pages through the list, and through several levels one after another', async () => {
    const season = await internshipSeason();
    const perm = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const ministry = await hostOrganisation('federal-ministry', null, season.programmeId);
    const regional = [offerId(), offerId(), offerId()];
    for (const id of regional) await approvedOffer(season, id, perm);
    const federal = offerId();
    await approvedOffer(season, federal, ministry, { level: 'federal', weeks: 3, region: '77' });
    // No preferred level: a PRO finalist ranks both levels the stage takes for PRO.
    const pro = await applicationAt(season, { stage: 'federal-internship', track: 'pro' });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await options(pro.claims, pro.applicationId, { limit: '2', ...(cursor === undefined ? {} : { cursor }) });
      assert.equal(page.status, 200, JSON.stringify(page.body));
      seen.push(...idsOf(page));
      cursor = page.body['nextCursor'] as string | undefined;
    } while (cursor !== undefined);
    assert.deepEqual(seen.sort(), [...regional, federal].sort());
  });

  it('saves up to the programme’s limit, offers of the list only, none twice; another applicant gets 404', async () => {
    const season = await internshipSeason();
    const perm = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const kazan = await hostOrganisation('regional-executive-body', '16', season.programmeId);
    const offers = [offerId(), offerId(), offerId(), offerId(), offerId(), offerId()];
    for (const id of offers) await approvedOffer(season, id, perm);
    const elsewhere = offerId();
    await approvedOffer(season, elsewhere, kazan, { region: '16' });
    const beginner = await applicationAt(season, { stage: 'regional-internship', track: 'beginner', preferredInternshipLevel: 'regional' });
    const other = await applicationAt(season, { stage: 'regional-internship', track: 'beginner' });

    const tooMany = await savePreferences(beginner.claims, beginner.applicationId, { choices: offers, version: 0 });
    assert.equal(tooMany.status, 422);
    assert.equal(tooMany.body['code'], 'too-many-preferences');
    const foreign = await savePreferences(beginner.claims, beginner.applicationId, { choices: [offers[0], elsewhere], version: 0 });
    assert.equal(foreign.body['code'], 'offer-not-offered');
    assert.deepEqual(
      (foreign.body['errors'] as { field: string }[]).map((error) => error.field),
      ['body.choices.1'],
    );
    const twice = await savePreferences(beginner.claims, beginner.applicationId, { choices: [offers[0], offers[0]], version: 0 });
    assert.equal(twice.status, 400);

    const saved = await savePreferences(beginner.claims, beginner.applicationId, { choices: [offers[2], offers[0]], version: 0 });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body['version'], 1);
    assert.equal(saved.body['maxPreferences'], 5);
    const read = await preferences(beginner.claims, beginner.applicationId);
    assert.deepEqual(
      (read.body['choices'] as { rank: number; offerId: string; offerStatus: string }[]).map((choice) => [
        choice.rank,
        choice.offerId,
        choice.offerStatus,
      ]),
      [
        [1, offers[2], 'approved'],
        [2, offers[0], 'approved'],
      ],
    );

    // Another applicant's application is as good as missing, on every route.
    assert.equal((await preferences(other.claims, beginner.applicationId)).status, 404);
    assert.equal((await options(other.claims, beginner.applicationId)).status, 404);
    assert.equal((await savePreferences(other.claims, beginner.applicationId, { choices: [], version: 1 })).status, 404);
    assert.equal((await preferences(beginner.claims, beginner.applicationId)).body['version'], 1);
  });

  it('of several saves at one version exactly one is kept, and the pools hold exactly its choices', async () => {
    const season = await internshipSeason();
    const perm = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const offers = [offerId(), offerId(), offerId(), offerId(), offerId()];
    for (const id of offers) await approvedOffer(season, id, perm);
    const applicant = await applicationAt(season, { stage: 'regional-internship', track: 'beginner' });

    const answers = await Promise.all(
      offers.map((id) => savePreferences(applicant.claims, applicant.applicationId, { choices: [id], version: 0 })),
    );
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 409, 409, 409, 409]);
    const stored = await internshipStore.findPreferences(applicant.applicationId, 'regional-internship');
    assert.equal(stored?.version, 1);
    const kept = stored?.choices[0];
    for (const id of offers) {
      const pool = await internshipStore.candidateIds(season.seasonId, id);
      assert.equal(pool.has(applicant.applicationId), id === kept, id);
    }
  });

  it('hosts see the pool without personal data and rank from it; a dropped choice leaves the pool', async () => {
    const season = await internshipSeason();
    const perm = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const [first, second] = [offerId(), offerId()];
    await approvedOffer(season, first, perm);
    await approvedOffer(season, second, perm);
    const anna = await applicationAt(season, { stage: 'regional-internship', track: 'beginner', preferredInternshipLevel: 'regional' });
    const boris = await applicationAt(season, { stage: 'regional-internship', track: 'beginner', preferredInternshipLevel: 'regional' });
    const outsider = await applicationAt(season, { stage: 'regional-internship', track: 'beginner' });
    await savePreferences(anna.claims, anna.applicationId, { choices: [first, second], version: 0 });
    await savePreferences(boris.claims, boris.applicationId, { choices: [second], version: 0 });
    await interviewScored(anna.applicationId, 'expert-interview', 7.5);

    const target = { seasonId: season.seasonId, offerId: second };
    const pool = await candidates(target, perm.person);
    assert.equal(pool.status, 200, JSON.stringify(pool.body));
    const items = pool.body['items'] as Record<string, unknown>[];
    assert.deepEqual(items.map((item) => item['applicationId']).sort(), [anna.applicationId, boris.applicationId].sort());
    const annaSeen = items.find((item) => item['applicationId'] === anna.applicationId);
    assert.deepEqual(annaSeen, {
      applicationId: anna.applicationId,
      choiceRank: 2,
      stage: 'regional-internship',
      track: 'beginner',
      region: '59',
      preferredInternshipLevel: 'regional',
      internshipJustification: 'Хочу работать в органах власти своего региона.',
      interviewScores: [{ rubricId: 'expert-interview', score: 7.5 }],
    });

    assert.deepEqual((await ranking(target, perm.person)).body, {
      seasonId: season.seasonId,
      offerId: second,
      ranking: [],
      acceptsUnranked: false,
      version: 0,
    });
    const outsiderRanked = await saveRanking(
      target,
      { ranking: [boris.applicationId, outsider.applicationId], acceptsUnranked: false, version: 0 },
      perm.person,
    );
    assert.equal(outsiderRanked.status, 422);
    assert.equal(outsiderRanked.body['code'], 'not-a-candidate');
    const ranked = await saveRanking(
      target,
      { ranking: [boris.applicationId, anna.applicationId], acceptsUnranked: true, version: 0 },
      perm.person,
    );
    assert.equal(ranked.status, 200, JSON.stringify(ranked.body));
    assert.equal(ranked.body['version'], 1);
    const stale = await saveRanking(target, { ranking: [], acceptsUnranked: true, version: 0 }, season.staff);
    assert.equal(stale.body['code'], 'version-conflict');
    const hostRanks = ((await candidates(target, season.staff)).body['items'] as Record<string, unknown>[]).map((item) => [
      item['applicationId'],
      item['hostRank'],
    ]);
    assert.deepEqual(
      hostRanks.sort(),
      [
        [anna.applicationId, 2],
        [boris.applicationId, 1],
      ].sort(),
    );

    // Anna drops the offer: she leaves its pool, and a matching run no longer reads her as its candidate.
    await savePreferences(anna.claims, anna.applicationId, { choices: [first], version: 1 });
    assert.deepEqual(
      ((await candidates(target, perm.person)).body['items'] as Record<string, unknown>[]).map((item) => item['applicationId']),
      [boris.applicationId],
    );
  });

  it('an offer back in review drops out of the list but may stay among the choices; after the window closes nothing changes', async () => {
    const season = await internshipSeason();
    const perm = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const [kept, other] = [offerId(), offerId()];
    const version = await approvedOffer(season, kept, perm);
    await approvedOffer(season, other, perm);
    const applicant = await applicationAt(season, { stage: 'regional-internship', track: 'beginner' });
    await savePreferences(applicant.claims, applicant.applicationId, { choices: [kept], version: 0 });

    const moved = await saveOffer(
      { seasonId: season.seasonId, offerId: kept },
      offerBody(perm.id, { startsOn: '2026-10-12', version }),
      perm.person,
    );
    assert.equal(moved.body['status'], 'submitted');
    assert.deepEqual(idsOf(await options(applicant.claims, applicant.applicationId)), [other]);
    const reordered = await savePreferences(applicant.claims, applicant.applicationId, { choices: [other, kept], version: 1 });
    assert.equal(reordered.status, 200, JSON.stringify(reordered.body));
    assert.deepEqual(
      (reordered.body['choices'] as { offerStatus: string }[]).map((choice) => choice.offerStatus),
      ['approved', 'submitted'],
    );
    // A withdrawn offer cannot be chosen, even by someone who had it.
    await changeStatus({ seasonId: season.seasonId, offerId: kept }, 'withdrawal', { version: version + 1 }, perm.person);
    const gone = await savePreferences(applicant.claims, applicant.applicationId, { choices: [kept, other], version: 2 });
    assert.equal(gone.body['code'], 'offer-not-offered');

    const closed = await internshipSeason(undefined, {
      calendar: [
        {
          stage: 'regional-internship',
          opensAt: new Date(Date.now() - 3 * DAY_MS).toISOString(),
          closesAt: new Date(Date.now() - DAY_MS).toISOString(),
        },
      ],
    });
    const late = await applicationAt(closed, { stage: 'regional-internship', track: 'beginner' });
    const refused = await savePreferences(late.claims, late.applicationId, { choices: [], version: 0 });
    assert.equal(refused.status, 409);
    assert.equal(refused.body['code'], 'preferences-closed');
  });

  it('Кадры будущего: a pupil ranks a partner’s trial in the region during project work', async () => {
    const season = await internshipSeason(kadryBudushchegoTemplate);
    const employer = await hostOrganisation('employer', '28', season.programmeId);
    const trial = offerId();
    await approvedOffer(season, trial, employer, { level: 'partner-organisation', region: '28', weeks: 2 });
    const pupil = await applicationAt(season, { stage: 'project-work', participantRole: 'pupil', region: '28' });
    assert.deepEqual(idsOf(await options(pupil.claims, pupil.applicationId)), [trial]);
    const saved = await savePreferences(pupil.claims, pupil.applicationId, { choices: [trial], version: 0 });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body['maxPreferences'], 3);
    const mentor = await applicationAt(season, { stage: 'project-work', participantRole: 'mentor', region: '28' });
    assert.deepEqual(idsOf(await options(mentor.claims, mentor.applicationId)), []);
  });

  it('a matching run reads every approved offer with its seats and ranking, and every preference, shard by shard', async () => {
    const season = await internshipSeason();
    const perm = await hostOrganisation('regional-executive-body', '59', season.programmeId);
    const [ranked, unranked] = [offerId(), offerId()];
    await approvedOffer(season, ranked, perm, { seats: 2 });
    await approvedOffer(season, unranked, perm);
    const people = await Promise.all(
      [0, 1, 2].map(() => applicationAt(season, { stage: 'regional-internship', track: 'beginner', preferredInternshipLevel: 'regional' })),
    );
    for (const person of people) await savePreferences(person.claims, person.applicationId, { choices: [ranked, unranked], version: 0 });
    const order = [people[2]?.applicationId, people[0]?.applicationId];
    await saveRanking({ seasonId: season.seasonId, offerId: ranked }, { ranking: order, acceptsUnranked: true, version: 0 }, perm.person);

    const receivers = await internshipStore.receivers(season.seasonId, 'regional', { limit: 100 });
    assert.deepEqual(
      [...receivers.items].sort((a, b) => a.id.localeCompare(b.id)),
      [
        { id: ranked, capacity: 2, ranking: order, acceptsUnranked: true },
        { id: unranked, capacity: 3, ranking: [], acceptsUnranked: false },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    const proposers = [];
    for (let shard = 0; shard < APPLICATION_SHARDS; shard += 1) {
      proposers.push(...(await internshipStore.proposers(season.seasonId, 'regional-internship', shard, { limit: 100 })).items);
    }
    assert.deepEqual(
      proposers.sort((a, b) => a.id.localeCompare(b.id)),
      people.map((person) => ({ id: person.applicationId, choices: [ranked, unranked] })).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});
