import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getApiDocsPageRoute } from '../../shared/api-docs/routes.ts';
import { API_INFO } from './api-info.ts';
import { docsPage } from './docs-page.ts';

/**
 * Scripts, styles and requests from this origin only: the page runs Swagger UI's copy served beside
 * it and nothing else. Swagger UI sets inline styles as it renders, and shows images as data: URLs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const page = docsPage(API_INFO);

export const getApiDocsPage = routeModule(getApiDocsPageRoute, async () => ({
  status: 200,
  body: page,
  headers: { 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'public, max-age=300' },
}));
