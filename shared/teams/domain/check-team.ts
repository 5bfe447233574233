import type { Application } from '../../applications/application-schema.ts';
import type { FieldProblem } from '../../platform/errors/app-error.ts';
import { isTerminalKind, type Stage } from '../../catalogue/domain/config/pipeline-schema.ts';
import type { TeamsSettings } from '../../catalogue/domain/config/teams-schema.ts';

/** What a team's rules are judged on: the programme's settings and the applications the team names. */
export interface TeamCheckContext {
  readonly seasonId: string;
  readonly settings: TeamsSettings;
  readonly stages: readonly Stage[];
  /** Applications that exist among the people named, by id. */
  readonly applications: ReadonlyMap<string, Application>;
  /** People already in this team (as saved before): their stage is not judged again. */
  readonly alreadyIn: ReadonlySet<string>;
}

const fieldProblem = (field: string, code: string, ru: string, en: string): FieldProblem => ({ field, code, message: { ru, en } });

/**
 * Stages a mentor may join a team from: any stage of a submitted application still taking part.
 * Mentors are not bound to the formation stage: a mentor of the pool may take a team formed after
 * they moved on to project work.
 */
export const mentorStages = (stages: readonly Stage[]): string[] =>
  stages.filter((stage) => stage.initial !== true && !isTerminalKind(stage.kind)).map((stage) => stage.id);

/**
 * Every rule a team breaks, each at its field: the team's size, and for everyone who joins, that
 * their application is of this season, in the formation stage (mentors: still taking part) and
 * in an allowed participant role. People already in the team keep their place whatever stage they
 * reached since (the school is over, the team goes on); their role is still judged.
 */
export const checkTeam = (
  input: { readonly members: readonly string[]; readonly mentor?: string | undefined },
  context: TeamCheckContext,
): FieldProblem[] => {
  const { settings } = context;
  const problems: FieldProblem[] = [];
  if (input.members.length < settings.minMembers) {
    problems.push(
      fieldProblem(
        'body.members',
        'too-few-members',
        `В команде должно быть не меньше ${settings.minMembers} участников`,
        `A team needs at least ${settings.minMembers} members`,
      ),
    );
  }
  if (input.members.length > settings.maxMembers) {
    problems.push(
      fieldProblem(
        'body.members',
        'too-many-members',
        `В команде может быть не больше ${settings.maxMembers} участников`,
        `A team has at most ${settings.maxMembers} members`,
      ),
    );
  }
  const ofSeason = (applicationId: string): Application | undefined => {
    const application = context.applications.get(applicationId);
    return application?.seasonId === context.seasonId ? application : undefined;
  };
  input.members.forEach((applicationId, index) => {
    const field = `body.members.${index}`;
    const application = ofSeason(applicationId);
    if (application === undefined) {
      problems.push(
        fieldProblem(
          field,
          'unknown-member',
          `Заявки ${applicationId} нет в этом сезоне`,
          `There is no application ${applicationId} in this season`,
        ),
      );
      return;
    }
    if (
      settings.memberRoles !== undefined &&
      (application.participantRole === undefined || !settings.memberRoles.includes(application.participantRole))
    ) {
      problems.push(
        fieldProblem(
          field,
          'member-role-not-allowed',
          `В команду входят только роли: ${settings.memberRoles.join(', ')}`,
          `Only these roles join a team: ${settings.memberRoles.join(', ')}`,
        ),
      );
    }
    if (!context.alreadyIn.has(applicationId) && application.stage !== settings.formationStage) {
      problems.push(
        fieldProblem(
          field,
          'member-not-in-formation-stage',
          `Команды формируются на этапе «${settings.formationStage}», а заявка на этапе «${application.stage}»`,
          `Teams are formed in the stage "${settings.formationStage}"; the application is in "${application.stage}"`,
        ),
      );
    }
  });
  problems.push(...checkMentor(input.mentor, context, ofSeason));
  return problems;
};

const checkMentor = (
  mentor: string | undefined,
  context: TeamCheckContext,
  ofSeason: (applicationId: string) => Application | undefined,
): FieldProblem[] => {
  const rule = context.settings.mentor;
  if (mentor === undefined) {
    return rule?.required === true
      ? [fieldProblem('body.mentor', 'mentor-required', 'У команды должен быть наставник', 'A team needs a mentor')]
      : [];
  }
  if (rule === undefined)
    return [
      fieldProblem(
        'body.mentor',
        'mentors-not-configured',
        'В этой программе у команд нет наставников',
        'Teams of this programme have no mentors',
      ),
    ];
  const application = ofSeason(mentor);
  if (application === undefined)
    return [
      fieldProblem(
        'body.mentor',
        'unknown-mentor',
        `Заявки ${mentor} нет в этом сезоне`,
        `There is no application ${mentor} in this season`,
      ),
    ];
  const problems: FieldProblem[] = [];
  if (application.participantRole !== rule.role) {
    problems.push(
      fieldProblem(
        'body.mentor',
        'mentor-role-not-allowed',
        `Наставник — участник в роли «${rule.role}»`,
        `The mentor is a participant in the role "${rule.role}"`,
      ),
    );
  }
  if (!context.alreadyIn.has(mentor) && !mentorStages(context.stages).includes(application.stage)) {
    problems.push(
      fieldProblem(
        'body.mentor',
        'mentor-not-taking-part',
        `Наставник на этапе «${application.stage}» не участвует в сезоне`,
        `A mentor in the stage "${application.stage}" is not taking part in the season`,
      ),
    );
  }
  return problems;
};
