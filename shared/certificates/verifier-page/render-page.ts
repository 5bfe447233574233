import { formatDate, type Language, type PageTexts, TEXTS } from './texts.ts';
import type { CredentialFacts, Verdict } from './verdict.ts';

/** What the result area shows: nothing asked yet, a check under way, or a verdict. */
export type PageState = { readonly kind: 'idle' } | { readonly kind: 'checking' } | Verdict;

interface Shown {
  readonly title: string;
  readonly explanation: string;
  readonly facts?: CredentialFacts;
  readonly claimedIssuer?: string;
}

const shown = (state: PageState, texts: PageTexts): Shown => {
  switch (state.kind) {
    case 'idle':
      return { title: texts.idle, explanation: '' };
    case 'checking':
      return { title: texts.checking, explanation: '' };
    case 'valid':
      return { ...texts.valid, facts: state.facts };
    case 'revoked': {
      const date = state.revokedAt === undefined ? undefined : formatDate(state.revokedAt, texts);
      return { title: texts.revoked.title(date), explanation: texts.revoked.explanation, facts: state.facts };
    }
    case 'not-in-force': {
      const explanation =
        'from' in state ? texts.notInForce.from(formatDate(state.from, texts)) : texts.notInForce.until(formatDate(state.until, texts));
      return { title: texts.notInForce.title, explanation, facts: state.facts };
    }
    case 'invalid':
      return { title: texts.invalid.title, explanation: texts.invalid.reasons[state.reason] };
    case 'not-found':
      return texts.notFound;
    case 'unverifiable':
      return {
        title: texts.unverifiable.title,
        explanation: texts.unverifiable.reasons[state.reason],
        ...(state.facts === undefined ? {} : { facts: state.facts }),
        ...(state.issuer === undefined ? {} : { claimedIssuer: state.issuer }),
      };
  }
};

const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The page has no #${id}`);
  return found as T;
};

/** The details list, rebuilt with textContent only: a credential's text is never markup. */
const renderFacts = (list: HTMLElement, { facts = {}, claimedIssuer }: Shown, texts: PageTexts): void => {
  const rows: [string, string | undefined][] = [
    [texts.labels.holder, facts.holder],
    [texts.labels.title, facts.title],
    [texts.labels.achievement, facts.achievement],
    [texts.labels.description, facts.description],
    [texts.labels.issuerName, facts.issuerName],
    [texts.labels.issuedAt, facts.issuedAt === undefined ? undefined : formatDate(facts.issuedAt, texts)],
    [texts.labels.number, facts.number],
    [texts.labels.claimedIssuer, claimedIssuer],
  ];
  list.replaceChildren(
    ...rows.flatMap(([label, value]) => {
      if (value === undefined) return [];
      const term = document.createElement('dt');
      term.textContent = label;
      const description = document.createElement('dd');
      description.textContent = value;
      return [term, description];
    }),
  );
  list.hidden = list.childElementCount === 0;
};

/** Sets the page's language, its fixed text and the result area for `state`. */
export const renderPage = (language: Language, state: PageState): void => {
  const texts = TEXTS[language];
  document.documentElement.lang = language;
  document.title = texts.static.title;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = node.dataset['text'] as keyof typeof texts.static;
    node.textContent = texts.static[key];
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset['lang'] === language));
  }
  element('languages').setAttribute('aria-label', texts.static.languages);

  const result = shown(state, texts);
  element('verdict').dataset['state'] = state.kind;
  element('verdict-title').textContent = result.title;
  const explanation = element('verdict-explanation');
  explanation.textContent = result.explanation;
  explanation.hidden = result.explanation === '';
  renderFacts(element('facts'), result, texts);
};
