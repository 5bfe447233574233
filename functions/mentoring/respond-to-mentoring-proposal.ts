import { routeModule } from '../../shared/platform/http/route-module.ts';
import { respondToMentoringProposalRoute } from '../../shared/mentoring/routes.ts';
import { respondToProposal } from '../../shared/mentoring/use-cases/respond-to-proposal.ts';
import { wiring } from './wiring.ts';

export const respondToMentoringProposal = routeModule(respondToMentoringProposalRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await respondToProposal(wiring().mentoring, identity, params.pairId, body),
}));
