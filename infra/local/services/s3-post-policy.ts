import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * S3's check of a browser-based upload (a POST of a multipart form to the bucket) signed with
 * Signature Version 4: the signature over the base64 policy, the policy's expiration and
 * conditions, and the file's size against its content-length-range. s3rver stores whatever it is
 * sent, so the local S3 runs this first (s3-post-policy-gate.ts). Refusals carry S3's error codes
 * and its wording, naming the condition that failed.
 */

/** An S3 error answer: status, code and message of its XML body, and any elements S3 adds. */
export interface S3Refusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details?: Readonly<Record<string, string>>;
}

/** The bytes the file may have: from the policy's content-length-range, inclusive. */
export interface SizeRange {
  readonly min: number;
  readonly max: number;
}

export interface PostPolicySigner {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly region: string;
}

export interface PostForm {
  /** The bucket named by the URL; the policy's `bucket` condition is checked against it. */
  readonly bucket: string;
  /** The fields before the file, in order, names as sent. */
  readonly fields: readonly (readonly [name: string, value: string])[];
  /** The file part's file name, which replaces `${filename}` in the key. */
  readonly fileName: string | undefined;
}

/** A form that passed: the fields to store the file with, and the size the file must have. */
export interface AcceptedForm {
  readonly fields: readonly (readonly [name: string, value: string])[];
  readonly size: SizeRange;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
/** S3 puts the uploaded file's name in place of this in the key. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: S3's placeholder, written as S3 spells it
const FILE_NAME_VARIABLE = '${filename}';
/** S3 takes up to 5 GB in one POST. */
const LARGEST_POST = 5 * 1024 ** 3;
/** Fields no condition has to name (the `file` part is not a field here). */
const isExempt = (name: string): boolean => name === 'x-amz-signature' || name === 'policy' || name.startsWith('x-ignore-');

const refusal = (status: number, code: string, message: string, details?: Record<string, string>): S3Refusal =>
  details === undefined ? { status, code, message } : { status, code, message, details };

const accessDenied = (message: string) => refusal(403, 'AccessDenied', message);
const invalidPolicy = (why: string) => refusal(400, 'InvalidPolicyDocument', `Invalid Policy: ${why}`);
const missingField = (name: string) =>
  refusal(
    400,
    'InvalidArgument',
    `Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`,
    {
      ArgumentName: name,
      ArgumentValue: '',
    },
  );
const SIGNATURE_MISMATCH = refusal(
  403,
  'SignatureDoesNotMatch',
  'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
);
const UNSUPPORTED_AUTHORIZATION = refusal(
  400,
  'InvalidRequest',
  `The authorization mechanism you have provided is not supported. Please use ${ALGORITHM}.`,
);

type Condition =
  | { readonly kind: 'eq'; readonly field: string; readonly value: string; readonly shown: string }
  | { readonly kind: 'starts-with'; readonly field: string; readonly prefix: string; readonly shown: string }
  | { readonly kind: 'content-length-range'; readonly min: number; readonly max: number };

/** A condition as S3 names it in a refusal: `["eq", "$key", "…"]`. */
const shown = (...parts: readonly string[]): string => `[${parts.map((part) => JSON.stringify(part)).join(', ')}]`;

const lengthBound = (value: unknown): number | undefined => {
  const bound = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof bound === 'number' && Number.isSafeInteger(bound) && bound >= 0 ? bound : undefined;
};

const parseCondition = (raw: unknown): Condition[] | S3Refusal => {
  if (Array.isArray(raw)) {
    const [operator, subject, value] = raw as unknown[];
    if (raw.length !== 3 || typeof operator !== 'string') return invalidPolicy(`Invalid Condition: ${JSON.stringify(raw)}`);
    const kind = operator.toLowerCase();
    if (kind === 'content-length-range') {
      const [min, max] = [lengthBound(subject), lengthBound(value)];
      if (min === undefined || max === undefined) return invalidPolicy(`Invalid content-length-range: ${JSON.stringify(raw)}`);
      return [{ kind, min, max }];
    }
    if ((kind !== 'eq' && kind !== 'starts-with') || typeof subject !== 'string' || !subject.startsWith('$') || typeof value !== 'string')
      return invalidPolicy(`Invalid Condition: ${JSON.stringify(raw)}`);
    const field = subject.slice(1);
    return kind === 'eq'
      ? [{ kind, field, value, shown: shown(operator, subject, value) }]
      : [{ kind, field, prefix: value, shown: shown(operator, subject, value) }];
  }
  if (typeof raw === 'object' && raw !== null) {
    const exact = Object.entries(raw);
    if (exact.length === 0 || exact.some(([, value]) => typeof value !== 'string'))
      return invalidPolicy(`Invalid Condition: ${JSON.stringify(raw)}`);
    return exact.map(([field, value]) => ({ kind: 'eq', field, value: value as string, shown: shown('eq', `$${field}`, value as string) }));
  }
  return invalidPolicy(`Invalid Condition: ${JSON.stringify(raw)}`);
};

const parsePolicy = (encoded: string): { expiration: number; conditions: Condition[] } | S3Refusal => {
  let document: unknown;
  try {
    document = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
  } catch {
    return invalidPolicy('Invalid JSON.');
  }
  if (typeof document !== 'object' || document === null) return invalidPolicy('Invalid JSON.');
  const { expiration, conditions } = document as { expiration?: unknown; conditions?: unknown };
  if (typeof expiration !== 'string') return invalidPolicy('Policy missing expiration.');
  const expires = Date.parse(expiration);
  if (Number.isNaN(expires)) return invalidPolicy(`Invalid 'expiration' value: '${expiration}'`);
  if (!Array.isArray(conditions)) return invalidPolicy('Policy missing conditions.');
  const parsed: Condition[] = [];
  for (const raw of conditions) {
    const condition = parseCondition(raw);
    if (!Array.isArray(condition)) return condition;
    parsed.push(...condition);
  }
  return { expiration: expires, conditions: parsed };
};

const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** The SigV4 signature of the policy, with the signing key for the credential's day, region and service. */
const policySignature = (secretAccessKey: string, scope: readonly string[], policy: string): Buffer => {
  const key = scope.reduce<Buffer | string>((previous, part) => hmac(previous, part), `AWS4${secretAccessKey}`);
  return Buffer.from(hmac(key, policy).toString('hex'), 'utf8');
};

/** Checks the credential, the signature and the expiration; answers the policy's conditions. */
const verifySignedPolicy = (value: (name: string) => string | undefined, signer: PostPolicySigner, now: Date): Condition[] | S3Refusal => {
  if (value('awsaccesskeyid') !== undefined || value('signature') !== undefined) return UNSUPPORTED_AUTHORIZATION;
  const signed = {
    algorithm: value('x-amz-algorithm'),
    credential: value('x-amz-credential'),
    date: value('x-amz-date'),
    signature: value('x-amz-signature'),
    policy: value('policy'),
  };
  // Without a signature the upload is anonymous, and the bucket is private.
  if (Object.values(signed).every((field) => field === undefined)) return accessDenied('Access Denied');
  const { algorithm, credential, date, signature, policy } = signed;
  if (algorithm === undefined) return missingField('X-Amz-Algorithm');
  if (credential === undefined) return missingField('X-Amz-Credential');
  if (date === undefined) return missingField('X-Amz-Date');
  if (signature === undefined) return missingField('X-Amz-Signature');
  if (policy === undefined) return missingField('Policy');
  if (algorithm !== ALGORITHM) return UNSUPPORTED_AUTHORIZATION;

  const [accessKeyId = '', ...scope] = credential.split('/');
  const [day = '', region = '', service = '', terminator = ''] = scope;
  if (scope.length !== 4 || !/^\d{8}$/.test(day) || service !== 's3' || terminator !== 'aws4_request')
    return refusal(400, 'InvalidArgument', `Invalid credential: ${credential}`, {
      ArgumentName: 'X-Amz-Credential',
      ArgumentValue: credential,
    });
  if (accessKeyId !== signer.accessKeyId)
    return refusal(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', {
      AWSAccessKeyId: accessKeyId,
    });
  if (region !== signer.region)
    return refusal(400, 'InvalidArgument', `The region '${region}' is wrong; expecting '${signer.region}'`, {
      ArgumentName: 'X-Amz-Credential',
      ArgumentValue: credential,
    });
  if (!date.startsWith(day))
    return refusal(400, 'InvalidArgument', 'Invalid credential date. Date is not the same as X-Amz-Date.', {
      ArgumentName: 'X-Amz-Date',
      ArgumentValue: date,
    });

  const expected = policySignature(signer.secretAccessKey, scope, policy);
  const provided = Buffer.from(signature, 'utf8');
  if (provided.length !== expected.length || !timingSafeEqual(provided, expected)) return SIGNATURE_MISMATCH;

  const parsed = parsePolicy(policy);
  if (!('conditions' in parsed)) return parsed;
  if (now.getTime() > parsed.expiration) return accessDenied('Invalid according to Policy: Policy expired.');
  return parsed.conditions;
};

/** A Content-Type may list several types; `starts-with` holds for each of them, as S3 reads it. */
const startsWith = (field: string, actual: string, prefix: string): boolean =>
  field.toLowerCase() === 'content-type' ? actual.split(',').every((type) => type.trim().startsWith(prefix)) : actual.startsWith(prefix);

/**
 * Checks a browser POST's form as S3 does before it reads the file: the signature with the one
 * local key, the expiration, every condition against the fields (names compared case-blind, a
 * missing field read as empty), and that every field but the exempt ones is named by a condition.
 */
export const checkPostForm = (form: PostForm, signer: PostPolicySigner, now: Date): AcceptedForm | S3Refusal => {
  const values = new Map<string, string>();
  for (const [name, value] of form.fields) {
    const lower = name.toLowerCase();
    if (values.has(lower))
      return refusal(400, 'InvalidArgument', `Bucket POST may contain the field '${name}' only once.`, {
        ArgumentName: name,
        ArgumentValue: value,
      });
    values.set(lower, value);
  }
  const key = values.get('key');
  if (key !== undefined && form.fileName !== undefined) values.set('key', key.replaceAll(FILE_NAME_VARIABLE, form.fileName));
  const conditions = verifySignedPolicy((name) => values.get(name), signer, now);
  if (!Array.isArray(conditions)) return conditions;

  const actual = (field: string): string => (field.toLowerCase() === 'bucket' ? form.bucket : (values.get(field.toLowerCase()) ?? ''));
  let size: SizeRange = { min: 0, max: LARGEST_POST };
  const named = new Set<string>();
  for (const condition of conditions) {
    if (condition.kind === 'content-length-range') {
      size = { min: Math.max(size.min, condition.min), max: Math.min(size.max, condition.max) };
      continue;
    }
    named.add(condition.field.toLowerCase());
    const holds =
      condition.kind === 'eq'
        ? actual(condition.field) === condition.value
        : startsWith(condition.field, actual(condition.field), condition.prefix);
    if (!holds) return accessDenied(`Invalid according to Policy: Policy Condition failed: ${condition.shown}`);
  }
  const extra = form.fields.map(([name]) => name).filter((name) => !isExempt(name.toLowerCase()) && !named.has(name.toLowerCase()));
  if (extra.length > 0) return accessDenied(`Invalid according to Policy: Extra input fields: ${extra.join(', ')}`);

  return {
    fields: form.fields.map(([name, value]) => (name.toLowerCase() === 'key' ? [name, values.get('key') ?? value] : [name, value])),
    size,
  };
};

/** S3's answer to a file outside the policy's content-length-range, once the file has been read that far. */
export const fileSizeRefusal = (bytes: number, size: SizeRange, complete: boolean): S3Refusal | undefined => {
  if (bytes > size.max)
    return refusal(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', {
      ...(complete ? { ProposedSize: String(bytes) } : {}),
      MaxSizeAllowed: String(size.max),
    });
  if (complete && bytes < size.min)
    return refusal(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', {
      ProposedSize: String(bytes),
      MinSizeAllowed: String(size.min),
    });
  return undefined;
};
