import { type PageState, renderPage } from './render-page.ts';
import type { Language } from './texts.ts';
import { type CredentialSource, verifyCredential } from './verify-credential.ts';

/**
 * The verifier page's script: reads the certificate id (or a pasted credential.jwt), verifies it
 * against this site's published files and shows the verdict in Russian or English.
 */

// The site's root is the folder above verify/, whatever path the site is published under.
const site = new URL('../', window.location.href);
const query = new URLSearchParams(window.location.search);
const asked = query.get('lang');

let language: Language = asked === 'ru' || asked === 'en' ? asked : navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
let state: PageState = { kind: 'idle' };
// Only the latest check may show its verdict: a pasted credential can be checked while the link's still runs.
let latestCheck = 0;

const show = (next: PageState): void => {
  state = next;
  renderPage(language, state);
};

const check = async (source: CredentialSource): Promise<void> => {
  const thisCheck = ++latestCheck;
  show({ kind: 'checking' });
  const verdict = await verifyCredential(source, site).catch((error: unknown): PageState => {
    console.error('The check failed unexpectedly', error);
    return { kind: 'unverifiable', reason: 'network' };
  });
  if (thisCheck === latestCheck) show(verdict);
};

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
  button.addEventListener('click', () => {
    language = button.dataset['lang'] === 'en' ? 'en' : 'ru';
    // The address keeps the language, so a shared link opens as the reader saw it.
    const address = new URL(window.location.href);
    address.searchParams.set('lang', language);
    window.history.replaceState(null, '', address);
    renderPage(language, state);
  });
}

document.getElementById('paste-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const pasted = document.getElementById('credential-jwt') as HTMLTextAreaElement | null;
  if (pasted !== null && pasted.value.trim() !== '') void check({ jwt: pasted.value });
});

const id = query.get('id');
if (id === null || id.trim() === '') show(state);
else void check({ id: id.trim() });
