import type { ImportReport } from '../../../shared/education/domain/csv/import-report-schema.ts';
import type { Language } from '../language.ts';

/** A CSV upload's report: its counts, then every problem with its line (the header is line 1) and column. */
export const importReportText = (report: ImportReport, language: Language): string => {
  const ru = language === 'ru';
  const lines = [
    ru
      ? `Строк ${report.rows}: записано ${report.recorded}, без изменений ${report.unchanged}, отклонено ${report.rejected}`
      : `Rows ${report.rows}: recorded ${report.recorded}, unchanged ${report.unchanged}, rejected ${report.rejected}`,
  ];
  for (const problem of report.problems)
    lines.push(
      `  ${ru ? 'строка' : 'line'} ${problem.row}${problem.column === undefined ? '' : `, ${ru ? 'столбец' : 'column'} ${problem.column}`} (${problem.code}): ${problem.message[language]}`,
    );
  const unlisted = report.rejected - new Set(report.problems.map((problem) => problem.row)).size;
  if (unlisted > 0) lines.push(ru ? `  …и ещё отклонённых строк: ${unlisted}` : `  …and ${unlisted} more rejected rows`);
  return `${lines.join('\n')}\n`;
};
