/**
 * A rule broken by a config, found by a check that looks across sections (a transition naming a
 * stage that does not exist). Carried through zod as a custom issue's params so that every
 * problem, structural or cross-reference, reaches the caller in one list with ru/en messages.
 */
export interface ConfigProblem {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly ru: string;
  readonly en: string;
}

export const problem = (path: readonly (string | number)[], code: string, ru: string, en: string): ConfigProblem => ({
  path,
  code,
  ru,
  en,
});

/** Each id that repeats an earlier one in the list, reported at the repeat. */
export const duplicateIds = (ids: readonly string[], pathOf: (index: number) => readonly (string | number)[]): ConfigProblem[] => {
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      problems.push(problem(pathOf(index), 'duplicate-id', `Идентификатор «${id}» повторяется`, `The id "${id}" is used twice`));
    }
    seen.add(id);
  });
  return problems;
};

/** Reports a reference to an id that is not declared. */
export const unknownReference = (
  path: readonly (string | number)[],
  id: string,
  declared: ReadonlySet<string>,
  what: { readonly ru: string; readonly en: string },
): ConfigProblem[] =>
  declared.has(id)
    ? []
    : [
        problem(
          path,
          `unknown-${what.en.replace(/\s+/g, '-')}`,
          `Нет такого объекта (${what.ru}): «${id}»`,
          `There is no ${what.en} "${id}"`,
        ),
      ];
