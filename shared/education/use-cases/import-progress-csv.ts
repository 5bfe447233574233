import type { Identity } from '../../platform/auth/identity.ts';
import { findStaffSeason } from './access/education-access.ts';
import type { ImportReport } from '../domain/csv/import-report-schema.ts';
import { parseProgressCsv } from '../domain/csv/progress-csv.ts';
import type { RowProblem } from '../domain/csv/row-problem.ts';
import type { EventRefusal } from '../domain/judge-event.ts';
import type { EducationDependencies } from './education-dependencies.ts';
import { recordProgress } from './record-progress.ts';
import { MAX_REPORTED_PROBLEMS } from '../domain/csv/import-report-schema.ts';

/** The column a refusal of a well-formed row points at. */
const REFUSAL_COLUMN: Readonly<Record<EventRefusal, string>> = {
  'unknown-participant': 'applicationId',
  'unknown-item': 'itemId',
  'not-in-track': 'itemId',
  'after-deadline': 'at',
};

/**
 * Staff's bulk upload. Rows that cannot be read are reported with their line and column; the
 * readable ones go through exactly the path the learning platform's events take, so the same
 * refusals apply, and a refused row never blocks the good ones. Uploading the same file twice
 * records nothing the second time (row event ids are derived from the row's content).
 */
export const importProgressCsv = async (
  deps: EducationDependencies,
  identity: Identity,
  seasonId: string,
  csv: string,
): Promise<ImportReport> => {
  const season = await findStaffSeason(deps, identity, seasonId);
  const parsed = parseProgressCsv(csv);
  const outcomes =
    parsed.rows.length === 0
      ? []
      : await recordProgress(
          deps,
          { season },
          parsed.rows.map((row) => row.event),
        );
  const refusals: RowProblem[] = [];
  let recorded = 0;
  let unchanged = 0;
  outcomes.forEach((outcome, index) => {
    const row = parsed.rows[index]?.row ?? 0;
    if (outcome.outcome === 'recorded') recorded += 1;
    else if (outcome.outcome === 'duplicate' || outcome.outcome === 'already-recorded') unchanged += 1;
    else if (outcome.message !== undefined)
      refusals.push({ row, column: REFUSAL_COLUMN[outcome.outcome], code: outcome.outcome, message: outcome.message });
  });
  const problems = [...parsed.problems, ...refusals].sort((a, b) => a.row - b.row).slice(0, MAX_REPORTED_PROBLEMS);
  // Every data row is unreadable, refused, recorded or unchanged (a bad header refuses them all).
  return { rows: parsed.records, recorded, unchanged, rejected: parsed.records - recorded - unchanged, problems };
};
