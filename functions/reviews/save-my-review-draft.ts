import { routeModule } from '../../shared/platform/http/route-module.ts';
import { saveMyReviewDraftRoute } from '../../shared/reviews/routes.ts';
import { saveReviewDraft } from '../../shared/reviews/use-cases/save-review-draft.ts';
import { wiring } from './wiring.ts';

export const saveMyReviewDraft = routeModule(saveMyReviewDraftRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await saveReviewDraft(wiring().reviews, identity, params, body),
}));
