import type { Application } from '../../applications/application-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import { judgeEvent } from '../domain/judge-event.ts';
import { REFUSALS, type EventOutcome } from '../domain/event-outcome.ts';
import type { ProgressEvent } from '../progress-event-schema.ts';
import type { EducationDependencies } from './education-dependencies.ts';

/**
 * Records a batch of progress events of one season (from the learning platform or a CSV upload)
 * and answers one outcome per event, in the order given. The catalogue is read once and the
 * participants in one batched read; each good event is one conditional write of its
 * participant's progress item. A refused event is reported and never stored, and never stops the
 * others. Events of one participant are applied in order (they touch one item); participants in
 * parallel. Nothing about the shortlist is stored here: the `shortlist` guard computes it from the
 * stored progress and the season's current catalogue when it decides (current-shortlist.ts).
 */
export const recordProgress = async (
  deps: Pick<EducationDependencies, 'participants' | 'catalogues' | 'progress' | 'clock'>,
  context: { readonly season: Season },
  events: readonly ProgressEvent[],
): Promise<EventOutcome[]> => {
  const seasonId = context.season.id;
  const [catalogue, participants] = await Promise.all([
    deps.catalogues.find(seasonId),
    deps.participants.findMany(events.map((event) => event.applicationId)),
  ]);
  const at = deps.clock().toISOString();
  const outcomes: EventOutcome[] = new Array<EventOutcome>(events.length);
  const byParticipant = new Map<string, number[]>();
  events.forEach((event, index) => {
    byParticipant.set(event.applicationId, [...(byParticipant.get(event.applicationId) ?? []), index]);
  });

  const recordParticipant = async (application: Application | undefined, indexes: readonly number[]): Promise<void> => {
    for (const index of indexes) {
      const event = events[index];
      if (event === undefined) continue;
      const refusal = judgeEvent(event, { seasonId, application, catalogue });
      if (refusal !== undefined) {
        outcomes[index] = { eventId: event.eventId, outcome: refusal, message: REFUSALS[refusal] };
        continue;
      }
      const applied = await deps.progress.apply(event, { seasonId, at });
      outcomes[index] = { eventId: event.eventId, outcome: applied.outcome };
    }
  };

  await Promise.all([...byParticipant].map(([applicationId, indexes]) => recordParticipant(participants.get(applicationId), indexes)));
  return outcomes;
};
