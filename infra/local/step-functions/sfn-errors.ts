/** An error of the Step Functions API: the `__type` the SDK turns into its exception class. */
export class SfnError extends Error {
  readonly type: string;
  constructor(type: string, message: string) {
    super(message);
    this.type = type;
  }
}

export const executionAlreadyExists = (arn: string) => new SfnError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`);
export const executionDoesNotExist = (arn: string) => new SfnError('ExecutionDoesNotExist', `Execution Does Not Exist: '${arn}'`);
export const stateMachineDoesNotExist = (arn: string) => new SfnError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${arn}'`);
export const invalidName = (name: string) => new SfnError('InvalidName', `Invalid Name: '${name}'`);
export const invalidExecutionInput = (reason: string) => new SfnError('InvalidExecutionInput', `Invalid Execution Input: ${reason}`);
export const invalidToken = () => new SfnError('InvalidToken', 'Invalid Token: the nextToken is not one this service returned');
export const validationException = (message: string) => new SfnError('ValidationException', message);
export const unknownOperation = (target: string) =>
  new SfnError('UnknownOperationException', `The local Step Functions server does not implement ${target || 'this operation'}`);
export const serializationException = () => new SfnError('SerializationException', 'The request body is not valid JSON');
