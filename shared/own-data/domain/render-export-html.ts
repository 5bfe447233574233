import type { ExportDocument } from './export-document.ts';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every text on the page comes from records people typed: escaped, always, so no value is ever markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);

const STYLE = `body{font-family:"PT Sans",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;line-height:1.45}
h1{font-size:1.7rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #d0d7de;padding-bottom:.2rem}h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.2rem .5rem;border-bottom:1px solid #eaeef2}
th{width:35%;font-weight:600;color:#424a53}td{white-space:pre-wrap;overflow-wrap:anywhere}.meta th{width:auto}.none{color:#6e7781}`;

/**
 * The export as one self-contained page: no script, no outside resource (the response's CSP
 * forbids both), so it opens the same saved to disk years later. Semantic headings and tables: a
 * screen reader walks it section by section.
 */
export const renderExportHtml = (document: ExportDocument): string => {
  const rows = (items: ExportDocument['meta']): string =>
    items.map((row) => `<tr><th scope="row">${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}</td></tr>`).join('');
  const sections = document.sections
    .map((section) => {
      const body =
        section.blocks.length === 0
          ? `<p class="none">${escapeHtml(document.none)}</p>`
          : section.blocks.map((block) => `<h3>${escapeHtml(block.heading)}</h3><table>${rows(block.rows)}</table>`).join('');
      return `<section id="${section.id}"><h2>${escapeHtml(section.heading)}</h2>${body}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="${document.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(document.title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(document.title)}</h1><p>${escapeHtml(document.intro)}</p><table class="meta">${rows(document.meta)}</table>${sections}</main></body></html>`;
};
