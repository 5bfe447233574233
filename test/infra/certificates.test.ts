import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { ENV } from '../../shared/platform/config/env.ts';
import { CERTIFICATE_FILE_PREFIX } from '../../shared/certificates/domain/certificate-file-objects.ts';
import { PUBLISHED_PATHS } from '../../shared/certificates/domain/published-files.ts';
import { certificatePdfKey } from '../../shared/certificates/use-cases/issue-certificate.ts';
import { buildVerifierAssets } from '../../infra/certificates/verifier-assets.ts';
import { CAPABILITY_ACCESS } from '../../infra/config/capability-access.ts';
import type { CapabilityFunction } from '../../infra/constructs/capability-function.ts';
import { VERIFIER_CONTENT_SECURITY_POLICY } from '../../infra/constructs/verification-site.ts';
import { DEPLOYMENTS, parseDeployments } from '../../infra/deployments.ts';
import { SCHEDULES } from '../../infra/schedules/index.ts';
import {
  crossStackSource,
  onlyResource,
  resourcesOfType,
  type SynthesizedDeployment,
  synthDeployment,
} from './support/synth-deployment.ts';

const dev = synthDeployment('dev-eu-central-1');
const { parts, templates } = dev;
const data = templates.data;

const logicalIdIn = (construct: { node: { defaultChild?: unknown } }): string =>
  parts.data.getLogicalId(construct.node.defaultChild as never);
const keyId = logicalIdIn(parts.data.credentialSigningKey);
const siteBucketId = logicalIdIn(parts.data.verificationSite.bucket);
const documentsBucketId = logicalIdIn(parts.data.documents);
const distributionId = logicalIdIn(parts.data.verificationSite.distribution);

interface Statement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
  readonly Principal?: unknown;
  readonly Condition?: unknown;
}

const actionsOf = (statement: Statement): string[] => [statement.Action].flat().sort();

/** Every function role's statements in every part, by the role's logical id in its part. */
const roleStatements = (): { part: string; role: string; statements: Statement[] }[] =>
  Object.entries(templates).flatMap(([part, template]) =>
    Object.values(resourcesOfType(template, 'AWS::IAM::Policy')).flatMap((policy) =>
      ((policy.Properties?.['Roles'] ?? []) as { Ref: string }[]).map(({ Ref }) => ({
        part,
        role: Ref,
        statements: (policy.Properties!['PolicyDocument'] as { Statement: Statement[] }).Statement,
      })),
    ),
  );

/** The part (nested stack) a function lives in: its construct id, Data -> data. */
const partOf = (fn: CapabilityFunction): keyof typeof templates => {
  const part = fn.stack.node.id.toLowerCase();
  assert.ok(part in templates, fn.node.path);
  return part as keyof typeof templates;
};

const statementsOf = (fn: CapabilityFunction): Statement[] => {
  const role = fn.stack.getLogicalId(fn.executionRole.node.defaultChild as never);
  return roleStatements()
    .filter((entry) => entry.role === role && entry.part === partOf(fn))
    .flatMap((entry) => entry.statements);
};

/** The deployed Lambda of a capability, wherever its part is. */
const functionOf = (capability: string): CapabilityFunction => {
  const fn =
    capability === 'issuer'
      ? parts.schedules.issuerFunction
      : (parts.functions.functions.get(capability as never) ?? parts.workflow.taskFunctions.get(capability as never));
  assert.ok(fn !== undefined, `a Lambda for ${capability}`);
  return fn;
};

const variablesOf = (synthesized: SynthesizedDeployment, fn: CapabilityFunction): Record<string, unknown> => {
  const template = synthesized.templates[partOf(fn)];
  const resource = template.toJSON().Resources[fn.stack.getLogicalId(fn.node.defaultChild as CfnFunction)] as {
    Properties: { Environment: { Variables: Record<string, unknown> } };
  };
  return resource.Properties.Environment.Variables;
};

/** A data-stack value another part takes, as the data stack defines it. */
const fromData = (fn: CapabilityFunction, value: unknown): unknown => {
  const source = crossStackSource(dev, fn.stack, value);
  assert.equal(source.stack, parts.data);
  return source.value;
};

/** `<bucket arn>/<pattern>` as a statement resource names it: the bucket's logical id and the pattern. */
const objectPattern = (fn: CapabilityFunction, resource: unknown): { bucket: unknown; pattern: string } => {
  const [, [bucketArn, suffix]] = (resource as { 'Fn::Join': [string, [unknown, string]] })['Fn::Join'];
  const arn = fromData(fn, bucketArn) as { 'Fn::GetAtt': [string, string] };
  assert.equal(arn['Fn::GetAtt'][1], 'Arn');
  return { bucket: arn['Fn::GetAtt'][0], pattern: suffix.replace(/^\//, '') };
};

/** S3's wildcard match of an object key against a resource pattern. */
const matches = (pattern: string, key: string): boolean =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(key);

const signers = Object.entries(CAPABILITY_ACCESS)
  .filter(([, access]) => 'signsCredentials' in access && access.signsCredentials === true)
  .map(([capability]) => capability);

describe('the credential signing key', () => {
  const resource = data.toJSON().Resources[keyId] as {
    Properties: Record<string, unknown>;
    DeletionPolicy?: string;
    UpdateReplacePolicy?: string;
  };

  it('is an asymmetric NIST P-256 key for signing (ES256), with no automatic rotation (asymmetric keys have none)', () => {
    assert.equal(resource.Properties['KeySpec'], 'ECC_NIST_P256');
    assert.equal(resource.Properties['KeyUsage'], 'SIGN_VERIFY');
    assert.notEqual(resource.Properties['EnableKeyRotation'], true);
  });

  it('is retained when the stack goes or the key would be replaced: certificates were signed with it', () => {
    assert.equal(resource.DeletionPolicy, 'Retain');
    assert.equal(resource.UpdateReplacePolicy, 'Retain');
  });

  it('grants nothing in its key policy beyond the account (functions get IAM grants), and has an alias named after the deployment’s stack', () => {
    const policy = resource.Properties['KeyPolicy'] as { Statement: Statement[] };
    assert.deepEqual(
      policy.Statement.map((statement) => statement.Principal),
      [{ AWS: 'arn:aws:iam::111111111111:root' }],
    );
    data.hasResourceProperties('AWS::KMS::Alias', {
      AliasName: { 'Fn::Join': ['', ['alias/', { Ref: 'AWS::StackName' }, '-credential-signing']] },
      TargetKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
  });

  it('signs for exactly the functions CAPABILITY_ACCESS says sign, the issuer among them, with kms:Sign and kms:GetPublicKey on this key only', () => {
    assert.ok(signers.includes('issuer'));
    for (const capability of signers) {
      const fn = functionOf(capability);
      const kms = statementsOf(fn).filter((statement) => actionsOf(statement).some((action) => action.startsWith('kms:')));
      const signing = kms.filter((statement) => actionsOf(statement).includes('kms:Sign'));
      assert.equal(signing.length, 1, capability);
      assert.deepEqual(actionsOf(signing[0]!), ['kms:GetPublicKey', 'kms:Sign']);
      assert.equal(signing[0]!.Condition, undefined);
      assert.deepEqual(fromData(fn, signing[0]!.Resource), { 'Fn::GetAtt': [keyId, 'Arn'] });
    }
  });

  it('is used by no other function: no other role anywhere may sign, read the public key or use the key at all', () => {
    const signerRoles = new Set(
      signers.map(functionOf).map((fn) => `${partOf(fn)}/${fn.stack.getLogicalId(fn.executionRole.node.defaultChild as never)}`),
    );
    for (const { part, role, statements } of roleStatements()) {
      for (const statement of statements) {
        const actions = actionsOf(statement);
        const signs = actions.some((action) => ['kms:Sign', 'kms:GetPublicKey', 'kms:*'].includes(action));
        if (signs) assert.ok(signerRoles.has(`${part}/${role}`), `${part}/${role} may ${actions.join(', ')}`);
        // Any other KMS right of a function is on the data key, through a service.
        if (!signs && actions.some((action) => action.startsWith('kms:'))) {
          assert.doesNotMatch(JSON.stringify(statement.Resource), /CredentialSigningKey/, `${part}/${role}`);
        }
      }
    }
  });
});

describe('the issuer Lambda', () => {
  const issuer = parts.schedules.issuerFunction;

  it('is invoked by the certificateIssue schedule every minute with {}', () => {
    const manifest = SCHEDULES.find((schedule) => schedule.name === 'certificateIssue');
    assert.ok(manifest !== undefined);
    assert.equal(manifest.target, 'issuer');
    assert.deepEqual(manifest.payload, {});
    const schedule = Object.values(resourcesOfType(templates.schedules, 'AWS::Scheduler::Schedule')).find((candidate) =>
      String(candidate.Properties?.['Description']).endsWith(' certificateIssue'),
    );
    const target = schedule?.Properties?.['Target'] as { Arn: unknown; Input: string };
    assert.equal(schedule?.Properties?.['ScheduleExpression'], 'rate(1 minute)');
    assert.equal(target.Input, '{}');
    assert.deepEqual(target.Arn, { 'Fn::GetAtt': [issuer.stack.getLogicalId(issuer.node.defaultChild as CfnFunction), 'Arn'] });
  });

  it('has a minute to run and 1024 MB for rendering PDFs', () => {
    const resource = templates.schedules.toJSON().Resources[issuer.stack.getLogicalId(issuer.node.defaultChild as CfnFunction)] as {
      Properties: Record<string, unknown>;
    };
    assert.equal(resource.Properties['Timeout'], 60);
    assert.equal(resource.Properties['MemorySize'], 1024);
  });
});

// The issuer writes the PDFs and publishes; the certificates routes read the PDFs (presigned downloads)
// and publish a revocation's date and the republished status list.
for (const capability of ['issuer', 'certificates'] as const) {
  describe(`the ${capability} Lambda’s certificate files and verification site`, () => {
    const fn = functionOf(capability);
    const access = CAPABILITY_ACCESS[capability];
    const variables = variablesOf(dev, fn);
    const s3 = statementsOf(fn).filter((statement) => actionsOf(statement).some((action) => action.startsWith('s3:')));
    const bucketOf = (statement: Statement) => objectPattern(fn, [statement.Resource].flat()[0]).bucket;

    it('gets the verification bucket, the site’s public URL, the KMS signer and the key’s ARN', () => {
      assert.deepEqual(fromData(fn, variables[ENV.verificationBucket]), { Ref: siteBucketId });
      const [, [scheme, domain]] = (variables[ENV.certificatesPublicUrl] as { 'Fn::Join': [string, [string, unknown]] })['Fn::Join'];
      assert.equal(scheme, 'https://');
      assert.deepEqual(fromData(fn, domain), { 'Fn::GetAtt': [distributionId, 'DomainName'] });
      assert.equal(variables[ENV.certificateSigner], 'kms');
      assert.deepEqual(fromData(fn, variables[ENV.certificateSigningKey]), { 'Fn::GetAtt': [keyId, 'Arn'] });
      assert.deepEqual(fromData(fn, variables[ENV.documentsBucket]), { Ref: documentsBucketId });
    });

    it(`${access.certificateFiles === 'RW' ? 'writes and reads' : 'reads'} only the certificates/ prefix of the documents bucket, where the PDFs are`, () => {
      const documents = s3.filter((statement) => bucketOf(statement) === documentsBucketId);
      assert.equal(documents.length, 1);
      assert.deepEqual(actionsOf(documents[0]!), access.certificateFiles === 'RW' ? ['s3:GetObject', 's3:PutObject'] : ['s3:GetObject']);
      assert.equal(objectPattern(fn, documents[0]!.Resource).pattern, `${CERTIFICATE_FILE_PREFIX}*`);
      assert.ok(matches(`${CERTIFICATE_FILE_PREFIX}*`, certificatePdfKey(randomUUID())));
    });

    it('only puts on the verification site, exactly the files published there and never the verifier page', () => {
      const site = s3.filter((statement) => bucketOf(statement) !== documentsBucketId);
      assert.deepEqual(site.map(actionsOf), [['s3:PutObject']]);
      const patterns = ([site[0]!.Resource].flat() as unknown[]).map((resource) => {
        const { bucket, pattern } = objectPattern(fn, resource);
        assert.equal(bucket, siteBucketId);
        return pattern;
      });
      const id = randomUUID();
      const published = [
        ...PUBLISHED_PATHS.didDocuments,
        PUBLISHED_PATHS.jwks,
        PUBLISHED_PATHS.statusList(1),
        PUBLISHED_PATHS.statusList(42),
        PUBLISHED_PATHS.credential(id),
        PUBLISHED_PATHS.revocation(id),
      ];
      for (const path of published) {
        assert.ok(
          patterns.some((pattern) => matches(pattern, path)),
          `${path} is writable`,
        );
      }
      for (const asset of buildVerifierAssets()) {
        assert.ok(!patterns.some((pattern) => matches(pattern, asset.key)), `${asset.key} is not writable`);
      }
      assert.equal(s3.length, 2, 'no other S3 right');
    });

    it('uses the documents bucket’s data key only through S3', () => {
      const kms = statementsOf(fn).filter((statement) =>
        JSON.stringify(statement.Condition ?? {}).includes('s3.eu-central-1.amazonaws.com'),
      );
      assert.deepEqual(kms.map(actionsOf), [access.certificateFiles === 'RW' ? ['kms:Decrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt']]);
    });
  });
}

describe('the verification site', () => {
  const bucket = data.toJSON().Resources[siteBucketId] as { Properties: Record<string, unknown>; DeletionPolicy?: string };
  const distribution = (onlyResource(data, 'AWS::CloudFront::Distribution').Properties as { DistributionConfig: Record<string, unknown> })
    .DistributionConfig;
  const behaviors = [
    { PathPattern: '(default)', ...(distribution['DefaultCacheBehavior'] as Record<string, unknown>) },
    ...(distribution['CacheBehaviors'] as Record<string, unknown>[]),
  ];
  const headersPolicy = (behavior: Record<string, unknown>) => {
    const ref = (behavior['ResponseHeadersPolicyId'] as { Ref: string }).Ref;
    return (data.toJSON().Resources[ref] as { Properties: { ResponseHeadersPolicyConfig: Record<string, unknown> } }).Properties
      .ResponseHeadersPolicyConfig;
  };

  it('keeps its files in a private, encrypted, versioned, logged and retained bucket', () => {
    assert.deepEqual(bucket.Properties['PublicAccessBlockConfiguration'], {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    assert.deepEqual(bucket.Properties['OwnershipControls'], { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    assert.deepEqual(bucket.Properties['BucketEncryption'], {
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    assert.deepEqual(bucket.Properties['VersioningConfiguration'], { Status: 'Enabled' });
    const logging = bucket.Properties['LoggingConfiguration'] as { DestinationBucketName: { Ref: string }; LogFilePrefix: string };
    assert.equal(logging.LogFilePrefix, 'verification/');
    assert.notEqual(logging.DestinationBucketName.Ref, siteBucketId);
    assert.equal(bucket.DeletionPolicy, 'Retain');
  });

  it('is read by CloudFront alone, through this distribution’s origin access control: GetObject and nothing else; everything else refused without TLS', () => {
    const policy = Object.values(resourcesOfType(data, 'AWS::S3::BucketPolicy')).find(
      (candidate) => JSON.stringify(candidate.Properties?.['Bucket']) === JSON.stringify({ Ref: siteBucketId }),
    );
    assert.ok(policy !== undefined, 'the verification bucket has a policy');
    const statements = (policy.Properties!['PolicyDocument'] as { Statement: Statement[] }).Statement;
    const allows = statements.filter((statement) => statement.Effect === 'Allow');
    assert.equal(allows.length, 1);
    const [allow] = allows;
    assert.deepEqual(allow!.Principal, { Service: 'cloudfront.amazonaws.com' });
    assert.deepEqual(actionsOf(allow!), ['s3:GetObject']);
    assert.deepEqual(allow!.Resource, { 'Fn::Join': ['', [{ 'Fn::GetAtt': [siteBucketId, 'Arn'] }, '/*']] });
    assert.match(JSON.stringify(allow!.Condition), new RegExp(`"AWS:SourceArn":.*:distribution/",\\{"Ref":"${distributionId}"\\}`));
    assert.ok(
      statements.some((statement) => statement.Effect === 'Deny' && JSON.stringify(statement.Condition).includes('aws:SecureTransport')),
    );

    const origins = distribution['Origins'] as Record<string, unknown>[];
    assert.equal(origins.length, 1);
    assert.deepEqual(origins[0]!['DomainName'], { 'Fn::GetAtt': [siteBucketId, 'RegionalDomainName'] });
    const [oacId] = (origins[0]!['OriginAccessControlId'] as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
    assert.equal((data.toJSON().Resources[oacId] as { Type: string }).Type, 'AWS::CloudFront::OriginAccessControl');
    assert.deepEqual(origins[0]!['S3OriginConfig'], { OriginAccessIdentity: '' });
  });

  it('serves HTTPS only, GET and HEAD only, and no default root object (so `/` lists nothing)', () => {
    assert.equal(distribution['DefaultRootObject'], undefined);
    for (const behavior of behaviors) {
      assert.equal(behavior['ViewerProtocolPolicy'], 'https-only', String(behavior['PathPattern']));
      assert.deepEqual(behavior['AllowedMethods'], ['GET', 'HEAD']);
    }
  });

  it('sends security headers everywhere, with a CSP that allows only the site’s own scripts, styles and fetches and data: images', () => {
    for (const behavior of behaviors) {
      const security = headersPolicy(behavior)['SecurityHeadersConfig'] as Record<string, Record<string, unknown>>;
      assert.equal(security['ContentSecurityPolicy']?.['ContentSecurityPolicy'], VERIFIER_CONTENT_SECURITY_POLICY);
      assert.equal(security['ContentTypeOptions']?.['Override'], true);
      assert.equal(security['FrameOptions']?.['FrameOption'], 'DENY');
      assert.equal(security['ReferrerPolicy']?.['ReferrerPolicy'], 'no-referrer');
      assert.ok(Number(security['StrictTransportSecurity']?.['AccessControlMaxAgeSec']) >= 31_536_000);
    }
    const directives = new Map(
      VERIFIER_CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    assert.equal(directives.get('default-src'), "'none'");
    for (const name of ['script-src', 'style-src', 'connect-src']) assert.equal(directives.get(name), "'self'", name);
    assert.equal(directives.get('img-src'), 'data:');
  });

  it('lets any origin GET the published credentials, status lists and keys (*.jwt, *.json), and only those, without credentials', () => {
    const withCors = behaviors.filter((behavior) => headersPolicy(behavior)['CorsConfig'] !== undefined);
    assert.deepEqual(withCors.map((behavior) => behavior['PathPattern']).sort(), ['*.json', '*.jwt']);
    for (const behavior of withCors) {
      const cors = headersPolicy(behavior)['CorsConfig'] as Record<string, unknown>;
      assert.deepEqual(cors['AccessControlAllowOrigins'], { Items: ['*'] });
      assert.deepEqual(cors['AccessControlAllowMethods'], { Items: ['GET', 'HEAD'] });
      assert.equal(cors['AccessControlAllowCredentials'], false);
    }
    for (const path of [
      PUBLISHED_PATHS.jwks,
      ...PUBLISHED_PATHS.didDocuments,
      PUBLISHED_PATHS.statusList(1),
      PUBLISHED_PATHS.credential('x'),
    ]) {
      assert.ok(
        withCors.some((behavior) => matches(String(behavior['PathPattern']), path)),
        `${path} is fetched cross-origin`,
      );
    }
  });

  it('publishes the verifier page, each file with its content type, leaving the issuer’s files (no prune), and invalidates /verify/* at the edge', () => {
    const deployments = Object.values(resourcesOfType(data, 'Custom::CDKBucketDeployment')).map(
      (resource) => resource.Properties as Record<string, unknown>,
    );
    const assets = buildVerifierAssets();
    assert.equal(deployments.length, assets.length);
    assert.deepEqual(
      deployments.map((deployment) => (deployment['SystemMetadata'] as Record<string, string>)['content-type']).sort(),
      assets.map((asset) => asset.contentType).sort(),
    );
    for (const deployment of deployments) {
      assert.deepEqual(deployment['DestinationBucketName'], { Ref: siteBucketId });
      assert.equal(deployment['Prune'], false);
      assert.deepEqual(deployment['DistributionId'], { Ref: distributionId });
      assert.deepEqual(deployment['DistributionPaths'], ['/verify/*']);
    }
  });

  it('is https://<the distribution’s domain> without a verification domain, and names it in the deployment’s outputs', () => {
    assert.equal(DEPLOYMENTS['dev-eu-central-1']?.verificationDomain, undefined);
    assert.equal(distribution['Aliases'], undefined);
    const outputs = dev.root.toJSON().Outputs as Record<string, { Value: unknown }>;
    assert.ok(JSON.stringify(outputs['VerificationSiteUrl']?.Value).startsWith('{"Fn::Join":["",["https://",'));
    assert.ok(outputs['CredentialSigningKeyArn'] !== undefined);
  });
});

describe('a deployment with a verification domain (prod)', () => {
  const prod = synthDeployment('prod-eu-north-1');
  const domain = DEPLOYMENTS['prod-eu-north-1']?.verificationDomain;
  assert.ok(domain !== undefined);
  const distribution = (
    onlyResource(prod.templates.data, 'AWS::CloudFront::Distribution').Properties as {
      DistributionConfig: Record<string, unknown>;
    }
  ).DistributionConfig;

  it('serves the site on that domain with its us-east-1 certificate, SNI and TLS 1.2 at least', () => {
    assert.deepEqual(distribution['Aliases'], [domain.domainName]);
    assert.deepEqual(distribution['ViewerCertificate'], {
      AcmCertificateArn: domain.certificateArn,
      MinimumProtocolVersion: 'TLSv1.2_2021',
      SslSupportMethod: 'sni-only',
    });
  });

  it('gives the issuer and the certificates routes that domain as the public URL, so it is the issuer’s did:web', () => {
    assert.equal(variablesOf(prod, prod.parts.schedules.issuerFunction)[ENV.certificatesPublicUrl], `https://${domain.domainName}`);
    const routes = prod.parts.functions.functions.get('certificates');
    assert.ok(routes !== undefined);
    assert.equal(variablesOf(prod, routes)[ENV.certificatesPublicUrl], `https://${domain.domainName}`);
  });

  it('takes the certificate from us-east-1 only, where CloudFront reads certificates', () => {
    const valid = DEPLOYMENTS['prod-eu-north-1']!;
    const elsewhere = { ...domain, certificateArn: domain.certificateArn.replace(':us-east-1:', ':eu-north-1:') };
    assert.throws(() => parseDeployments({ broken: { ...valid, verificationDomain: elsewhere } }), /"verificationDomain"/);
  });
});
