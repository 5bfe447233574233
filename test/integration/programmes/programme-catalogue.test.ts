import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { deliverQueuedMail } from '../../support/deliver-queued-mail.ts';
import { mailsTo } from '../../support/mailbox.ts';
import { waitFor } from '../../support/wait-for.ts';
import { call, seasonBody, staffClaims, uniqueId } from '../../support/call-programmes.ts';
import { storedProgramme, storedSeason } from '../../support/table-probe.ts';

const createProgramme = async (overrides?: Record<string, unknown>) => {
  const id = uniqueId('prog');
  const response = await call({
    method: 'POST',
    route: '/programmes',
    claims: staffClaims,
    body: { id, templateId: 'prokadry', ...(overrides === undefined ? {} : { overrides }) },
  });
  return { id, response };
};

describe('programme catalogue through the programmes Lambda', () => {
  it('lists the three templates to staff', async () => {
    const response = await call({ method: 'GET', route: '/programme-templates', claims: staffClaims });
    assert.equal(response.status, 200);
    assert.deepEqual(
      (response.body['items'] as { id: string }[]).map((template) => template.id),
      ['prokadry', 'kadry-budushchego', 'obedinenie-nastavnikov'],
    );
  });

  it('creates a programme from a template with overrides, reads it and finds it in the list', async () => {
    const { id, response } = await createProgramme({ name: { ru: 'ПроКадры 2026', en: 'ProKadry 2026' } });
    assert.equal(response.status, 201);
    assert.equal(response.headers['location'], `/programmes/${id}`);
    assert.equal(response.body['version'], 1);

    const read = await call({
      method: 'GET',
      route: '/programmes/{programmeId}',
      pathParameters: { programmeId: id },
      claims: staffClaims,
    });
    assert.equal(read.status, 200);
    assert.deepEqual((read.body['settings'] as { name: unknown }).name, { ru: 'ПроКадры 2026', en: 'ProKadry 2026' });

    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call({
        method: 'GET',
        route: '/programmes',
        claims: staffClaims,
        query: { limit: '50', ...(cursor === undefined ? {} : { cursor }) },
      });
      assert.equal(page.status, 200);
      ids.push(...(page.body['items'] as { id: string }[]).map((item) => item.id));
      cursor = page.body['nextCursor'] as string | undefined;
    } while (cursor !== undefined);
    assert.ok(ids.includes(id));
  });

  it('refuses a second programme with the same id (409) and keeps the first', async () => {
    const { id } = await createProgramme();
    const again = await call({
      method: 'POST',
      route: '/programmes',
      claims: staffClaims,
      body: { id, templateId: 'obedinenie-nastavnikov' },
    });
    assert.equal(again.status, 409);
    assert.equal(again.body['code'], 'programme-exists');
    assert.equal((await storedProgramme(id))?.['templateId'], 'prokadry');
  });

  it('edits with the current version and refuses a stale one with 409 and the current version', async () => {
    const { id, response } = await createProgramme();
    const settings = response.body['settings'] as Record<string, unknown>;
    const renamed = { ...settings, name: { ru: 'Новое имя', en: 'New name' } };
    const update = await call({
      method: 'PUT',
      route: '/programmes/{programmeId}',
      pathParameters: { programmeId: id },
      claims: staffClaims,
      body: { version: 1, settings: renamed },
    });
    assert.equal(update.status, 200);
    assert.equal(update.body['version'], 2);

    const stale = await call({
      method: 'PUT',
      route: '/programmes/{programmeId}',
      pathParameters: { programmeId: id },
      claims: staffClaims,
      body: { version: 1, settings },
    });
    assert.equal(stale.status, 409);
    assert.equal(stale.body['code'], 'version-conflict');
    assert.match(JSON.stringify(stale.body['message']), /2/);
    const stored = await storedProgramme(id);
    assert.equal(stored?.['version'], 2);
    assert.deepEqual((stored!['settings'] as { name: unknown }).name, { ru: 'Новое имя', en: 'New name' });
  });

  it('refuses an invalid config with 400 listing every field at fault, and writes nothing', async () => {
    const template = (await call({ method: 'GET', route: '/programme-templates', claims: staffClaims })).body['items'] as {
      settings: { pipeline: { stages: unknown[]; transitions: unknown[] } };
    }[];
    const pipeline = structuredClone(template[0]!.settings.pipeline);
    pipeline.transitions.push({ from: ['closing'], to: 'nowhere', by: ['staff'] });
    const { id, response } = await createProgramme({
      pipeline,
      eligibility: { ageRange: { min: 40, max: 18 }, citizenship: ['RU'], guardianConsentBelowAge: 18 },
      kpiTargets: [{ id: 'share', name: { ru: 'Доля', en: 'Share' }, unit: 'percent', target: 150, period: 'season' }],
    });
    assert.equal(response.status, 400);
    assert.equal(response.body['code'], 'validation-failed');
    const fields = (response.body['errors'] as { field: string; message: { ru: string; en: string } }[]).map((error) => error.field).sort();
    assert.deepEqual(fields, [
      'body.overrides.eligibility.ageRange.max',
      'body.overrides.kpiTargets.0.target',
      'body.overrides.pipeline.transitions.13.to',
    ]);
    for (const error of response.body['errors'] as { message: { ru: string; en: string } }[]) {
      assert.ok(error.message.ru.length > 0, 'a message in Russian');
      assert.ok(error.message.en.length > 0, 'a message in English');
    }
    assert.equal(await storedProgramme(id), undefined);
  });

  it('rejects unknown fields in the body and in overrides, and writes nothing', async () => {
    const id = uniqueId('prog');
    const response = await call({
      method: 'POST',
      route: '/programmes',
      claims: staffClaims,
      body: { id, templateId: 'prokadry', colour: 'blue', overrides: { budget: 1 } },
    });
    assert.equal(response.status, 400);
    assert.deepEqual((response.body['errors'] as { field: string }[]).map((error) => error.field).sort(), [
      'body.colour',
      'body.overrides.budget',
    ]);
    assert.equal(await storedProgramme(id), undefined);
  });

  it('refuses an update whose settings are invalid and keeps the stored version', async () => {
    const { id, response } = await createProgramme();
    const settings = { ...(response.body['settings'] as Record<string, unknown>), contact: { email: 'nobody', language: 'de' } };
    const update = await call({
      method: 'PUT',
      route: '/programmes/{programmeId}',
      pathParameters: { programmeId: id },
      claims: staffClaims,
      body: { version: 1, settings },
    });
    assert.equal(update.status, 400);
    assert.deepEqual((update.body['errors'] as { field: string }[]).map((error) => error.field).sort(), [
      'body.settings.contact.email',
      'body.settings.contact.language',
    ]);
    assert.equal((await storedProgramme(id))?.['version'], 1);
  });

  it('hides programmes outside a scoped staff member’s programmes (404) and refuses them creation (403)', async () => {
    const { id } = await createProgramme();
    const scoped = { sub: 'staff-2', 'cognito:groups': '[staff]', 'custom:programmes': 'some-other-programme' };
    const read = await call({ method: 'GET', route: '/programmes/{programmeId}', pathParameters: { programmeId: id }, claims: scoped });
    assert.equal(read.status, 404);
    const create = await call({
      method: 'POST',
      route: '/programmes',
      claims: scoped,
      body: { id: uniqueId('prog'), templateId: 'prokadry' },
    });
    assert.equal(create.status, 403);
    assert.equal(create.body['code'], 'programme-scope-required');
  });

  it('refuses a forged cursor with 400, not 500', async () => {
    const forged = Buffer.from(JSON.stringify({ pk: 'SEASON#x', sk: 'SEASON', gsi1pk: 'ELSEWHERE', gsi1sk: 'x' })).toString('base64url');
    for (const cursor of ['not base64 json!', forged]) {
      const response = await call({ method: 'GET', route: '/programmes', claims: staffClaims, query: { cursor } });
      assert.equal(response.status, 400, cursor);
      assert.equal(response.body['code'], 'invalid-cursor');
    }
    const publicList = await call({ method: 'GET', route: '/seasons', query: { cursor: forged } });
    assert.equal(publicList.status, 400);
  });

  it('answers /me with the identity from the token', async () => {
    const response = await call({ method: 'GET', route: '/me', claims: { sub: 'applicant-7', 'cognito:groups': '[applicant]' } });
    assert.equal(response.status, 200);
    assert.equal(response.body['subject'], 'applicant-7');
    assert.deepEqual(response.body['roles'], ['applicant']);
  });
});

describe('seasons through the programmes Lambda', () => {
  it('creates a draft season that the public cannot see', async () => {
    const { id: programmeId } = await createProgramme();
    const seasonId = uniqueId('season');
    const created = await call({
      method: 'POST',
      route: '/programmes/{programmeId}/seasons',
      pathParameters: { programmeId },
      claims: staffClaims,
      body: seasonBody(seasonId),
    });
    assert.equal(created.status, 201);
    assert.equal(created.body['status'], 'draft');
    const publicRead = await call({ method: 'GET', route: '/seasons/{seasonId}', pathParameters: { seasonId } });
    assert.equal(publicRead.status, 404);
    const staffList = await call({
      method: 'GET',
      route: '/programmes/{programmeId}/seasons',
      pathParameters: { programmeId },
      claims: staffClaims,
    });
    assert.deepEqual(
      (staffList.body['items'] as { id: string }[]).map((season) => season.id),
      [seasonId],
    );
  });

  it('refuses a season whose calendar does not fit the pipeline, listing every fault, and writes nothing', async () => {
    const { id: programmeId } = await createProgramme();
    const seasonId = uniqueId('season');
    const body = {
      ...seasonBody(seasonId),
      calendar: [{ stage: 'hackathon', opensAt: '2026-05-01T00:00:00Z', closesAt: '2026-06-01T00:00:00Z' }],
    };
    const response = await call({
      method: 'POST',
      route: '/programmes/{programmeId}/seasons',
      pathParameters: { programmeId },
      claims: staffClaims,
      body,
    });
    assert.equal(response.status, 400);
    assert.deepEqual((response.body['errors'] as { field: string }[]).map((error) => error.field).sort(), [
      'body.calendar',
      'body.calendar.0.stage',
    ]);
    assert.equal(await storedSeason(seasonId), undefined);
  });

  it('opens a season through the openSeason workflow, then lists it and describes it publicly; opening it again is 409', async () => {
    const contact = `${uniqueId('team')}@cadre.example`;
    const { id: programmeId } = await createProgramme({ contact: { email: contact, language: 'en' } });
    const seasonId = uniqueId('season');
    await call({
      method: 'POST',
      route: '/programmes/{programmeId}/seasons',
      pathParameters: { programmeId },
      claims: staffClaims,
      body: seasonBody(seasonId),
    });

    const open = await call({ method: 'POST', route: '/seasons/{seasonId}/open', pathParameters: { seasonId }, claims: staffClaims });
    assert.equal(open.status, 202);
    assert.equal(open.body['status'], 'opening');
    assert.equal(open.body['openingAttempts'], 1);

    const season = await waitFor(
      async () => {
        const read = await call({ method: 'GET', route: '/seasons/{seasonId}', pathParameters: { seasonId } });
        return read.status === 200 ? read.body : undefined;
      },
      { description: 'the openSeason workflow to publish the season' },
    );
    assert.equal(season['status'], 'open');
    assert.deepEqual((season['programme'] as { eligibility: { ageRange: unknown } }).eligibility.ageRange, { min: 18, max: 35 });
    assert.equal((season['questions'] as { id: string }[])[0]?.id, 'motivation');
    assert.equal((season['programme'] as Record<string, unknown>)['contact'], undefined, 'staff contact is not public');

    const mails = await deliverQueuedMail(
      async () => {
        const found = (await mailsTo(contact)).filter((mail) => mail.subject.startsWith('Season open'));
        return found.length > 0 ? found : undefined;
      },
      { description: 'the season announcement mail' },
    );
    assert.equal(mails.length, 1);

    const again = await call({ method: 'POST', route: '/seasons/{seasonId}/open', pathParameters: { seasonId }, claims: staffClaims });
    assert.equal(again.status, 409);
    assert.equal(again.body['code'], 'season-already-open');

    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call({ method: 'GET', route: '/seasons', query: { limit: '100', ...(cursor === undefined ? {} : { cursor }) } });
      assert.equal(page.status, 200);
      ids.push(...(page.body['items'] as { id: string }[]).map((item) => item.id));
      cursor = page.body['nextCursor'] as string | undefined;
    } while (cursor !== undefined);
    assert.ok(ids.includes(seasonId));
  });
});
