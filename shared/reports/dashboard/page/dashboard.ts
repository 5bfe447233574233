import type { Chart as ChartInstance } from 'chart.js';
import { type Answer, getJson } from './api-client.ts';
import { byId, element } from './dom.ts';
import { renderFunnel } from './funnel-panel.ts';
import { renderKpis } from './kpi-panel.ts';
import { renderRegions } from './regions-panel.ts';
import type {
  BreakdownReport,
  FunnelReport,
  KpiReport,
  Page,
  Problem,
  ProgrammeSummary,
  SeasonSummary,
  TimeInStageReport,
} from './report-shapes.ts';
import { forgetToken, savedToken, saveToken, takeTokenFromAddress } from './session-token.ts';
import { type Language, type PageTexts, type StaticTexts, TEXTS } from './texts.ts';
import { renderTimeInStage } from './time-panel.ts';

/**
 * The staff dashboard: signs in with the token the staff member pastes, lists the seasons of their
 * programmes and shows the chosen season's reports, in Russian or English.
 */

interface SeasonChoice {
  readonly season: SeasonSummary;
  readonly programme: ProgrammeSummary;
}

interface SeasonReports {
  readonly funnel: FunnelReport;
  readonly kpis: Answer<KpiReport>;
  readonly districts: Answer<BreakdownReport>;
  readonly regions: Answer<BreakdownReport>;
  readonly time: Answer<TimeInStageReport>;
}

type View =
  | { readonly kind: 'signed-out'; readonly problem?: Problem }
  | { readonly kind: 'loading' }
  | { readonly kind: 'no-seasons' }
  | { readonly kind: 'problem'; readonly problem: Problem }
  | { readonly kind: 'season'; readonly reports: SeasonReports };

const query = new URLSearchParams(window.location.search);
const asked = query.get('lang');
let language: Language = asked === 'ru' || asked === 'en' ? asked : navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
let view: View = { kind: 'loading' };
let seasons: readonly SeasonChoice[] = [];
let chosenSeason: string | undefined = query.get('season') ?? undefined;
let charts: ChartInstance[] = [];
// Only the latest load may show its figures: a season picked while another's reports still arrive.
let latestLoad = 0;

const problemText = (problem: Problem, texts: PageTexts): string => {
  if (problem.status === 0) return texts.problems.network;
  if (problem.status === 401) return texts.problems.unauthorised;
  if (problem.status === 403) return texts.problems.forbidden;
  if (problem.status === 404) return texts.problems.notFound;
  return problem.message?.[language] ?? texts.problems.other(problem.status);
};

const showNotice = (text: string | undefined, kind: 'info' | 'warning' | 'error' = 'info'): void => {
  const notice = byId('notice');
  notice.hidden = text === undefined;
  notice.textContent = text ?? '';
  notice.dataset['kind'] = kind;
};

const renderStatic = (texts: PageTexts): void => {
  document.documentElement.lang = language;
  document.title = texts.static.title;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = node.dataset['text'] as keyof StaticTexts;
    node.textContent = texts.static[key];
  }
  byId('languages').setAttribute('aria-label', texts.static.languages);
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === language));
  }
};

const renderSeasonPicker = (): void => {
  const picker = byId<HTMLSelectElement>('season');
  picker.replaceChildren(
    ...seasons.map(({ season, programme }) =>
      element('option', `${programme.name[language]} — ${season.title[language]}`, { value: season.id }),
    ),
  );
  if (chosenSeason !== undefined) picker.value = chosenSeason;
};

/** A panel's figures, or in words why they are missing. */
const renderPanel = <T>(panel: HTMLElement, answer: Answer<T>, texts: PageTexts, draw: (body: T) => ChartInstance[]): void => {
  if (answer.ok) charts.push(...draw(answer.body));
  else panel.replaceChildren(element('p', problemText(answer.problem, texts), { class: 'panel-problem', role: 'alert' }));
};

const renderReports = (reports: SeasonReports, texts: PageTexts): void => {
  const { funnel } = reports;
  if (funnel.status !== 'ready') showNotice(texts.status[funnel.status], 'warning');
  charts.push(...renderFunnel(byId('funnel'), funnel, texts, language));
  renderPanel(byId('kpis'), reports.kpis, texts, (body) => {
    renderKpis(byId('kpis'), body, texts, language);
    return [];
  });
  const { districts, regions } = reports;
  if (!districts.ok) renderPanel(byId('regions'), districts, texts, () => []);
  else renderPanel(byId('regions'), regions, texts, (body) => renderRegions(byId('regions'), districts.body, body, texts, language));
  renderPanel(byId('time'), reports.time, texts, (body) => renderTimeInStage(byId('time'), body, texts, language));
};

const render = (): void => {
  const texts = TEXTS[language];
  renderStatic(texts);
  for (const chart of charts) chart.destroy();
  charts = [];
  const signedOut = view.kind === 'signed-out';
  byId('sign-in').hidden = !signedOut;
  byId('controls').hidden = signedOut || seasons.length === 0;
  byId('panels').hidden = view.kind !== 'season';
  renderSeasonPicker();
  showNotice(undefined);
  switch (view.kind) {
    case 'signed-out':
      showNotice(
        view.problem === undefined ? texts.noToken : problemText(view.problem, texts),
        view.problem === undefined ? 'info' : 'error',
      );
      return;
    case 'loading':
      showNotice(texts.loading);
      return;
    case 'no-seasons':
      showNotice(texts.noSeasons);
      return;
    case 'problem':
      showNotice(problemText(view.problem, texts), 'error');
      return;
    case 'season':
      renderReports(view.reports, texts);
  }
};

const show = (next: View): void => {
  view = next;
  render();
};

/** Every page of a list (the staff member's programmes, a programme's seasons), at most 100 items a page. */
const allPages = async <T>(path: string, token: string): Promise<Answer<readonly T[]>> => {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const answer = await getJson<Page<T>>(`${path}?limit=100${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`, token);
    if (!answer.ok) return answer;
    items.push(...answer.body.items);
    cursor = answer.body.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return { ok: true, body: items };
};

const failed = (problem: Problem): void => {
  if (problem.status === 401) forgetToken();
  show(problem.status === 401 ? { kind: 'signed-out', problem } : { kind: 'problem', problem });
};

const loadSeason = async (seasonId: string, token: string): Promise<void> => {
  const thisLoad = ++latestLoad;
  chosenSeason = seasonId;
  const address = new URL(window.location.href);
  address.searchParams.set('season', seasonId);
  window.history.replaceState(null, '', address);
  show({ kind: 'loading' });
  const report = (name: string, parameters = '') =>
    `seasons/${encodeURIComponent(seasonId)}/reports/${name}?format=json${parameters === '' ? '' : `&${parameters}`}`;
  const [funnel, kpis, districts, regions, time] = await Promise.all([
    getJson<FunnelReport>(report('funnel'), token),
    getJson<KpiReport>(report('kpis'), token),
    getJson<BreakdownReport>(report('breakdown', 'by=federal-district'), token),
    getJson<BreakdownReport>(report('breakdown', 'by=region'), token),
    getJson<TimeInStageReport>(report('time-in-stage'), token),
  ]);
  if (thisLoad !== latestLoad) return;
  const unauthorised = [funnel, kpis, districts, regions, time].find((answer) => !answer.ok && answer.problem.status === 401);
  if (unauthorised !== undefined && !unauthorised.ok) return failed(unauthorised.problem);
  if (!funnel.ok) return failed(funnel.problem);
  show({ kind: 'season', reports: { funnel: funnel.body, kpis, districts, regions, time } });
};

const start = async (): Promise<void> => {
  const token = savedToken();
  if (token === undefined) return show({ kind: 'signed-out' });
  show({ kind: 'loading' });
  const programmes = await allPages<ProgrammeSummary>('programmes', token);
  if (!programmes.ok) return failed(programmes.problem);
  const found: SeasonChoice[] = [];
  for (const programme of programmes.body) {
    const programmeSeasons = await allPages<SeasonSummary>(`programmes/${encodeURIComponent(programme.id)}/seasons`, token);
    if (!programmeSeasons.ok) return failed(programmeSeasons.problem);
    found.push(...programmeSeasons.body.map((season) => ({ season, programme })));
  }
  seasons = found;
  // A season the address names is asked for even when it is not in the list: the API says whether
  // it exists and is theirs, and the page says so in words instead of showing another season.
  const chosen = chosenSeason ?? (found.find(({ season }) => season.status === 'open') ?? found[0])?.season.id;
  if (chosen === undefined) return show({ kind: 'no-seasons' });
  await loadSeason(chosen, token);
};

const unexpected = (error: unknown): void => {
  console.error('The dashboard failed unexpectedly', error);
  show({ kind: 'problem', problem: { status: 0 } });
};

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
  button.addEventListener('click', () => {
    language = button.dataset['lang'] === 'en' ? 'en' : 'ru';
    // The address keeps the language, so a shared link opens as the reader saw it.
    const address = new URL(window.location.href);
    address.searchParams.set('lang', language);
    window.history.replaceState(null, '', address);
    render();
  });
}

byId('sign-in-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const field = byId<HTMLInputElement>('token');
  if (field.value.trim() === '') return;
  saveToken(field.value);
  field.value = '';
  start().catch(unexpected);
});

byId('sign-out').addEventListener('click', () => {
  forgetToken();
  seasons = [];
  show({ kind: 'signed-out' });
});

byId<HTMLSelectElement>('season').addEventListener('change', (event) => {
  const token = savedToken();
  const seasonId = (event.target as HTMLSelectElement).value;
  if (token === undefined) show({ kind: 'signed-out' });
  else loadSeason(seasonId, token).catch(unexpected);
});

takeTokenFromAddress();
start().catch(unexpected);
