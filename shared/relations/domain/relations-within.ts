import type { PeopleRelation } from '../people-relation-schema.ts';
import type { RelatedGroup } from '../ports/people-relations.ts';
import { personDigest } from './person-digest.ts';

/**
 * Each person's relations to everyone else in the group, by applicant id: a mentor and a member are
 * `mentoring`, two members `team`. People without a known address relate to the others but cannot
 * be named in anyone's relations; two accounts with one address are one person, not a relation; a
 * person known by address only is named in the others' relations and has none of their own.
 */
export const relationsWithin = (
  group: RelatedGroup,
  emailOf: (applicantId: string) => string | undefined,
): ReadonlyMap<string, readonly PeopleRelation[]> => {
  const people = group.people.map((person) => {
    const applicantId = 'applicantId' in person ? person.applicantId : undefined;
    const email = 'email' in person ? person.email : emailOf(person.applicantId);
    return { role: person.role, applicantId, digest: email === undefined ? undefined : personDigest(email) };
  });
  const relations = new Map<string, PeopleRelation[]>();
  for (const person of people) {
    if (person.applicantId === undefined) continue;
    const related = people.flatMap((other): PeopleRelation[] =>
      other === person || other.digest === undefined || other.digest === person.digest
        ? []
        : [
            {
              person: other.digest,
              kind: person.role === 'mentor' || other.role === 'mentor' ? 'mentoring' : 'team',
              seasonId: group.seasonId,
              ...(group.teamId === undefined ? {} : { teamId: group.teamId }),
            },
          ],
    );
    if (related.length > 0) relations.set(person.applicantId, [...(relations.get(person.applicantId) ?? []), ...related]);
  }
  return relations;
};
