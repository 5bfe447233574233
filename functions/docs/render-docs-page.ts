import { escapeHtml } from '../../shared/platform/html/escape-html.ts';
import type {
  JsonSchema,
  OpenApiDocument,
  OperationObject,
  ParameterObject,
  Reference,
  ResponseObject,
} from '../../shared/api-docs/openapi/openapi-document.ts';

/**
 * The human-readable documentation, rendered on the server from the OpenAPI document: the page
 * must work offline and under a script-free content security policy, so there is no Swagger UI,
 * no CDN and no JavaScript, only HTML and inline CSS. Every value is escaped.
 */
export const renderDocsPage = (document: OpenApiDocument): string => {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );
  const tags = document.tags.map((tag) => tag.name);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} ${escapeHtml(document.info.version)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
${document.info.description
  .split('\n\n')
  .map((paragraph) => `<p>${inlineCode(paragraph)}</p>`)
  .join('\n')}
<p>Machine-readable: <a href="openapi.json">openapi.json</a></p></header>
<nav><h2>Operations</h2>${tags
    .map(
      (tag) =>
        `<h3>${escapeHtml(tag)}</h3><ul>${operations
          .filter(({ operation }) => operation.tags.includes(tag))
          .map(
            ({ path, method, operation }) =>
              `<li><a href="#op-${escapeHtml(operation.operationId)}"><span class="method">${method}</span> ${escapeHtml(path)}</a> ${escapeHtml(operation.summary)}</li>`,
          )
          .join('')}</ul>`,
    )
    .join('\n')}</nav>
<main>
${operations.map(({ path, method, operation }) => renderOperation(path, method, operation)).join('\n')}
<section><h2>Schemas</h2>
${Object.entries(document.components.schemas)
  .map(([name, schema]) => `<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>${renderSchema(schema)}`)
  .join('\n')}
</section>
<section><h2>Error responses</h2><dl>
${Object.entries(document.components.responses)
  .map(([name, response]) => `<dt id="response-${escapeHtml(name)}">${escapeHtml(name)}</dt><dd>${inlineCode(response.description)}</dd>`)
  .join('\n')}
</dl></section>
</main>
</body>
</html>
`;
};

const renderOperation = (path: string, method: string, operation: OperationObject): string => {
  const body = operation.requestBody?.content['application/json'];
  return `<section class="operation" id="op-${escapeHtml(operation.operationId)}">
<h2><span class="method">${method}</span> <code>${escapeHtml(path)}</code></h2>
<p><strong>${escapeHtml(operation.summary)}</strong> <small>(${escapeHtml(operation.operationId)})</small></p>
<p>Roles: ${operation['x-roles'].map((role) => `<span class="role">${escapeHtml(role)}</span>`).join(' ')}${operation.security.length > 0 ? ' · needs a bearer token' : ''}</p>
${operation.description
  .split('\n\n')
  // The roles line is for readers of the raw document; this page shows the roles as badges above.
  .filter((paragraph) => !paragraph.startsWith('Roles: '))
  .map((paragraph) => `<p>${inlineCode(paragraph)}</p>`)
  .join('\n')}
${operation.parameters === undefined ? '' : renderParameters(operation.parameters)}
${body === undefined ? '' : `<h3>Request body (application/json)</h3>${renderSchema(body.schema)}`}
<h3>Responses</h3>
<table><thead><tr><th>Status</th><th>Description</th><th>Body</th></tr></thead><tbody>
${Object.entries(operation.responses)
  .map(([status, response]) => renderResponse(status, response))
  .join('\n')}
</tbody></table>
</section>`;
};

const renderParameters = (parameters: readonly ParameterObject[]): string =>
  `<h3>Parameters</h3><table><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Schema</th></tr></thead><tbody>${parameters
    .map(
      (parameter) =>
        `<tr><td><code>${escapeHtml(parameter.name)}</code></td><td>${parameter.in}</td><td>${parameter.required ? 'yes' : 'no'}</td><td>${renderSchema(parameter.schema)}</td></tr>`,
    )
    .join('')}</tbody></table>`;

const renderResponse = (status: string, response: ResponseObject | Reference): string => {
  if ('$ref' in response) {
    const name = response.$ref.split('/').pop() ?? '';
    return `<tr><td>${escapeHtml(status)}</td><td><a href="#response-${escapeHtml(name)}">${escapeHtml(name)}</a></td><td>${renderSchema({ $ref: '#/components/schemas/Problem' })}</td></tr>`;
  }
  const content = Object.entries(response.content ?? {});
  return `<tr><td>${escapeHtml(status)}</td><td>${escapeHtml(response.description)}</td><td>${content.map(([type, media]) => `<small>${escapeHtml(type)}</small>${renderSchema(media.schema)}`).join('')}</td></tr>`;
};

/** JSON Schema as indented JSON, with component references turned into links to their section. */
const renderSchema = (schema: JsonSchema): string =>
  `<pre>${escapeHtml(JSON.stringify(schema, null, 2)).replace(
    /&quot;#\/components\/schemas\/([^&]+)&quot;/g,
    (_, name: string) => `&quot;<a href="#schema-${name}">#/components/schemas/${name}</a>&quot;`,
  )}</pre>`;

const inlineCode = (text: string): string => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;display:grid;grid-template-columns:22rem 1fr;color:#1b1f24}
header{grid-column:1/3;padding:1rem 2rem;background:#f3f5f8;border-bottom:1px solid #d8dee4}
nav{padding:1rem;border-right:1px solid #d8dee4;font-size:14px;overflow-wrap:anywhere}nav ul{list-style:none;padding:0}nav li{margin:.3rem 0}
main{padding:1rem 2rem;min-width:0}
.operation{border-bottom:1px solid #d8dee4;padding-bottom:1rem}
.method{display:inline-block;min-width:3.5rem;font:600 12px monospace;background:#1f6feb;color:#fff;border-radius:3px;padding:1px 4px;text-align:center}
.role{background:#eaeef2;border-radius:10px;padding:0 .5rem;font-size:13px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d8dee4;padding:.3rem .5rem;text-align:left;vertical-align:top}
pre{background:#f6f8fa;padding:.5rem;overflow:auto;font-size:12px;margin:.2rem 0}
`;
