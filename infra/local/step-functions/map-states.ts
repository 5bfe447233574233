import type { HistoryEvent, HistoryEventType } from '@aws-sdk/client-sfn';
import type { JsonValue } from './local-state-machine.ts';

/** A Map-level history event before it gets its time and place. */
export interface MapEvent {
  readonly type: HistoryEventType;
  readonly details?: Partial<HistoryEvent>;
}

interface OpenMap {
  /** Iteration index -> the type of the state it is in (undefined before its first state). */
  readonly iterations: Map<number, string | undefined>;
  /** Iterations whose current state failed and was not (yet) caught. */
  readonly failing: Set<number>;
  /** The iteration whose failure was recorded (there is one: the first cuts the rest). */
  failedIteration: number | undefined;
  failed: boolean;
}

type Definition = { readonly States?: Readonly<Record<string, DefinitionState>> };
type DefinitionState = {
  readonly Type?: string;
  readonly ItemsPath?: string;
  readonly InputPath?: string | null;
  readonly ItemProcessor?: Definition;
  readonly Iterator?: Definition;
  readonly Branches?: readonly Definition[];
};

/** Every Map state of a definition, nested ones included, by name (state names are unique in a state machine). */
const mapStatesOf = (definition: Definition): [string, DefinitionState][] =>
  Object.entries(definition.States ?? {}).flatMap(([name, state]): [string, DefinitionState][] => [
    ...(state.Type === 'Map' ? [[name, state] as [string, DefinitionState]] : []),
    ...mapStatesOf(state.ItemProcessor ?? state.Iterator ?? {}),
    ...(state.Branches ?? []).flatMap(mapStatesOf),
  ]);

/** A reference path of plain field names (`$`, `$.shards`, `$.a.b`); anything richer is not resolved. */
const valueAt = (value: JsonValue | undefined, path: string | null | undefined): JsonValue | undefined => {
  if (path === undefined || path === '$') return value;
  if (path === null || !/^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(path)) return undefined;
  return path
    .slice(2)
    .split('.')
    .reduce<JsonValue | undefined>(
      (current, field) => (current !== null && typeof current === 'object' && !Array.isArray(current) ? current[field] : undefined),
      value,
    );
};

/**
 * The Map-level events AWS writes and aws-local-stepfunctions does not log: MapStateStarted (with
 * the item count) after MapStateEntered; MapStateSucceeded before MapStateExited; and when one
 * iteration fails, a MapIterationAborted and the `<Type>StateAborted` of the state it was in for
 * every other iteration still running, then the MapIterationFailed and MapStateFailed — and
 * nothing of the cut iterations after that (the library stops them too). One tracker per execution. Iteration events carry only their index, so a Map nested in
 * another Map's iteration would share indexes; no cadre workflow nests Maps.
 */
export class MapStates {
  readonly #maps: ReadonlyMap<string, DefinitionState>;
  readonly #open = new Map<string, OpenMap>();
  readonly #cut = new Set<number>();

  constructor(definition: string) {
    this.#maps = new Map(mapStatesOf(JSON.parse(definition) as Definition));
  }

  /** Events of an iteration a sibling's failure cut: AWS shows none of them. */
  isCut(index: number | undefined): boolean {
    return index !== undefined && this.#cut.has(index);
  }

  /** MapStateStarted, right after MapStateEntered. */
  started(stateName: string, input: JsonValue): MapEvent[] {
    this.#open.set(stateName, { iterations: new Map(), failing: new Set(), failedIteration: undefined, failed: false });
    this.#cut.clear();
    const state = this.#maps.get(stateName);
    const items = valueAt(valueAt(input, state?.InputPath), state?.ItemsPath);
    return [{ type: 'MapStateStarted', details: { mapStateStartedEventDetails: Array.isArray(items) ? { length: items.length } : {} } }];
  }

  iterationStarted(stateName: string, index: number): void {
    this.#open.get(stateName)?.iterations.set(index, undefined);
  }

  /** The Map whose running iteration `index` is. */
  #mapOf(index: number): [string, OpenMap] | undefined {
    return [...this.#open].find(([, map]) => map.iterations.has(index));
  }

  /**
   * A state entered inside an iteration: what that iteration would be cut in. A Fail state ends
   * the iteration there and then: AWS records the cut and the failure right after FailStateEntered
   * (the library may log its MapIterationFailed late, or not at all before the execution ends).
   */
  enteredInIteration(index: number, stateType: string): MapEvent[] {
    const found = this.#mapOf(index);
    if (found === undefined) return [];
    found[1].iterations.set(index, stateType);
    return stateType === 'Fail' ? this.iterationFailed(found[0], index) : [];
  }

  /** A state inside an iteration failed; unless it is caught, its iteration fails with it. */
  failedInIteration(index: number): void {
    this.#mapOf(index)?.[1].failing.add(index);
  }

  caughtInIteration(index: number): void {
    this.#mapOf(index)?.[1].failing.delete(index);
  }

  iterationSucceeded(stateName: string, index: number): void {
    this.#open.get(stateName)?.iterations.delete(index);
  }

  /** The other running iterations are cut (each with the state it was in), then this one fails; once. */
  iterationFailed(stateName: string, index: number): MapEvent[] {
    const map = this.#open.get(stateName);
    if (map === undefined) return [{ type: 'MapIterationFailed', details: { mapIterationFailedEventDetails: { name: stateName, index } } }];
    if (map.failedIteration !== undefined) return [];
    map.failedIteration = index;
    map.iterations.delete(index);
    map.failed = true;
    const aborted = [...map.iterations].flatMap(([other, stateType]): MapEvent[] => {
      this.#cut.add(other);
      return [
        { type: 'MapIterationAborted', details: { mapIterationAbortedEventDetails: { name: stateName, index: other } } },
        ...(stateType === undefined ? [] : [{ type: `${stateType}StateAborted` as HistoryEventType }]),
      ];
    });
    map.iterations.clear();
    return [...aborted, { type: 'MapIterationFailed', details: { mapIterationFailedEventDetails: { name: stateName, index } } }];
  }

  /** The Map state failed: its failing iteration's failure first, if the library did not log it. */
  failed(stateName: string): MapEvent[] {
    const map = this.#open.get(stateName);
    const [failing] = map?.failing ?? [];
    const iteration =
      map !== undefined && map.failedIteration === undefined && failing !== undefined ? this.iterationFailed(stateName, failing) : [];
    if (map !== undefined) map.failed = true;
    return [...iteration, { type: 'MapStateFailed' }];
  }

  /**
   * What comes before MapStateExited: MapStateSucceeded, unless the Map failed and its Catch took
   * over (then it exits after MapStateFailed, as a caught Task exits after its failure).
   */
  exited(stateName: string): MapEvent[] {
    const map = this.#open.get(stateName);
    this.#open.delete(stateName);
    return map?.failed === true ? [] : [{ type: 'MapStateSucceeded' }];
  }
}
