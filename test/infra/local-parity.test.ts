import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { ENV } from '../../shared/platform/config/env.ts';
import { documentsCorsRules } from '../../shared/platform/data/bucket-definition.ts';
import { createTableInput } from '../../shared/platform/data/create-table-input.ts';
import { TABLE_DEFINITION } from '../../shared/platform/data/table-definition.ts';
import { DEPLOYMENTS } from '../../infra/deployments.ts';
import { localEnvironment } from '../../infra/local/environment.ts';
import { onlyResource, resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

/**
 * The local cloud creates DynamoDB Local's table with createTableInput and configures s3rver's CORS
 * from bucket-definition.ts; AWS gets what the data stack synthesizes. These must be the same.
 */
const { templates } = synthDeployment('dev-eu-central-1');

interface KeyElement {
  readonly AttributeName?: string;
  readonly KeyType?: string;
}
interface Index {
  readonly IndexName?: string;
  readonly KeySchema?: readonly KeyElement[];
  readonly Projection?: unknown;
}

const byName = <T>(items: readonly T[] | undefined, name: (item: T) => string | undefined): T[] =>
  [...(items ?? [])].sort((a, b) => (name(a) ?? '').localeCompare(name(b) ?? ''));

const comparableIndexes = (indexes: readonly Index[] | undefined) =>
  byName(indexes, (index) => index.IndexName).map(({ IndexName, KeySchema, Projection }) => ({ IndexName, KeySchema, Projection }));

describe('local cloud parity', () => {
  it('the synthesized table equals the CreateTable input DynamoDB Local gets', () => {
    const synthesized = onlyResource(templates.data, 'AWS::DynamoDB::Table').Properties as {
      KeySchema: KeyElement[];
      AttributeDefinitions: { AttributeName: string; AttributeType: string }[];
      GlobalSecondaryIndexes: Index[];
      BillingMode: string;
      TimeToLiveSpecification: { AttributeName: string };
      StreamSpecification: { StreamViewType: string };
    };
    const local = createTableInput('cadre-local');

    assert.deepEqual(synthesized.KeySchema, local.KeySchema);
    assert.deepEqual(
      byName(synthesized.AttributeDefinitions, (definition) => definition.AttributeName),
      byName(local.AttributeDefinitions, (definition) => definition.AttributeName),
    );
    assert.deepEqual(comparableIndexes(synthesized.GlobalSecondaryIndexes), comparableIndexes(local.GlobalSecondaryIndexes));
    assert.equal(synthesized.BillingMode, local.BillingMode);
    assert.equal(synthesized.TimeToLiveSpecification.AttributeName, TABLE_DEFINITION.timeToLiveAttribute);
    assert.deepEqual(local.StreamSpecification, { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    assert.deepEqual(synthesized.StreamSpecification, { StreamViewType: local.StreamSpecification?.StreamViewType });
  });

  it('the synthesized documents bucket CORS equals the rules s3rver gets', () => {
    const bucket = Object.values(resourcesOfType(templates.data, 'AWS::S3::Bucket')).find(
      (candidate) => candidate.Properties?.CorsConfiguration !== undefined,
    );
    const synthesized = (bucket!.Properties!.CorsConfiguration as { CorsRules: Record<string, unknown>[] }).CorsRules.map((rule) => ({
      AllowedMethods: rule.AllowedMethods,
      AllowedOrigins: rule.AllowedOrigins,
      AllowedHeaders: rule.AllowedHeaders,
      ExposeHeaders: rule.ExposedHeaders,
      MaxAgeSeconds: rule.MaxAge,
    }));
    assert.deepEqual(synthesized, documentsCorsRules(DEPLOYMENTS['dev-eu-central-1']!.allowedOrigins));
  });

  it('the local cloud sets every environment variable the deployed functions read', () => {
    const TOKEN_AUTHORIZER_ONLY = new Set<string>([...Object.values(ENV.userPoolIssuer), ...Object.values(ENV.userPoolClientId)]);
    const local = new Set(Object.keys(localEnvironment({ dynamodb: 'x', s3: 'x', ses: 'x', sfn: 'x' }, 'x.pem')));
    const functions = Object.values(templates).flatMap((template) => Object.values(resourcesOfType(template, 'AWS::Lambda::Function')));
    assert.ok(functions.length > 0);
    for (const fn of functions) {
      const variables = Object.keys((fn.Properties?.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {});
      // The Lambda runtime itself sets these in AWS; Node options are a deployment tuning, not an input.
      // The user pools' issuers and clients are the token authorizer's, whose part the local gateway
      // plays in-process with the local pools (as it plays the JWT authorizers'): that function never runs locally.
      const read = variables.filter(
        (name) =>
          !name.startsWith('AWS_') && name !== 'NODE_OPTIONS' && !name.startsWith('POWERTOOLS_') && !TOKEN_AUTHORIZER_ONLY.has(name),
      );
      for (const name of read) assert.ok(local.has(name), `${name} is set in AWS but not by the local cloud`);
    }
  });
});
