import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { prokadryTemplate } from '../../../shared/catalogue/domain/templates/prokadry.ts';
import { staffClaims } from '../../support/claims.ts';
import { call } from '../../support/application-fixtures.ts';
import {
  applicationAs,
  dissolveTeam,
  getTeam,
  listTeams,
  peopleIn,
  personIn,
  putTeam,
  refusalOf,
  teamSeason,
  type Person,
  type TeamSeason,
} from './team-world.ts';

const ids = (people: readonly Person[]): string[] => people.map((person) => person.applicationId);
const teamId = (): string => `team-${randomUUID().slice(0, 8)}`;

/** Three pupils and a tutor at the regional school, and a mentor: the people of one team. */
const schoolTeam = async (season: TeamSeason) => {
  const [pupils, tutor, mentor] = await Promise.all([
    peopleIn(season, 'pupil', 'regional-school', 2),
    personIn(season, 'tutor', 'regional-school'),
    personIn(season, 'mentor', 'regional-school'),
  ]);
  return { members: [...pupils, tutor], mentor };
};

describe('project teams (staff routes)', { timeout: 60_000 }, () => {
  it('forms a team of pupils and tutors with a mentor; staff read members by id, each member reads only the team’s name on their application', async () => {
    const season = await teamSeason();
    const { members, mentor } = await schoolTeam(season);
    const id = teamId();
    const saved = await putTeam(season, id, { name: 'ЭкоДрайв', members: ids(members), mentor: mentor.applicationId, version: 0 });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.equal(saved.body['version'], 1);
    assert.deepEqual(saved.body['members'], [
      { applicationId: members[0]!.applicationId, participantRole: 'pupil' },
      { applicationId: members[1]!.applicationId, participantRole: 'pupil' },
      { applicationId: members[2]!.applicationId, participantRole: 'tutor' },
    ]);
    assert.deepEqual(saved.body['mentor'], { applicationId: mentor.applicationId });

    const read = await getTeam(season, id);
    assert.equal(read.status, 200);
    const atSchool = Object.fromEntries([...ids(members), mentor.applicationId].map((applicationId) => [applicationId, 'regional-school']));
    assert.deepEqual(read.body, { ...saved.body, stages: atSchool });

    const pupilView = await applicationAs(members[0]!.applicationId, members[0]!.claims);
    assert.deepEqual(pupilView['team'], { id, name: 'ЭкоДрайв', as: 'member' });
    assert.ok(!JSON.stringify(pupilView).includes(members[1]!.applicationId), 'no other member’s id on a member’s view');
    assert.deepEqual((await applicationAs(mentor.applicationId, mentor.claims))['team'], { id, name: 'ЭкоДрайв', as: 'mentor' });
    assert.deepEqual((await applicationAs(members[2]!.applicationId, season.staff))['team'], { id, name: 'ЭкоДрайв', as: 'member' });

    // A member who withdraws stays listed until staff change the team; staff see where they stand.
    const withdrawn = await call({
      method: 'POST',
      route: '/applications/{applicationId}/withdraw',
      pathParameters: { applicationId: members[1]!.applicationId },
      claims: members[1]!.claims,
    });
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    assert.deepEqual((await getTeam(season, id)).body['stages'], { ...atSchool, [members[1]!.applicationId]: 'withdrawn' });
  });

  it('refuses what breaks the programme’s rules with 422, every field named', async () => {
    const season = await teamSeason();
    const { members, mentor } = await schoolTeam(season);
    const [selecting, secondMentor, tutorAsMentor] = await Promise.all([
      personIn(season, 'pupil', 'selection'),
      personIn(season, 'mentor', 'regional-school'),
      personIn(season, 'tutor', 'regional-school'),
    ]);
    const stranger = randomUUID();

    const broken = refusalOf(
      await putTeam(season, teamId(), {
        name: 'Сборная',
        members: [members[0]!.applicationId, selecting.applicationId, secondMentor.applicationId, stranger],
        mentor: tutorAsMentor.applicationId,
        version: 0,
      }),
      422,
    );
    assert.equal(broken.code, 'invalid-team');
    assert.deepEqual(broken.fields, [
      'body.members.1 member-not-in-formation-stage',
      'body.members.2 member-role-not-allowed',
      'body.members.3 unknown-member',
      'body.mentor mentor-role-not-allowed',
    ]);
    assert.deepEqual(
      refusalOf(
        await putTeam(season, teamId(), { name: 'Двое', members: ids(members).slice(0, 2), mentor: mentor.applicationId, version: 0 }),
        422,
      ).fields,
      ['body.members too-few-members'],
    );
    assert.deepEqual(
      refusalOf(await putTeam(season, teamId(), { name: 'Без наставника', members: ids(members), version: 0 }), 422).fields,
      ['body.mentor mentor-required'],
    );
    assert.equal(
      refusalOf(
        await putTeam(season, teamId(), {
          name: 'Дубль',
          members: [members[0]!.applicationId, members[0]!.applicationId, members[1]!.applicationId],
          mentor: mentor.applicationId,
          version: 0,
        }),
        400,
      ).code,
      'validation-failed',
    );

    // Nothing of the refused saves holds anyone: the whole team is still free to form.
    assert.equal(
      (await putTeam(season, teamId(), { name: 'Команда', members: ids(members), mentor: mentor.applicationId, version: 0 })).status,
      200,
    );
  });

  it('keeps a person in one team per season, checks the version, and releases people a change removes in the same save', async () => {
    const season = await teamSeason();
    const { members, mentor } = await schoolTeam(season);
    const other = await schoolTeam(season);
    const first = teamId();
    const second = teamId();
    assert.equal(
      (await putTeam(season, first, { name: 'Первая', members: ids(members), mentor: mentor.applicationId, version: 0 })).status,
      200,
    );

    const claimed = refusalOf(
      await putTeam(season, second, {
        name: 'Вторая',
        members: [...ids(other.members), members[0]!.applicationId],
        mentor: other.mentor.applicationId,
        version: 0,
      }),
      409,
    );
    assert.equal(claimed.code, 'member-in-another-team');
    assert.deepEqual(claimed.fields, ['body.members.3 member-in-another-team']);
    const mentorClaimed = refusalOf(
      await putTeam(season, second, { name: 'Вторая', members: ids(other.members), mentor: mentor.applicationId, version: 0 }),
      409,
    );
    assert.deepEqual(mentorClaimed.fields, ['body.mentor member-in-another-team']);

    assert.equal(
      refusalOf(await putTeam(season, first, { name: 'Первая', members: ids(members), mentor: mentor.applicationId, version: 0 }), 409)
        .code,
      'version-conflict',
    );
    // The first team lets its first pupil go and renames itself; the pupil may join the second team at once.
    const newcomer = await personIn(season, 'pupil', 'regional-school');
    const changed = await putTeam(season, first, {
      name: 'Первая+',
      members: [...ids(members).slice(1), newcomer.applicationId],
      mentor: mentor.applicationId,
      version: 1,
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body['version'], 2);
    assert.equal((await applicationAs(members[0]!.applicationId, members[0]!.claims))['team'], undefined);
    assert.deepEqual((await applicationAs(newcomer.applicationId, newcomer.claims))['team'], { id: first, name: 'Первая+', as: 'member' });
    const joined = await putTeam(season, second, {
      name: 'Вторая',
      members: [...ids(other.members), members[0]!.applicationId],
      mentor: other.mentor.applicationId,
      version: 0,
    });
    assert.equal(joined.status, 200, JSON.stringify(joined.body));
    assert.equal(
      refusalOf(
        await putTeam(season, first, { name: 'Первая', members: ids(members).slice(1), mentor: mentor.applicationId, version: 1 }),
        409,
      ).code,
      'version-conflict',
    );
  });

  it('lets exactly one of two teams saved at once claim a person they both name', async () => {
    const season = await teamSeason();
    for (let round = 0; round < 4; round += 1) {
      const [a, b, shared] = await Promise.all([schoolTeam(season), schoolTeam(season), personIn(season, 'pupil', 'regional-school')]);
      const [teamA, teamB] = [teamId(), teamId()];
      const answers = await Promise.all([
        putTeam(season, teamA, {
          name: 'A',
          members: [...ids(a.members), shared.applicationId],
          mentor: a.mentor.applicationId,
          version: 0,
        }),
        putTeam(season, teamB, {
          name: 'B',
          members: [...ids(b.members), shared.applicationId],
          mentor: b.mentor.applicationId,
          version: 0,
        }),
      ]);
      assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 409], JSON.stringify(answers.map((answer) => answer.body)));
      const loser = answers.find((answer) => answer.status === 409)!;
      const winner = answers[0]!.status === 200 ? teamA : teamB;
      assert.equal(refusalOf(loser, 409).code, 'member-in-another-team');
      assert.deepEqual((await applicationAs(shared.applicationId, shared.claims))['team'], {
        id: winner,
        name: winner === teamA ? 'A' : 'B',
        as: 'member',
      });
      // The loser's transaction left nothing behind: its own people are still free.
      const losersPeople = winner === teamA ? b : a;
      assert.equal((await applicationAs(losersPeople.members[0]!.applicationId, losersPeople.members[0]!.claims))['team'], undefined);
      assert.equal((await getTeam(season, winner === teamA ? teamB : teamA)).status, 404);
    }
  });

  it('dissolves a team and frees its people; lists a season’s teams a page at a time', async () => {
    const season = await teamSeason();
    const formed = await Promise.all(
      [0, 1, 2].map(async (index) => {
        const { members, mentor } = await schoolTeam(season);
        const id = `${index}-${teamId()}`;
        assert.equal(
          (await putTeam(season, id, { name: `Команда ${index}`, members: ids(members), mentor: mentor.applicationId, version: 0 })).status,
          200,
        );
        return { id, members, mentor };
      }),
    );
    const first = await listTeams(season, { limit: '2' });
    assert.equal(first.status, 200);
    assert.equal((first.body['items'] as unknown[]).length, 2);
    assert.ok(typeof first.body['nextCursor'] === 'string');
    const rest = await listTeams(season, { limit: '2', cursor: String(first.body['nextCursor']) });
    const listed = [...(first.body['items'] as { id: string }[]), ...(rest.body['items'] as { id: string }[])].map((team) => team.id);
    assert.deepEqual(listed, formed.map((team) => team.id).sort());
    assert.equal(refusalOf(await listTeams(season, { cursor: 'bm90LWEtY3Vyc29y' }), 400).code, 'invalid-cursor');

    const gone = formed[1]!;
    assert.equal((await dissolveTeam(season, gone.id)).status, 204);
    assert.equal((await getTeam(season, gone.id)).status, 404);
    assert.equal(refusalOf(await dissolveTeam(season, gone.id), 404).code, 'not-found');
    assert.equal((await applicationAs(gone.mentor.applicationId, gone.mentor.claims))['team'], undefined);
    const regrouped = await putTeam(season, teamId(), {
      name: 'Снова',
      members: ids(gone.members),
      mentor: gone.mentor.applicationId,
      version: 0,
    });
    assert.equal(regrouped.status, 200, JSON.stringify(regrouped.body));
    assert.ok(!((await listTeams(season)).body['items'] as { id: string }[]).some((team) => team.id === gone.id));
  });

  it('answers staff of another programme 404 as for a season that does not exist, and changes nothing for them', async () => {
    const season = await teamSeason();
    const { members, mentor } = await schoolTeam(season);
    const id = teamId();
    assert.equal(
      (await putTeam(season, id, { name: 'Своя', members: ids(members), mentor: mentor.applicationId, version: 0 })).status,
      200,
    );
    const stranger = staffClaims(`other-${randomUUID().slice(0, 8)}`);
    const other = await schoolTeam(season);
    for (const answer of [
      await putTeam(
        season,
        teamId(),
        { name: 'Чужая', members: ids(other.members), mentor: other.mentor.applicationId, version: 0 },
        stranger,
      ),
      await putTeam(season, id, { name: 'Чужая', members: ids(members), mentor: mentor.applicationId, version: 1 }, stranger),
      await getTeam(season, id, stranger),
      await listTeams(season, {}, stranger),
      await dissolveTeam(season, id, stranger),
    ]) {
      assert.equal(refusalOf(answer, 404).code, 'not-found');
    }
    assert.equal((await getTeam(season, id)).body['name'], 'Своя');
    assert.equal((await getTeam(season, id)).body['version'], 1);
  });

  it('refuses teams in a programme whose settings have none', async () => {
    const season = await teamSeason(prokadryTemplate);
    const people = await peopleIn(season, 'pupil', 'education', 3);
    assert.equal(
      refusalOf(await putTeam(season, teamId(), { name: 'Команда', members: ids(people), version: 0 }), 409).code,
      'teams-not-configured',
    );
    assert.deepEqual((await listTeams(season)).body['items'], []);
  });
});
