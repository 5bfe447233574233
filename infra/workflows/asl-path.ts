import type { StateMachineManifest } from '../../shared/platform/workflow/state-machine-manifest.ts';

/** Where a state machine's ASL file is: beside this module, read by CDK and the local cloud alike. */
export const aslPath = (machine: StateMachineManifest): string => new URL(machine.file, import.meta.url).pathname;
