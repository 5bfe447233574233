import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DASHBOARD_BUNDLE_FOLDER, DASHBOARD_FILES, type DashboardFile } from '../../shared/reports/dashboard/dashboard-files.ts';
import type { StaticText } from './compressed-answer.ts';

let assets: Promise<Readonly<Record<DashboardFile, StaticText>>> | undefined;

/**
 * The built page: a Lambda's bundle carries it under the task root (infra/bundling/lambda-bundle.ts
 * builds it with the function), so AWS never builds anything at run time; the local cloud and the
 * tests, which run the function from its sources, build it from the page's sources at the first
 * request. Either way it is made once and kept for the container's life.
 */
const load = async (): Promise<Readonly<Record<DashboardFile, StaticText>>> => {
  const taskRoot = process.env['LAMBDA_TASK_ROOT'];
  const texts =
    taskRoot === undefined
      ? (await import('../../shared/reports/dashboard/build-dashboard-assets.ts')).buildDashboardAssets()
      : Object.fromEntries(
          await Promise.all(
            DASHBOARD_FILES.map(async (file) => [file, await readFile(join(taskRoot, DASHBOARD_BUNDLE_FOLDER, file), 'utf8')] as const),
          ),
        );
  return Object.fromEntries(DASHBOARD_FILES.map((file) => [file, { text: texts[file] ?? '' }])) as Record<DashboardFile, StaticText>;
};

export const dashboardAsset = async (file: DashboardFile): Promise<StaticText> => {
  assets ??= load();
  return (await assets)[file];
};
