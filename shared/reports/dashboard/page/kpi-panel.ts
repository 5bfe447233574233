import { element } from './dom.ts';
import type { KpiPeriodFigures, KpiReport, KpiRow } from './report-shapes.ts';
import { formatNumber, formatPercent, type Language, type PageTexts } from './texts.ts';

const periodName = (period: string, texts: PageTexts): string => {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter === null ? texts.kpi.season : texts.kpi.quarter(quarter[2] ?? '', quarter[1] ?? '');
};

/** One period's bar: the actual against the target, full at the target (an over-achievement shows full and met). */
const periodRow = (kpi: KpiRow, period: KpiPeriodFigures, texts: PageTexts, name: string): HTMLElement => {
  const row = element('div', undefined, { class: 'kpi-period', 'data-met': String(period.met === true) });
  const label = element('span', periodName(period.period, texts), { class: 'kpi-period-name' });
  const bar = element('progress', undefined, { max: '1', 'aria-label': `${name}: ${periodName(period.period, texts)}` });
  if (period.progress !== null) bar.value = Math.min(Math.max(period.progress, 0), 1);
  const figure =
    period.actual === null
      ? texts.kpi.noActual
      : texts.kpi.actual(
          formatNumber(period.actual, texts, 1),
          formatNumber(kpi.target, texts, 1),
          period.progress === null ? '—' : formatPercent(period.progress, texts),
        );
  const marks = [figure, ...(period.cumulative === true ? [texts.kpi.cumulative] : []), ...(period.met === true ? [texts.kpi.met] : [])];
  const value = element('span', marks.join(' · '), { class: 'kpi-value' });
  row.append(label, bar, value);
  return row;
};

/** KPI targets against their actuals, per period: one progress bar each. */
export const renderKpis = (panel: HTMLElement, report: KpiReport, texts: PageTexts, language: Language): void => {
  if (report.kpis.length === 0) {
    panel.replaceChildren(element('p', texts.kpi.none, { class: 'empty' }));
    return;
  }
  const list = element('ul', undefined, { class: 'kpis' });
  for (const kpi of report.kpis) {
    const name = kpi.name[language];
    const item = element('li', undefined, { class: 'kpi', 'data-kpi': kpi.id });
    const unit = texts.kpi.units[kpi.unit];
    const heading = element('div', undefined, { class: 'kpi-heading' });
    heading.append(
      element('strong', name),
      element('span', texts.kpi.target(formatNumber(kpi.target, texts, 1), unit), { class: 'kpi-target' }),
    );
    if (kpi.source === 'reported') heading.append(element('span', texts.kpi.reported, { class: 'kpi-source' }));
    if (kpi.reserve !== undefined)
      heading.append(element('span', texts.kpi.reserve(formatNumber(kpi.reserve, texts)), { class: 'kpi-source' }));
    item.append(heading);
    if (kpi.source === 'not-measured') item.append(element('p', texts.kpi.notMeasured, { class: 'empty' }));
    else for (const period of kpi.periods) item.append(periodRow(kpi, period, texts, name));
    list.append(item);
  }
  panel.replaceChildren(list);
};
