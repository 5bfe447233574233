import { writeFile } from 'node:fs/promises';
import { API_CLIENT_DIRECTORY, apiClientSources } from './api-client-sources.ts';

/**
 * `npm run client:generate`: rewrites the typed client's generated types from the route table. Run
 * it after adding or changing a route; test/unit/api-client fails while they are out of step.
 */
for (const [path, content] of Object.entries(await apiClientSources())) {
  await writeFile(new URL(path, API_CLIENT_DIRECTORY), content);
  console.log(`wrote shared/api-client/${path}`);
}
