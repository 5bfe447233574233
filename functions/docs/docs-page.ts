import { escapeHtml } from '../../shared/platform/html/escape-html.ts';

/**
 * The documentation page: Swagger UI, from this API's own copy (docs/swagger-ui.js and .css,
 * relative to /docs), reading /openapi.json. No CDN and no inline script, so the page works
 * offline and its content security policy allows scripts from this origin only.
 */
export const docsPage = (info: { readonly title: string; readonly version: string }): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(info.title)} ${escapeHtml(info.version)}: documentation</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="docs/swagger-ui.css">
<script src="docs/swagger-ui.js" defer></script>
</head>
<body>
<div id="swagger-ui" data-openapi="openapi.json"></div>
<noscript><p>This page needs JavaScript. The API is described in <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p></noscript>
</body>
</html>
`;
