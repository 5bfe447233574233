import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { personDigest } from '../../../shared/relations/domain/person-digest.ts';
import { relationsWithin } from '../../../shared/relations/domain/relations-within.ts';
import { peopleRelationSchema } from '../../../shared/relations/people-relation-schema.ts';

const emails: Record<string, string> = {
  anna: 'anna@example.org',
  boris: 'Boris@Example.org ',
  mentor: 'mentor@example.org',
  twin: 'ANNA@example.org',
};
const emailOf = (applicantId: string): string | undefined => emails[applicantId];
const team = {
  seasonId: 'kadry-2024',
  teamId: 'sever',
  people: [
    { applicantId: 'anna', role: 'member' as const },
    { applicantId: 'boris', role: 'member' as const },
    { applicantId: 'nobody', role: 'member' as const },
    { applicantId: 'mentor', role: 'mentor' as const },
  ],
};

describe('people relations', () => {
  it('names a person by a digest of their address, whatever its case or stray spaces, never the address itself', () => {
    assert.equal(personDigest('Boris@Example.org '), personDigest('boris@example.org'));
    assert.notEqual(personDigest('boris@example.org'), personDigest('anna@example.org'));
    assert.ok(peopleRelationSchema.shape.person.safeParse(personDigest('boris@example.org')).success);
    assert.ok(!personDigest('boris@example.org').includes('boris'));
  });

  it('relates each member of a team to the other members (team) and to its mentor (mentoring), the mentor to every member', () => {
    const relations = relationsWithin(team, emailOf);
    const of = (applicantId: string) =>
      (relations.get(applicantId) ?? []).map((relation) => ({ ...relation, person: relation.person.slice(0, 8) }));
    const digest = (applicantId: string) => personDigest(emails[applicantId]!).slice(0, 8);
    assert.deepEqual(of('anna'), [
      { person: digest('boris'), kind: 'team', seasonId: 'kadry-2024', teamId: 'sever' },
      { person: digest('mentor'), kind: 'mentoring', seasonId: 'kadry-2024', teamId: 'sever' },
    ]);
    assert.deepEqual(
      of('mentor').map((relation) => relation.kind),
      ['mentoring', 'mentoring'],
    );
    // A member without a profile relates to the others, though nobody can name them.
    assert.equal(of('nobody').length, 3);
    assert.ok(!JSON.stringify([...relations.values()]).includes('@'), 'no address in a relation');
  });

  it('does not relate a person to themselves under a second account with the same address', () => {
    const relations = relationsWithin(
      {
        seasonId: 'kadry-2024',
        people: [
          { applicantId: 'anna', role: 'mentor' },
          { applicantId: 'twin', role: 'member' },
        ],
      },
      emailOf,
    );
    assert.equal(relations.size, 0);
  });

  it('relates a mentee to a mentor known only by the address they sign in with, who holds no relations of their own', () => {
    const relations = relationsWithin(
      {
        seasonId: 'obedinenie-2027',
        people: [
          { applicantId: 'anna', role: 'member' },
          { email: 'Mentor@Example.org', role: 'mentor' },
        ],
      },
      emailOf,
    );
    assert.deepEqual([...relations.keys()], ['anna']);
    assert.deepEqual(relations.get('anna'), [
      { person: personDigest('mentor@example.org'), kind: 'mentoring', seasonId: 'obedinenie-2027' },
    ]);
  });
});
