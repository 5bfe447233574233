/** The page's elements by id: the page is fixed, so a missing one is a bug in index.html. */
export const byId = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The page has no #${id}`);
  return found as T;
};

/**
 * A new element with its text set as text: names come from programme settings staff write and are
 * never markup.
 */
export const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Readonly<Record<string, string>> = {},
): HTMLElementTagNameMap[K] => {
  const created = document.createElement(tag);
  if (text !== undefined) created.textContent = text;
  for (const [name, value] of Object.entries(attributes)) created.setAttribute(name, value);
  return created;
};

/** A table with a header row and body rows, every cell text; numeric columns are marked for alignment. */
export const table = (headers: readonly string[], rows: readonly (readonly string[])[], numericFrom = 1): HTMLTableElement => {
  const created = element('table');
  const head = created.createTHead().insertRow();
  head.append(
    ...headers.map((header, column) => element('th', header, { scope: 'col', ...(column >= numericFrom ? { class: 'number' } : {}) })),
  );
  const body = created.createTBody();
  for (const row of rows) {
    const line = body.insertRow();
    line.append(
      ...row.map((cell, column) => (column === 0 ? element('th', cell, { scope: 'row' }) : element('td', cell, { class: 'number' }))),
    );
  }
  return created;
};
