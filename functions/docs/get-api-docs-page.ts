import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getApiDocsPageRoute } from '../../shared/api-docs/routes.ts';
import { apiDocument } from './api-document.ts';
import { renderDocsPage } from './render-docs-page.ts';

let page: string | undefined;

/** The page has no scripts and loads nothing: the policy says so, so an injected tag could not run either. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

export const getApiDocsPage = routeModule(getApiDocsPageRoute, async () => {
  page ??= renderDocsPage(apiDocument());
  return { status: 200, body: page, headers: { 'content-security-policy': CONTENT_SECURITY_POLICY } };
});
