import type { MentoringSettings, MentoringStages } from '../../catalogue/domain/config/mentoring-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import { noMentoring, noPairing } from '../mentoring-errors.ts';

/** The programme's mentoring settings, or the refusal of a programme without mentoring. */
export const mentoringOf = (programme: Programme): MentoringSettings => {
  const mentoring = programme.settings.mentoring;
  if (mentoring === undefined) throw noMentoring();
  return mentoring;
};

/** The programme's pairing stages, or the refusal of a programme that pairs nobody. */
export const pairingStagesOf = (programme: Programme): MentoringStages => {
  const stages = mentoringOf(programme).stages;
  if (stages === undefined) throw noPairing();
  return stages;
};
