import { BOOTSTRAP_QUALIFIER_CONTEXT, DefaultStackSynthesizer, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  type BehaviorOptions,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  type ResponseSecurityHeadersBehavior,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { buildVerifierAssets } from '../certificates/verifier-assets.ts';
import type { Deployment } from '../deployments.ts';
import { acknowledge } from '../nag/acknowledge.ts';
import { acknowledgeWildcardResource } from '../nag/acknowledge-wildcard-resource.ts';
import { pascalCase } from '../stacks/pascal-case.ts';
import { privateBucketDefaults } from './documents-bucket.ts';

/**
 * What the verifier page may load and do: its own script, stylesheet and the site's public files,
 * data: images (the QR code and icon), nothing else; no framing. The page sets the same policy in a
 * meta tag, which keeps it when the files are served from elsewhere (the local S3).
 */
export const VERIFIER_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Published files other verifiers and wallets fetch from their own origins: credentials, status lists, did.json, jwks.json, revocations. */
export const CROSS_ORIGIN_PATHS = ['*.jwt', '*.json'] as const;

/** How long browsers and the edge may keep the page's files; a new page also invalidates `/verify/*` at the edge. */
const PAGE_MAX_AGE = Duration.minutes(5);

/** Noncurrent versions (a status list's previous states, an overwritten key file) are kept long enough to notice and restore a bad write. */
const NONCURRENT_VERSION_DAYS = 90;

export interface VerificationSiteProps {
  readonly deployment: Deployment;
  /** Where the bucket's S3 server access logs go (under `verification/`). */
  readonly accessLogs: IBucket;
}

/**
 * The public certificate verification site: a private bucket that only CloudFront reads (Origin
 * Access Control), served over HTTPS with security headers, holding the verifier page (published
 * here at deploy time) and what the issuer publishes beside it: credentials, revocations, status
 * lists, did.json and jwks.json (see shared/certificates/domain/published-files.ts). It needs
 * nothing else of the deployment at run time, so it verifies certificates while the API is down.
 */
export class VerificationSite extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** `https://<custom domain or distribution domain>`, no trailing slash: CERTIFICATES_PUBLIC_URL. */
  readonly publicUrl: string;

  constructor(scope: Construct, id: string, props: VerificationSiteProps) {
    super(scope, id);
    const { deployment } = props;

    this.bucket = new Bucket(this, 'Bucket', {
      ...privateBucketDefaults,
      // Everything in it is published on purpose; SSE-KMS would add a key policy for CloudFront and a
      // KMS call per uncached read, and protect nothing the site does not hand out anyway.
      encryption: BucketEncryption.S3_MANAGED,
      // A published credential must stay verifiable for as long as the certificate is held: versions
      // undo an overwrite by mistake, and the bucket outlives the stack.
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS) }],
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'verification/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const securityHeaders: ResponseSecurityHeadersBehavior = {
      contentSecurityPolicy: { contentSecurityPolicy: VERIFIER_CONTENT_SECURITY_POLICY, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: false, override: true },
    };
    // The page shows a holder's name and the credentials carry it: nothing here is for search engines.
    const noIndex = { customHeaders: [{ header: 'X-Robots-Tag', value: 'noindex', override: true }] };
    const pageHeaders = new ResponseHeadersPolicy(this, 'PageHeaders', {
      comment: `cadre ${deployment.stage} verification site: security headers`,
      securityHeadersBehavior: securityHeaders,
      customHeadersBehavior: noIndex,
    });
    const publicFileHeaders = new ResponseHeadersPolicy(this, 'PublicFileHeaders', {
      comment: `cadre ${deployment.stage} verification site: security headers and CORS for published files`,
      securityHeadersBehavior: securityHeaders,
      customHeadersBehavior: noIndex,
      // Simple GETs from any origin, without credentials: the same answer for everyone, so it caches as one.
      corsBehavior: {
        accessControlAllowOrigins: ['*'],
        accessControlAllowMethods: ['GET', 'HEAD'],
        accessControlAllowHeaders: ['*'],
        accessControlAllowCredentials: false,
        accessControlMaxAge: Duration.days(1),
        originOverride: true,
      },
    });

    // Reads objects (GetObject) and nothing else, as this distribution only (the bucket policy's aws:SourceArn).
    const origin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    const behavior = (responseHeadersPolicy: ResponseHeadersPolicy): BehaviorOptions => ({
      origin,
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      // Honours each object's Cache-Control: a minute for status lists and revocations, more for the rest.
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy,
      compress: true,
    });
    const domain = deployment.verificationDomain;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: `cadre ${deployment.stage} certificate verification site`,
      defaultBehavior: behavior(pageHeaders),
      additionalBehaviors: Object.fromEntries(CROSS_ORIGIN_PATHS.map((path) => [path, behavior(publicFileHeaders)])),
      // No default root object: `/` would ask S3 to list the bucket, which the origin access (GetObject
      // only) refuses, so nobody can enumerate the credentials' unguessable ids.
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Europe and North America: the edges nearest the programmes' people; everyone else is served from them too.
      priceClass: PriceClass.PRICE_CLASS_100,
      ...(domain === undefined
        ? {}
        : {
            domainNames: [domain.domainName],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', domain.certificateArn),
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }),
    });
    this.publicUrl = `https://${domain?.domainName ?? this.distribution.distributionDomainName}`;

    const publisher = this.publishVerifierPage(deployment);
    this.acknowledgeFindings(deployment);
    this.acknowledgePagePublisher(publisher);
  }

  /**
   * The verifier page as this checkout builds it, one deployment per file for its content type. Not
   * pruned: the issuer's files share the bucket. A new page invalidates `/verify/*` at the edge.
   */
  private publishVerifierPage(deployment: Deployment): Role {
    // One log group and role for the one handler every BucketDeployment of the stack shares. The role
    // is ours so that it writes that log group only (CDK's default carries AWSLambdaBasicExecutionRole).
    const logGroup = new LogGroup(this, 'PagePublisherLogs', {
      retention: deployment.logRetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const role = new Role(this, 'PagePublisherRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `cadre ${deployment.stage} verifier page publisher (deploy time)`,
    });
    logGroup.grantWrite(role);
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    for (const asset of buildVerifierAssets()) {
      new BucketDeployment(this, `Page${pascalCase(asset.key.replace(/[/.]/g, '-'))}`, {
        sources: [Source.data(asset.key, utf8.decode(asset.body))],
        destinationBucket: this.bucket,
        contentType: asset.contentType,
        cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(PAGE_MAX_AGE)],
        prune: false,
        distribution: this.distribution,
        distributionPaths: ['/verify/*'],
        logGroup,
        role,
      });
    }
    return role;
  }

  private acknowledgeFindings(deployment: Deployment): void {
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'Certificates are verified by employers, universities and wallets anywhere; the site serves only public, static files, so no country is excluded.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR2',
      'A static, cached, read-only site (GET and HEAD only, no forms, no API behind it): WAF would filter nothing it could harm, at a per-request cost.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR3',
      "Viewer logs would pair visitors' IP addresses with the certificate ids they check, personal data with no use here; the bucket's access logs record every origin read.",
    );
    if (deployment.verificationDomain === undefined) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR4',
        'Without a verification domain the distribution serves the default *.cloudfront.net certificate, whose TLS policy CloudFront fixes; a verificationDomain sets TLSv1.2_2021.',
      );
    }
  }

  /**
   * CDK's BucketDeployment handler, a Lambda run by CloudFormation at deploy time only, never on a
   * request: its role's grants are CDK's own (Bucket.grantRead/grantReadWrite and the invalidation).
   */
  private acknowledgePagePublisher(role: Role): void {
    const stack = Stack.of(this);
    const qualifier = String(this.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER);
    const deploy = 'CDK BucketDeployment (deploy time only) copies the verifier page';
    acknowledgeWildcardResource(
      role,
      `arn:${stack.partition}:s3:::cdk-${qualifier}-assets-${stack.account}-${stack.region}/*`,
      `${deploy} from the CDK bootstrap assets bucket, whose objects are named by content hash; CDK grants read of that bucket.`,
    );
    acknowledgeWildcardResource(
      role,
      this.bucket.arnForObjects('*'),
      `${deploy} into the verification bucket; CDK grants read-write of that one bucket (nothing is deleted: prune is off).`,
    );
    for (const action of ['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*']) {
      acknowledge(
        role,
        `AwsSolutions-IAM5[Action::${action}]`,
        `${deploy}: CDK grants ${action} with Bucket.grantRead/grantReadWrite on the assets bucket and the verification bucket only.`,
      );
    }
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      `${deploy} and invalidates /verify/* of its distribution: CDK grants cloudfront:CreateInvalidation and GetInvalidation without naming the distribution.`,
    );
    for (const child of stack.node.children) {
      // The handler is a singleton at the stack's root, shared by every file's deployment.
      if (child.node.id.startsWith('Custom::CDKBucketDeployment')) {
        acknowledge(
          child,
          'AwsSolutions-L1',
          `${deploy}: CDK pins the handler's Python runtime to the AWS CLI layer it ships with it; it never serves a request.`,
        );
      }
    }
  }
}
