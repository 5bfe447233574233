import { LOCAL_ACCOUNT_ID } from '../local-settings.ts';

/** ARNs shaped exactly like AWS's, so code that parses or logs them behaves the same locally. */
export const lambdaFunctionArn = (region: string, functionName: string): string =>
  `arn:aws:lambda:${region}:${LOCAL_ACCOUNT_ID}:function:${functionName}`;

export const stateMachineArn = (region: string, stateMachineName: string): string =>
  `arn:aws:states:${region}:${LOCAL_ACCOUNT_ID}:stateMachine:${stateMachineName}`;

export const executionArn = (machineArn: string, executionName: string): string =>
  `${machineArn.replace(':stateMachine:', ':execution:')}:${executionName}`;

export const localRoleArn = (region: string, stateMachineName: string): string =>
  `arn:aws:iam::${LOCAL_ACCOUNT_ID}:role/${stateMachineName}-role-${region}`;
