import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';

/** Runs the AWS Solutions rule pack on every synth; an unacknowledged error fails the synth. */
export const registerNagChecks = (app: App): void => {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
};
