// An applicant's own applications, every page: stage and history, as the applicant's portal shows them.
// CADRE_API_URL=http://localhost:3000 CADRE_TOKEN=$(npm run -s token -- applicant) node my-applications.ts
import { createCadreClient, isCadreProblem } from '@cadre/api-client';

const client = createCadreClient({
  baseUrl: process.env['CADRE_API_URL'] ?? 'http://localhost:3000',
  token: process.env['CADRE_TOKEN'],
});

let cursor: string | undefined;
do {
  const { data, error } = await client.GET('/me/applications', { params: { query: { limit: 20, cursor } } });
  if (error !== undefined) {
    // A refusal is a problem with a machine code and a message in Russian and English.
    console.error(isCadreProblem(error) ? `${error.status} ${error.code}: ${error.message.en}` : error.message);
    process.exit(1);
  }
  for (const application of data.items) {
    const moves = (application.history ?? []).map((event) => event.kind).join(' → ');
    console.log(`${application.id}  ${application.seasonId}  ${application.stage.name.en}  (${moves})`);
  }
  cursor = data.nextCursor;
} while (cursor !== undefined);
