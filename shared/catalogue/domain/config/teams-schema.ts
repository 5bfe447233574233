import * as z from 'zod';
import { addProblems } from '../validation/add-problems.ts';
import { duplicateIds, problem, type ConfigProblem } from '../validation/config-problem.ts';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';

/**
 * The most members a team may have. Saving a team is ONE DynamoDB transaction (≤ 100 actions):
 * the team item, a membership guard Put plus a ConditionCheck of the application's stage for every
 * person who joins, and a guard Delete for every person who leaves. The worst change replaces
 * every person of a full team with new ones: 1 + 2 × 33 + 33 = 100 with 32 members and a mentor.
 * Кадры будущего's school forms teams of 5–12 (about 240 people in 20 teams), well inside it.
 */
export const MAX_TEAM_MEMBERS = 32;

/**
 * Project teams (Кадры будущего: the regional school forms teams of pupils and tutors, each with
 * a mentor). Teams are formed of applications of the season in `formationStage`; a person belongs
 * to at most one team per season. The mentor is an application of the same season whose
 * participant role is `mentor.role` (mentors apply to the season like pupils and tutors do);
 * `required` refuses a team saved without one.
 */
export const teamsSchema = z
  .strictObject({
    formationStage: localIdSchema,
    /** Participant roles a member may have; absent: any application of the season may join. */
    memberRoles: z.array(localIdSchema).min(1).max(10).optional(),
    minMembers: z.int().min(1).max(MAX_TEAM_MEMBERS),
    maxMembers: z.int().min(1).max(MAX_TEAM_MEMBERS),
    mentor: z.strictObject({ role: localIdSchema, required: z.boolean() }).optional(),
  })
  .superRefine((teams, ctx) => {
    const problems: ConfigProblem[] = [...duplicateIds(teams.memberRoles ?? [], (i) => ['memberRoles', i])];
    if (teams.minMembers > teams.maxMembers) {
      problems.push(
        problem(
          ['minMembers'],
          'min-above-max',
          'Минимум участников команды больше максимума',
          'The minimum team size is above the maximum',
        ),
      );
    }
    if (teams.mentor !== undefined && (teams.memberRoles ?? []).includes(teams.mentor.role)) {
      problems.push(
        problem(
          ['mentor', 'role'],
          'mentor-role-is-member-role',
          'Роль наставника не может быть ролью участника команды',
          'The mentor role cannot also be a member role',
        ),
      );
    }
    addProblems(ctx, problems);
  });
export type TeamsSettings = z.infer<typeof teamsSchema>;
