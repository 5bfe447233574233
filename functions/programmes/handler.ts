import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import { catalogueRoutes } from '../../shared/catalogue/routes.ts';
import { createProgramme } from './create-programme.ts';
import { createSeason } from './create-season.ts';
import { getCurrentIdentity } from './get-current-identity.ts';
import { getProgramme } from './get-programme.ts';
import { getPublicSeason } from './get-public-season.ts';
import { listOpenSeasons } from './list-open-seasons.ts';
import { listProgrammeSeasons } from './list-programme-seasons.ts';
import { listProgrammeTemplates } from './list-programme-templates.ts';
import { listProgrammes } from './list-programmes.ts';
import { listSeasonWorkflowFailures } from './list-season-workflow-failures.ts';
import { openSeason } from './open-season.ts';
import { updateProgramme } from './update-programme.ts';
import { wiring } from './wiring.ts';

// Cold start: the container's clients and repositories, built once before the first request.
wiring();

export const handler = createCapabilityHandler('programmes', catalogueRoutes, {
  listProgrammeTemplates,
  createProgramme,
  listProgrammes,
  getProgramme,
  updateProgramme,
  createSeason,
  listProgrammeSeasons,
  openSeason,
  listOpenSeasons,
  getPublicSeason,
  listSeasonWorkflowFailures,
  getCurrentIdentity,
});
