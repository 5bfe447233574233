import type { Identity } from '../../platform/auth/identity.ts';
import type { FieldProblem } from '../../platform/errors/app-error.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import type { RelatedPerson } from '../../relations/ports/people-relations.ts';
import { checkTeam, mentorStages } from '../domain/check-team.ts';
import { MAX_TRANSACTION_ACTIONS, planTeamChange, saveActionCount } from '../domain/plan-team-change.ts';
import { inAnotherTeamField, invalidTeam, memberInAnotherTeam, teamsNotConfigured } from '../team-errors.ts';
import { peopleOf, type Team, type TeamInput } from '../team-schema.ts';
import type { TeamDependencies } from './team-dependencies.ts';

const fieldOf = (input: TeamInput, applicationId: string): string =>
  applicationId === input.mentor ? 'body.mentor' : `body.members.${input.members.indexOf(applicationId)}`;

/**
 * Staff create or replace a season's team whole, with the version they read (0 to create). The
 * rules are judged on a strongly consistent read (422 listing every rule broken; 409 for people
 * held by another team), then the team, the guards of people joining and leaving and a check that
 * each joiner is still where the rules found them commit in one transaction: of two saves racing
 * for one person exactly one wins, and the loser hears why. Everyone in the saved team is then
 * related to everyone else for good (a team dissolved later stays a past relation).
 */
export const saveTeam = async (
  deps: TeamDependencies,
  identity: Identity,
  seasonId: string,
  teamId: string,
  input: TeamInput,
): Promise<Team> => {
  const { programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const settings = programme.settings.teams;
  if (settings === undefined) throw teamsNotConfigured();
  const previous = await deps.teams.find(seasonId, teamId);
  if ((previous?.version ?? 0) !== input.version) throw versionConflict(previous?.version ?? 0);

  const people = [...input.members, ...(input.mentor === undefined ? [] : [input.mentor])];
  const before = previous === undefined ? [] : peopleOf(previous);
  const [applications, memberships] = await Promise.all([deps.teams.applicationsOf(people), deps.teams.membershipsOf(people)]);
  const byId = new Map(applications.map((application) => [application.id, application]));
  const problems = checkTeam(input, {
    seasonId,
    settings,
    stages: programme.settings.pipeline.stages,
    applications: byId,
    alreadyIn: new Set(before),
  });
  if (problems.length > 0) throw invalidTeam(problems);
  const elsewhere: FieldProblem[] = people.flatMap((applicationId) => {
    const held = memberships.get(applicationId);
    return held !== undefined && held.teamId !== teamId
      ? [inAnotherTeamField(fieldOf(input, applicationId), applicationId, held.teamId)]
      : [];
  });
  if (elsewhere.length > 0) throw memberInAnotherTeam(elsewhere);

  const plan = planTeamChange(before, people);
  // MAX_TEAM_MEMBERS is sized so this holds; a breach is our bug, not the caller's.
  if (saveActionCount(plan) > MAX_TRANSACTION_ACTIONS) throw new Error('A team save would exceed the transaction limit');
  const now = deps.clock().toISOString();
  const team: Team = {
    seasonId,
    id: teamId,
    name: input.name,
    members: input.members.map((applicationId) => {
      const role = byId.get(applicationId)?.participantRole;
      return role === undefined ? { applicationId } : { applicationId, participantRole: role };
    }),
    ...(input.mentor === undefined ? {} : { mentor: { applicationId: input.mentor } }),
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    updatedBy: identity.subject,
    version: input.version + 1,
  };
  const mentorMayBeIn = mentorStages(programme.settings.pipeline.stages);
  const outcome = await deps.teams.save(team, {
    expectedVersion: input.version,
    joining: plan.joining.map((applicationId) => ({
      applicationId,
      stages: applicationId === input.mentor ? mentorMayBeIn : [settings.formationStage],
    })),
    leaving: plan.leaving,
  });
  if (outcome.saved) {
    // After the commit, so a refused save relates nobody; saving the team again records anything a fault left out.
    await deps.relations.record({
      seasonId,
      teamId,
      people: people.flatMap((applicationId): RelatedPerson[] => {
        const applicantId = byId.get(applicationId)?.applicantId;
        return applicantId === undefined ? [] : [{ applicantId, role: applicationId === input.mentor ? 'mentor' : 'member' }];
      }),
    });
    return team;
  }
  if (outcome.reason === 'claimed')
    throw memberInAnotherTeam(
      [...outcome.claimed].map(([applicationId, holder]) => inAnotherTeamField(fieldOf(input, applicationId), applicationId, holder)),
    );
  if (outcome.reason === 'moved') {
    throw invalidTeam(
      outcome.moved.map((applicationId) => ({
        field: fieldOf(input, applicationId),
        code: 'member-stage-changed',
        message: {
          ru: `Заявка ${applicationId} перешла на другой этап, пока команда сохранялась`,
          en: `The application ${applicationId} moved to another stage while the team was being saved`,
        },
      })),
    );
  }
  throw versionConflict((await deps.teams.find(seasonId, teamId))?.version ?? 0);
};
