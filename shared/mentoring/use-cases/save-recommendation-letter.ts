import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import { letterReadyMail } from '../mail/letter-ready-mail.ts';
import type { RecommendationLetter, SaveLetterInput } from '../recommendation-letter-schema.ts';
import { letterFinal, letterNotRequested } from '../mentoring-errors.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { ownPair, subjectOfPair } from './own-pair.ts';

/**
 * The mentor writes the requested letter in the platform: drafts as often as they like, at the
 * version read, then `final`, which signs it off for good (the certificates capability reads it,
 * the mentee is mailed that it is ready). A final letter is never written again.
 */
export const saveRecommendationLetter = async (
  deps: Pick<MentoringDependencies, 'pairs' | 'letters' | 'subjects' | 'profiles' | 'mailQueue' | 'clock'>,
  identity: Identity,
  pairId: string,
  input: SaveLetterInput,
): Promise<RecommendationLetter> => {
  const pair = await ownPair(deps, identity, pairId);
  const letter = await deps.letters.find(pair.applicationId);
  if (letter === undefined || letter.pairId !== pair.id) throw letterNotRequested();
  if (letter.status === 'final') throw letterFinal();
  if (letter.version !== input.version) throw versionConflict(letter.version);
  const at = deps.clock();
  const now = at.toISOString();
  const outcome = await deps.letters.save(
    {
      ...letter,
      status: input.final ? 'final' : 'draft',
      text: input.text,
      language: input.language,
      updatedAt: now,
      ...(input.final ? { finalisedAt: now } : {}),
      version: letter.version + 1,
    },
    letter.version,
  );
  if (!outcome.written) {
    const current = await deps.letters.find(pair.applicationId);
    if (current?.status === 'final') throw letterFinal();
    throw versionConflict(outcome.currentVersion);
  }
  if (input.final) {
    const [subject, mentor] = await Promise.all([subjectOfPair(deps, pair), deps.profiles.find(pair.mentorId)]);
    if (subject.profile !== undefined) {
      await deps.mailQueue.enqueue(
        {
          id: `recommendation-letter-ready:${pair.applicationId}`,
          seasonId: pair.seasonId,
          mail: letterReadyMail({
            to: subject.profile.contacts.email,
            language: subject.application.language,
            programmeName: subject.programme.settings.name,
            seasonTitle: subject.season.title,
            applicationId: pair.applicationId,
            mentorName: mentor?.displayName,
          }),
        },
        at,
      );
    }
  }
  return outcome.letter;
};
