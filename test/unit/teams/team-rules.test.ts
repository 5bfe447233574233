import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import type { Application } from '../../../shared/applications/application-schema.ts';
import { checkTransitionGuards, guardKindsOf, type GuardFacts } from '../../../shared/catalogue/domain/pipeline/transition-guards.ts';
import { MAX_TEAM_MEMBERS, type TeamsSettings } from '../../../shared/catalogue/domain/config/teams-schema.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { checkTeam, type TeamCheckContext } from '../../../shared/teams/domain/check-team.ts';
import { MAX_TRANSACTION_ACTIONS, planTeamChange, saveActionCount } from '../../../shared/teams/domain/plan-team-change.ts';
import { teamInputSchema } from '../../../shared/teams/team-schema.ts';

const SEASON = 'kadry-2026';
const settings = kadryBudushchegoTemplate.settings.teams as TeamsSettings;
const stages = kadryBudushchegoTemplate.settings.pipeline.stages;

const application = (participantRole: string, stage: string, seasonId = SEASON): Application => ({
  id: randomUUID(),
  seasonId,
  programmeId: 'kadry',
  applicantId: randomUUID(),
  stage,
  participantRole,
  answers: {},
  language: 'ru',
  createdAt: '2026-05-01T00:00:00.000Z',
  updatedAt: '2026-05-01T00:00:00.000Z',
  submittedAt: '2026-05-01T00:00:00.000Z',
  version: 3,
});

const contextOf = (applications: readonly Application[], alreadyIn: readonly string[] = []): TeamCheckContext => ({
  seasonId: SEASON,
  settings,
  stages,
  applications: new Map(applications.map((found) => [found.id, found])),
  alreadyIn: new Set(alreadyIn),
});

const codes = (problems: readonly { field: string; code: string }[]): string[] =>
  problems.map((problem) => `${problem.field} ${problem.code}`);

describe('team rules', () => {
  const pupils = [application('pupil', 'regional-school'), application('pupil', 'regional-school')];
  const tutor = application('tutor', 'regional-school');
  const mentor = application('mentor', 'project-work');
  const all = [...pupils, tutor, mentor];
  const members = [...pupils, tutor].map((found) => found.id);

  it('accepts pupils and tutors of the season at the school with a mentor still taking part', () => {
    assert.deepEqual(checkTeam({ members, mentor: mentor.id }, contextOf(all)), []);
  });

  it('refuses a team below the minimum and above the maximum', () => {
    assert.deepEqual(codes(checkTeam({ members: members.slice(0, 2), mentor: mentor.id }, contextOf(all))), [
      'body.members too-few-members',
    ]);
    const crowd = Array.from({ length: settings.maxMembers + 1 }, () => application('pupil', 'regional-school'));
    assert.deepEqual(codes(checkTeam({ members: crowd.map((found) => found.id), mentor: mentor.id }, contextOf([...crowd, mentor]))), [
      'body.members too-many-members',
    ]);
  });

  it('names every member at fault: unknown, of another season, in another stage, in a role that does not join teams', () => {
    const stranger = randomUUID();
    const otherSeason = application('pupil', 'regional-school', 'kadry-2025');
    const stillSelecting = application('pupil', 'selection');
    const mentorAsMember = application('mentor', 'regional-school');
    const problems = checkTeam(
      { members: [stranger, otherSeason.id, stillSelecting.id, mentorAsMember.id], mentor: mentor.id },
      contextOf([otherSeason, stillSelecting, mentorAsMember, mentor]),
    );
    assert.deepEqual(codes(problems), [
      'body.members.0 unknown-member',
      'body.members.1 unknown-member',
      'body.members.2 member-not-in-formation-stage',
      'body.members.3 member-role-not-allowed',
    ]);
    for (const problem of problems) {
      assert.ok(problem.message.ru.length > 0, `${problem.field} ${problem.code}: a message in Russian`);
      assert.ok(problem.message.en.length > 0, `${problem.field} ${problem.code}: a message in English`);
    }
  });

  it('keeps people already in the team whatever stage they reached since; newcomers must be at the school', () => {
    const movedOn = [
      application('pupil', 'education-tracks'),
      application('tutor', 'education-tracks'),
      application('pupil', 'education-tracks'),
    ];
    const newcomer = application('pupil', 'education-tracks');
    const ids = movedOn.map((found) => found.id);
    assert.deepEqual(checkTeam({ members: ids, mentor: mentor.id }, contextOf([...movedOn, mentor], [...ids, mentor.id])), []);
    assert.deepEqual(
      codes(
        checkTeam({ members: [...ids, newcomer.id], mentor: mentor.id }, contextOf([...movedOn, newcomer, mentor], [...ids, mentor.id])),
      ),
      ['body.members.3 member-not-in-formation-stage'],
    );
  });

  it('requires a mentor in the mentor role who still takes part in the season', () => {
    assert.deepEqual(codes(checkTeam({ members }, contextOf(all))), ['body.mentor mentor-required']);
    assert.deepEqual(codes(checkTeam({ members, mentor: tutor.id }, contextOf(all))), ['body.mentor mentor-role-not-allowed']);
    const withdrawn = application('mentor', 'withdrawn');
    assert.deepEqual(codes(checkTeam({ members, mentor: withdrawn.id }, contextOf([...all, withdrawn]))), [
      'body.mentor mentor-not-taking-part',
    ]);
    assert.deepEqual(codes(checkTeam({ members, mentor: randomUUID() }, contextOf(all))), ['body.mentor unknown-mentor']);
    const noMentors: TeamsSettings = { formationStage: settings.formationStage, minMembers: 1, maxMembers: 5 };
    assert.deepEqual(codes(checkTeam({ members, mentor: mentor.id }, { ...contextOf(all), settings: noMentors })), [
      'body.mentor mentors-not-configured',
    ]);
  });

  it('refuses a person listed twice, or as a member and the mentor at once', () => {
    const twice = teamInputSchema.safeParse({ name: 'Эко', members: [members[0], members[0]], mentor: mentor.id, version: 0 });
    assert.equal(twice.success, false);
    assert.deepEqual(
      twice.error?.issues.map((issue) => issue.path.join('.')),
      ['members.1'],
    );
    const both = teamInputSchema.safeParse({ name: 'Эко', members: [mentor.id], mentor: mentor.id, version: 0 });
    assert.equal(both.success, false);
  });

  it('plans who joins and who leaves, and the largest change fits in one transaction', () => {
    assert.deepEqual(planTeamChange(['a', 'b', 'm'], ['b', 'c', 'n']), { joining: ['c', 'n'], leaving: ['a', 'm'] });
    const full = (prefix: string) => Array.from({ length: MAX_TEAM_MEMBERS + 1 }, (_, i) => `${prefix}${i}`);
    const everyoneReplaced = planTeamChange(full('old'), full('new'));
    assert.equal(saveActionCount(everyoneReplaced), MAX_TRANSACTION_ACTIONS);
  });
});

describe('the team transition guard', () => {
  const none: GuardFacts = { track: undefined, participantRole: 'pupil', verifiedDocuments: new Set() };
  const leaveSchool = kadryBudushchegoTemplate.settings.pipeline.transitions.find(
    (transition) => transition.from.includes('regional-school') && transition.to === 'education-tracks',
  );

  it('asks for the team fact and refuses a pupil in no team with not-in-team', () => {
    assert.ok(leaveSchool);
    assert.ok(guardKindsOf(leaveSchool).has('team'));
    const refusal = checkTransitionGuards(leaveSchool, { ...none, inTeam: false });
    assert.equal(refusal?.code, 'not-in-team');
    assert.ok(refusal.message.ru.length > 0, 'a message in Russian');
    assert.ok(refusal.message.en.length > 0, 'a message in English');
    assert.equal(checkTransitionGuards(leaveSchool, { ...none, inTeam: true }), undefined);
  });

  it('never treats a missing fact as a pass', () => {
    assert.ok(leaveSchool);
    assert.throws(() => checkTransitionGuards(leaveSchool, none), /team guard evaluated without the team fact/);
  });
});
