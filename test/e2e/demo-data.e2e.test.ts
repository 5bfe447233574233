import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { demoPopulation, type DemoApplicant } from '../../infra/local/seed/demo-population.ts';
import { DEMO_GATE_RUN_ID } from '../../infra/local/seed/seed-demo-data.ts';
import { PROGRAMME_TEMPLATES } from '../../shared/catalogue/domain/templates/programme-templates.ts';
import type { ApplicationView } from '../../shared/applications/application-view.ts';
import { spawnLocalCloud, type LocalCloudProcess } from './local-cloud-process.ts';
import { apiAt, type Api } from './support/api-client.ts';
import { checkDemoFinalists, permPartnerToken, permReleases } from './support/demo-finalists.ts';

/**
 * `npm start` seeds each demo season with applicants spread over its stages, through the API's own
 * use cases, so that staff lists, gates and reports have something to show on the first start; a
 * second start on the same data adds nothing. Two real starts on one data folder, read over HTTP as
 * staff read it.
 */
const PORTS = ['--api-port=0', '--dynamodb-port=0', '--s3-port=0', '--ses-port=0', '--sfn-port=0'];

let dataDir: string;
let running: LocalCloudProcess | undefined;

const start = async (): Promise<LocalCloudProcess> => {
  running = await spawnLocalCloud(['--data-dir', dataDir, '--ready-json', ...PORTS]);
  return running;
};

const stop = async (cloud: LocalCloudProcess): Promise<number | null> => {
  cloud.child.kill('SIGINT');
  const code = await cloud.exited;
  running = undefined;
  return code;
};

interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

/** Every application of a season, page by page, as staff list them. */
const allApplications = async (api: Api, token: string, seasonId: string): Promise<ApplicationView[]> => {
  const found: ApplicationView[] = [];
  let cursor: string | undefined;
  do {
    const query = `limit=100${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
    const { body } = await api<Page<ApplicationView>>('GET', `/seasons/${seasonId}/applications?${query}`, { token, expect: 200 });
    found.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor !== undefined);
  return found;
};

/** Where the plan leaves an applicant: the demo gate moves ПроКадры's shortlisted (every course) from education to interview. */
const plannedStage = (applicant: DemoApplicant, initial: string): string => {
  if (!applicant.submit) return initial;
  if (applicant.withdraw) return 'withdrawn';
  const afterGate = applicant.progress === 'complete' ? [{ to: 'interview' }, ...applicant.afterGate] : [];
  return [...applicant.decisions, ...afterGate].at(-1)?.to ?? 'submitted';
};

const countBy = (values: readonly string[]): Record<string, number> =>
  Object.fromEntries([...new Set(values)].sort().map((value) => [value, values.filter((one) => one === value).length]));

const snapshot = async (cloud: LocalCloudProcess) => {
  const api = apiAt(cloud.ready.api);
  const { body } = await api<{ token: string }>('POST', '/local/token', { body: { role: 'staff' }, expect: 200 });
  return Promise.all(
    PROGRAMME_TEMPLATES.map(async (template) => ({
      template,
      applications: await allApplications(api, body.token, `${template.id}-demo-season`),
    })),
  );
};

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'cadre-demo-'));
});

afterAll(async () => {
  if (running !== undefined) await stop(running);
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start’s demo data', { timeout: 300_000 }, () => {
  it('spreads each demo season’s applicants over its stages, ПроКадры’s finalists’ data released to their region, and a second start adds none', async () => {
    const first = await start();
    const seeded = await snapshot(first);
    const api = apiAt(first.ready.api);
    const { body: minted } = await api<{ token: string }>('POST', '/local/token', { body: { role: 'staff' }, expect: 200 });

    for (const [seasonIndex, { template, applications }] of seeded.entries()) {
      const seasonId = `${template.id}-demo-season`;
      const { body: season } = await api<{ referenceDate: string }>('GET', `/seasons/${seasonId}`, { expect: 200 });
      const plan = demoPopulation(template, seasonIndex, season.referenceDate);
      const initial = template.settings.pipeline.stages.find((stage) => stage.initial === true)?.id ?? 'application';
      const submittedStage = template.settings.pipeline.transitions.find(
        (move) => move.by.includes('applicant') && move.from.includes(initial),
      )?.to;
      const planned = plan.map((applicant) => {
        const stage = plannedStage(applicant, initial);
        return stage === 'submitted' ? (submittedStage ?? stage) : stage;
      });
      assert.deepEqual(countBy(applications.map((application) => application.stage.id)), countBy(planned), seasonId);
      assert.ok(
        new Set(applications.map((application) => application.stage.id)).size >= 5,
        `${seasonId}: spread over at least five stages`,
      );
      const regions = new Set(applications.flatMap((application) => (application.region === undefined ? [] : [application.region])));
      assert.ok(regions.size >= 8, `${seasonId}: applicants from ${regions.size} regions`);
    }

    const prokadry = seeded.find(({ template }) => template.id === 'prokadry')?.applications ?? assert.fail('no ПроКадры demo season');
    assert.deepEqual(
      [...new Set(prokadry.flatMap((application) => (application.track === undefined ? [] : [application.track.id])))].sort(),
      ['beginner', 'pro', 'young'],
      'ПроКадры’s applicants are on every track',
    );
    const pupils =
      seeded.find(({ template }) => template.id === 'kadry-budushchego')?.applications ?? assert.fail('no Кадры будущего season');
    assert.deepEqual(
      [
        ...new Set(pupils.flatMap((application) => (application.participantRole === undefined ? [] : [application.participantRole]))),
      ].sort(),
      ['mentor', 'pupil', 'tutor'],
    );

    // One gate history: the shortlist gate moved those who finished the courses and skipped the rest, saying why.
    const prokadryIndex = PROGRAMME_TEMPLATES.findIndex((template) => template.id === 'prokadry');
    const prokadryTemplate = PROGRAMME_TEMPLATES[prokadryIndex] ?? assert.fail('no ПроКадры template');
    const shortlisted = demoPopulation(prokadryTemplate, prokadryIndex, '2026-01-01').filter(
      (applicant) => applicant.progress === 'complete',
    ).length;
    const { body: gate } = await api<Record<string, unknown>>('GET', `/seasons/prokadry-demo-season/gates/${DEMO_GATE_RUN_ID}`, {
      token: minted.token,
      expect: 200,
    });
    assert.equal(gate['status'], 'succeeded', JSON.stringify(gate));
    assert.equal(gate['moved'], shortlisted, JSON.stringify(gate));
    assert.ok(Number(gate['skipped']) > 0, JSON.stringify(gate));
    assert.deepEqual(Object.keys(gate['skippedReasons'] as object), ['not-shortlisted'], JSON.stringify(gate));

    // The demo experts are in every season's pool and have projects of Объединение наставников to evaluate.
    const { body: expert } = await api<{ token: string }>('POST', '/local/token', { body: { role: 'expert' }, expect: 200 });
    const mentoringSeason = 'obedinenie-nastavnikov-demo-season';
    const { body: work } = await api<Page<{ rubricId: string; status: string }>>('GET', `/me/reviews?seasonId=${mentoringSeason}`, {
      token: expert.token,
      expect: 200,
    });
    assert.ok(work.items.length > 0, 'the demo expert has reviews to do');
    assert.ok(work.items.every((review) => review.rubricId === 'project-evaluation' && review.status === 'assigned'));
    for (const { template } of seeded) {
      const { body: pool } = await api<Page<{ expertId: string }>>('GET', `/seasons/${template.id}-demo-season/experts`, {
        token: minted.token,
        expect: 200,
      });
      assert.equal(pool.items.length, 2, `${template.id}: both demo experts in the pool`);
    }

    // The hosts' internship offers: ПроКадры's ministry and Perm РОИВ, one still waiting for review.
    const offersOf = async (at: LocalCloudProcess) =>
      (
        await apiAt(at.ready.api)<Page<{ id: string; status: string }>>('GET', '/seasons/prokadry-demo-season/internship-offers', {
          token: minted.token,
          expect: 200,
        })
      ).body.items
        .map((offer) => `${offer.id} ${offer.status}`)
        .sort();
    const offers = await offersOf(first);
    assert.deepEqual(offers, [
      'minek-regional-development approved',
      'perm-civil-service-intern approved',
      'perm-digital-services-intern submitted',
    ]);

    // One matching round of ПроКадры's regional internship: Perm Krai's beginners placed, two of them accepted.
    const placementsOf = async (at: LocalCloudProcess) =>
      (
        await apiAt(at.ready.api)<Page<{ applicationId: string; offerId: string; status: string; version: number }>>(
          'GET',
          '/seasons/prokadry-demo-season/placements?limit=100',
          { token: minted.token, expect: 200 },
        )
      ).body.items
        .map((placement) => `${placement.applicationId} ${placement.offerId} ${placement.status} v${placement.version}`)
        .sort();
    const placements = await placementsOf(first);
    assert.deepEqual(
      countBy(placements.map((placement) => placement.split(' ')[2] ?? '')),
      { accepted: 2, offered: 2 },
      placements.join('\n'),
    );
    assert.ok(placements.every((placement) => placement.includes(' perm-civil-service-intern ')));
    // The demo mentors are in Объединение наставников' pool and have the projects waiting for a mentor proposed to them.
    const { body: mentor } = await api<{ token: string }>('POST', '/local/token', { body: { role: 'mentor' }, expect: 200 });
    const { body: mentors } = await api<{ tiers: { main: { placed: number }; reserve: { placed: number } } }>(
      'GET',
      `/seasons/${mentoringSeason}/mentors`,
      { token: minted.token, expect: 200 },
    );
    assert.deepEqual([mentors.tiers.main.placed, mentors.tiers.reserve.placed], [2, 1]);
    const { body: proposals } = await api<Page<{ id: string; status: string }>>('GET', `/me/mentoring?seasonId=${mentoringSeason}`, {
      token: mentor.token,
      expect: 200,
    });
    assert.ok(proposals.items.length > 0, 'the demo mentor has projects proposed');
    assert.ok(proposals.items.every((pair) => pair.status === 'proposed'));
    // Matching read each project's spheres from the season's sphere question: every one proposed is in a sphere of the mentor's.
    const { body: mentorProfile } = await api<{ spheres: string[] }>('GET', '/me/mentor-profile', { token: mentor.token, expect: 200 });
    for (const { id } of proposals.items) {
      const { body: pair } = await api<{ mentee: { spheres: string[] } }>('GET', `/me/mentoring/${id}`, {
        token: mentor.token,
        expect: 200,
      });
      assert.ok(pair.mentee.spheres.length > 0, 'the demo project names its spheres');
      assert.ok(
        pair.mentee.spheres.some((sphere) => mentorProfile.spheres.includes(sphere)),
        `${pair.mentee.spheres.join(', ')} is not in ${mentorProfile.spheres.join(', ')}`,
      );
    }
    // ПроКадры's finalists: the ministry's interview made them, and their data went to their region's
    // youth-policy body as far as they consented, read by its person and its portal, every read logged.
    await checkDemoFinalists(api, first.ready.api, minted.token, demoPopulation(prokadryTemplate, prokadryIndex, '2026-01-01'), prokadry);
    const permToken = await permPartnerToken(api);
    const releaseIds = async (at: LocalCloudProcess) =>
      (await permReleases(apiAt(at.ready.api), permToken)).map((item) => item.releaseId).sort();
    const released = await releaseIds(first);

    assert.equal(await stop(first), 0);
    const second = await start();
    assert.deepEqual(await offersOf(second), offers, 'a second start publishes no offer again');
    assert.deepEqual(await placementsOf(second), placements, 'a second start matches nobody again');
    assert.deepEqual(await releaseIds(second), released, 'a second start releases nothing again');
    assert.match(second.stderr(), /Demo data: .* seeded by an earlier start/);
    const again = await snapshot(second);
    for (const [index, { template, applications }] of again.entries())
      assert.deepEqual(
        applications.map((application) => `${application.id} ${application.stage.id} v${application.version}`).sort(),
        (seeded[index]?.applications ?? [])
          .map((application) => `${application.id} ${application.stage.id} v${application.version}`)
          .sort(),
        `${template.id}: the second start changed nothing`,
      );
    const { body: sameWork } = await apiAt(second.ready.api)<Page<unknown>>('GET', `/me/reviews?seasonId=${mentoringSeason}`, {
      token: expert.token,
      expect: 200,
    });
    assert.equal(sameWork.items.length, work.items.length, 'a second start assigns nothing more');
    const { body: sameProposals } = await apiAt(second.ready.api)<Page<unknown>>('GET', `/me/mentoring?seasonId=${mentoringSeason}`, {
      token: mentor.token,
      expect: 200,
    });
    assert.equal(sameProposals.items.length, proposals.items.length, 'a second start proposes nothing more');
    console.log(`Start-up with demo data: first ${first.ready.startUpMs} ms (seeding), second ${second.ready.startUpMs} ms`);
    assert.equal(await stop(second), 0);
  });
});
