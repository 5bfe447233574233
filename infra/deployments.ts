import * as z from 'zod';

/**
 * Every AWS deployment of cadre: one independent copy of the platform per region (deployments share
 * nothing). Each deployment is one top-level stack, `cadre-<name>`, so `cdk deploy -c deployment=<name>`
 * deploys exactly that region; `cdk synth` with no context synthesizes all of them. Physical names are
 * never set from here (nor anywhere else): the stack name carries the deployment name and
 * CloudFormation generates the rest, so two stages can share an account.
 */

/** The retention periods CloudWatch Logs accepts; anything else is rejected at synth, not at deploy. */
const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

export const STAGES = ['dev', 'staging', 'prod'] as const;

const routeLimitSchema = z.strictObject({
  rateLimit: z.number().int().positive(),
  burstLimit: z.number().int().positive(),
});

const deploymentFields = z.strictObject({
  account: z.string().regex(/^\d{12}$/, 'an AWS account id is 12 digits'),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region such as eu-central-1'),
  stage: z.enum(STAGES),
  /** From-address of every mail (SES identity verified in this region by ops before the first deploy). */
  senderAddress: z.email(),
  /** CloudWatch log groups (functions, API access logs, state machines) and S3 access logs. */
  logRetentionDays: z.number().refine((days) => (LOG_RETENTION_DAYS as readonly number[]).includes(days), {
    message: `one of ${LOG_RETENTION_DAYS.join(', ')}`,
  }),
  /**
   * Days after a season closes that its applicants' personal data is kept before erasure.
   * The functions get it as PERSONAL_DATA_RETENTION_DAYS and set TTLs from it.
   */
  personalDataRetentionDays: z.number().int().positive(),
  /** Browser origins of the web clients: API CORS and the documents bucket's CORS (presigned POST). */
  allowedOrigins: z.array(z.url({ protocol: /^https$/ })).min(1),
  /**
   * HTTP API throttling. `rateLimit`/`burstLimit` are the stage default, which API Gateway applies to
   * every route on its own (requests per second, token-bucket size). `routes` caps the routes where
   * abuse is cheap for the caller and costly for us below that default, so a flood of them cannot take
   * the Lambda concurrency and table capacity the rest of the API needs. HTTP APIs have no per-client
   * limit (no usage plans, no WAF), so these are per route, for all callers together.
   */
  throttling: z
    .strictObject({
      rateLimit: z.number().int().positive(),
      burstLimit: z.number().int().positive(),
      routes: z.strictObject({
        /** POST /applications/{applicationId}/documents: each call signs an upload form, and each upload costs storage and a malware scan. */
        uploadForms: routeLimitSchema,
        /** POST /applications/{applicationId}/submit: a transaction, a mail and a state machine execution each. */
        submissions: routeLimitSchema,
        /** Every route that takes no token (open seasons, regions, consent texts, the API docs): anyone can call them. */
        publicRoutes: routeLimitSchema,
      }),
    })
    .refine(
      ({ rateLimit, burstLimit, routes }) =>
        Object.values(routes).every((route) => route.rateLimit <= rateLimit && route.burstLimit <= burstLimit),
      { message: 'a route limit above the stage default would loosen it, not cap it', path: ['routes'] },
    ),
  /**
   * Lambda concurrency. `accountLimit` is the account's "Concurrent executions" quota in this region
   * (Service Quotas; 1,000 by default, far less in a new account until raised), shared by everything
   * in the account and region, other deployments included. `reserved` sets aside, and caps at, that
   * many concurrent executions for the functions named: the ones a runaway (a flood of public calls,
   * a gate or a deadline fanning out, a schedule overlapping itself) could use to starve the API, and
   * the background work an API flood must not starve. Lambda keeps at least 100 unreserved, which
   * the HTTP capabilities (programmes, applications, documents, education) share.
   */
  lambdaConcurrency: z
    .strictObject({
      accountLimit: z.number().int().positive(),
      reserved: z.strictObject({
        /** Workflow Tasks: three short invocations per application move; at a deadline, one move per submission. */
        workflow: z.number().int().positive(),
        /** The calendar tick, once a minute, each run under a minute: two cover an overlap. */
        calendar: z.number().int().positive(),
        /** The mail drainer, once a minute under a lease: two cover an overlap. */
        mail: z.number().int().positive(),
        /** The API docs: public, cheap to call in a loop. */
        docs: z.number().int().positive(),
        /** The Cognito post-confirmation trigger: a sign-up wave must neither starve the API nor be starved by it. */
        'account-confirmation': z.number().int().positive(),
        /** The token authorizer of the routes both pools call (results cached 5 minutes per token). */
        'token-authorizer': z.number().int().positive(),
      }),
    })
    .refine(({ accountLimit, reserved }) => Object.values(reserved).reduce((sum, count) => sum + count, 0) <= accountLimit - 100, {
      message: 'reservations must leave Lambda its 100 unreserved concurrent executions',
      path: ['reserved'],
    }),
  /**
   * Mails per second the mail queue's drainer sends: the account's SES maximum send rate in this
   * region (1 in the SES sandbox; Service Quotas shows the granted rate). MAIL_SEND_RATE_PER_SECOND.
   */
  mailSendRatePerSecond: z.number().int().positive(),
  /** Where alarm notifications go; without it ops subscribe to the alarm topic themselves. */
  alarmEmail: z.email().optional(),
  /**
   * When the API alarms on refusals: the share of requests in a 5-minute period answered 4xx, and
   * answered 401 (tokens missing, expired or forged: a broken client release or credential stuffing),
   * counted only in periods with at least `minRequests` requests so a quiet night's few errors do not page.
   */
  apiAlarms: z.strictObject({
    clientErrorPercent: z.number().positive().max(100),
    unauthorizedPercent: z.number().positive().max(100),
    minRequests: z.number().int().positive(),
  }),
  /**
   * The workforce pool (staff, experts, mentors, partners) lets people sign in with a passkey bound to
   * this domain (the WebAuthn relying party: the web clients' registrable domain, e.g. `cadre.example`
   * for `https://cadre.example`); a passkey with user verification then counts as MFA. Without it the
   * workforce signs in with a password and TOTP only.
   */
  passkeyRelyingPartyId: z
    .string()
    .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/)
    .optional(),
  /**
   * The partner API for machine clients (partners' own systems reading released finalists' data with
   * the OAuth 2.0 client-credentials grant): the workforce pool gets a resource server with the
   * partner scopes, a Cognito domain serving the token endpoint (`https://<domainPrefix>.auth.<region>.amazoncognito.com/oauth2/token`;
   * the prefix must be unique in the AWS region, so each deployment names its own) and one app client
   * with a generated secret per name in `machineClients`. Staff then register each client's id for its
   * organisation (PUT /partner-organisations/{organisationId}/machine-clients/{clientId}). Absent, or
   * with no clients: no machine client can get a token, and the partner API's routes refuse every call.
   */
  partnerApi: z
    .strictObject({
      domainPrefix: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/),
      machineClients: z
        .array(z.string().regex(/^[a-z][a-z0-9-]{1,62}$/))
        .max(50)
        .refine((names) => new Set(names).size === names.length, { message: 'each machine client once' }),
    })
    .optional(),
  /**
   * Days a partner may read a finalist's released data (DATA_RELEASE_VALIDITY_DAYS); 365 when absent.
   * At most 365: the data-sharing consent texts promise the applicant at most 12 months.
   */
  dataReleaseValidityDays: z.number().int().positive().max(365).optional(),
  /** Custom API domain with an ACM certificate (same region) created by ops; default endpoint otherwise. */
  domain: z
    .strictObject({
      apiDomainName: z.string().regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/),
      certificateArn: z.string().regex(/^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[0-9a-f-]+$/),
    })
    .optional(),
  /**
   * The certificate verification site's own domain (e.g. `verify.cadre.example`), with an ACM
   * certificate for it in us-east-1 (CloudFront takes certificates from there only), created by ops,
   * who also point the domain at the distribution (the `VerificationDistributionDomain` output).
   * Without it the site is the distribution's `*.cloudfront.net` domain. Choose before the first
   * certificate is issued and never change it: the domain is the issuer's did:web and part of every
   * verification URL printed on a certificate, so a change would leave the certificates already
   * issued naming a DID and URLs the site no longer answers for.
   */
  verificationDomain: z
    .strictObject({
      domainName: z.string().regex(/^([a-z0-9-]+\.)+[a-z]{2,}$/),
      certificateArn: z
        .string()
        .regex(
          /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/,
          'an ACM certificate in us-east-1, where CloudFront takes them from',
        ),
    })
    .optional(),
});

/** A passkey works only on pages whose host is the relying party's domain or under it. */
const originsUnder = (domain: string, origins: readonly string[]): boolean =>
  origins.some((origin) => {
    const host = new URL(origin).hostname;
    return host === domain || host.endsWith(`.${domain}`);
  });

const deploymentSchema = deploymentFields.refine(
  ({ passkeyRelyingPartyId, allowedOrigins }) => passkeyRelyingPartyId === undefined || originsUnder(passkeyRelyingPartyId, allowedOrigins),
  { message: 'no allowed origin is this domain or under it, so no web client could use its passkeys', path: ['passkeyRelyingPartyId'] },
);

export type Deployment = z.infer<typeof deploymentSchema>;
export type Stage = Deployment['stage'];

const deploymentsSchema = z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits, dashes'), deploymentSchema);

/** Validates a deployments config; a mistake fails synth with the field at fault. */
export const parseDeployments = (raw: unknown): Record<string, Deployment> => deploymentsSchema.parse(raw);

export const DEPLOYMENTS: Readonly<Record<string, Deployment>> = parseDeployments({
  'dev-eu-central-1': {
    account: '111111111111',
    region: 'eu-central-1',
    stage: 'dev',
    senderAddress: 'no-reply@dev.cadre.example',
    logRetentionDays: 14,
    personalDataRetentionDays: 90,
    allowedOrigins: ['https://dev.cadre.example'],
    throttling: {
      rateLimit: 50,
      burstLimit: 100,
      routes: {
        uploadForms: { rateLimit: 10, burstLimit: 20 },
        submissions: { rateLimit: 10, burstLimit: 20 },
        publicRoutes: { rateLimit: 20, burstLimit: 40 },
      },
    },
    // A development account at the default quota; the reservations are small, as dev traffic is.
    lambdaConcurrency: {
      accountLimit: 1000,
      reserved: { workflow: 20, calendar: 2, mail: 2, docs: 5, 'account-confirmation': 5, 'token-authorizer': 10 },
    },
    // The SES sandbox's rate.
    mailSendRatePerSecond: 1,
    // Few requests, mostly the team's own: a tenth of them refused is already worth a look.
    apiAlarms: { clientErrorPercent: 25, unauthorizedPercent: 10, minRequests: 50 },
    passkeyRelyingPartyId: 'dev.cadre.example',
    // The demo's Perm youth-policy body's portal, as the local cloud has it.
    partnerApi: { domainPrefix: 'cadre-dev-partners', machineClients: ['molodezh-perm-portal'] },
  },
  'prod-eu-north-1': {
    account: '222222222222',
    region: 'eu-north-1',
    stage: 'prod',
    senderAddress: 'no-reply@cadre.example',
    logRetentionDays: 365,
    // Three years after the season: long enough for alumni follow-up and partner reporting.
    personalDataRetentionDays: 1095,
    allowedOrigins: ['https://cadre.example', 'https://www.cadre.example'],
    throttling: {
      rateLimit: 1000,
      burstLimit: 2000,
      routes: {
        // An applicant uploads a handful of files over weeks; a third of the deadline's submission rate is ample.
        uploadForms: { rateLimit: 300, burstLimit: 600 },
        // A deadline brings ~1,000 submissions per second: the rate holds it, the burst no more than that.
        submissions: { rateLimit: 1000, burstLimit: 1000 },
        // Anyone, no token: the season list and texts a visitor reads before signing up.
        publicRoutes: { rateLimit: 200, burstLimit: 400 },
      },
    },
    // The region's default quota of 1,000, for this deployment alone. The workflow's 320 hold the
    // deadline (1,000 moves per second, three Tasks of ~0.1 s each: ~300 at once) and a cohort gate's
    // 16 shards; the token authorizer's 50 hold ~5,000 uncached checks per second at ~10 ms. 606 stay
    // unreserved for the HTTP capabilities: ~6,000 requests per second at ~0.1 s each.
    lambdaConcurrency: {
      accountLimit: 1000,
      reserved: { workflow: 320, calendar: 2, mail: 2, docs: 10, 'account-confirmation': 10, 'token-authorizer': 50 },
    },
    // SES production access starts at 14 mails/s; raise it with the quota SES grants.
    mailSendRatePerSecond: 14,
    alarmEmail: 'ops@cadre.example',
    // Validation errors, missing consent and not-found answers are part of normal traffic; a fifth of
    // all answers refused, or one in twenty a 401, is not.
    apiAlarms: { clientErrorPercent: 20, unauthorizedPercent: 5, minRequests: 500 },
    passkeyRelyingPartyId: 'cadre.example',
    // Clients are added here as regions' bodies and hosts connect their systems.
    partnerApi: { domainPrefix: 'cadre-partners', machineClients: [] },
    dataReleaseValidityDays: 365,
    domain: {
      apiDomainName: 'api.cadre.example',
      certificateArn: 'arn:aws:acm:eu-north-1:222222222222:certificate/00000000-0000-4000-8000-000000000000',
    },
    // Fixed before the first certificate: every certificate's issuer and verification URL name it.
    verificationDomain: {
      domainName: 'verify.cadre.example',
      certificateArn: 'arn:aws:acm:us-east-1:222222222222:certificate/00000000-0000-4000-8000-000000000001',
    },
  },
});

export interface NamedDeployment {
  readonly name: string;
  readonly deployment: Deployment;
}

/** The deployment named by `-c deployment=<name>`, or every deployment when no name is given. */
export const selectDeployments = (
  name: string | undefined,
  deployments: Readonly<Record<string, Deployment>> = DEPLOYMENTS,
): NamedDeployment[] => {
  if (name === undefined) {
    return Object.entries(deployments).map(([key, deployment]) => ({ name: key, deployment }));
  }
  const deployment = deployments[name];
  if (deployment === undefined) {
    throw new Error(`Unknown deployment "${name}". Valid deployments: ${Object.keys(deployments).join(', ')}`);
  }
  return [{ name, deployment }];
};
