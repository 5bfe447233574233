import assert from 'node:assert/strict';
import { DEMO_MACHINE_CLIENTS } from '../../../infra/local/auth/demo-machine-clients.ts';
import { DEMO_PEOPLE } from '../../../infra/local/demo-people.ts';
import { CLIENT_TOKEN_PATH } from '../../../infra/local/gateway/local-endpoints.ts';
import type { DemoApplicant } from '../../../infra/local/seed/demo-population.ts';
import type { ApplicationView } from '../../../shared/applications/application-view.ts';
import type { Api } from './api-client.ts';

const SEASON = 'prokadry-demo-season';
const PERM_BODY = 'molodezh-perm';

interface Released {
  readonly releaseId: string;
  readonly applicationId: string;
  readonly fields: readonly string[];
  readonly data: Record<string, unknown>;
}

interface Disclosure {
  readonly organisationId: string;
  readonly releaseId: string;
  readonly channel: string;
  readonly fields: readonly string[];
  readonly reader?: { readonly kind: string; readonly id: string };
}

/** The key of the released data a consented field comes under (`contacts.email` in `contacts`). */
const keyOf = (field: string): string => field.split('.')[0] ?? field;

const byApplication = (items: readonly Released[]): string[] =>
  items.map((item) => `${item.applicationId} ${item.fields.join(',')}`).sort();

/** The people's token of Perm Krai's youth-policy body, as `npm run token -- partner --sub …` signs it. */
export const permPartnerToken = async (api: Api): Promise<string> => {
  const person = DEMO_PEOPLE.find((candidate) => candidate.role === 'partner' && candidate.organisation === PERM_BODY);
  assert.ok(person, 'the demo has a person of Perm Krai’s youth-policy body');
  const { body } = await api<{ token: string }>('POST', '/local/token', { body: { role: 'partner', sub: person.sub }, expect: 200 });
  return body.token;
};

/** What Perm Krai's body reads of the demo season, page one, as its person. */
export const permReleases = async (api: Api, token: string): Promise<readonly Released[]> =>
  (
    await api<{ items: Released[] }>('GET', `/partner-organisations/${PERM_BODY}/releases?seasonId=${SEASON}`, {
      token,
      expect: 200,
    })
  ).body.items;

/**
 * The demo's ПроКадры finalists and their data, as a newcomer reads them: the ministry's round made
 * them finalists; Perm Krai's youth-policy body reads, as its person and as its machine client, the
 * two of its region who consented, each only the fields they chose; every read is in the
 * disclosure log (staff's and the finalist's own view); staff see why nothing went for the one who
 * did not consent, and that the Moscow finalist's data went to Moscow's body alone.
 */
export const checkDemoFinalists = async (
  api: Api,
  apiUrl: string,
  staffToken: string,
  plan: readonly DemoApplicant[],
  applications: readonly ApplicationView[],
): Promise<void> => {
  const applicationOf = new Map(applications.map((application) => [application.applicantId, application]));
  const finalists = plan
    .filter((applicant) => applicant.afterGate.at(-1)?.to === 'federal-internship')
    .map((applicant) => {
      const application = applicationOf.get(applicant.sub);
      assert.ok(application, `finalist ${applicant.sub} applied`);
      assert.equal(application.stage.id, 'federal-internship', `${application.id} is a finalist`);
      return { applicant, application };
    });
  const ofPerm = finalists.filter(({ applicant }) => applicant.profile.region === '59');
  const consenting = ofPerm.filter(({ applicant }) => applicant.sharesWithRegion !== undefined);
  const silent = ofPerm.filter(({ applicant }) => applicant.sharesWithRegion === undefined);
  const elsewhere = finalists.filter(({ applicant }) => applicant.profile.region !== '59' && applicant.sharesWithRegion !== undefined);
  assert.ok(consenting.length >= 2 && silent.length >= 1 && elsewhere.length >= 1, 'the plan has the finalists the demo shows');
  const expected = consenting
    .map(({ applicant, application }) => `${application.id} ${(applicant.sharesWithRegion ?? []).join(',')}`)
    .sort();

  const token = await permPartnerToken(api);
  const read = await permReleases(api, token);
  assert.deepEqual(byApplication(read), expected, 'Perm Krai’s body reads its region’s consenting finalists, each the fields they chose');
  for (const item of read) {
    assert.deepEqual(
      Object.keys(item.data).sort(),
      [...new Set(item.fields.map(keyOf))].sort(),
      `${item.applicationId}: only those fields`,
    );
    if (item.fields.includes('contacts.email')) assert.deepEqual(Object.keys(item.data['contacts'] as object), ['email']);
    if (item.fields.includes('stage')) assert.equal(item.data['stage'], 'federal-internship');
  }

  const client = DEMO_MACHINE_CLIENTS.find((candidate) => candidate.organisationId === PERM_BODY);
  assert.ok(client, 'the demo registers Perm Krai’s portal');
  const minted = await fetch(`${apiUrl}${CLIENT_TOKEN_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'cadre-partners/releases.read' }).toString(),
  });
  assert.equal(minted.status, 200, await minted.clone().text());
  const { access_token: machineToken } = (await minted.json()) as { access_token: string };
  const { body: machine } = await api<{ items: Released[] }>('GET', `/partner-api/releases?seasonId=${SEASON}&limit=10`, {
    token: machineToken,
    expect: 200,
  });
  assert.deepEqual(byApplication(machine.items), expected, 'its portal reads the same');

  for (const item of read) {
    const { body: log } = await api<{ items: Disclosure[] }>('GET', `/applications/${item.applicationId}/disclosures`, {
      token: staffToken,
      expect: 200,
    });
    const entries = log.items.filter((entry) => entry.releaseId === item.releaseId);
    assert.deepEqual(entries.map((entry) => `${entry.channel} ${entry.reader?.kind}`).sort(), ['api machine-client', 'ui person']);
    for (const entry of entries) {
      assert.equal(entry.organisationId, PERM_BODY);
      assert.deepEqual(entry.fields, item.fields, 'the log names exactly the fields that left');
    }
  }
  const [first] = consenting;
  assert.ok(first);
  const { body: applicant } = await api<{ token: string }>('POST', '/local/token', {
    body: { role: 'applicant', sub: first.applicant.sub },
    expect: 200,
  });
  const { body: mine } = await api<{ items: Disclosure[] }>('GET', '/me/disclosures', { token: applicant.token, expect: 200 });
  assert.ok(
    mine.items.some((entry) => entry.organisationId === PERM_BODY && entry.channel === 'ui'),
    'the finalist sees who read their data',
  );

  const decisionsOf = async (applicationId: string) =>
    (
      await api<{ decisions: { outcome: string; releases: { organisationId: string }[] }[] }>(
        'GET',
        `/applications/${applicationId}/data-releases`,
        { token: staffToken, expect: 200 },
      )
    ).body.decisions.map((decision) => `${decision.outcome} ${decision.releases.map((one) => one.organisationId).join(',')}`);
  for (const { application } of silent) assert.deepEqual(await decisionsOf(application.id), ['consent-missing ']);
  for (const { application } of elsewhere) assert.deepEqual(await decisionsOf(application.id), ['released molodezh-moskva']);
};
