import { StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { localRoleArn, stateMachineArn } from './arns.ts';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Runs a Task's resource locally: what the Lambda behind the ARN would do with that input. */
export type TaskInvoker = (input: JsonValue) => Promise<JsonValue>;

export interface TaskBinding {
  /** The ARN the Task state names (after substitution), as AWS would see it. */
  readonly resource: string;
  readonly invoke: TaskInvoker;
}

export interface LocalStateMachineInit {
  /** Physical name, e.g. `cadre-local-openSeason`. */
  readonly name: string;
  readonly region: string;
  readonly type: 'STANDARD' | 'EXPRESS';
  /** The ASL exactly as read from the file CDK deploys. */
  readonly sourceText: string;
  /** Each `${Placeholder}` of the ASL: the ARN substituted for it and the code that runs there. */
  readonly substitutions: Readonly<Record<string, TaskBinding>>;
}

export interface LocalStateMachine {
  readonly name: string;
  readonly arn: string;
  readonly roleArn: string;
  readonly type: 'STANDARD' | 'EXPRESS';
  readonly creationDate: Date;
  readonly sourceText: string;
  /** The ASL after substitution: what DescribeStateMachine returns in AWS too. */
  readonly definition: string;
  readonly runner: StateMachine;
  /** Task state name -> its binding (aws-local-stepfunctions overrides Task states by name). */
  readonly tasks: Readonly<Record<string, TaskBinding>>;
}

type State = StateMachineDefinition['States'][string];

/** CDK's `DefinitionBody.fromFile` + `definitionSubstitutions` does the same `${Name}` replacement. */
const substitute = (name: string, sourceText: string, substitutions: Readonly<Record<string, TaskBinding>>): string =>
  sourceText.replace(/\$\{(\w+)\}/g, (_, placeholder: string) => {
    const binding = substitutions[placeholder];
    if (binding === undefined) throw new Error(`State machine ${name}: the ASL placeholder \${${placeholder}} has no local binding`);
    return binding.resource;
  });

/** Every Task state, including those inside Map and Parallel states. */
const taskStates = (states: Readonly<Record<string, State>>): [string, string][] =>
  Object.entries(states).flatMap(([stateName, state]): [string, string][] => {
    if (state.Type === 'Task') return [[stateName, state.Resource]];
    if (state.Type === 'Map') return taskStates((state.ItemProcessor ?? state.Iterator)?.States ?? {});
    if (state.Type === 'Parallel') return state.Branches.flatMap((branch) => taskStates(branch.States));
    return [];
  });

/**
 * Prepares an ASL definition to run locally: substitutes the placeholders, validates it (the
 * library runs asl-validator) and binds every Task state to in-process code. A Task whose
 * resource has no local binding fails here, at start-up, rather than calling real AWS later.
 */
export const defineLocalStateMachine = (init: LocalStateMachineInit): LocalStateMachine => {
  const definition = substitute(init.name, init.sourceText, init.substitutions);
  const parsed = JSON.parse(definition) as StateMachineDefinition;
  const byResource = new Map(Object.values(init.substitutions).map((binding) => [binding.resource, binding]));
  const tasks: Record<string, TaskBinding> = {};
  for (const [stateName, resource] of taskStates(parsed.States)) {
    const binding = byResource.get(resource);
    if (binding === undefined)
      throw new Error(`State machine ${init.name}: Task state ${stateName} uses ${resource}, which the local cloud cannot run`);
    tasks[stateName] = binding;
  }
  return {
    name: init.name,
    arn: stateMachineArn(init.region, init.name),
    roleArn: localRoleArn(init.region, init.name),
    type: init.type,
    creationDate: new Date(),
    sourceText: init.sourceText,
    definition,
    runner: new StateMachine(parsed),
    tasks,
  };
};
