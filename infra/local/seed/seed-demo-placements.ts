import { wiring as applicationsWiring } from '../../../functions/applications/wiring.ts';
import { wiring as internshipsWiring } from '../../../functions/internships/wiring.ts';
import type { Season } from '../../../shared/catalogue/domain/seasons/season-schema.ts';
import { matchingRunIdFor } from '../../../shared/internships/domain/matching/matching-run-id.ts';
import { readCandidateRanking, saveCandidateRanking } from '../../../shared/internships/use-cases/candidate-ranking.ts';
import { listInternshipOptions } from '../../../shared/internships/use-cases/list-internship-options.ts';
import { listOfferCandidates } from '../../../shared/internships/use-cases/list-offer-candidates.ts';
import { startMatchingRun } from '../../../shared/internships/use-cases/matching-runs/start-matching-run.ts';
import { answerPlacement } from '../../../shared/internships/use-cases/placements/answer-placement.ts';
import { readInternshipPreferences } from '../../../shared/internships/use-cases/read-internship-preferences.ts';
import { saveInternshipPreferences } from '../../../shared/internships/use-cases/save-internship-preferences.ts';
import { waitFor } from '../wait-for.ts';
import type { DemoApplicant } from './demo-population.ts';
import { identityOf } from './seed-demo-experts.ts';

/** A demo applicant as the matching round takes them: who, and the stage the demo's plan leaves them in. */
export interface DemoPlacementPerson {
  readonly sub: string;
  readonly email: string;
  readonly stage: string | undefined;
}

/**
 * The internship stage whose one matching round each template's demo season holds: ПроКадры's
 * regional internship, whose beginners the demo places in Perm Krai. Its federal internship's
 * finalists are the demo of data released to their regions, left as they are.
 */
export const DEMO_MATCHING_STAGES: Readonly<Record<string, string>> = { prokadry: 'regional-internship' };

/** A demo season, the stage matched in it, and its applicants. */
export interface DemoPlacementCohort {
  readonly season: Season;
  readonly stage: string;
  readonly people: readonly DemoPlacementPerson[];
}

/** Where the demo's plan leaves an applicant once its decisions and its gate's have run. */
export const demoPlacementPerson = (applicant: DemoApplicant): DemoPlacementPerson => ({
  sub: applicant.sub,
  email: applicant.profile.contacts.email,
  stage: applicant.submit && !applicant.withdraw ? [...applicant.decisions, ...applicant.afterGate].at(-1)?.to : undefined,
});

/** How many of a stage's placed demo applicants accept their offer: the rest leave theirs `offered`, to be answered by hand. */
const ACCEPTING = 2;

/** The demo's one matching round of a stage runs under this Idempotency-Key, so a later start finds it and starts none. */
export const demoMatchingKey = (stage: string): string => `demo-${stage}-round-1`;

/**
 * One finished matching round of a demo season's internship stage (ПроКадры: the regional
 * internship of Perm Krai's beginners), through the internships' use
 * cases as the people would act: each applicant ranks the offers their list shows them, the host
 * (staff for it) ranks one of its candidates first and takes the others by their interview score,
 * staff start a real round through the internshipMatching machine (waited for here), and the first
 * placed applicants accept, the others' offers left `offered`. Idempotent: the round runs under a
 * fixed key, so a later start finds it done and only makes sure of the acceptances. Answers how
 * many placements this start's round offered.
 */
export const seedDemoPlacements = async ({ season, stage, people: planned }: DemoPlacementCohort, staffSub: string): Promise<number> => {
  const { internships, matchingRuns, placements } = internshipsWiring();
  const { applications } = applicationsWiring().applications;
  const staff = identityOf(staffSub, ['staff'], undefined);
  const people = (
    await Promise.all(
      planned
        .filter((person) => person.stage === stage)
        .map(async (person) => ({
          identity: identityOf(person.sub, ['applicant'], person.email),
          application: await applications.findForApplicantInSeason(person.sub, season.id),
        })),
    )
  ).flatMap(({ identity, application }) => (application?.stage === stage ? [{ identity, applicationId: application.id }] : []));
  if (people.length === 0) return 0;
  const key = demoMatchingKey(stage);
  const runs = matchingRuns();
  if ((await runs.runs.find(season.id, matchingRunIdFor(season.id, key))) === undefined) {
    const ranked = new Set<string>();
    for (const { identity, applicationId } of people) {
      const current = await readInternshipPreferences(internships, identity, applicationId);
      if (current.version > 0) continue;
      const options = await listInternshipOptions(internships, identity, applicationId, { limit: current.maxPreferences });
      const choices = options.items.map((option) => option.id).slice(0, current.maxPreferences);
      if (choices.length === 0) continue;
      await saveInternshipPreferences(internships, identity, applicationId, { choices, version: 0 });
      for (const offerId of choices) ranked.add(offerId);
    }
    for (const offerId of ranked) {
      const target = { seasonId: season.id, offerId };
      const ranking = await readCandidateRanking(internships, staff, target);
      if (ranking.version > 0) continue;
      const pool = await listOfferCandidates(internships, staff, target, { limit: 1 });
      await saveCandidateRanking(internships, staff, target, {
        ranking: pool.items.map((candidate) => candidate.applicationId),
        acceptsUnranked: true,
        version: 0,
      });
    }
  }
  const started = await startMatchingRun(runs, staff, season.id, { stage, dryRun: false, round: 1 }, key);
  const run = await waitFor(
    async () => {
      const found = await runs.runs.find(season.id, started.id);
      return found !== undefined && found.status !== 'running' ? found : undefined;
    },
    { description: `the demo matching round of ${season.id}'s ${stage} to end`, timeoutMs: 120_000, intervalMs: 100 },
  );
  if (run.status !== 'succeeded') throw new Error(`The demo matching round of ${season.id}'s ${stage} ended ${run.status}`);
  let accepted = 0;
  for (const { identity, applicationId } of people) {
    const placement = await placements().placements.latest(applicationId);
    if (placement === undefined || placement.stage !== stage || accepted >= ACCEPTING) continue;
    if (placement.status === 'offered')
      await answerPlacement(placements(), identity, applicationId, { answer: 'accept', version: placement.version });
    if (placement.status === 'offered' || placement.status === 'accepted') accepted += 1;
  }
  return started.status === 'running' ? run.offered : 0;
};
