import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { ENV } from '../../shared/platform/config/env.ts';
import { crossStackSource, onlyResource, resourcesOfType, synthDeployment } from './support/synth-deployment.ts';

/** The documents capability's rights on the bucket and the GuardDuty plan that makes its verdicts (issue 3). */
const dev = synthDeployment('dev-eu-central-1');
const { parts, templates } = dev;
const documentsFn = parts.functions.functions.get('documents');
assert.ok(documentsFn !== undefined);

const bucketLogicalId = parts.data.getLogicalId(parts.data.documents.node.defaultChild as never);
const dataKeyLogicalId = parts.data.getLogicalId(parts.data.dataKey.node.defaultChild as never);

interface Statement {
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Condition?: unknown;
  readonly Sid?: string;
}

const statementsOfRole = (template: typeof templates.data, roleLogicalId: string): Statement[] =>
  Object.values(resourcesOfType(template, 'AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties?.Roles) === JSON.stringify([{ Ref: roleLogicalId }]))
    .flatMap((policy) => (policy.Properties!.PolicyDocument as { Statement: Statement[] }).Statement);

describe('the documents Lambda and the bucket', () => {
  const roleId = parts.functions.getLogicalId(documentsFn.executionRole.node.defaultChild as never);
  const statements = statementsOfRole(templates.functions, roleId);
  const s3Statements = statements.filter((statement) => [statement.Action].flat().some((action) => action.startsWith('s3:')));

  /** The bucket-relative part of an object ARN: `/uploads/*` for `<bucket arn>/uploads/*`, after checking the bucket. */
  const prefixOf = (resource: unknown): string => {
    const [, [bucketArn, suffix]] = (resource as { 'Fn::Join': [string, [unknown, string]] })['Fn::Join'];
    const source = crossStackSource(dev, parts.functions, bucketArn);
    assert.equal(source.stack, parts.data);
    assert.deepEqual(source.value, { 'Fn::GetAtt': [bucketLogicalId, 'Arn'] });
    return suffix;
  };
  const actionsOf = (statement: Statement | undefined) => [statement?.Action].flat().sort();

  it('may read, sign uploads to and delete uploads (with their scan tags) under uploads/, and nothing else in S3 but verified copies and finished score exports', () => {
    assert.deepEqual(s3Statements.map((statement) => prefixOf(statement.Resource)).sort(), [
      '/exports/score-exports/*',
      '/uploads/*',
      '/verified/*',
      '/verified/*',
    ]);
    // The score exports it signs links to: read, nothing more.
    const exports = s3Statements.find((statement) => prefixOf(statement.Resource) === '/exports/score-exports/*');
    assert.deepEqual(actionsOf(exports), ['s3:GetObject']);
    const uploads = s3Statements.find((statement) => prefixOf(statement.Resource) === '/uploads/*');
    assert.deepEqual(actionsOf(uploads), [
      's3:DeleteObject',
      's3:DeleteObjectVersion',
      's3:GetObject',
      's3:GetObjectTagging',
      's3:GetObjectVersion',
      's3:GetObjectVersionTagging',
      's3:PutObject',
    ]);
    assert.equal(uploads?.Condition, undefined);
  });

  it('may write under verified/ only server-side copies of uploads, so no form it signs can target it; reads and deletes copies there', () => {
    const verified = s3Statements.filter((statement) => prefixOf(statement.Resource) === '/verified/*');
    const writes = verified.filter((statement) => actionsOf(statement).includes('s3:PutObject'));
    assert.equal(writes.length, 1);
    assert.deepEqual(actionsOf(writes[0]), ['s3:PutObject']);
    const condition = (writes[0]?.Condition as { StringLike?: Record<string, unknown> } | undefined)?.StringLike ?? {};
    assert.deepEqual(Object.keys(condition), ['s3:x-amz-copy-source']);
    const [, [bucketName, suffix]] = (condition['s3:x-amz-copy-source'] as { 'Fn::Join': [string, [unknown, string]] })['Fn::Join'];
    assert.deepEqual(crossStackSource(dev, parts.functions, bucketName).value, { Ref: bucketLogicalId });
    assert.equal(suffix, '/uploads/*');

    const others = verified.filter((statement) => statement !== writes[0]);
    assert.equal(others.length, 1);
    assert.deepEqual(actionsOf(others[0]), ['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:GetObject', 's3:GetObjectVersion']);
    assert.equal(others[0]?.Condition, undefined);
  });

  it('may use the data key only through S3, to decrypt and to encrypt signed uploads', () => {
    const kms = statements.filter((statement) => JSON.stringify(statement.Condition ?? {}).includes('s3.eu-central-1.amazonaws.com'));
    assert.equal(kms.length, 1);
    assert.deepEqual([kms[0]?.Action].flat().sort(), ['kms:Decrypt', 'kms:GenerateDataKey']);
  });

  it('gets the bucket name and reads GuardDuty’s verdicts', () => {
    const fn = templates.functions.toJSON().Resources[parts.functions.getLogicalId(documentsFn.node.defaultChild as CfnFunction)] as {
      Properties: { Environment: { Variables: Record<string, unknown> } };
    };
    const variables = fn.Properties.Environment.Variables;
    assert.equal(variables[ENV.malwareScanner], 'guardduty');
    assert.deepEqual(crossStackSource(dev, parts.functions, variables[ENV.documentsBucket]).value, { Ref: bucketLogicalId });
  });

  it('is the only function with any right to application documents: others reach the exports’ and certificates’ prefixes at most', () => {
    const functions = [
      ...[...parts.functions.functions].map(([name, fn]) => ({ name: String(name), fn, template: templates.functions })),
      ...[...parts.workflow.taskFunctions].map(([name, fn]) => ({ name: String(name), fn, template: templates.workflow })),
    ];
    for (const { name: capability, fn, template } of functions) {
      if (capability === 'documents') continue;
      const role = fn.stack.getLogicalId(fn.executionRole.node.defaultChild as never);
      const s3 = statementsOfRole(template, role).filter((statement) =>
        [statement.Action].flat().some((action) => String(action).startsWith('s3:')),
      );
      for (const statement of s3) {
        for (const resource of [statement.Resource].flat()) {
          const text = JSON.stringify(resource);
          const site = text.includes('VerificationSiteBucket');
          assert.ok(
            site || /\/(exports\/(score-exports|score-export-parts|release-exports)|certificates)\/\*"/.test(text),
            `${capability}: ${text}`,
          );
        }
      }
    }
  });
});

describe('GuardDuty Malware Protection for the documents bucket', () => {
  const plan = onlyResource(templates.data, 'AWS::GuardDuty::MalwareProtectionPlan');

  it('protects the documents bucket’s uploads/ prefix (where every file arrives) and tags scanned objects', () => {
    assert.deepEqual(plan.Properties?.['ProtectedResource'], {
      S3Bucket: { BucketName: { Ref: bucketLogicalId }, ObjectPrefixes: ['uploads/'] },
    });
    assert.deepEqual(plan.Properties?.['Actions'], { Tagging: { Status: 'ENABLED' } });
  });

  it('runs as a role only GuardDuty’s plan service may assume', () => {
    const [roleLogicalId] = (plan.Properties!['Role'] as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
    templates.data.hasResource('AWS::IAM::Role', {
      Properties: Match.objectLike({
        AssumeRolePolicyDocument: {
          Statement: [
            { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'malware-protection-plan.guardduty.amazonaws.com' } },
          ],
          Version: '2012-10-17',
        },
      }),
    });
    const statements = statementsOfRole(templates.data, roleLogicalId);
    const bySid = Object.fromEntries(statements.map((statement) => [statement.Sid, statement]));
    const objects = { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketLogicalId, 'Arn'] }, '/*']] };
    assert.deepEqual(bySid['ReadObjectsToScan']?.Resource, objects);
    assert.deepEqual(bySid['TagScannedObjects']?.Resource, objects);
    assert.deepEqual(bySid['CheckBucketOwnership']?.Resource, { 'Fn::GetAtt': [bucketLogicalId, 'Arn'] });
    assert.deepEqual(bySid['DecryptObjectsToScan']?.Resource, { 'Fn::GetAtt': [dataKeyLogicalId, 'Arn'] });
    assert.deepEqual(bySid['DecryptObjectsToScan']?.Condition, { StringLike: { 'kms:ViaService': 's3.*.amazonaws.com' } });
    assert.match(JSON.stringify(bySid['ManageTheManagedRule']?.Resource), /rule\/DO-NOT-DELETE-AmazonGuardDutyMalwareProtectionS3\*/);
    for (const statement of statements) assert.ok(![statement.Action].flat().some((action) => action.includes('*')), 'no wildcard actions');
  });

  it('is created after its role’s policy, which GuardDuty validates on creation', () => {
    const planResource = Object.values(templates.data.findResources('AWS::GuardDuty::MalwareProtectionPlan'))[0] as {
      DependsOn?: string[];
    };
    assert.ok(
      (planResource.DependsOn ?? []).some((id) => id.includes('DefaultPolicy')),
      JSON.stringify(planResource.DependsOn),
    );
  });
});
